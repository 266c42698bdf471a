import { afterAll, describe, expect, it } from 'vitest';
import { gatewayOver, post, stubSubgraph } from './testing.ts';
import { QUERY_LIMITS, useQueryLimits } from './useQueryLimits.ts';

const stub = stubSubgraph();
const gateway = gatewayOver(stub, useQueryLimits());
afterAll(async () => {
  await gateway.dispose();
});

/** `citizen { relatives { relatives { ... name } } }`: depth 2 + `levels`. */
const nested = (levels: number) => `{ citizen(cpr: "720385-1235") { ${'relatives { '.repeat(levels)}name${' }'.repeat(levels)} } }`;
const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: citizen(cpr: "720385-1235") { name }`).join(' ')} }`;
/** Many tokens in few fields: the same field selected over and over. */
const long = (names: number) => `{ citizen(cpr: "720385-1235") { ${'name '.repeat(names)}} }`;

describe('useQueryLimits', () => {
  it.each([
    ['at the depth limit', nested(QUERY_LIMITS.depth - 2)],
    ['with as many aliases as allowed', aliased(QUERY_LIMITS.aliases)],
    ['of ordinary length', long(100)],
  ])('passes a query %s to the subgraph', async (_, query) => {
    const calls = stub.calls.length;
    const result = await post(gateway, query);
    expect(result.body.errors).toBeUndefined();
    expect(stub.calls.length).toBeGreaterThan(calls);
  });

  it.each([
    ['one level too deep', nested(QUERY_LIMITS.depth - 1)],
    ['with too many aliases', aliased(QUERY_LIMITS.aliases + 1)],
    ['with too many tokens', long(QUERY_LIMITS.tokens)],
  ])('refuses a query %s before any subgraph is asked', async (_, query) => {
    const calls = stub.calls.length;
    const result = await post(gateway, query);
    expect(result.body.errors?.length).toBeGreaterThan(0);
    expect(result.body.data ?? null).toBeNull();
    expect(stub.calls.length).toBe(calls);
  });
});
