import { describe, expect, it } from 'vitest';
import { InMemoryAccessLog, type AccessLogWriter } from './access-log.ts';
import { DATA_CATEGORIES, restrictionOf } from './consent-rule.ts';
import { createReleaseGate, logListing, logLookup } from './release-gate.ts';
import { caseworkerOf as caseworker, consentGrant as grant, staticConsents } from './testing.ts';

const now = new Date('2026-11-26T10:00:00Z');

describe('createReleaseGate', () => {
  it('decides a batch of citizens with one consent lookup and one log write', async () => {
    const log = new InMemoryAccessLog();
    let lookups = 0;
    let writes = 0;
    const counted: AccessLogWriter = {
      append: async (entries) => {
        writes += 1;
        await log.append(entries);
      },
    };
    const gate = createReleaseGate({
      caller: caseworker('family'),
      sourceDepartment: 'jobcentre',
      consents: {
        ...staticConsents([]),
        lookup: async (cprs) => {
          lookups += 1;
          return new Map(cprs.map((c) => [c, { consents: [grant({ cpr: c })], emergencies: [] }]));
        },
        confirm: async () => new Set(['c-1']),
      },
      log: counted,
      now: () => now,
    });
    const decisions = await Promise.all(['640790-2468', '720385-1235', '831101-3571'].map((c) => gate.load(c)));
    expect(lookups).toBe(1);
    expect(writes).toBe(1);
    expect(decisions.map(restrictionOf)).toEqual([null, null, null]);
    // Per citizen: one RELEASED entry (appointments) and one REFUSED entry (the other categories).
    expect(log.entries).toHaveLength(6);
    const released = log.entries.filter((e) => e.outcome === 'RELEASED');
    expect(released.every((e) => e.categories.join() === 'JOBCENTRE_APPOINTMENTS' && e.consentId === 'c-1')).toBe(true);
    const refused = log.entries.find((e) => e.outcome === 'REFUSED')!;
    expect(refused.categories).toHaveLength(DATA_CATEGORIES.jobcentre.length - 1);
  });

  it('releases nothing when the log cannot be written', async () => {
    const gate = createReleaseGate({
      caller: caseworker('jobcentre'),
      sourceDepartment: 'jobcentre',
      consents: staticConsents([]),
      log: {
        append: async () => {
          throw new Error('log store down');
        },
      },
    });
    await expect(gate.load('720385-1235')).rejects.toThrow('log store down');
  });

  it('releases nothing when the consent lookup fails', async () => {
    const log = new InMemoryAccessLog();
    const gate = createReleaseGate({
      caller: caseworker('family'),
      sourceDepartment: 'jobcentre',
      consents: {
        lookup: async () => {
          throw new Error('consent store down');
        },
        confirm: async () => new Set(),
      },
      log,
    });
    await expect(gate.load('720385-1235')).rejects.toThrow('consent store down');
    expect(log.entries).toHaveLength(0);
  });

  it('decides again when a consent is revoked between the decision and the release', async () => {
    const log = new InMemoryAccessLog();
    const consent = grant();
    const lookup = staticConsents([consent]);
    // The confirmation finds the consent revoked: the store changed after the lookup.
    const gate = createReleaseGate({
      caller: caseworker('family'),
      sourceDepartment: 'jobcentre',
      consents: {
        ...lookup,
        lookup: lookup.lookup,
        confirm: async (ids, at) => {
          consent.revokedAt = new Date(at.getTime() - 1);
          return lookup.confirm(ids, at);
        },
      },
      log,
      now: () => now,
    });
    const decision = await gate.load('640790-2468');
    expect(restrictionOf(decision)).toBe('CONSENT_REVOKED');
    expect(log.entries.every((e) => e.outcome === 'REFUSED')).toBe(true);
  });

  it('refuses the batch when the confirmation fails', async () => {
    const log = new InMemoryAccessLog();
    const gate = createReleaseGate({
      caller: caseworker('family'),
      sourceDepartment: 'jobcentre',
      consents: {
        lookup: staticConsents([grant()]).lookup,
        confirm: async () => {
          throw new Error('consent store down');
        },
      },
      log,
      now: () => now,
    });
    await expect(gate.load('640790-2468')).rejects.toThrow('consent store down');
    expect(log.entries).toHaveLength(0);
  });
});

describe('the register and listing entries', () => {
  const caller = caseworker('jobcentre', null);
  /** What every entry of this caller has, whatever was used. */
  const byCaller = {
    at: expect.any(Date),
    actorId: 'cw-jobcentre',
    actorDepartment: 'jobcentre',
    role: 'caseworker',
    sourceDepartment: null,
    categories: [],
    outcome: 'RELEASED',
    legalBasis: 'OWN_DEPARTMENT',
    consentId: null,
    consentVersion: null,
    emergencyAccessId: null,
    purpose: null,
    operation: 'Test',
    requestId: 'req-1',
    criterion: null,
  };
  const [anne, soren] = ['640790-2468', '720385-1235'];

  it.each<[string, Parameters<typeof logLookup>[2], object[]]>([
    [
      'a person released by the register: one entry per person, no criterion',
      { cprs: [anne, soren], categories: ['REGISTRY_PERSON'] },
      [
        { cpr: anne, categories: ['REGISTRY_PERSON'] },
        { cpr: soren, categories: ['REGISTRY_PERSON'] },
      ],
    ],
    [
      'a look-up by CPR number: one entry per number, with how it was asked',
      { cprs: [anne], criterion: 'citizen by CPR number' },
      [{ cpr: anne, criterion: 'citizen by CPR number' }],
    ],
    ['a look-up that named no one: no entry', { cprs: [], criterion: 'named as a child' }, []],
  ])('records %s', async (_, lookup, entries) => {
    const log = new InMemoryAccessLog();
    await logLookup(log, caller, lookup);
    expect(log.entries).toEqual(entries.map((fields) => ({ ...byCaller, ...fields })));
  });

  it('records a listing with an entry for itself and one per citizen it named, at one time', async () => {
    const log = new InMemoryAccessLog();
    await logListing(log, caller, { sourceDepartment: 'jobcentre', criterion: 'myCaseload: open cases, first=2', cprs: [anne, soren] });
    const listing = { ...byCaller, sourceDepartment: 'jobcentre', criterion: 'myCaseload: open cases, first=2' };
    expect(log.entries).toEqual([
      { ...listing, cpr: null },
      { ...listing, cpr: anne },
      { ...listing, cpr: soren },
    ]);
    expect(new Set(log.entries.map((e) => e.at.getTime())).size).toBe(1);
  });
});
