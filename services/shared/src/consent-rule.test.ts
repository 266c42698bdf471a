import { describe, expect, it } from 'vitest';
import { coordinationConsent, decideCategory, type ConsentGrant, type EmergencyGrant } from './consent-rule.ts';
import type { Caller } from './identity.ts';
import { caseworkerOf as caseworker, consentGrant as grant } from './testing.ts';

const now = new Date('2026-11-26T10:00:00Z');

describe('decideCategory', () => {
  it.each<[string, Caller, ConsentGrant[], string, boolean, string | null]>([
    ['own department is released', caseworker('jobcentre'), [], 'JOBCENTRE_SANCTIONS', true, null],
    ['another department without consent is refused', caseworker('family'), [], 'JOBCENTRE_APPOINTMENTS', false, 'NO_CONSENT'],
    ['a covering consent releases', caseworker('family'), [grant()], 'JOBCENTRE_APPOINTMENTS', true, null],
    ['a category the consent does not name is refused', caseworker('family'), [grant()], 'JOBCENTRE_SANCTIONS', false, 'CATEGORY_NOT_COVERED'],
    ['another purpose is refused', caseworker('family', 'JOINT_PLAN'), [grant()], 'JOBCENTRE_APPOINTMENTS', false, 'PURPOSE_NOT_COVERED'],
    ['no declared purpose is refused', caseworker('family', null), [grant()], 'JOBCENTRE_APPOINTMENTS', false, 'PURPOSE_NOT_COVERED'],
    [
      "a revoked consent for the caller's purpose is refused as revoked, while one for a joint plan is in force",
      caseworker('family'),
      [grant({ id: 'c-2', purpose: 'JOINT_PLAN', categories: ['PLAN_GOALS'] }), grant({ revokedAt: new Date('2026-11-01T00:00:00Z') })],
      'JOBCENTRE_APPOINTMENTS',
      false,
      'CONSENT_REVOKED',
    ],
    [
      'an expired consent for another purpose is refused as another purpose, while one for that purpose is in force',
      caseworker('family', 'JOINT_PLAN'),
      [grant({ validUntil: new Date('2026-11-01T00:00:00Z') }), grant({ id: 'c-2' })],
      'JOBCENTRE_APPOINTMENTS',
      false,
      'PURPOSE_NOT_COVERED',
    ],
    [
      'with no purpose declared, a revoked consent and nothing in force is refused as revoked',
      caseworker('family', null),
      [grant({ revokedAt: new Date('2026-11-01T00:00:00Z') })],
      'JOBCENTRE_APPOINTMENTS',
      false,
      'CONSENT_REVOKED',
    ],
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

describe('coordinationConsent', () => {
  const ended = { validUntil: new Date('2026-11-01T00:00:00Z') };
  it.each<[string, Caller, ConsentGrant[], string | null]>([
    ["rests on a consent naming the caller's department as recipient", caseworker('family'), [grant()], 'c-1'],
    ["rests on a consent naming the caller's department as source", caseworker('jobcentre'), [grant()], 'c-1'],
    ["not on a consent that names neither the caller's department", caseworker('adult-social'), [grant()], null],
    ['rests on a consent for a joint plan', caseworker('family'), [grant({ purpose: 'JOINT_PLAN' })], 'c-1'],
    ['rests on the consent whatever purpose the caller declared', caseworker('family', 'JOINT_PLAN'), [grant()], 'c-1'],
    ['rests on the consent when the caller declared no purpose', caseworker('family', null), [grant()], 'c-1'],
    ['not on a consent not yet begun', caseworker('family'), [grant({ validFrom: new Date('2026-12-01T00:00:00Z') })], null],
    ['not on a consent that has ended', caseworker('family'), [grant(ended)], null],
    ['not on a revoked consent', caseworker('family'), [grant({ revokedAt: new Date('2026-11-01T00:00:00Z') })], null],
    ['not on nothing', caseworker('family'), [], null],
    [
      'rests on the first active consent of several (the store gives the newest first)',
      caseworker('family'),
      [grant({ id: 'c-ended', ...ended }), grant({ id: 'c-2', purpose: 'JOINT_PLAN' }), grant({ id: 'c-3' })],
      'c-2',
    ],
  ])('%s', (_, caller, consents, expected) => {
    expect(coordinationConsent(consents, caller, now)?.id ?? null).toBe(expected);
  });

  // The assignment releases no data: direction, category and the declared purpose do not count for
  // it as they do for a release. These facts refuse a release and still carry an assignment.
  it.each<[string, Caller, ConsentGrant, string, string]>([
    [
      "the caller's department as the data's source, not its recipient",
      caseworker('family'),
      grant({ sourceDepartments: ['family'], recipientDepartments: ['jobcentre'], categories: ['FAMILY_MEETINGS'] }),
      'JOBCENTRE_APPOINTMENTS',
      'NO_CONSENT',
    ],
    ['a category the consent does not name', caseworker('family'), grant(), 'JOBCENTRE_SANCTIONS', 'CATEGORY_NOT_COVERED'],
    ['no declared purpose', caseworker('family', null), grant(), 'JOBCENTRE_APPOINTMENTS', 'PURPOSE_NOT_COVERED'],
  ])('rests on a consent a release would refuse: %s', (_, caller, consent, category, releaseReason) => {
    expect(decideCategory(caller, 'jobcentre', category as never, { consents: [consent], emergencies: [] }, now).reason).toBe(releaseReason);
    expect(coordinationConsent([consent], caller, now)?.id).toBe(consent.id);
  });
});
