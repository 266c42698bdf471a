import { afterAll, describe, expect, it } from 'vitest';
import { gatewayOver, post, stubSubgraph } from './testing.ts';
import { QUERY_LIMITS, useQueryLimits } from './useQueryLimits.ts';
import { stableError, useStableErrorCodes } from './useStableErrorCodes.ts';

describe('stableError', () => {
  it.each<[string, { message: string; path?: unknown; extensions?: Record<string, unknown> }, { message?: string; code: string }]>([
    [
      'keeps an error that has a code',
      { message: 'No such consent', path: ['consent'], extensions: { code: 'NOT_FOUND' } },
      { message: 'No such consent', code: 'NOT_FOUND' },
    ],
    [
      'gives a variable error BAD_USER_INPUT, and drops the value it got',
      { message: 'Variable "$input" got invalid value { cpr: "720385-1235" }; Field "validUntil" of required type "Date!" was not provided.' },
      { message: 'Variable "$input" is invalid: Field "validUntil" of required type "Date!" was not provided.', code: 'BAD_USER_INPUT' },
    ],
    ['gives a missing variable BAD_USER_INPUT', { message: 'Variable "$cpr" of required type "ID!" was not provided.' }, { code: 'BAD_USER_INPUT' }],
    [
      'gives an error before execution (no path) GRAPHQL_VALIDATION_FAILED',
      { message: 'Syntax Error: Unexpected "}".' },
      { code: 'GRAPHQL_VALIDATION_FAILED' },
    ],
    ['gives an error during execution (a path) INTERNAL_SERVER_ERROR', { message: 'Unexpected error.', path: ['citizen'] }, { code: 'INTERNAL_SERVER_ERROR' }],
  ])('%s', (_, error, expected) => {
    const stable = stableError(error);
    expect(stable.extensions?.code).toBe(expected.code);
    if (expected.message) expect(stable.message).toBe(expected.message);
  });
});

describe('useStableErrorCodes in the gateway', () => {
  const stub = stubSubgraph();
  const gateway = gatewayOver(stub, [useStableErrorCodes()]);
  afterAll(async () => {
    await gateway.dispose();
  });

  it('answers a request whose only root field failed with data: null and HTTP 200, not 500', async () => {
    const result = await post(gateway, '{ brokenRequired }');
    expect(result.status).toBe(200);
    expect(result.body.data).toBeNull();
    expect(result.body.errors[0].extensions.code).toBeDefined();
  });

  it('gives a variable error a code, and does not ask the subgraph', async () => {
    const calls = stub.calls.length;
    const result = await post(gateway, 'query ($cpr: ID!) { citizen(cpr: $cpr) { name } }');
    expect(result.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(stub.calls.length).toBe(calls);
  });

  it('gives a document that does not fit the schema GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await post(gateway, '{ nope }');
    expect(result.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('a refusal with an HTTP status, through useStableErrorCodes', () => {
  const stub = stubSubgraph();
  const gateway = gatewayOver(stub, [...useQueryLimits(), useStableErrorCodes()]);
  afterAll(async () => {
    await gateway.dispose();
  });

  it('answers with its status and keeps the status out of the body', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.aliases + 1 }, (_, i) => `a${i}: citizen(cpr: "720385-1235") { name }`).join(' ');
    const result = await post(gateway, `{ ${aliases} }`);
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions).toEqual({ code: 'ALIAS_LIMIT' });
  });
});
