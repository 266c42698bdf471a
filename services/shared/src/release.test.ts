import { describe, expect, it } from 'vitest';
import type { Caller } from './identity.ts';
import {
  DATA_CATEGORIES,
  InMemoryAccessLog,
  createReleaseGate,
  decideCategory,
  restrictionOf,
  type AccessLogWriter,
  type ConsentGrant,
  type EmergencyGrant,
} from './release.ts';
import { staticConsents } from './testing.ts';

const now = new Date('2026-11-26T10:00:00Z');
const caseworker = (department: Caller['department'], purpose: Caller['purpose'] = 'COORDINATED_EFFORT'): Caller => ({
  id: `cw-${department}`,
  department,
  roles: ['caseworker'],
  purpose,
  requestId: 'req-1',
  operation: 'Test',
});
const grant = (overrides: Partial<ConsentGrant> = {}): ConsentGrant => ({
  id: 'c-1',
  version: 1,
  cpr: '640790-2468',
  sourceDepartments: ['jobcentre'],
  recipientDepartments: ['family'],
  categories: ['JOBCENTRE_APPOINTMENTS'],
  purpose: 'COORDINATED_EFFORT',
  validFrom: new Date('2026-01-01T00:00:00Z'),
  validUntil: new Date('2027-01-01T00:00:00Z'),
  revokedAt: null,
  ...overrides,
});

