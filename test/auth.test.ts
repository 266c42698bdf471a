/** Authentication at the gateway and the gateway-to-subgraph trust chain. */
import crypto from 'node:crypto';
import { createSigner } from 'fast-jwt';
import { SignJWT, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLER_HEADER, GATEWAY_ISSUER, bodyDigest, signSubgraphCall, signingKeyFrom } from '../services/shared/src/identity.ts';
import { CASEWORKERS, startTestHub, type TestHub } from './harness.ts';

const QUERY = '{ citizen(cpr: "720385-1235") { name jobcentre { __typename } } }';
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

function expectUnauthenticated(result: { status: number; body: any }) {
  expect(result.status).toBe(401);
  expect(result.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(result.body.data).toBeUndefined();
}

describe('the gateway', () => {
  it('answers an authenticated caseworker', async () => {
    const result = await hub.query(await hub.token(CASEWORKERS.jobcentre), QUERY);
    expect(result.status).toBe(200);
    expect(result.body.data.citizen.name).toBe('Søren Jensen');
  });

  it('refuses a request without a token, and resolves nothing', async () => {
    const before = (await hub.logEntries()).length;
    expectUnauthenticated(await hub.query(null, QUERY));
    expect((await hub.logEntries()).length).toBe(before);
  });

  it('refuses a token once it has expired, though it was accepted (and remembered) before', async () => {
    // A short life; on a slow machine, a token may expire before its first use, so take another.
    let expiresAt = 0;
    let shortLived = '';
    for (let accepted = false; !accepted; ) {
      expiresAt = Math.floor(Date.now() / 1000) + 3;
      shortLived = await hub.token(CASEWORKERS.jobcentre, expiresAt);
      const status = (await hub.query(shortLived, QUERY)).status;
      accepted = status === 200;
      if (!accepted) expect(Date.now()).toBeGreaterThanOrEqual(expiresAt * 1000);
    }
    while (Date.now() < expiresAt * 1000 + 50) await new Promise((resolve) => setTimeout(resolve, 100));
    expectUnauthenticated(await hub.query(shortLived, QUERY));
  });

  it.each(['has spaces in it', 'x'.repeat(129), 'semi;colon'])(
    'refuses a malformed X-Request-Id (%s) with BAD_USER_INPUT, and resolves nothing',
    async (id) => {
      const before = (await hub.logEntries()).length;
      const result = await hub.query(await hub.token(CASEWORKERS.jobcentre), QUERY, undefined, { 'x-request-id': id });
      expect(result.status).toBe(400);
      expect(result.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect((await hub.logEntries()).length).toBe(before);
    },
  );

  const devToken = (expiry: (jwt: SignJWT) => SignJWT) =>
    expiry(
      new SignJWT({ department: 'jobcentre', roles: ['caseworker'] })
        .setProtectedHeader({ alg: 'ES256', kid: 'dev-idp' })
        .setSubject('cw-jc-1')
        .setIssuer('urn:citizen-hub:dev')
        .setAudience('citizen-hub')
        .setIssuedAt(),
    ).sign(hub.keys.devIdpPrivateKey);

  it.each<[string, (jwt: SignJWT) => SignJWT]>([
    ['without an expiry', (jwt) => jwt],
    ['that expires in a century', (jwt) => jwt.setExpirationTime('36500d')],
    ['valid for thirteen hours, beyond the twelve the hub accepts', (jwt) => jwt.setExpirationTime('13h')],
  ])('refuses a token %s, and resolves nothing', async (_, expiry) => {
    const before = (await hub.logEntries()).length;
    expectUnauthenticated(await hub.query(await devToken(expiry), QUERY));
    expect((await hub.logEntries()).length).toBe(before);
  });

  it('accepts a token valid for the twelve hours the hub accepts', async () => {
    expect((await hub.query(await devToken((jwt) => jwt.setExpirationTime('12h')), QUERY)).status).toBe(200);
  });

  it('refuses an expired token', async () => {
    const expired = await hub.token(CASEWORKERS.jobcentre, Math.floor(Date.now() / 1000) - 10);
    expectUnauthenticated(await hub.query(expired, QUERY));
  });

  it('refuses a token signed with another key (forged)', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ department: 'jobcentre', roles: ['caseworker'] })
      .setProtectedHeader({ alg: 'ES256', kid: 'dev-idp' })
      .setSubject('intruder')
      .setIssuer('urn:citizen-hub:dev')
      .setAudience('citizen-hub')
      .setExpirationTime('1h')
      .sign(privateKey);
    expectUnauthenticated(await hub.query(forged, QUERY));
  });

  it('refuses an unsigned token (alg none) and a token whose payload was altered', async () => {
    const good = await hub.token(CASEWORKERS.jobcentre);
    const [header, payload, signature] = good.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const altered = Buffer.from(JSON.stringify({ ...claims, department: 'family' })).toString('base64url');
    expectUnauthenticated(await hub.query(`${header}.${altered}.${signature}`, QUERY));
    const none = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    expectUnauthenticated(await hub.query(`${none}.${payload}.`, QUERY));
  });

  it('refuses a token without the hub claims', async () => {
    const token = await hub.token({ sub: 'x', department: 'tax-office', roles: ['caseworker'] });
    expectUnauthenticated(await hub.query(token, QUERY));
  });

  it('refuses an unknown purpose with BAD_USER_INPUT', async () => {
    const result = await hub.query(await hub.token(CASEWORKERS.jobcentre), QUERY, undefined, { 'x-purpose': 'CURIOSITY' });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('gives an auditor no case data', async () => {
    const auditor = await hub.token({ sub: 'aud-1', department: 'jobcentre', roles: ['auditor'] });
    const result = await hub.query(auditor, QUERY);
    expect(result.body.data?.citizen ?? null).toBeNull();
    expect(result.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it.each([
    ['too deep', `{ citizen(cpr: "720385-1235") { ${'children { '.repeat(12)}cpr${' }'.repeat(12)} } }`, 'DEPTH_LIMIT'],
    ['with too many aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: citizen(cpr: "720385-1235") { name }`).join(' ')} }`, 'ALIAS_LIMIT'],
    ['too long', `{ ${'citizen(cpr: "720385-1235") { name } '.repeat(400)}}`, 'TOKEN_LIMIT'],
  ])('refuses a query that is %s with 400 and its own code, before any subgraph is asked', async (_, query, code) => {
    const before = hub.queries('registry');
    const result = await hub.query(await hub.token(CASEWORKERS.jobcentre), query);
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe(code);
    expect(result.body.data?.citizen ?? null).toBeNull();
    expect(hub.queries('registry')).toBe(before);
  });

  it('echoes the request id it was given', async () => {
    const result = await hub.query(await hub.token(CASEWORKERS.jobcentre), QUERY, undefined, { 'x-request-id': 'trace-123' });
    expect(result.headers.get('x-request-id')).toBe('trace-123');
    const entries = (await hub.logEntries()).filter((e: any) => e.requestId === 'trace-123');
    expect(entries.length).toBeGreaterThan(0);
  });
});

describe('a subgraph called directly', () => {
  const body = JSON.stringify({
    query: '{ _entities(representations: [{ __typename: "Citizen", cpr: "720385-1235" }]) { ... on Citizen { jobcentre { __typename } } } }',
  });
  const post = (headers: Record<string, string>) =>
    fetch(hub.subgraphs.jobcentre.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('refuses a request without the gateway proof and releases nothing', async () => {
    const before = (await hub.logEntries()).length;
    const response = await post({});
    expect(response.status).toBe(401);
    const json = await response.json();
    expect(json.data).toBeUndefined();
    expect((await hub.logEntries()).length).toBe(before);
  });

  it('refuses a client bearer token in place of the gateway proof', async () => {
    const response = await post({ [CALLER_HEADER]: await hub.token(CASEWORKERS.jobcentre), authorization: `Bearer ${await hub.token(CASEWORKERS.jobcentre)}` });
    expect(response.status).toBe(401);
  });

  const CALLER = { id: 'cw-jc-1', department: 'jobcentre', roles: ['caseworker'], purpose: null, requestId: 'r', operation: null } as const;
  const newKeyPem = () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  /** The token the gateway sends with `forBody`. */
  const signed = (forBody: string, subgraph = 'jobcentre') => ({
    [CALLER_HEADER]: signSubgraphCall(hub.keys.gatewaySigningKey, { ...CALLER, roles: ['caseworker'] }, subgraph, forBody),
  });
  /** A token as the gateway makes it, with these claims changed. */
  const signedWith = (claims: Record<string, unknown>, options: { iss?: string; privatePem?: string; kid?: string } = {}) =>
    createSigner({
      key: options.privatePem ?? hub.keys.gatewaySigningKey.privatePem,
      algorithm: 'ES256',
      kid: options.kid ?? hub.keys.gatewaySigningKey.kid,
      iss: options.iss ?? GATEWAY_ISSUER,
      expiresIn: 60_000,
    })({
      sub: 'cw-jc-1',
      aud: 'subgraph:jobcentre',
      jti: crypto.randomUUID(),
      department: 'jobcentre',
      roles: ['caseworker'],
      bh: bodyDigest(body),
      ...claims,
    });

  it.each([
    ['naming its own key', async (privatePem: string) => signingKeyFrom(privatePem)],
    ["naming the gateway's key", async (privatePem: string) => ({ privatePem, kid: hub.keys.gatewaySigningKey.kid })],
  ])('refuses a forged identity signed with another key, %s', async (_, signingKey) => {
    const forger = await signingKey(newKeyPem());
    expect((await post({ [CALLER_HEADER]: signSubgraphCall(forger, { ...CALLER, roles: ['caseworker'] }, 'jobcentre', body) })).status).toBe(401);
  });

  it('refuses a gateway token made for another subgraph', async () => {
    expect((await post(signed(body, 'family'))).status).toBe(401);
  });

  it('refuses a gateway token with another issuer', async () => {
    expect((await post({ [CALLER_HEADER]: signedWith({}, { iss: `${GATEWAY_ISSUER}:other` }) })).status).toBe(401);
  });

  it('refuses a gateway token signed for another query (a replayed token)', async () => {
    const headers = signed(JSON.stringify({ query: '{ __typename }' }));
    const before = (await hub.logEntries()).length;
    expect((await post(headers)).status).toBe(401);
    expect((await hub.logEntries()).length).toBe(before);
  });

  it('refuses a gateway token without the digest of its body', async () => {
    expect((await post({ [CALLER_HEADER]: signedWith({ bh: undefined }) })).status).toBe(401);
  });

  it('refuses a gateway token changed after it was signed', async () => {
    const [header, payload, signature] = signed(body)[CALLER_HEADER].split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const altered = Buffer.from(JSON.stringify({ ...claims, department: 'family' })).toString('base64url');
    expect((await post({ [CALLER_HEADER]: `${header}.${altered}.${signature}` })).status).toBe(401);
  });

  it('refuses a gateway token that names no key or an unlisted one', async () => {
    expect((await post({ [CALLER_HEADER]: signedWith({}, { kid: 'not-a-listed-key' }) })).status).toBe(401);
  });

  it('refuses a gateway token sent a second time, body and all (a replay)', async () => {
    const headers = signed(body);
    expect((await post(headers)).status).toBe(200);
    const before = (await hub.logEntries()).length;
    expect((await post(headers)).status).toBe(401);
    expect((await hub.logEntries()).length).toBe(before);
  });

  it('answers a request the gateway signed', async () => {
    const response = await post(signed(body));
    expect(response.status).toBe(200);
    expect((await response.json()).data._entities[0].jobcentre.__typename).toBe('JobcentreView');
  });
});
