import { describe, expect, it } from 'vitest';
import { ConsentRuleViolation, checkJustification, consentStatus, endOfDanishDay, validateGrant, type GrantConsentInput } from './rules.ts';

const now = new Date('2026-11-26T10:00:00Z');
type Facts = { birthDate: string; custodyHolders: string[]; guardians: string[] };
const adult: Facts = { birthDate: '1990-07-04', custodyHolders: [], guardians: [] };
/** Anne under guardianship, with Inger Jensen her guardian in the register. */
const underGuardianship: Facts = { ...adult, guardians: ['750358-0412'] };
const input = (overrides: Partial<GrantConsentInput> = {}): GrantConsentInput => ({
  cpr: '640790-2468',
  grantedBy: [{ name: 'Anne Larsen', cpr: '640790-2468', capacity: 'SELF' }],
  sourceDepartments: ['JOBCENTRE', 'FAMILY'],
  recipientDepartments: ['ADULT_SOCIAL'],
  categories: ['JOBCENTRE_APPOINTMENTS', 'FAMILY_MEETINGS'],
  purpose: 'JOINT_PLAN',
  validUntil: '2027-11-25',
  method: 'ORAL_NOTED',
  evidence: 'Noted on case 2026-88',
  textVersion: 'v3',
  ...overrides,
});
const options = { now, maxValidityDays: 365 };

const violation = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConsentRuleViolation) return error.field;
    throw error;
  }
  return null;
};

