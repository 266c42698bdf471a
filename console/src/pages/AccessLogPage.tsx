/**
 * The access log for auditors: every filter the API has, 50 entries a page, newest first. Entries
 * of one request share a request id; choosing one highlights its siblings on the page.
 */
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { AccessLogDocument, type AccessLogFilter } from '../generated/graphql.ts';
import type { MessageKey } from '../i18n/da.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Loading, QueryError } from './common.tsx';

const PAGE_SIZE = 50;
const DEPARTMENTS = ['JOBCENTRE', 'FAMILY', 'ADULT_SOCIAL'] as const;
const OUTCOMES = ['RELEASED', 'REFUSED'] as const;
const BASES = ['OWN_DEPARTMENT', 'CONSENT', 'EMERGENCY', 'NONE'] as const;

interface Draft {
  cpr: string;
  actorId: string;
  department: string;
  from: string;
  to: string;
  outcome: string;
  legalBasis: string;
}
const EMPTY: Draft = { cpr: '', actorId: '', department: '', from: '', to: '', outcome: '', legalBasis: '' };

/** The API's filter from the form: empty fields left out, dates as the start and end of their day. */
export function filterOf(d: Draft): AccessLogFilter {
  return {
    ...(d.cpr.trim() ? { cpr: d.cpr.trim() } : {}),
    ...(d.actorId.trim() ? { actorId: d.actorId.trim() } : {}),
    ...(d.department ? { department: d.department as AccessLogFilter['department'] } : {}),
    ...(d.from ? { from: `${d.from}T00:00:00.000Z` } : {}),
    ...(d.to ? { to: `${d.to}T23:59:59.999Z` } : {}),
    ...(d.outcome ? { outcome: d.outcome as AccessLogFilter['outcome'] } : {}),
    ...(d.legalBasis ? { legalBasis: d.legalBasis as AccessLogFilter['legalBasis'] } : {}),
  };
}

function Choice({ id, label, value, options, onChange }: { id: string; label: string; value: string; options: [string, string][]; onChange(v: string): void }) {
  const { t } = useI18n();
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="form-select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('audit.any')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function Text({ id, label, value, type = 'text', onChange }: { id: string; label: string; value: string; type?: string; onChange(v: string): void }) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <input id={id} type={type} className="form-input" value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" />
    </div>
  );
}

export function AccessLogPage() {
  const { t, dateTime } = useI18n();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [filter, setFilter] = useState<AccessLogFilter>({});
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [request, setRequest] = useState<string | null>(null);
  const { data, loading, error } = useQuery(AccessLogDocument, { variables: { filter, first: PAGE_SIZE, after: cursors.at(-1) ?? null } });
  const set = (key: keyof Draft) => (value: string) => setDraft({ ...draft, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilter(filterOf(draft));
    setCursors([null]);
  };
  const page = data?.accessLog;
  return (
    <>
      <h1>{t('audit.logTitle')}</h1>
      <p>{t('audit.logIntro')}</p>
      <form onSubmit={submit} aria-label={t('audit.filters')} className="console-filters">
        <Text id="f-cpr" label={t('audit.cpr')} value={draft.cpr} onChange={set('cpr')} />
        <Text id="f-actor" label={t('audit.actorId')} value={draft.actorId} onChange={set('actorId')} />
        <Choice
          id="f-department"
          label={t('audit.department')}
          value={draft.department}
          options={DEPARTMENTS.map((d) => [d, t(`department.${d}`)])}
          onChange={set('department')}
        />
        <Text id="f-from" type="date" label={t('audit.from')} value={draft.from} onChange={set('from')} />
        <Text id="f-to" type="date" label={t('audit.to')} value={draft.to} onChange={set('to')} />
        <Choice
          id="f-outcome"
          label={t('audit.outcome')}
          value={draft.outcome}
          options={OUTCOMES.map((o) => [o, t(`outcome.${o}`)])}
          onChange={set('outcome')}
        />
        <Choice
          id="f-basis"
          label={t('audit.legalBasis')}
          value={draft.legalBasis}
          options={BASES.map((b) => [b, t(`basis.${b}` as MessageKey)])}
          onChange={set('legalBasis')}
        />
        <button type="submit" className="button button-primary">
          {t('audit.search')}
        </button>
      </form>
      {loading && <Loading />}
      {error && <QueryError error={error} />}
      {page && page.edges.length === 0 && <p>{t('audit.empty')}</p>}
      {page && page.edges.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--compact" data-testid="access-log">
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.cpr')}</th>
                <th scope="col">{t('audit.categories')}</th>
                <th scope="col">{t('audit.outcome')}</th>
                <th scope="col">{t('audit.legalBasis')}</th>
                <th scope="col">{t('audit.requestId')}</th>
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node }) => (
                <tr key={node.id} className={request === node.requestId ? 'console-highlight' : undefined}>
                  <td>{dateTime(node.at)}</td>
                  <td>
                    {node.actorId}
                    {node.actorDepartment ? ` (${t(`department.${node.actorDepartment}`)})` : ''}
                  </td>
                  <td>{node.cpr ?? ''}</td>
                  <td>{node.categories.join(', ')}</td>
                  <td>{t(`outcome.${node.outcome}`)}</td>
                  <td>{t(`basis.${node.legalBasis}` as MessageKey)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-tertiary console-request"
                      aria-pressed={request === node.requestId}
                      title={t('audit.sameRequest')}
                      onClick={() => setRequest(request === node.requestId ? null : node.requestId)}
                    >
                      {node.requestId.slice(0, 8)}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t('caseload.page', { page: cursors.length })} className="console-pager">
        <button type="button" className="button button-secondary" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('caseload.previous')}
        </button>
        <span>{t('caseload.page', { page: cursors.length })}</span>
        <button
          type="button"
          className="button button-secondary"
          disabled={!page?.pageInfo.hasNextPage}
          onClick={() => page?.pageInfo.endCursor && setCursors([...cursors, page.pageInfo.endCursor])}
        >
          {t('caseload.next')}
        </button>
      </nav>
    </>
  );
}
