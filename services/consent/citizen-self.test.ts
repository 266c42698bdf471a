import { describe, expect, it } from 'vitest';
import type { Caller } from '../shared/src/identity.ts';
import { ownCpr, reportPeriod } from './citizen-self.ts';

const NOW = new Date('2026-12-01T10:00:00.000Z');
const citizen: Caller = { id: 'citizen-x', department: null, roles: ['citizen'], citizenCpr: '720385-1235', purpose: null, requestId: 'r', operation: null };

describe("the citizen's own report period", () => {
  it.each([
    ['defaults to the last two years up to now', {}, '2024-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z'],
    ['runs two years back from a given end', { to: '2026-06-30T00:00:00Z' }, '2024-06-30T00:00:00.000Z', '2026-06-30T00:00:00.000Z'],
    ['takes both ends as given', { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' }, '2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z'],
  ])('%s', (_, args, from, to) => {
    const period = reportPeriod(args, NOW);
    expect([period.from.toISOString(), period.to.toISOString()]).toEqual([from, to]);
  });

  it.each([
    ['an end before the start', { from: '2026-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' }, 'from'],
    ['a start that is no date', { from: 'yesterday' }, 'from'],
    ['an end that is no date', { to: '2026-13-45' }, 'to'],
  ])('refuses %s, naming the argument', (_, args, argumentName) => {
    expect(() => reportPeriod(args, NOW)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName }) }));
  });
});

describe('whose report it is', () => {
  it("is the token's CPR number for a citizen", () => {
    expect(ownCpr(citizen)).toBe('720385-1235');
  });

  it.each([
    ['a caseworker', { ...citizen, department: 'jobcentre', roles: ['caseworker'], citizenCpr: undefined }],
    ['an auditor', { ...citizen, department: 'family', roles: ['auditor'], citizenCpr: undefined }],
    ['a citizen role without a CPR number', { ...citizen, citizenCpr: undefined }],
  ] as [string, Caller][])('is refused to %s', (_, caller) => {
    expect(() => ownCpr(caller)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
  });
});
