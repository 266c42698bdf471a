import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logger } from '../../../services/shared/src/logger.ts';
import { MAX_CITIZENS_PER_LOOKUP } from '../../../services/shared/src/limits.ts';
import { COST_WEIGHTS } from '../cost.ts';
import { gatewayOver, post, stubSubgraph, testIdentityProvider } from './testing.ts';
import { REFUSAL_DELAY_MS, useCostLimits } from './useCostLimits.ts';
import { createLimiterStore } from './useRateLimit.ts';

const CEILING = 100;
const BUDGET = 150;
const stub = stubSubgraph();
const store = createLimiterStore();
const observed: [number, string][] = [];
const gateway = gatewayOver(stub, [
  // Refusals answered at once here; that they are held is a test of its own.
  useCostLimits({ maxRequestCost: CEILING, budgetPerMinute: BUDGET, store, refusalDelayMs: 0, observe: (cost, outcome) => observed.push([cost, outcome]) }),
]);
let idp: Awaited<ReturnType<typeof testIdentityProvider>>;

beforeAll(async () => {
  idp = await testIdentityProvider();
});
afterAll(async () => {
  await gateway.dispose();
  await store.close();
});

const as = async (sub: string) => ({ authorization: `Bearer ${await idp.token({ sub, department: 'family', roles: ['caseworker'] })}` });
const numbers = (count: number) => Array.from({ length: count }, (_, i) => `0101${String(70 + (i % 30)).padStart(2, '0')}-${String(1000 + i)}`);
/** `citizens(cprs:)` with each citizen's relatives: a lookup and an object per number. */
const PER_NUMBER = COST_WEIGHTS.lookup + COST_WEIGHTS.object;
const LOOKUP = 'query ($cprs: [ID!]!) { citizens(cprs: $cprs) { name relatives { name } } }';

