/**
 * Signing in. Development: a clearly marked page to choose a persona or a citizen by CPR number,
 * each minted by the hub's development identity provider. Production: the identity provider (OIDC).
 */
import { useState, type FormEvent } from 'react';
import { devToken, oidcSignIn, type AuthConfig } from '../auth.ts';
import type { MessageKey } from '../i18n/da.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { sessionFromToken, useSession } from '../session.tsx';

const PERSONAS = ['jobcentre-caseworker', 'family-caseworker', 'adult-social-caseworker', 'coordinator', 'auditor'] as const;

function DevelopmentSignIn() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [cpr, setCpr] = useState('');
  const [error, setError] = useState<string | null>(null);
  const as = async (who: { persona: string } | { citizen: string }) => {
    setError(null);
    try {
      signIn(sessionFromToken(await devToken(who), true));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const asCitizen = (event: FormEvent) => {
    event.preventDefault();
    void as({ citizen: cpr });
  };
  return (
    <>
      <div className="alert alert-warning">
        <div className="alert-body">
          <h2 className="alert-heading">{t('signIn.devTitle')}</h2>
          <p className="alert-text">{t('signIn.devIntro')}</p>
        </div>
      </div>
      <h2>{t('signIn.staff')}</h2>
      <ul className="nobullet-list console-personas">
        {PERSONAS.map((persona) => (
          <li key={persona}>
            <button type="button" className="button button-secondary" onClick={() => void as({ persona })}>
              {t(`signIn.persona.${persona}` as MessageKey)}
            </button>
          </li>
        ))}
      </ul>
      <h2>{t('signIn.citizen')}</h2>
      <form onSubmit={asCitizen} noValidate>
        <div className={`form-group${error ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor="cpr">
            {t('signIn.cpr')}
          </label>
          <span className="form-hint" id="cpr-hint">
            {t('signIn.cprHint')}
          </span>
          {error && (
            <span className="form-error-message" id="cpr-error" role="alert">
              {t('signIn.failed', { message: error })}
            </span>
          )}
          <input
            id="cpr"
            className="form-input input-width-s"
            value={cpr}
            onChange={(e) => setCpr(e.target.value)}
            autoComplete="off"
            inputMode="numeric"
            aria-describedby={error ? 'cpr-hint cpr-error' : 'cpr-hint'}
          />
        </div>
        <button type="submit" className="button button-primary">
          {t('signIn.asCitizen')}
        </button>
      </form>
    </>
  );
}

export function SignInPage({ config }: { config: AuthConfig }) {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      {config.signIn === 'development' && <DevelopmentSignIn />}
      {config.signIn === 'oidc' && (
        <button type="button" className="button button-primary" onClick={() => void oidcSignIn(config)}>
          {t('signIn.oidc')}
        </button>
      )}
      {config.signIn === 'none' && <p className="alert alert-error">{t('signIn.none')}</p>}
    </>
  );
}
