/**
 * Signing in. The gateway says how (`/auth/config`): in development, its sign-in page mints a token
 * for a chosen persona (`/auth/dev-token`, which exists only then); in production, OpenID Connect
 * authorization code with PKCE through oidc-client-ts, the user (and so the token) kept in memory
 * only. The PKCE verifier waits for the redirect in sessionStorage, as the library does; it is not
 * a token and is removed once used.
 */
import type { UserManager } from 'oidc-client-ts';

export type AuthConfig = { signIn: 'development' } | { signIn: 'oidc'; authority: string; clientId: string; scope: string } | { signIn: 'none' };

/** How this hub signs in. */
export async function authConfig(): Promise<AuthConfig> {
  const response = await fetch('/auth/config');
  if (!response.ok) throw new Error(`/auth/config answered ${response.status}`);
  return (await response.json()) as AuthConfig;
}

/** A development token for a persona or a citizen's CPR number; the gateway's error message otherwise. */
export async function devToken(who: { persona: string } | { citizen: string }): Promise<string> {
  const response = await fetch('/auth/dev-token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(who) });
  const body = (await response.json()) as { token?: string; errors?: { message: string }[] };
  if (!response.ok || !body.token) throw new Error(body.errors?.[0]?.message ?? `status ${response.status}`);
  return body.token;
}

let manager: Promise<UserManager> | null = null;

/** The OIDC client, loaded only when the hub uses OIDC (it is not in the first load's script). */
function userManager(config: Extract<AuthConfig, { signIn: 'oidc' }>): Promise<UserManager> {
  manager ??= import('oidc-client-ts').then(
    ({ UserManager, InMemoryWebStorage, WebStorageStateStore }) =>
      new UserManager({
        authority: config.authority,
        client_id: config.clientId,
        scope: config.scope,
        redirect_uri: `${window.location.origin}/console/signed-in`,
        response_type: 'code',
        userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
        automaticSilentRenew: false,
      }),
  );
  return manager;
}

/** Sends the browser to the identity provider. */
export async function oidcSignIn(config: Extract<AuthConfig, { signIn: 'oidc' }>): Promise<void> {
  await (await userManager(config)).signinRedirect();
}

/** Completes the redirect back from the identity provider: the access token, or null when this is no such redirect. */
export async function oidcCallback(config: Extract<AuthConfig, { signIn: 'oidc' }>): Promise<string | null> {
  if (!window.location.pathname.endsWith('/signed-in')) return null;
  const user = await (await userManager(config)).signinRedirectCallback();
  window.history.replaceState(null, '', '/console/');
  return user.access_token;
}