describe('decideCategory', () => {
  it.each<[string, Caller, ConsentGrant[], string, boolean, string | null]>([
    ['own department is released', caseworker('jobcentre'), [], 'JOBCENTRE_SANCTIONS', true, null],
    ['another department without consent is refused', caseworker('family'), [], 'JOBCENTRE_APPOINTMENTS', false, 'NO_CONSENT'],
    ['a covering consent releases', caseworker('family'), [grant()], 'JOBCENTRE_APPOINTMENTS', true, null],
    ['a category the consent does not name is refused', caseworker('family'), [grant()], 'JOBCENTRE_SANCTIONS', false, 'CATEGORY_NOT_COVERED'],
    ['another purpose is refused', caseworker('family', 'JOINT_PLAN'), [grant()], 'JOBCENTRE_APPOINTMENTS', false, 'PURPOSE_NOT_COVERED'],
    ['no declared purpose is refused', caseworker('family', null), [grant()], 'JOBCENTRE_APPOINTMENTS', false, 'PURPOSE_NOT_COVERED'],
    [
      'an expired consent is refused',
      caseworker('family'),
      [grant({ validUntil: new Date('2026-11-26T09:59:59Z') })],
      'JOBCENTRE_APPOINTMENTS',
      false,
      'CONSENT_EXPIRED',
    ],
    ['a consent ending exactly now is refused', caseworker('family'), [grant({ validUntil: now })], 'JOBCENTRE_APPOINTMENTS', false, 'CONSENT_EXPIRED'],
    [
      'a revoked consent is refused',
      caseworker('family'),
      [grant({ revokedAt: new Date('2026-11-01T00:00:00Z') })],
      'JOBCENTRE_APPOINTMENTS',
      false,
      'CONSENT_REVOKED',
    ],
    [
      'a revocation stamped by a clock ahead of ours is refused all the same',
      caseworker('family'),
      [grant({ revokedAt: new Date('2026-11-26T10:00:05Z') })],
      'JOBCENTRE_APPOINTMENTS',
      false,
      'CONSENT_REVOKED',
    ],
    ['a consent to another recipient is refused', caseworker('adult-social'), [grant()], 'JOBCENTRE_APPOINTMENTS', false, 'NO_CONSENT'],
    [
      'a consent not yet started is refused as no consent: nothing is in force',
      caseworker('family'),
      [grant({ validFrom: new Date('2026-12-01T00:00:00Z') })],
      'JOBCENTRE_APPOINTMENTS',
      false,
      'NO_CONSENT',
    ],
    [
      'a revoked consent followed by one not yet started is refused as revoked',
      caseworker('family'),
      [grant({ id: 'c-2', validFrom: new Date('2026-12-01T00:00:00Z') }), grant({ revokedAt: new Date('2026-11-01T00:00:00Z') })],
      'JOBCENTRE_APPOINTMENTS',
      false,
      'CONSENT_REVOKED',
    ],
    [
      'an expired consent followed by one not yet started is refused as expired',
      caseworker('family'),
      [grant({ validUntil: new Date('2026-11-20T00:00:00Z') }), grant({ id: 'c-2', validFrom: new Date('2026-12-01T00:00:00Z') })],
      'JOBCENTRE_APPOINTMENTS',
      false,
      'CONSENT_EXPIRED',
    ],
    [
      'a consent revoked before it began is refused as revoked',
      caseworker('family'),
      [grant({ validFrom: new Date('2026-12-01T00:00:00Z'), revokedAt: new Date('2026-11-20T00:00:00Z') })],
      'JOBCENTRE_APPOINTMENTS',
      false,
      'CONSENT_REVOKED',
    ],
    [
      'a revoked consent and a later one that expired is refused as expired',
      caseworker('family'),
      [
        grant({ revokedAt: new Date('2026-03-01T00:00:00Z') }),
        grant({ id: 'c-2', validFrom: new Date('2026-04-01T00:00:00Z'), validUntil: new Date('2026-11-01T00:00:00Z') }),
      ],
      'JOBCENTRE_APPOINTMENTS',
      false,
      'CONSENT_EXPIRED',
    ],
    [
      'an auditor sees no case data, even of their own department',
      { ...caseworker('jobcentre'), roles: ['auditor'] },
      [],
      'JOBCENTRE_BENEFITS',
      false,
      'ROLE_NOT_PERMITTED',
    ],
  ])('%s', (_, caller, consents, category, released, reason) => {
    const decision = decideCategory(caller, 'jobcentre', category as never, { consents, emergencies: [] }, now);
    expect(decision.released).toBe(released);
    expect(decision.reason).toBe(reason);
  });

  it('records the consent id and version it relied on', () => {
    const decision = decideCategory(
      caseworker('family'),
      'jobcentre',
      'JOBCENTRE_APPOINTMENTS',
      { consents: [grant({ id: 'c-9', version: 3 })], emergencies: [] },
      now,
    );
    expect(decision).toMatchObject({ legalBasis: 'CONSENT', consentId: 'c-9', consentVersion: 3 });
  });

  const emergency = (overrides: Partial<EmergencyGrant> = {}): EmergencyGrant => ({
    id: 'e-1',
    cpr: '640790-2468',
    actorId: 'cw-family',
    actorDepartment: 'family',
    legalGround: 'CHILD_AT_RISK',
    validFrom: new Date('2026-11-26T09:30:00Z'),
    validUntil: new Date('2026-11-26T10:30:00Z'),
    ...overrides,
  });

  it.each<[string, EmergencyGrant, boolean]>([
    ["the caller's active emergency access releases with legal basis EMERGENCY", emergency(), true],
    ['an emergency access that has run out does not', emergency({ validUntil: new Date('2026-11-26T09:59:00Z') }), false],
    ["another caseworker's emergency access does not", emergency({ actorId: 'cw-other' }), false],
    ['an emergency access opened in another department does not', emergency({ actorDepartment: 'adult-social' }), false],
  ])('%s', (_, access, released) => {
    const decision = decideCategory(caseworker('family', null), 'jobcentre', 'JOBCENTRE_SANCTIONS', { consents: [], emergencies: [access] }, now);
    expect(decision.released).toBe(released);
    if (released) expect(decision).toMatchObject({ legalBasis: 'EMERGENCY', emergencyAccessId: 'e-1', consentId: null });
    else expect(decision.reason).toBe('NO_CONSENT');
  });

  it('prefers a covering consent to an emergency access', () => {
    const decision = decideCategory(caseworker('family'), 'jobcentre', 'JOBCENTRE_APPOINTMENTS', { consents: [grant()], emergencies: [emergency()] }, now);
    expect(decision.legalBasis).toBe('CONSENT');
  });
});

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
