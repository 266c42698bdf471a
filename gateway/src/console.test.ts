/**
 * The console's routes without a browser: sign-in mode per configuration (the development token
 * endpoint never in production), the dev-token endpoint's input checks, the Content-Security-Policy,
 * and that a path cannot leave the console's folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../services/shared/src/config.ts';
import { loadKeys } from '../../services/shared/src/identity.ts';
import { consoleFile, contentSecurityPolicy, handleConsoleRequest, type ConsoleOptions } from './console.ts';
import { consoleSignIn } from './server.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-test-'));
const dist = path.join(dataDir, 'dist');
fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>console</title>');
fs.writeFileSync(path.join(dist, 'assets', 'app-abc.js'), 'export {}');
fs.writeFileSync(path.join(dataDir, 'secret.txt'), 'not for the browser');
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const keys = await loadKeys(dataDir);
const development = (): ConsoleOptions => ({ dir: dist, signIn: consoleSignIn(loadConfig({ HUB_DATA_DIR: dataDir }), keys) });
const request = (options: ConsoleOptions, pathname: string, init?: RequestInit) => handleConsoleRequest(new Request(`http://hub${pathname}`, init), options);
const post = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

describe('how the console signs in', () => {
  it('offers the development sign-in only outside production and on the development identity provider', () => {
    expect(consoleSignIn(loadConfig({ HUB_DATA_DIR: dataDir }), keys).mode).toBe('development');
    expect(consoleSignIn(loadConfig({ NODE_ENV: 'production', HUB_ALLOW_DEVELOPMENT_KEYS: 'true' }), keys).mode).toBe('none');
    expect(consoleSignIn(loadConfig({ JWT_JWKS_URL: 'https://idp.example/jwks' }), keys).mode).toBe('none');
    const oidc = consoleSignIn(loadConfig({ NODE_ENV: 'production', CONSOLE_OIDC_CLIENT_ID: 'console', JWT_ISSUER: 'https://idp.example' }), keys);
    expect(oidc).toEqual({ mode: 'oidc', authority: 'https://idp.example', clientId: 'console', scope: 'openid profile' });
  });

  it('has no development token endpoint unless in development', async () => {
    const none: ConsoleOptions = { dir: dist, signIn: { mode: 'none' } };
    expect((await request(none, '/auth/dev-token', post({ persona: 'auditor' })))!.status).toBe(404);
    expect(await (await request(none, '/auth/config'))!.json()).toEqual({ signIn: 'none', development: false });
  });

  it("mints a persona's or a citizen's token, and refuses anything else with the field named", async () => {
    const options = development();
    const auditor = await (await request(options, '/auth/dev-token', post({ persona: 'auditor' })))!.json();
    expect(decodeJwt(auditor.token)).toMatchObject({ sub: 'aud-1', roles: ['auditor'] });
    const citizen = await (await request(options, '/auth/dev-token', post({ citizen: '7203851235' })))!.json();
    expect(decodeJwt(citizen.token)).toMatchObject({ roles: ['citizen'], cpr: '720385-1235' });
    expect(decodeJwt(citizen.token).sub).not.toContain('720385');
    for (const [body, field] of [
      [{ persona: 'root' }, 'persona'],
      [{ persona: 'toString' }, 'persona'],
      [{ citizen: '12345' }, 'citizen'],
    ] as const) {
      const answer = (await request(options, '/auth/dev-token', post(body)))!;
      expect(answer.status).toBe(400);
      expect((await answer.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await request(options, '/auth/dev-token'))!.status).toBe(405);
  });
});

describe('the console files', () => {
  it('answers every page path with index.html under a strict CSP, and assets as themselves', async () => {
    const options = development();
    const page = (await request(options, '/console/citizens/720385-1235'))!;
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>console</title>');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy(options.signIn));
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const asset = (await request(options, '/console/assets/app-abc.js'))!;
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await request(options, '/console/assets/missing.js'))!.status).toBe(404);
    expect((await request(options, '/console'))!.status).toBe(308);
    expect(await request(options, '/graphql')).toBeNull();
  });

  it('never serves a file outside the console folder', async () => {
    expect(consoleFile(dist, '/console/../secret.txt')).toBeNull();
    expect(consoleFile(dist, '/console/%2e%2e/secret.txt')).toBeNull();
    // An encoded slash survives URL parsing; the decoded path still may not leave the folder.
    const answer = (await request(development(), '/console/..%2fsecret.txt'))!;
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain('<title>console</title>');
  });

  it("lets the identity provider's origin, and only it, be connected to under OIDC", () => {
    const csp = contentSecurityPolicy({ mode: 'oidc', authority: 'https://idp.example/realms/kommune', clientId: 'c', scope: 'openid' });
    expect(csp).toContain("connect-src 'self' https://idp.example;");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });
});