describe('useCostLimits', () => {
  it('lets an operation within the ceiling and the budget through to the subgraph', async () => {
    const calls = stub.calls.length;
    const result = await post(gateway, LOOKUP, await as('cw-within'), { cprs: numbers(Math.floor(CEILING / PER_NUMBER)) });
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.citizens).toHaveLength(Math.floor(CEILING / PER_NUMBER));
    expect(stub.calls.length).toBeGreaterThan(calls);
  });

  it('refuses one request over the ceiling with HTTP 400 COST_LIMIT, its cost and the limit, before any subgraph is asked', async () => {
    const calls = stub.calls.length;
    const result = await post(gateway, LOOKUP, await as('cw-over'), { cprs: numbers(Math.floor(CEILING / PER_NUMBER) + 1) });
    expect(result.status).toBe(400);
    expect(result.body.data ?? null).toBeNull();
    expect(result.body.errors).toHaveLength(1);
    expect(result.body.errors[0].extensions).toEqual({ code: 'COST_LIMIT', cost: (Math.floor(CEILING / PER_NUMBER) + 1) * PER_NUMBER, limit: CEILING });
    expect(stub.calls.length).toBe(calls);
  });

  it('prices aliases each on their own: two lookups within the ceiling alone are refused together', async () => {
    const calls = stub.calls.length;
    const query = `{ a: citizens(cprs: ${JSON.stringify(numbers(20))}) { name relatives { name } } b: citizens(cprs: ${JSON.stringify(numbers(20))}) { name relatives { name } } }`;
    const result = await post(gateway, query, await as('cw-aliases'));
    expect(result.body.errors[0].extensions).toMatchObject({ code: 'COST_LIMIT', cost: 40 * PER_NUMBER });
    expect(stub.calls.length).toBe(calls);
  });

  it.each([
    ['in a variable', LOOKUP, { cprs: numbers(MAX_CITIZENS_PER_LOOKUP + 1) }],
    ['inline', `{ citizens(cprs: ${JSON.stringify(numbers(MAX_CITIZENS_PER_LOOKUP + 1))}) { __typename } }`, undefined],
  ])(
    `refuses more than ${MAX_CITIZENS_PER_LOOKUP} CPR numbers %s with HTTP 400 BAD_USER_INPUT on cprs, before any subgraph is asked`,
    async (_, query, variables) => {
      const calls = stub.calls.length;
      const result = await post(gateway, query, await as('cw-many-numbers'), variables);
      expect(result.status).toBe(400);
      expect(result.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'cprs' });
      expect(stub.calls.length).toBe(calls);
    },
  );

  it("refuses a caller who spent the minute's budget with HTTP 429 RATE_LIMITED and a Retry-After, and no one else", async () => {
    const busy = await as('cw-busy');
    const cprs = numbers(20); // costs 60: two fit in the budget of 150, a third does not
    for (let i = 0; i < 2; i++) expect((await post(gateway, LOOKUP, busy, { cprs })).status).toBe(200);
    const calls = stub.calls.length;
    const refused = await post(gateway, LOOKUP, busy, { cprs });
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', cost: 20 * PER_NUMBER, limit: BUDGET });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(stub.calls.length).toBe(calls);
    expect((await post(gateway, LOOKUP, await as('cw-quiet'), { cprs })).status).toBe(200);
  });

  it('counts what the operation costs, not requests: a cheap request still fits where a heavy one did not', async () => {
    const caller = await as('cw-mixed');
    observed.length = 0;
    expect((await post(gateway, LOOKUP, caller, { cprs: numbers(30) })).status).toBe(200); // 90
    expect((await post(gateway, LOOKUP, caller, { cprs: numbers(25) })).status).toBe(429); // 90 + 75 > 150
    expect((await post(gateway, LOOKUP, caller, { cprs: numbers(20) })).status).toBe(200); // 90 + 60
    expect((await post(gateway, LOOKUP, caller, { cprs: numbers(40) })).status).toBe(400); // over the ceiling
    expect(observed).toEqual([
      [30 * PER_NUMBER, 'ALLOWED'],
      [25 * PER_NUMBER, 'RATE_LIMITED'],
      [20 * PER_NUMBER, 'ALLOWED'],
      [40 * PER_NUMBER, 'COST_LIMIT'],
    ]);
  });

  it('leaves variables that do not fit their types to execution, which refuses them without asking a subgraph', async () => {
    const calls = stub.calls.length;
    const result = await post(gateway, LOOKUP, await as('cw-bad-variables'), { cprs: [{ not: 'a number' }] });
    expect(result.body.errors?.length).toBeGreaterThan(0);
    expect(result.body.errors[0].extensions?.code).not.toBe('COST_LIMIT');
    expect(stub.calls.length).toBe(calls);
  });

  it('holds a refusal for cost before answering it, so a client that retries at once asks about once a second', async () => {
    expect(REFUSAL_DELAY_MS).toBeGreaterThanOrEqual(1000);
    const holding = gatewayOver(stub, [useCostLimits({ maxRequestCost: CEILING, budgetPerMinute: BUDGET, store, refusalDelayMs: 300 })]);
    try {
      const caller = await as('cw-held');
      const timed = async (cprs: string[]) => {
        const started = performance.now();
        const { status } = await post(holding, LOOKUP, caller, { cprs });
        return { status, ms: performance.now() - started };
      };
      const over = await timed(numbers(40));
      expect(over.status).toBe(400);
      expect(over.ms).toBeGreaterThanOrEqual(250);
      for (let i = 0; i < 2; i++) expect((await timed(numbers(20))).status).toBe(200);
      const spent = await timed(numbers(20));
      expect(spent.status).toBe(429);
      expect(spent.ms).toBeGreaterThanOrEqual(250);
    } finally {
      await holding.dispose();
    }
  });

  it('still holds a caller to its budget while Redis is unreachable, counting in memory', async () => {
    // The store warns of every failed connection; the test expects them.
    const level = logger.level;
    logger.level = 'silent';
    const unreachable = createLimiterStore('redis://127.0.0.1:1');
    const limited = gatewayOver(stub, [useCostLimits({ maxRequestCost: CEILING, budgetPerMinute: BUDGET, store: unreachable, refusalDelayMs: 0 })]);
    try {
      const caller = await as('cw-redis-down');
      const cprs = numbers(20);
      for (let i = 0; i < 2; i++) expect((await post(limited, LOOKUP, caller, { cprs })).status).toBe(200);
      expect((await post(limited, LOOKUP, caller, { cprs })).status).toBe(429);
    } finally {
      await limited.dispose();
      await unreachable.close();
      logger.level = level;
    }
  });
});
