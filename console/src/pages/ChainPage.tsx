/** Chain verification for auditors: walks the access log's hash chain on request; green, or the first broken entry in red. */
import { useLazyQuery } from '@apollo/client/react';
import { VerifyAccessLogDocument } from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Loading, QueryError } from './common.tsx';

export function ChainPage() {
  const { t } = useI18n();
  const [verify, { data, loading, error }] = useLazyQuery(VerifyAccessLogDocument, { fetchPolicy: 'network-only' });
  const result = data?.verifyAccessLog;
  return (
    <>
      <h1>{t('audit.chainTitle')}</h1>
      <p>{t('audit.chainIntro')}</p>
      <button type="button" className="button button-primary" onClick={() => void verify()}>
        {t('audit.verify')}
      </button>
      {loading && <Loading />}
      {error && <QueryError error={error} />}
      {result && (
        <div className={`alert ${result.ok ? 'alert-success' : 'alert-error'}`} role="status" data-testid="chain-result">
          <p className="alert-text">
            {result.ok
              ? t('audit.chainOk', { count: result.entriesChecked })
              : t('audit.chainBroken', { id: result.firstBrokenEntryId ?? '?', count: result.entriesChecked })}
          </p>
        </div>
      )}
    </>
  );
}
