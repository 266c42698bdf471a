/**
 * The console's frame: who is signed in, the purpose sent with every request, the language, the
 * menu for the user's roles, and the page of the current path. Until someone signs in, the sign-in
 * page.
 */
import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createClient } from './apollo.ts';
import { authConfig, oidcCallback, type AuthConfig } from './auth.ts';
import { useI18n } from './i18n/i18n.tsx';
import { AccessLogPage } from './pages/AccessLogPage.tsx';
import { CaseloadPage } from './pages/CaseloadPage.tsx';
import { citizenNames, forgetAll } from './memory.ts';
import { ChainPage } from './pages/ChainPage.tsx';
import { CitizenAuditPage } from './pages/CitizenAuditPage.tsx';
import { CitizenPage } from './pages/CitizenPage.tsx';
import { ConsentFormPage } from './pages/ConsentFormPage.tsx';
import { EmergencyAccessPage } from './pages/EmergencyAccessPage.tsx';
import { EmergencyReviewPage } from './pages/EmergencyReviewPage.tsx';
import { MyDataPage } from './pages/MyDataPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { Link, navigate, usePath } from './router.tsx';
import { SessionProvider, sessionFromToken, type Purpose, type Session, type SessionState } from './session.tsx';

/** The page a user lands on: a citizen's own report, an auditor's log, a caseworker's caseload. */
export function homeOf(session: Session): string {
  if (session.roles.includes('citizen')) return '/my-data';
  if (session.roles.includes('auditor') && !session.roles.includes('caseworker')) return '/audit/log';
  return '/caseload';
}

function Page({ path, session }: { path: string; session: Session }) {
  const [route = '', query = ''] = path.split('?');
  const citizen = /^\/citizens\/([\d-]+)(\/consent|\/emergency)?$/.exec(route);
  if (citizen) {
    const cpr = citizen[1]!;
    const name = citizenNames.get(cpr) ?? cpr;
    if (citizen[2] === '/consent') return <ConsentFormPage key={cpr} cpr={cpr} name={name} />;
    if (citizen[2] === '/emergency') return <EmergencyAccessPage key={cpr} cpr={cpr} name={name} />;
    return <CitizenPage key={cpr} cpr={cpr} search={new URLSearchParams(query)} />;
  }
  switch (route) {
    case '/caseload':
      return <CaseloadPage />;
    case '/my-data':
      return <MyDataPage />;
    case '/audit/log':
      return <AccessLogPage />;
    case '/audit/chain':
      return <ChainPage />;
    case '/audit/citizen':
      return <CitizenAuditPage />;
    case '/audit/emergency':
      return <EmergencyReviewPage self={session.id} />;
    default:
      return route === homeOf(session) ? null : <Page path={homeOf(session)} session={session} />;
  }
}

