import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../services/shared/src/identity.ts';
import { gatewayOver, post, stubSubgraph, testIdentityProvider } from './testing.ts';
import { createRequestIds, useCallerIdentity } from './useCallerIdentity.ts';

let idp: Awaited<ReturnType<typeof testIdentityProvider>>;
let stub: ReturnType<typeof stubSubgraph>;
let gateway: ReturnType<typeof gatewayOver>;
/** The callers the gateway admitted, as the plugins after it see them. */
const admitted: Caller[] = [];
const recordCaller: GatewayPlugin<{ caller: Caller }> = {
  onExecute: ({ args }) => {
    admitted.push((args.contextValue as { caller: Caller }).caller);
  },
};

beforeAll(async () => {
  idp = await testIdentityProvider();
  stub = stubSubgraph();
  const requestIds = createRequestIds();
  gateway = gatewayOver(
    stub,
    [useCallerIdentity({ issuer: idp.issuer, audience: idp.audience, jwks: idp.jwks, maxLifetimeMinutes: 720 }, requestIds), recordCaller],
    requestIds,
  );
});
afterAll(async () => {
  await gateway.dispose();
});

const QUERY = 'query WhoIsIt { citizen(cpr: "720385-1235") { name } }';
const caseworker = { sub: 'cw-fa-1', department: 'family', roles: ['caseworker'] };
const bearer = async (claims: Parameters<typeof idp.token>[0] = caseworker, expiresIn?: string | number) => ({
  authorization: `Bearer ${await idp.token(claims, expiresIn)}`,
});

describe('useCallerIdentity', () => {
  it('admits a caller with a valid token, as who the token says, with the purpose, the request id and the operation', async () => {
    admitted.length = 0;
    const result = await post(gateway, QUERY, { ...(await bearer()), 'x-purpose': 'COORDINATED_EFFORT', 'x-request-id': 'trace-1' });
    expect(result.status).toBe(200);
    expect(result.body.data.citizen.name).toBe('Citizen 720385-1235');
    expect(admitted).toEqual([
      { id: 'cw-fa-1', department: 'family', roles: ['caseworker'], purpose: 'COORDINATED_EFFORT', requestId: 'trace-1', operation: 'WhoIsIt' },
    ]);
  });

  it('gives a request without an X-Request-Id the id the runtime makes, and answers with it', async () => {
    admitted.length = 0;
    const result = await post(gateway, QUERY, await bearer());
    expect(admitted[0]!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.headers.get('x-request-id')).toBe(admitted[0]!.requestId);
  });

  it.each<[string, () => Promise<Record<string, string>>]>([
    ['no token', async () => ({})],
    ['a token that is not a bearer token', async () => ({ authorization: 'Basic dXNlcjpwdw==' })],
    ['an expired token', () => bearer(caseworker, Math.floor(Date.now() / 1000) - 60)],
    ['a token signed by another identity provider', async () => ({ authorization: `Bearer ${await (await testIdentityProvider()).token(caseworker)}` })],
    ['a token without the hub claims', () => bearer({ sub: 'cw-fa-1' })],
    ['a token for an unknown department', () => bearer({ ...caseworker, department: 'tax-office' })],
  ])('refuses %s with 401 UNAUTHENTICATED, before any subgraph is asked', async (_, headers) => {
    const calls = stub.calls.length;
    const result = await post(gateway, QUERY, await headers());
    expect(result.status).toBe(401);
    expect(result.headers.get('www-authenticate')).toBe('Bearer');
    expect(result.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(stub.calls.length).toBe(calls);
  });

  it.each([
    ['an unknown purpose', { 'x-purpose': 'CURIOSITY' }],
    ['a malformed request id', { 'x-request-id': 'has spaces in it' }],
    ['a request id that is too long', { 'x-request-id': 'x'.repeat(129) }],
  ])('refuses %s with 400 BAD_USER_INPUT, before any subgraph is asked', async (_, headers) => {
    const calls = stub.calls.length;
    const result = await post(gateway, QUERY, { ...(await bearer()), ...headers });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(stub.calls.length).toBe(calls);
  });

  it('refuses a token it accepted before once it has expired', async () => {
    const headers = await bearer(caseworker, Math.floor(Date.now() / 1000) + 2);
    expect((await post(gateway, QUERY, headers)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await post(gateway, QUERY, headers)).status).toBe(401);
  });
});
