/**
 * One citizen for an auditor: every consent event (who granted, renewed or revoked what, when and
 * why) and the citizen's access report as a CSV download, exactly what the citizen is entitled to.
 * Both are auditor queries the hub records.
 */
import { useLazyQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ConsentHistoryDocument } from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session.tsx';
import { Loading, QueryError } from './common.tsx';

/** Fetches the report with the bearer token and hands it to the browser as a file. */
async function downloadReport(token: string, cpr: string): Promise<void> {
  const response = await fetch(`/reports/citizen-access?cpr=${encodeURIComponent(cpr)}&format=csv`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    throw new Error(body?.errors?.[0]?.message ?? `status ${response.status}`);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = 'citizen-access-report.csv';
  link.click();
  URL.revokeObjectURL(url);
}

export function CitizenAuditPage() {
  const { t, dateTime } = useI18n();
  const { session } = useSession();
  const [cpr, setCpr] = useState('');
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [load, { data, loading, error, called }] = useLazyQuery(ConsentHistoryDocument, { fetchPolicy: 'network-only' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDownloadError(null);
    if (cpr.trim()) void load({ variables: { cpr: cpr.trim() } }).catch(() => {});
  };
  const download = () => {
    setDownloadError(null);
    if (session && cpr.trim()) downloadReport(session.token, cpr.trim()).catch((e: Error) => setDownloadError(e.message));
  };
  return (
    <>
      <h1>{t('audit.citizenTitle')}</h1>
      <p>{t('audit.citizenIntro')}</p>
      <form onSubmit={submit} className="console-inline-form">
        <div className="form-group">
          <label className="form-label" htmlFor="audit-cpr">
            {t('audit.cpr')}
          </label>
          <input id="audit-cpr" className="form-input input-width-s" value={cpr} onChange={(e) => setCpr(e.target.value)} autoComplete="off" />
        </div>
        <button type="submit" className="button button-primary">
          {t('audit.showHistory')}
        </button>
        <button type="button" className="button button-secondary" onClick={download}>
          {t('audit.downloadReport')}
        </button>
      </form>
      {downloadError && (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{t('app.error', { message: downloadError })}</p>
        </div>
      )}
      {loading && <Loading />}
      {error && <QueryError error={error} />}
      {called && data && data.consentHistory.length === 0 && <p>{t('audit.noHistory')}</p>}
      {data && data.consentHistory.length > 0 && (
        <table className="table table--compact" data-testid="consent-history">
          <thead>
            <tr>
              <th scope="col">{t('audit.at')}</th>
              <th scope="col">{t('audit.event')}</th>
              <th scope="col">{t('audit.actor')}</th>
              <th scope="col">{t('audit.consent')}</th>
              <th scope="col">{t('audit.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {data.consentHistory.map((e) => (
              <tr key={`${e.consent.id}-${e.version}-${e.kind}-${e.at}`}>
                <td>{dateTime(e.at)}</td>
                <td>{e.kind}</td>
                <td>
                  {e.actorId} ({e.actorDepartment ? t(`department.${e.actorDepartment}`) : t('audit.theCitizen')})
                </td>
                <td>
                  {e.consent.sourceDepartments.map((d) => t(`department.${d}`)).join(', ')} →{' '}
                  {e.consent.recipientDepartments.map((d) => t(`department.${d}`)).join(', ')} · {t(`purpose.${e.consent.purpose}`)} (v{e.version})
                </td>
                <td>{e.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