function Menu({ session }: { session: Session }) {
  const { t } = useI18n();
  const items: [string, string][] = [];
  if (session.roles.includes('caseworker')) items.push(['/caseload', t('nav.caseload')]);
  if (session.roles.includes('citizen')) items.push(['/my-data', t('nav.myData')]);
  if (session.roles.includes('auditor')) {
    items.push(
      ['/audit/log', t('nav.accessLog')],
      ['/audit/chain', t('nav.chain')],
      ['/audit/emergency', t('nav.emergency')],
      ['/audit/citizen', t('nav.citizenAudit')],
    );
  }
  return (
    <nav aria-label={t('nav.label')} className="console-menu">
      <div className="container">
        <ul>
          {items.map(([to, label]) => (
            <li key={to}>
              <Link to={to}>{label}</Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

function Header({ state }: { state: SessionState }) {
  const { t, language, setLanguage } = useI18n();
  const { session, purpose, setPurpose, signOut } = state;
  // The purpose matters to case work only: an auditor's and a citizen's queries take none.
  const staff = session?.roles.includes('caseworker') ?? false;
  const who = session ? (session.cpr ?? `${session.id} (${session.roles.map((r) => t(`role.${r}`)).join(', ')})`) : '';
  return (
    <header className="header console-header">
      <div className="container console-header-row">
        <div>
          <p className="console-title">{t('app.title')}</p>
          <p className="console-subtitle">{t('app.subtitle')}</p>
        </div>
        <div className="console-header-tools">
          {session && <p data-testid="signed-in-as">{t('app.signedInAs', { who })}</p>}
          {staff && (
            <div className="form-group console-purpose">
              <label className="form-label" htmlFor="purpose">
                {t('purpose.label')}
              </label>
              <select
                id="purpose"
                className="form-select"
                value={purpose ?? ''}
                aria-describedby="purpose-hint"
                onChange={(e) => setPurpose((e.target.value || null) as Purpose | null)}
              >
                <option value="">{t('purpose.none')}</option>
                <option value="COORDINATED_EFFORT">{t('purpose.COORDINATED_EFFORT')}</option>
                <option value="JOINT_PLAN">{t('purpose.JOINT_PLAN')}</option>
              </select>
              <span id="purpose-hint" className="form-hint">
                {t('purpose.hint')}
              </span>
            </div>
          )}
          <button
            type="button"
            className="button button-tertiary"
            lang={language === 'da' ? 'en' : 'da'}
            onClick={() => setLanguage(language === 'da' ? 'en' : 'da')}
          >
            {t('app.language.switch')}
          </button>
          {session && (
            <button type="button" className="button button-secondary" onClick={signOut}>
              {t('app.signOut')}
            </button>
          )}
        </div>
      </div>
    </header>
  );
}

export function App() {
  const { t } = useI18n();
  const path = usePath();
  const [config, setConfig] = useState<AuthConfig | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [session, setSession] = useState<Session | null>(null);
  const [purpose, setPurposeState] = useState<Purpose | null>(null);
  // The client reads token and purpose from here when each request leaves.
  const current = useRef<{ session: Session | null; purpose: Purpose | null }>({ session: null, purpose: null });
  const client = useMemo(() => createClient({ token: () => current.current.session?.token ?? null, purpose: () => current.current.purpose }), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on load
  useEffect(() => {
    authConfig()
      .then(async (loaded) => {
        setConfig(loaded);
        if (loaded.signIn === 'oidc') {
          const token = await oidcCallback(loaded);
          if (token) state.signIn(sessionFromToken(token, false));
        }
      })
      .catch((e: Error) => setError(e.message));
  }, []);

  const state: SessionState = {
    session,
    purpose,
    signIn(next) {
      current.current.session = next;
      setSession(next);
      navigate(homeOf(next));
    },
    signOut() {
      current.current = { session: null, purpose: null };
      forgetAll();
      setSession(null);
      setPurposeState(null);
      // A query in flight is aborted, which is what signing out means.
      client.clearStore().catch(() => {});
      navigate('/');
    },
    setPurpose(next) {
      current.current.purpose = next;
      setPurposeState(next);
      // Every page asks again under the new purpose; a query in flight under the old one is aborted.
      client.resetStore().catch(() => {});
    },
  };

  return (
    <SessionProvider value={state}>
      <ApolloProvider client={client}>
        <a className="skipnav" href="#main">
          {t('app.skip')}
        </a>
        {session?.development && (
          <div className="alert alert-warning console-dev-banner" role="note">
            <p className="alert-text">{t('app.devBanner')}</p>
          </div>
        )}
        <Header state={state} />
        {session && <Menu session={session} />}
        <main id="main" className="container console-main" tabIndex={-1}>
          {error && <p className="alert alert-error">{t('app.error', { message: error })}</p>}
          {!session && config && <SignInPage config={config} />}
          {session && <Page path={path} session={session} />}
        </main>
      </ApolloProvider>
    </SessionProvider>
  );
}
