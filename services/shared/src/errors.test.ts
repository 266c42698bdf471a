import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, badUserInput, costRefusal, errorBody, errorResponse, forbidden, internalError, notFound, rateLimited } from './errors.ts';

const README = fs.readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');

/** The codes in the README's "Error codes:" item, which runs to the next item of its list. */
function readmeCodes(): string[] {
  const item = /^- Error codes:([\s\S]*?)(?=^- |^$)/m.exec(README);
  if (!item) throw new Error('README has no "- Error codes:" item');
  return [...item[1]!.matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]!);
}

describe('the error codes', () => {
  it('are the ones the README lists for front-end teams, no more and no fewer', () => {
    expect(new Set(readmeCodes())).toEqual(new Set(Object.keys(ERROR_CODES)));
  });

  it.each<[string, GraphQLError, Record<string, unknown>]>([
    ['an invalid argument', badUserInput('Not a valid CPR number', { argumentName: 'cpr' }), { code: 'BAD_USER_INPUT', argumentName: 'cpr' }],
    ['an invalid input field', badUserInput('State why', { field: 'reason' }), { code: 'BAD_USER_INPUT', field: 'reason' }],
    ['a refusal', forbidden('This needs the auditor role'), { code: 'FORBIDDEN' }],
    ['a refusal with its restriction reason', forbidden('No consent', { reason: 'NO_CONSENT' }), { code: 'FORBIDDEN', reason: 'NO_CONSENT' }],
    ['something that does not exist', notFound('No such consent', { field: 'id' }), { code: 'NOT_FOUND', field: 'id' }],
    ['a limit reached', rateLimited('At most 3'), { code: 'RATE_LIMITED' }],
    ['a failure', internalError('the departments could not be asked'), { code: 'INTERNAL_SERVER_ERROR' }],
  ])('make %s a GraphQL error with exactly its code and where', (_, error, extensions) => {
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toEqual(extensions);
  });

  it.each([
    ['UNAUTHENTICATED', 401],
    ['BAD_USER_INPUT', 400],
    ['RATE_LIMITED', 429],
    ['COST_LIMIT', 400],
    ['METHOD_NOT_ALLOWED', 405],
    ['PAYLOAD_TOO_LARGE', 413],
    ['BAD_REQUEST', 400],
    ['INTERNAL_SERVER_ERROR', 500],
  ] as const)('answer %s over HTTP with status %i and the usual body', async (code, status) => {
    const response = errorResponse(code, 'why', { headers: { 'retry-after': '5' } });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toEqual(errorBody(code, 'why'));
    expect(errorBody(code, 'why')).toEqual({ errors: [{ message: 'why', extensions: { code } }] });
  });

  it.each([
    ['COST_LIMIT', 400, undefined],
    ['RATE_LIMITED', 429, 12],
  ] as const)('make a refusal for cost %s with HTTP %i, the cost and the limit', (code, status, retryAfter) => {
    const error = costRefusal(code, 'too costly', { cost: 120, limit: 100 }, retryAfter);
    expect(error.extensions).toEqual({
      code,
      cost: 120,
      limit: 100,
      http: { status, headers: retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) } },
    });
  });
});
