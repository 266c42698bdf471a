/**
 * A caseworker requests emergency access to one citizen: a legal ground from the municipality's
 * list and a justification of at least a sentence. It lasts a short while, is logged, and an auditor
 * reviews it. Once open, the citizen page shows a banner with the time left.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { EmergencyLegalGroundsDocument, RequestEmergencyAccessDocument } from '../generated/graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link, navigate } from '../router.tsx';
import { emergencyAccesses } from '../memory.ts';
import { useFieldErrors, Loading, QueryError } from './common.tsx';

export function EmergencyAccessPage({ cpr, name }: { cpr: string; name: string }) {
  const { t } = useI18n();
  const grounds = useQuery(EmergencyLegalGroundsDocument);
  const [legalGround, setLegalGround] = useState('');
  const [justification, setJustification] = useState('');
  const [request, { error, loading }] = useMutation(RequestEmergencyAccessDocument);
  const { fields, other } = useFieldErrors(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await request({ variables: { input: { cpr, legalGround, justification } } });
      if (result.data) {
        emergencyAccesses.set(cpr, result.data.requestEmergencyAccess.validUntil);
        navigate(`/citizens/${cpr}`);
      }
    } catch {
      // Shown at the fields below.
    }
  };
  if (grounds.error) return <QueryError error={grounds.error} />;
  if (!grounds.data) return <Loading />;
  return (
    <>
      <h1>{t('emergency.title', { name })}</h1>
      <div className="alert alert-warning">
        <p className="alert-text">{t('emergency.intro')}</p>
      </div>
      {other && (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{other}</p>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <div className={`form-group${fields.legalGround ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor="legalGround">
            {t('emergency.ground')}
          </label>
          {fields.legalGround && (
            <span className="form-error-message" id="legalGround-error">
              {fields.legalGround}
            </span>
          )}
          <select
            id="legalGround"
            className="form-select"
            value={legalGround}
            onChange={(e) => setLegalGround(e.target.value)}
            aria-describedby={fields.legalGround ? 'legalGround-error' : undefined}
          >
            <option value="">{t('emergency.chooseGround')}</option>
            {grounds.data.emergencyLegalGrounds.map((g) => (
              <option key={g.code} value={g.code}>
                {g.description}
              </option>
            ))}
          </select>
        </div>
        <div className={`form-group${fields.justification ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor="justification">
            {t('emergency.justification')}
          </label>
          <span className="form-hint" id="justification-hint">
            {t('emergency.justificationHint')}
          </span>
          {fields.justification && (
            <span className="form-error-message" id="justification-error">
              {fields.justification}
            </span>
          )}
          <textarea
            id="justification"
            className="form-input"
            rows={4}
            value={justification}
            onChange={(e) => setJustification(e.target.value)}
            aria-describedby={fields.justification ? 'justification-hint justification-error' : 'justification-hint'}
          />
        </div>
        <button type="submit" className="button button-warning" disabled={loading}>
          {t('emergency.submit')}
        </button>{' '}
        <Link to={`/citizens/${cpr}`}>{t('consent.cancel')}</Link>
      </form>
    </>
  );
}
