import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logger } from '../../../services/shared/src/logger.ts';
import { gatewayOver, post, stubSubgraph, testIdentityProvider } from './testing.ts';
import { createRateLimit } from './useRateLimit.ts';

const LIMIT = 3;
const QUERY = '{ citizen(cpr: "720385-1235") { name } }';
let idp: Awaited<ReturnType<typeof testIdentityProvider>>;
const stub = stubSubgraph();
const rateLimit = createRateLimit({ perMinute: LIMIT });
const gateway = gatewayOver(stub, [rateLimit.plugin]);

beforeAll(async () => {
  idp = await testIdentityProvider();
});
afterAll(async () => {
  await gateway.dispose();
  await rateLimit.close();
});

const as = async (sub: string, expiresIn = '5m') => ({
  authorization: `Bearer ${await idp.token({ sub, department: 'family', roles: ['caseworker'] }, expiresIn)}`,
});

describe('useRateLimit', () => {
  it('refuses a caller beyond the limit with 429 RATE_LIMITED and a Retry-After, before any subgraph is asked, and no one else', async () => {
    const busy = await as('cw-busy');
    for (let i = 0; i < LIMIT; i++) expect((await post(gateway, QUERY, busy)).status).toBe(200);
    const calls = stub.calls.length;
    const refused = await post(gateway, QUERY, busy);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(stub.calls.length).toBe(calls);
    expect((await post(gateway, QUERY, await as('cw-quiet'))).status).toBe(200);
  });

  it('counts a caller, not a token: a new token for the same caller is refused too', async () => {
    const caller = await as('cw-many-tokens');
    for (let i = 0; i < LIMIT; i++) await post(gateway, QUERY, caller);
    expect((await post(gateway, QUERY, await as('cw-many-tokens', '10m'))).status).toBe(429);
  });

  it('leaves a request without a bearer token to the identity check', async () => {
    expect((await post(gateway, QUERY)).status).toBe(200);
  });

  it('still limits while Redis is unreachable, counting in memory', async () => {
    // The plugin warns of every failed connection; the test expects them.
    const level = logger.level;
    logger.level = 'silent';
    const unreachable = createRateLimit({ perMinute: LIMIT, redisUrl: 'redis://127.0.0.1:1' });
    const limited = gatewayOver(stub, [unreachable.plugin]);
    try {
      const caller = await as('cw-redis-down');
      for (let i = 0; i < LIMIT; i++) expect((await post(limited, QUERY, caller)).status).toBe(200);
      expect((await post(limited, QUERY, caller)).status).toBe(429);
    } finally {
      await limited.dispose();
      await unreachable.close();
      logger.level = level;
    }
  });
});
