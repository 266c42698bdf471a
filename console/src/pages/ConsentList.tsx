/**
 * The consents a caseworker may see on a citizen (those naming their department), and for a
 * coordinator the two changes the API allows: renew to a later end date, or revoke with a reason.
 * Either takes effect at once; the hub's refusal is shown at the field it concerns.
 */
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { CitizenOverviewDocument, RenewConsentDocument, RevokeConsentDocument, type CitizenOverviewQuery } from '../generated/graphql.ts';
import type { MessageKey } from '../i18n/da.ts';
import { hasMessage, useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session.tsx';
import { useFieldErrors } from './common.tsx';

type Consent = NonNullable<CitizenOverviewQuery['citizen']>['consents'][number];

function Changes({ consent }: { consent: Consent }) {
  const { t } = useI18n();
  const [until, setUntil] = useState(consent.validUntil.slice(0, 10));
  const [reason, setReason] = useState('');
  const refetch = { refetchQueries: [CitizenOverviewDocument] };
  const [renew, renewed] = useMutation(RenewConsentDocument, refetch);
  const [revoke, revoked] = useMutation(RevokeConsentDocument, refetch);
  const renewErrors = useFieldErrors(renewed.error);
  const revokeErrors = useFieldErrors(revoked.error);
  const onRenew = (event: FormEvent) => {
    event.preventDefault();
    renew({ variables: { id: consent.id, validUntil: until } }).catch(() => {});
  };
  const onRevoke = (event: FormEvent) => {
    event.preventDefault();
    revoke({ variables: { id: consent.id, reason } }).catch(() => {});
  };
  const renewError = renewErrors.fields.validUntil ?? renewErrors.fields.id ?? renewErrors.other;
  const revokeError = revokeErrors.fields.reason ?? revokeErrors.fields.id ?? revokeErrors.other;
  return (
    <div className="console-consent-actions">
      <form onSubmit={onRenew} className="console-inline-form">
        <div className={`form-group${renewError ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={`renew-${consent.id}`}>
            {t('consents.renewUntil')}
          </label>
          {renewError && (
            <span className="form-error-message" id={`renew-${consent.id}-error`}>
              {renewError}
            </span>
          )}
          <input
            id={`renew-${consent.id}`}
            type="date"
            className="form-input"
            value={until}
            onChange={(e) => setUntil(e.target.value)}
            aria-describedby={renewError ? `renew-${consent.id}-error` : undefined}
          />
        </div>
        <button type="submit" className="button button-secondary" disabled={renewed.loading}>
          {t('consents.renew')}
        </button>
      </form>
      <form onSubmit={onRevoke} className="console-inline-form">
        <div className={`form-group${revokeError ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={`revoke-${consent.id}`}>
            {t('consents.revokeReason')}
          </label>
          {revokeError && (
            <span className="form-error-message" id={`revoke-${consent.id}-error`}>
              {revokeError}
            </span>
          )}
          <input
            id={`revoke-${consent.id}`}
            className="form-input"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-describedby={revokeError ? `revoke-${consent.id}-error` : undefined}
          />
        </div>
        <button type="submit" className="button button-warning" disabled={revoked.loading}>
          {t('consents.revoke')}
        </button>
      </form>
    </div>
  );
}

export function ConsentList({ consents }: { consents: Consent[] }) {
  const { t, date } = useI18n();
  const { session } = useSession();
  const coordinator = session?.roles.includes('coordinator') ?? false;
  const text = (key: string, fallback: string) => (hasMessage(key) ? t(key as MessageKey) : fallback);
  if (consents.length === 0) return <p>{t('consents.none')}</p>;
  return (
    <ul className="nobullet-list" data-testid="citizen-consents">
      {consents.map((c) => (
        <li key={c.id} className="console-consent">
          <p>
            <span className="badge badge-info">{text(`status.${c.status}`, c.status)}</span>{' '}
            {t('myData.consentLine', {
              from: c.sourceDepartments.map((d) => text(`department.${d}`, d)).join(', '),
              to: c.recipientDepartments.map((d) => text(`department.${d}`, d)).join(', '),
              purpose: text(`purpose.${c.purpose}`, c.purpose),
            })}{' '}
            — {t('myData.validUntil', { date: date(c.validUntil) })}
          </p>
          <p>{c.categories.map((category) => text(`category.${category}`, category)).join(', ')}</p>
          {coordinator && (c.status === 'ACTIVE' || c.status === 'PENDING') && <Changes consent={c} />}
        </li>
      ))}
    </ul>
  );
}
