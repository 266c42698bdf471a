import { describe, expect, it } from 'vitest';
import type { Caller } from '../shared/src/identity.ts';
import type { Verification } from './access-log/verify.ts';
import { ownCpr, reportPeriod, reportVerification } from './citizen-self.ts';

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

describe("the verification a citizen's report states", () => {
  const newest = { seq: 120, at: new Date('2026-12-01T09:59:00.000Z') };
  const run = (over: Partial<Verification>): Verification => ({
    ok: true,
    complete: true,
    entriesChecked: 120,
    entriesWalked: 20,
    firstBrokenEntryId: null,
    startsAtEntryId: 1,
    fromCheckpointEntryId: 100,
    verifiedThroughEntryId: 120,
    headMatches: null,
    comparedWith: null,
    problems: [],
    ...over,
  });

  it('is VERIFIED when the chain verifies through the newest entry of the report, or past it', () => {
    expect(reportVerification(newest, run({}), NOW)).toEqual({
      status: 'VERIFIED',
      newestEntryId: '120',
      newestEntryAt: '2026-12-01T09:59:00.000Z',
      verifiedThroughEntryId: '120',
      checkedAt: NOW.toISOString(),
    });
    expect(reportVerification(newest, run({ verifiedThroughEntryId: 130 }), NOW)).toMatchObject({ status: 'VERIFIED', verifiedThroughEntryId: '130' });
  });

  it('is INCOMPLETE when the bounded verification stopped before the newest entry, or did not run', () => {
    expect(reportVerification(newest, run({ complete: false, verifiedThroughEntryId: 119 }), NOW)).toMatchObject({
      status: 'INCOMPLETE',
      verifiedThroughEntryId: '119',
    });
    expect(reportVerification(newest, run({ verifiedThroughEntryId: null }), NOW)).toMatchObject({ status: 'INCOMPLETE' });
    expect(reportVerification(newest, null, NOW)).toMatchObject({ status: 'INCOMPLETE', newestEntryId: '120', verifiedThroughEntryId: null });
  });

  it('is FAILED, claiming no entry, when anything was found wrong, even past the newest entry', () => {
    for (const broken of [
      run({ ok: false, firstBrokenEntryId: 5, problems: ['the chain breaks at entry 5'] }),
      run({ ok: false, verifiedThroughEntryId: 200, headMatches: false, problems: ['the log no longer holds entry 210'] }),
    ]) {
      expect(reportVerification(newest, broken, NOW)).toMatchObject({ status: 'FAILED', verifiedThroughEntryId: null });
    }
  });

  it('has nothing to verify for a report without a line', () => {
    expect(reportVerification(undefined, run({}), NOW)).toMatchObject({ status: 'NO_ENTRIES', newestEntryId: null, newestEntryAt: null });
  });
});
