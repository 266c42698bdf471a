/**
 * Pending emergency accesses for an auditor's verdict (approved, or misuse with a required note).
 * An auditor's own access is shown without the buttons: the hub refuses a review of one's own.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PendingEmergencyAccessesDocument, ReviewEmergencyAccessDocument } from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Loading, QueryError } from './common.tsx';

function Review({ id, own, onReviewed }: { id: string; own: boolean; onReviewed(): void }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  // Once reviewed, the access leaves the pending list (refetched), and this with it.
  const [review, { error, loading }] = useMutation(ReviewEmergencyAccessDocument, {
    refetchQueries: [PendingEmergencyAccessesDocument],
    onCompleted: onReviewed,
  });
  if (own) return null;
  return (
    <div>
      <div className="form-group">
        <label className="form-label" htmlFor={`note-${id}`}>
          {t('audit.note')}
        </label>
        <textarea id={`note-${id}`} className="form-input" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {error && <QueryError error={error} />}
      <button
        type="button"
        className="button button-primary"
        disabled={loading}
        onClick={() => void review({ variables: { id, verdict: 'APPROVED', note: note || null } })}
      >
        {t('audit.approve')}
      </button>{' '}
      <button type="button" className="button button-warning" disabled={loading} onClick={() => void review({ variables: { id, verdict: 'MISUSE', note } })}>
        {t('audit.misuse')}
      </button>
    </div>
  );
}

export function EmergencyReviewPage({ self }: { self: string }) {
  const { t, dateTime } = useI18n();
  const { data, loading, error } = useQuery(PendingEmergencyAccessesDocument);
  const [reviewed, setReviewed] = useState(false);
  return (
    <>
      <h1>{t('audit.emergencyTitle')}</h1>
      <p>{t('audit.emergencyIntro')}</p>
      <div role="status">{reviewed && <p className="alert alert-success">{t('audit.reviewed')}</p>}</div>
      {loading && <Loading />}
      {error && <QueryError error={error} />}
      {data && data.emergencyAccessReviews.length === 0 && <p>{t('audit.noEmergency')}</p>}
      {data?.emergencyAccessReviews.map((access) => (
        <section key={access.id} className="card console-card" aria-label={`${access.actorId} ${dateTime(access.grantedAt)}`}>
          <div className="card-content">
            <h2 className="h3">
              {access.actorId} ({t(`department.${access.actorDepartment}`)}) · {dateTime(access.grantedAt)}
            </h2>
            <p>
              <strong>{t('audit.ground')}:</strong> {access.legalGround}
            </p>
            <p>
              <strong>{t('audit.justification')}:</strong> {access.justification}
            </p>
            <Review id={access.id} own={access.actorId === self} onReviewed={() => setReviewed(true)} />
          </div>
        </section>
      ))}
    </>
  );
}
