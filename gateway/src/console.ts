/**
 * The web console at `/console`: static files built by Vite (console/dist), served by the gateway
 * on the GraphQL endpoint's origin, so the browser needs no CORS and the token never crosses
 * origins. Every page answer carries a strict Content-Security-Policy (scripts and styles from this
 * origin only, no inline script, no framing). `/auth/config` tells the console how to sign in;
 * `/auth/dev-token` mints development tokens for the sign-in page, and exists only while the hub
 * runs on its development identity provider outside production.
 */
import fs from 'node:fs';
import path from 'node:path';
import { normaliseCpr } from '../../services/shared/src/cpr.ts';
import { errorResponse } from '../../services/shared/src/errors.ts';
import { citizenClaims, type DevClaims } from '../../services/shared/src/identity.ts';

/**
 * The console's operations by id (`sha256:<hex>`), as GraphQL Code Generator lists them: the
 * console sends only the id, and the gateway trusts these like its own documents.
 */
export const CONSOLE_DOCUMENTS: ReadonlyMap<string, string> = new Map(
  Object.entries(
    JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../console/src/generated/persisted-documents.json'), 'utf8')) as Record<string, string>,
  ),
);

/** The console's folder of built files, next to its sources. */
export const CONSOLE_DIST = path.resolve(import.meta.dirname, '../../console/dist');

/** How the console signs in: the development page, the identity provider (OIDC), or not at all. */
export type ConsoleSignIn =
  | { mode: 'development'; mint: (claims: DevClaims) => Promise<string> }
  | { mode: 'oidc'; authority: string; clientId: string; scope: string }
  | { mode: 'none' };

export interface ConsoleOptions {
  /** The built console; absent or without index.html: `/console` answers 404 with how to build it. */
  dir: string;
  signIn: ConsoleSignIn;
}

/** The development personas the sign-in page offers, by id (DOMAIN.md's caseworkers, a coordinator, an auditor). */
export const DEV_PERSONAS: Readonly<Record<string, DevClaims>> = {
  'jobcentre-caseworker': { sub: 'cw-jc-1', department: 'jobcentre', roles: ['caseworker'] },
  'family-caseworker': { sub: 'cw-fa-1', department: 'family', roles: ['caseworker'] },
  'adult-social-caseworker': { sub: 'cw-as-1', department: 'adult-social', roles: ['caseworker'] },
  coordinator: { sub: 'co-jc-1', department: 'jobcentre', roles: ['caseworker', 'coordinator'] },
  auditor: { sub: 'aud-1', department: 'family', roles: ['auditor'] },
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** The console's Content-Security-Policy: its own origin (and the identity provider's, for OIDC) and nothing else. */
export function contentSecurityPolicy(signIn: ConsoleSignIn): string {
  const connect = signIn.mode === 'oidc' ? `'self' ${new URL(signIn.authority).origin}` : "'self'";
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src ${connect}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const securityHeaders = (signIn: ConsoleSignIn): Record<string, string> => ({
  'content-security-policy': contentSecurityPolicy(signIn),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
});

/** The file under `dir` a console path names, or null when it leaves the folder or does not exist. */
export function consoleFile(dir: string, pathname: string): string | null {
  const relative = decodeURIComponent(pathname.replace(/^\/console\/?/, ''));
  const root = path.resolve(dir);
  const file = path.resolve(root, relative || 'index.html');
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });

/** `POST /auth/dev-token` with `{ persona }` or `{ citizen: cpr }`: a development token for the sign-in page. */
async function devToken(request: Request, mint: (claims: DevClaims) => Promise<string>): Promise<Response> {
  if (request.method !== 'POST') return errorResponse('METHOD_NOT_ALLOWED', 'use POST');
  let body: { persona?: unknown; citizen?: unknown };
  try {
    body = (await request.json()) as typeof body;
  } catch {
    return errorResponse('BAD_USER_INPUT', 'the body must be JSON: { "persona": "..." } or { "citizen": "DDMMYY-SSSS" }', { details: { field: 'persona' } });
  }
  if (typeof body.citizen === 'string') {
    const cpr = normaliseCpr(body.citizen);
    if (!cpr) return errorResponse('BAD_USER_INPUT', 'Not a valid CPR number: expected DDMMYY-SSSS or ten digits', { details: { field: 'citizen' } });
    return json({ token: await mint(citizenClaims(cpr)) });
  }
  const claims = typeof body.persona === 'string' && Object.hasOwn(DEV_PERSONAS, body.persona) ? DEV_PERSONAS[body.persona] : undefined;
  if (!claims) return errorResponse('BAD_USER_INPUT', `persona must be one of ${Object.keys(DEV_PERSONAS).join(', ')}`, { details: { field: 'persona' } });
  return json({ token: await mint(claims) });
}

/** What the console learns before signing in: the sign-in mode and, for OIDC, where. */
const authConfig = (signIn: ConsoleSignIn) =>
  signIn.mode === 'oidc'
    ? { signIn: 'oidc', authority: signIn.authority, clientId: signIn.clientId, scope: signIn.scope }
    : { signIn: signIn.mode, development: signIn.mode === 'development' };

/**
 * Answers the console's routes (`/console...`, `/auth/config`, `/auth/dev-token`); null for any
 * other path. A console path that is not a file is a page of the single-page app: index.html.
 */
export async function handleConsoleRequest(request: Request, options: ConsoleOptions): Promise<Response | null> {
  const { pathname } = new URL(request.url);
  if (pathname === '/auth/config') return json(authConfig(options.signIn));
  if (pathname === '/auth/dev-token') {
    if (options.signIn.mode !== 'development') return new Response('Not found', { status: 404 });
    return devToken(request, options.signIn.mint);
  }
  if (pathname !== '/console' && !pathname.startsWith('/console/')) return null;
  if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse('METHOD_NOT_ALLOWED', 'use GET');
  if (pathname === '/console') return new Response(null, { status: 308, headers: { location: '/console/' } });
  const headers = securityHeaders(options.signIn);
  let file: string | null;
  try {
    file = consoleFile(options.dir, pathname);
  } catch {
    return new Response('Not found', { status: 404, headers });
  }
  const isAsset = pathname.startsWith('/console/assets/');
  if (!file && isAsset) return new Response('Not found', { status: 404, headers });
  file ??= consoleFile(options.dir, '/console/index.html');
  if (!file) {
    return new Response('The console is not built: run `npm run console:build` (npm start builds it).', {
      status: 404,
      headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  // Built assets carry their content's hash in their name; the page itself is always fetched anew.
  const cache = isAsset ? 'public, max-age=31536000, immutable' : 'no-cache';
  const body = request.method === 'HEAD' ? null : fs.readFileSync(file);
  return new Response(body, { headers: { ...headers, 'content-type': type, 'cache-control': cache } });
}
