/** Authentication at the gateway and the gateway-to-subgraph trust chain. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CryptoKey, SignJWT, generateKeyPair } from 'jose';
import { BINDING_HEADER, CALLER_HEADER, GATEWAY_ISSUER, keyIdOf, signBodyBinding, signCallerForSubgraph } from '../services/shared/src/identity.ts';
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
    ['too deep', `{ citizen(cpr: "720385-1235") { ${'children { '.repeat(12)}cpr${' }'.repeat(12)} } }`],
    ['too many aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: citizen(cpr: "720385-1235") { name }`).join(' ')} }`],
  ])('refuses a query that is %s before any subgraph is asked', async (_, query) => {
    const before = hub.queries('registry');
    const result = await hub.query(await hub.token(CASEWORKERS.jobcentre), query);
    expect(result.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
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

  it.each([
    ['naming its own key', async (key: CryptoKey, publicKey: CryptoKey) => ({ key, kid: await keyIdOf(publicKey) })],
    ["naming the gateway's key", async (key: CryptoKey) => ({ key, kid: hub.keys.gatewaySigningKey.kid })],
  ])('refuses a forged identity signed with another key, %s', async (_, signingKey) => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const forger = await signingKey(privateKey, publicKey);
    const forged = await signCallerForSubgraph(
      forger,
      { id: 'x', department: 'jobcentre', roles: ['caseworker'], purpose: null, requestId: 'r', operation: null },
      'jobcentre',
    );
    expect((await post({ [CALLER_HEADER]: forged, [BINDING_HEADER]: await signBodyBinding(forger, forged, 'jobcentre', body) })).status).toBe(401);
  });

  it('refuses a gateway token made for another subgraph', async () => {
    const forFamily = await signCallerForSubgraph(
      hub.keys.gatewaySigningKey,
      { id: 'x', department: 'jobcentre', roles: ['caseworker'], purpose: null, requestId: 'r', operation: null },
      'family',
    );
    expect(
      (await post({ [CALLER_HEADER]: forFamily, [BINDING_HEADER]: await signBodyBinding(hub.keys.gatewaySigningKey, forFamily, 'family', body) })).status,
    ).toBe(401);
  });

  it('refuses a gateway token with another issuer', async () => {
    const token = await new SignJWT({ department: 'jobcentre', roles: ['caseworker'] })
      .setProtectedHeader({ alg: 'ES256', kid: hub.keys.gatewaySigningKey.kid })
      .setSubject('x')
      .setIssuer(`${GATEWAY_ISSUER}:other`)
      .setAudience('subgraph:jobcentre')
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(hub.keys.gatewaySigningKey.key);
    expect((await post({ [CALLER_HEADER]: token })).status).toBe(401);
  });

  /** The two headers the gateway sends: the caller token, and its binding to `forBody`. */
  const signed = async (forBody: string) => {
    const token = await signCallerForSubgraph(
      hub.keys.gatewaySigningKey,
      { id: 'cw-jc-1', department: 'jobcentre', roles: ['caseworker'], purpose: null, requestId: 'r', operation: null },
      'jobcentre',
    );
    return { [CALLER_HEADER]: token, [BINDING_HEADER]: await signBodyBinding(hub.keys.gatewaySigningKey, token, 'jobcentre', forBody) };
  };

  it('refuses a gateway token bound to another query (a replayed token)', async () => {
    const headers = await signed(JSON.stringify({ query: '{ __typename }' }));
    const before = (await hub.logEntries()).length;
    expect((await post(headers)).status).toBe(401);
    expect((await hub.logEntries()).length).toBe(before);
  });

  it('refuses a gateway token without its body binding', async () => {
    const headers = await signed(body);
    expect((await post({ [CALLER_HEADER]: headers[CALLER_HEADER]! })).status).toBe(401);
  });

  it('refuses a body binding made for another caller token', async () => {
    const one = await signed(body);
    const other = await signed(body);
    expect((await post({ [CALLER_HEADER]: one[CALLER_HEADER]!, [BINDING_HEADER]: other[BINDING_HEADER]! })).status).toBe(401);
  });

  it('answers a request the gateway signed', async () => {
    const response = await post(await signed(body));
    expect(response.status).toBe(200);
    expect((await response.json()).data._entities[0].jobcentre.__typename).toBe('JobcentreView');
  });
});