describe('validateGrant', () => {
  it('accepts the plan categories for a joint plan, whichever departments are its sources', () => {
    const grant = validateGrant(input({ categories: ['PLAN_GOALS', 'PLAN_ACTIONS', 'PLAN_FOLLOW_UPS'] }), adult, options);
    expect(grant.categories).toEqual(['PLAN_GOALS', 'PLAN_ACTIONS', 'PLAN_FOLLOW_UPS']);
  });

  it('accepts a complete consent and ends it at midnight after the last day, Danish time', () => {
    const grant = validateGrant(input(), adult, options);
    expect(grant.validFrom).toEqual(now);
    expect(grant.validUntil.toISOString()).toBe('2027-11-25T23:00:00.000Z');
    expect(grant.sourceDepartments).toEqual(['jobcentre', 'family']);
  });

  it.each<[string, Partial<GrantConsentInput>, Facts | null, string]>([
    ['no categories', { categories: [] }, adult, 'categories'],
    ['a category of no source department', { categories: ['ADULT_SOCIAL_SUPPORT'] }, adult, 'categories'],
    ['a plan category for another purpose than the joint plan', { categories: ['PLAN_ACTIONS'], purpose: 'COORDINATED_EFFORT' }, adult, 'categories'],
    [
      "a child's joint plan with one of two custody holders",
      { categories: ['PLAN_GOALS'], grantedBy: [{ name: 'Parent', cpr: '640790-2468', capacity: 'CUSTODY_HOLDER' }] },
      { birthDate: '2016-01-01', custodyHolders: ['640790-2468', '720385-1235'], guardians: [] },
      'grantedBy',
    ],
    ['an end more than the maximum ahead', { validUntil: '2027-11-27' }, adult, 'validUntil'],
    ['an end before a future start', { validFrom: '2027-01-10', validUntil: '2027-01-09' }, adult, 'validUntil'],
    ['a start in the past', { validFrom: '2026-11-25' }, adult, 'validFrom'],
    ['a citizen not in the register', {}, null, 'cpr'],
    [
      'a 16-year-old who was not asked',
      { grantedBy: [{ name: 'Parent', cpr: '640790-2468', capacity: 'CUSTODY_HOLDER' }] },
      { birthDate: '2010-01-01', custodyHolders: ['640790-2468'], guardians: [] },
      'grantedBy',
    ],
    [
      'a 10-year-old with one of two custody holders',
      { grantedBy: [{ name: 'Parent', cpr: '640790-2468', capacity: 'CUSTODY_HOLDER' }] },
      { birthDate: '2016-01-01', custodyHolders: ['640790-2468', '720385-1235'], guardians: [] },
      'grantedBy',
    ],
    [
      'a 10-year-old with no custody holder and no guardian',
      { grantedBy: [{ name: 'Anne Larsen', cpr: '640790-2468', capacity: 'SELF' }] },
      { birthDate: '2016-01-01', custodyHolders: [], guardians: [] },
      'grantedBy',
    ],
    ['an end within the maximum of a later start, but beyond it from today', { validFrom: '2027-10-01', validUntil: '2027-12-31' }, adult, 'validUntil'],
    ['a start and end years ahead', { validFrom: '2036-01-01', validUntil: '2036-12-31' }, adult, 'validUntil'],
    [
      'a 10-year-old with both custody holders and a third "custody holder" who is not one',
      {
        grantedBy: [
          { name: 'Anne Larsen', cpr: '640790-2468', capacity: 'CUSTODY_HOLDER' },
          { name: 'Søren Jensen', cpr: '720385-1235', capacity: 'CUSTODY_HOLDER' },
          { name: 'Inger Jensen', cpr: '750358-0412', capacity: 'CUSTODY_HOLDER' },
        ],
      },
      { birthDate: '2016-01-01', custodyHolders: ['640790-2468', '720385-1235'], guardians: [] },
      'grantedBy',
    ],
    [
      'a 10-year-old with its custody holder and a "custody holder" without a CPR number',
      {
        grantedBy: [
          { name: 'Anne Larsen', cpr: '640790-2468', capacity: 'CUSTODY_HOLDER' },
          { name: 'Someone', capacity: 'CUSTODY_HOLDER' },
        ],
      },
      { birthDate: '2016-01-01', custodyHolders: ['640790-2468'], guardians: [] },
      'grantedBy',
    ],
    [
      'a 10-year-old with no custody holder in the register, a guardian and a "custody holder"',
      {
        grantedBy: [
          { name: 'Inger Jensen', cpr: '750358-0412', capacity: 'GUARDIAN' },
          { name: 'Someone', cpr: '640790-2468', capacity: 'CUSTODY_HOLDER' },
        ],
      },
      { birthDate: '2016-01-01', custodyHolders: [], guardians: ['750358-0412'] },
      'grantedBy',
    ],
    ['a SELF grantor without a CPR number', { grantedBy: [{ name: 'Somebody Else', capacity: 'SELF' }] }, adult, 'grantedBy[0].cpr'],
    ['a SELF grantor with another CPR number', { grantedBy: [{ name: 'Søren Jensen', cpr: '720385-1235', capacity: 'SELF' }] }, adult, 'grantedBy[0].cpr'],
    [
      'a second grantor "consenting for themself" with another CPR number',
      {
        grantedBy: [
          { name: 'Anne Larsen', cpr: '640790-2468', capacity: 'SELF' },
          { name: 'Søren Jensen', cpr: '720385-1235', capacity: 'SELF' },
        ],
      },
      adult,
      'grantedBy[1].cpr',
    ],
    ['a guardian without a CPR number', { grantedBy: [{ name: 'Guardian', capacity: 'GUARDIAN' }] }, underGuardianship, 'grantedBy[0].cpr'],
    [
      'a guardian the register does not hold',
      { grantedBy: [{ name: 'Søren Jensen', cpr: '720385-1235', capacity: 'GUARDIAN' }] },
      underGuardianship,
      'grantedBy[0].cpr',
    ],
    [
      'a guardian of an adult with no guardianship in the register',
      { grantedBy: [{ name: 'Inger Jensen', cpr: '750358-0412', capacity: 'GUARDIAN' }] },
      adult,
      'grantedBy[0].cpr',
    ],
    ['a grantor with a malformed CPR number', { grantedBy: [{ name: 'Anne', cpr: '99', capacity: 'SELF' }] }, adult, 'grantedBy[0].cpr'],
  ])('refuses %s', (_, overrides, facts, field) => {
    expect(violation(() => validateGrant(input(overrides), facts, options))).toBe(field);
  });

  it.each<[string, Partial<GrantConsentInput>, Facts]>([
    [
      'a 16-year-old who consented',
      { grantedBy: [{ name: 'Young', cpr: '640790-2468', capacity: 'SELF' }] },
      { birthDate: '2010-01-01', custodyHolders: ['640790-2468'], guardians: [] },
    ],
    [
      'a 10-year-old with both custody holders',
      {
        grantedBy: [
          { name: 'Anne Larsen', cpr: '640790-2468', capacity: 'CUSTODY_HOLDER' },
          { name: 'Søren Jensen', cpr: '720385-1235', capacity: 'CUSTODY_HOLDER' },
        ],
      },
      { birthDate: '2016-01-01', custodyHolders: ['640790-2468', '720385-1235'], guardians: [] },
    ],
    [
      'an adult under guardianship, by the guardian the register holds',
      { grantedBy: [{ name: 'Inger Jensen', cpr: '750358-0412', capacity: 'GUARDIAN' }] },
      underGuardianship,
    ],
    [
      'a 10-year-old with no custody holder, by the guardian the register holds',
      { grantedBy: [{ name: 'Inger Jensen', cpr: '750358-0412', capacity: 'GUARDIAN' }] },
      { birthDate: '2016-01-01', custodyHolders: [], guardians: ['750358-0412'] },
    ],
    ['a later start with an end exactly the maximum from today', { validFrom: '2027-10-01', validUntil: '2027-11-26' }, adult],
  ])('accepts %s', (_, overrides, facts) => {
    expect(violation(() => validateGrant(input(overrides), facts, options))).toBeNull();
  });
});

describe('consentStatus', () => {
  const c = { validFrom: new Date('2026-01-01'), validUntil: endOfDanishDay('2026-12-31'), revokedAt: null };
  it.each<[string, Date, object, string]>([
    ['active', now, {}, 'ACTIVE'],
    ['not yet begun', new Date('2025-12-31'), {}, 'PENDING'],
    ['ended', new Date('2027-01-01T00:00:00Z'), {}, 'EXPIRED'],
    ['revoked', now, { revokedAt: new Date('2026-06-01') }, 'REVOKED'],
  ])('%s', (_, at, overrides, status) => {
    expect(consentStatus({ ...c, ...overrides }, at)).toBe(status);
  });
});

describe('checkJustification', () => {
  it.each(['urgent', 'see case', 'child at risk now'])('refuses %j', (text) => {
    expect(violation(() => checkJustification(text))).toBe('justification');
  });
  it('accepts a sentence', () => {
    expect(violation(() => checkJustification('The child told her teacher she is afraid to go home tonight.'))).toBeNull();
  });
});
