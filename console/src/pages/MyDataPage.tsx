/**
 * "Who has looked at my data": the signed-in citizen's own access report for a period (the last two
 * years by default), in plain words, whether the tamper-evident log verifies up to its newest entry
 * (green only when it does), and their consents. The hub records this reading too.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { MyAccessReportDocument, MyConsentsDocument, RevokeMyConsentDocument, type MyAccessReportQuery } from '../generated/graphql.ts';
import type { MessageKey } from '../i18n/da.ts';
import { hasMessage, useI18n, type Translate } from '../i18n/i18n.tsx';
import { useFieldErrors, isoDay, Loading, QueryError } from './common.tsx';

const label = (t: Translate, key: string, fallback: string) => (hasMessage(key) ? t(key as MessageKey) : fallback);

/** The period's bounds as the API takes them: from the start of the first day to the end of the last. */
const bounds = (period: { from: string; to: string }) => ({ from: `${period.from}T00:00:00.000Z`, to: `${period.to}T23:59:59.999Z` });

/** Revoking one consent: a reason, then at once; the hub's refusal at the reason field. */
function Revoke({ id, child }: { id: string; child: string | null }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [revoke, { error, loading }] = useMutation(RevokeMyConsentDocument, { refetchQueries: [{ query: MyConsentsDocument, variables: { child } }] });
  const { fields, other } = useFieldErrors(error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    revoke({ variables: { id, reason } }).catch(() => {});
  };
  return (
    <form onSubmit={submit} className="console-inline-form">
      <div className={`form-group${fields.reason ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={`revoke-${id}`}>
          {t('myData.revokeReason')}
        </label>
        {fields.reason && (
          <span className="form-error-message" id={`revoke-${id}-error`}>
            {fields.reason}
          </span>
        )}
        <input
          id={`revoke-${id}`}
          className="form-input"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-describedby={fields.reason ? `revoke-${id}-error` : undefined}
        />
      </div>
      <button type="submit" className="button button-warning" disabled={loading}>
        {t('myData.revoke')}
      </button>
      {other && <p role="alert">{other}</p>}
    </form>
  );
}

function Consents({ child }: { child: string | null }) {
  const { t, date } = useI18n();
  const { data, error } = useQuery(MyConsentsDocument, { variables: { child } });
  if (error) return <QueryError error={error} />;
  if (!data) return <Loading />;
  if (data.myConsents.length === 0) return <p>{t('myData.noConsents')}</p>;
  return (
    <ul data-testid="my-consents" className="nobullet-list">
      {data.myConsents.map((c) => (
        <li key={c.id} className="console-consent">
          <p>
            <span className="badge badge-info">{label(t, `status.${c.status}`, c.status)}</span>{' '}
            {t('myData.consentLine', {
              from: c.sourceDepartments.map((d) => label(t, `department.${d}`, d)).join(', '),
              to: c.recipientDepartments.map((d) => label(t, `department.${d}`, d)).join(', '),
              purpose: label(t, `purpose.${c.purpose}`, c.purpose),
            })}{' '}
            — {t('myData.validUntil', { date: date(c.validUntil) })}
          </p>
          <p>{c.categories.map((category) => label(t, `category.${category}`, category)).join(', ')}</p>
          {(c.status === 'ACTIVE' || c.status === 'PENDING') && <Revoke id={c.id} child={child} />}
        </li>
      ))}
    </ul>
  );
}

type ReportVerification = MyAccessReportQuery['myAccessReport']['verification'];

/** Green when the log verifies up to the newest entry shown; a plain warning when it does not or could not. */
function Verification({ verification }: { verification: ReportVerification | undefined }) {
  const { t, dateTime } = useI18n();
  const kind = !verification || verification.status === 'NO_ENTRIES' ? 'info' : verification.status === 'VERIFIED' ? 'success' : 'warning';
  return (
    <div className={`alert alert-${kind}`} data-testid="report-verification" data-status={verification?.status ?? ''}>
      <div className="alert-body">
        {verification && (
          <p className="alert-text">
            <strong>
              {verification.status === 'VERIFIED'
                ? t('myData.verification.VERIFIED', {
                    at: verification.newestEntryAt ? dateTime(verification.newestEntryAt) : '',
                    id: verification.newestEntryId ?? '',
                  })
                : label(t, `myData.verification.${verification.status}`, verification.status)}
            </strong>
          </p>
        )}
        <p className="alert-text">{t('myData.verified')}</p>
      </div>
    </div>
  );
}

export function MyDataPage() {
  const { t, dateTime } = useI18n();
  const [period, setPeriod] = useState({ from: isoDay(-730), to: isoDay(0) });
  const [draft, setDraft] = useState(period);
  // A custody holder may read the report of a child under 15 in their custody; the hub checks.
  const [child, setChild] = useState<string | null>(null);
  const [childDraft, setChildDraft] = useState('');
  const { data, loading, error } = useQuery(MyAccessReportDocument, { variables: { ...bounds(period), child } });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.from <= draft.to) setPeriod(draft);
  };
  // Newest first, as a person reads a log of their own.
  const lines = [...(data?.myAccessReport.lines ?? [])].reverse();
  return (
    <>
      <h1>{t('myData.title')}</h1>
      <p>{t('myData.intro')}</p>
      <form
        className="console-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          setChild(childDraft.trim() || null);
        }}
      >
        <div className="form-group">
          <label className="form-label" htmlFor="child">
            {t('myData.child')}
          </label>
          <span className="form-hint" id="child-hint">
            {t('myData.childHint')}
          </span>
          <input
            id="child"
            className="form-input input-width-s"
            value={childDraft}
            onChange={(e) => setChildDraft(e.target.value)}
            aria-describedby="child-hint"
            autoComplete="off"
          />
        </div>
        <button type="submit" className="button button-secondary">
          {t('myData.showChild')}
        </button>
      </form>
      {child && <h2 data-testid="report-subject">{t('myData.forChild', { cpr: child })}</h2>}
      <Verification verification={data?.myAccessReport.verification} />
      <form onSubmit={submit} className="console-inline-form" aria-label={t('myData.period')}>
        <div className="form-group">
          <label className="form-label" htmlFor="report-from">
            {t('citizen.from')}
          </label>
          <input id="report-from" type="date" className="form-input" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="report-to">
            {t('citizen.to')}
          </label>
          <input id="report-to" type="date" className="form-input" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <button type="submit" className="button button-secondary">
          {t('citizen.show')}
        </button>
      </form>
      {loading && <Loading />}
      {error && <QueryError error={error} />}
      {data && <p role="status">{t('myData.count', { count: lines.length })}</p>}
      {data && lines.length === 0 && <p>{t('myData.empty')}</p>}
      {lines.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--zebra" data-testid="access-report">
            <thead>
              <tr>
                <th scope="col">{t('myData.when')}</th>
                <th scope="col">{t('myData.who')}</th>
                <th scope="col">{t('myData.what')}</th>
                <th scope="col">{t('myData.purpose')}</th>
                <th scope="col">{t('myData.basis')}</th>
                <th scope="col">{t('myData.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: report lines have no id; the list is only ever replaced whole
                <tr key={i} data-department={line.department ?? ''}>
                  <td>{dateTime(line.at)}</td>
                  <td>
                    {line.department ? label(t, `department.${line.department}`, line.department) : t('myData.you')}
                    {line.staffId ? ` (${line.staffId})` : ''}
                  </td>
                  <td>{line.categories.map((c) => label(t, `category.${c}`, c)).join(', ')}</td>
                  <td>{line.purpose ? label(t, `purpose.${line.purpose}`, line.purpose) : t('myData.notStated')}</td>
                  <td>{label(t, `basis.${line.legalBasis}`, line.legalBasis)}</td>
                  <td>{label(t, `outcome.${line.outcome}`, line.outcome)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t('myData.consents')}</h2>
      <Consents child={child} />
    </>
  );
}
