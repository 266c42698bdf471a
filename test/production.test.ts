/**
 * The gateway with NODE_ENV=production: the development conveniences are off or refused, and what
 * callers may send is bounded (introspection, field suggestions, CORS, body size, trusted documents,
 * metrics off the public port, the development keys).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, checkProductionKeys, loadConfig } from '../services/shared/src/config.ts';
import { PERSONAS } from '../services/shared/src/demo/world.ts';
import { CONSOLE_DOCUMENTS } from '../gateway/src/console.ts';
import { CASEWORKERS, startTestHub, type TestHub } from './harness.ts';

const TRUSTED = `query TrustedName($cpr: ID!) { citizen(cpr: $cpr) { name } }`;
const TRUSTED_ID = crypto.createHash('sha256').update(TRUSTED).digest('hex');
let hub: TestHub;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-production-'));
  const trustedFile = path.join(dir, 'trusted-documents.json');
  fs.writeFileSync(trustedFile, JSON.stringify({ [TRUSTED_ID]: TRUSTED }));
  hub = await startTestHub({
    env: {
      NODE_ENV: 'production',
      HUB_ALLOW_DEVELOPMENT_KEYS: 'true',
      GATEWAY_METRICS_PORT: '0',
      CORS_ORIGINS: 'https://console.example.dk',
      TRUSTED_DOCUMENTS_FILE: trustedFile,
    },
  });
});
afterAll(async () => {
  await hub?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const post = async (body: string | object, headers: Record<string, string> = {}) => {
  const response = await fetch(hub.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.token(CASEWORKERS.jobcentre)}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
};

describe('a production gateway', () => {
  it('answers a trusted document by its id', async () => {
    const result = await post({ documentId: TRUSTED_ID, variables: { cpr: PERSONAS.soren } });
    expect(result.status).toBe(200);
    expect(result.body.data.citizen.name).toBe('Søren Jensen');
  });

  it('refuses any other document, and resolves nothing', async () => {
    const before = (await hub.logEntries()).length;
    const result = await post({ query: `{ citizen(cpr: "${PERSONAS.soren}") { name } }` });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe('TRUSTED_DOCUMENTS_ONLY');
    expect(result.body.data ?? null).toBeNull();
    const unknown = await post({ documentId: 'not-a-trusted-document', variables: { cpr: PERSONAS.soren } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].extensions.code).toBe('TRUSTED_DOCUMENT_NOT_FOUND');
    expect((await hub.logEntries()).length).toBe(before);
  });

  it("accepts the web console's operations, sent by id as the console sends them, and has no development sign-in", async () => {
    const [id] = [...CONSOLE_DOCUMENTS].find(([, document]) => document.startsWith('query MyCaseload('))!;
    const result = await post({ operationName: 'MyCaseload', variables: { first: 5 }, extensions: { persistedQuery: { version: 1, sha256Hash: id } } });
    expect(result.status).toBe(200);
    expect(result.body.data.myCaseload.edges.length).toBeGreaterThan(0);
    const devToken = await fetch(new URL('/auth/dev-token', hub.gateway.url), { method: 'POST', body: JSON.stringify({ persona: 'auditor' }) });
    expect(devToken.status).toBe(404);
  });

  it('still serves the citizen access report, through its own trusted document', async () => {
    const auditor = await hub.token({ sub: 'aud-1', department: 'family', roles: ['auditor'] });
    const response = await fetch(new URL(`/reports/citizen-access?cpr=${PERSONAS.anne}&format=json`, hub.gateway.url), {
      headers: { authorization: `Bearer ${auditor}` },
    });
    expect(response.status).toBe(200);
  });

  it("still serves the joint plan as FHIR, through the route's own trusted document", async () => {
    const caseworker = await hub.token({ sub: 'cw-jc-1', department: 'jobcentre', roles: ['caseworker'] });
    const response = await fetch(new URL(`/fhir/CarePlan?subject=${PERSONAS.anne}`, hub.gateway.url), { headers: { authorization: `Bearer ${caseworker}` } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { entry: { resource: { resourceType: string } }[] }).entry[0]!.resource.resourceType).toBe('CarePlan');
  });

  it('refuses a body over 1 MB with 413 PAYLOAD_TOO_LARGE', async () => {
    const result = await post({ documentId: TRUSTED_ID, variables: { cpr: PERSONAS.soren, padding: 'x'.repeat(1_100_000) } });
    expect(result.status).toBe(413);
    expect(result.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('lets a listed origin call from a browser, and no other', async () => {
    const preflight = (origin: string) =>
      fetch(hub.gateway.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
    expect((await preflight('https://console.example.dk')).headers.get('access-control-allow-origin')).toBe('https://console.example.dk');
    const stranger = await preflight('https://evil.example');
    expect(stranger.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    expect(stranger.headers.get('access-control-allow-origin')).not.toBe('*');
  });

  it('serves /metrics on its own port only', async () => {
    expect((await fetch(new URL('/metrics', hub.gateway.url))).status).not.toBe(200);
    expect((await fetch(hub.gateway.metricsUrl)).status).toBe(200);
    expect(new URL(hub.gateway.metricsUrl).port).not.toBe(new URL(hub.gateway.url).port);
  });
});

describe('a production gateway without trusted documents', () => {
  let open: TestHub;
  beforeAll(async () => {
    open = await startTestHub({ env: { NODE_ENV: 'production', HUB_ALLOW_DEVELOPMENT_KEYS: 'true' } });
  });
  afterAll(async () => {
    await open?.stop();
  });

  it('refuses introspection and suggests no field names', async () => {
    const token = await open.token(CASEWORKERS.jobcentre);
    const introspection = await open.query(token, '{ __schema { types { name } } }');
    expect(introspection.body.data?.__schema ?? null).toBeNull();
    expect(introspection.status).toBeLessThan(500);
    const typo = await open.query(token, `{ citizen(cpr: "${PERSONAS.soren}") { nam } }`);
    expect(typo.status).toBe(400);
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
  });
});

describe('production configuration', () => {
  const production = { NODE_ENV: 'production' };
  it.each<[string, Record<string, string>, 'gateway' | 'subgraph' | 'hub', RegExp | null]>([
    ['refuses the development identity provider and keys', production, 'hub', /JWT_JWKS_URL.*GATEWAY_PRIVATE_KEY_FILE.*GATEWAY_PUBLIC_KEY_FILE/],
    ['refuses a gateway without its key file', { ...production, JWT_JWKS_URL: 'https://idp.example/jwks' }, 'gateway', /GATEWAY_PRIVATE_KEY_FILE/],
    ['refuses a subgraph without the gateway public key', production, 'subgraph', /GATEWAY_PUBLIC_KEY_FILE/],
    ['accepts them when told to', { ...production, HUB_ALLOW_DEVELOPMENT_KEYS: 'true' }, 'hub', null],
    [
      'accepts a gateway with an identity provider and its key',
      { ...production, JWT_JWKS_URL: 'https://idp.example/jwks', GATEWAY_PRIVATE_KEY_FILE: '/k.pem' },
      'gateway',
      null,
    ],
    ['leaves development alone', {}, 'hub', null],
  ])('%s', (_, env, role, refusal) => {
    const config = loadConfig(env);
    if (refusal) {
      expect(() => checkProductionKeys(config, role)).toThrow(ConfigError);
      expect(() => checkProductionKeys(config, role)).toThrow(refusal);
    } else expect(() => checkProductionKeys(config, role)).not.toThrow();
  });

  it('defaults to the strict settings in production and the open ones in development', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).gateway).toMatchObject({ introspection: false, fieldSuggestions: false, corsOrigins: [] });
    expect(loadConfig({ NODE_ENV: 'production' }).gatewayMetricsPort).toBe(9464);
    expect(loadConfig({}).gateway).toMatchObject({ introspection: true, fieldSuggestions: true });
    expect(loadConfig({}).gatewayMetricsPort).toBeUndefined();
  });

  it.each(['*', 'https://console.example.dk/path', 'console.example.dk'])('refuses a CORS origin that is not an origin (%s)', (origin) => {
    expect(() => loadConfig({ CORS_ORIGINS: origin })).toThrow(/CORS_ORIGINS/);
  });
});
