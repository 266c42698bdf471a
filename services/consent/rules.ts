/**
 * What makes a consent valid, as pure functions over plain data (docs/domain.md, "Consent"): named
 * categories, a purpose, an explicit end, not blanket, and given by the right people. Each refusal
 * names the offending input field.
 */
import { normaliseCpr } from '../shared/src/cpr.ts';
import { DATA_CATEGORIES, isPlanCategory, type DataCategory } from '../shared/src/consent-rule.ts';
import { departmentFromEnum, type Department } from '../shared/src/identity.ts';
import { addDays, danishDate, danishMidnight } from '../shared/src/time.ts';

export interface GrantorInput {
  name: string;
  cpr?: string | null;
  capacity: 'SELF' | 'CUSTODY_HOLDER' | 'GUARDIAN';
}

export interface GrantConsentInput {
  cpr: string;
  grantedBy: GrantorInput[];
  sourceDepartments: string[];
  recipientDepartments: string[];
  categories: string[];
  purpose: string;
  validFrom?: string | null;
  validUntil: string;
  method: 'WRITTEN' | 'DIGITAL' | 'ORAL_NOTED';
  evidence: string;
  textVersion: string;
}

import type { RegisterFacts } from '../registry/facts.ts';

export class ConsentRuleViolation extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

export interface ValidGrant {
  cpr: string;
  grantedBy: (GrantorInput & { cpr: string | null })[];
  sourceDepartments: Department[];
  recipientDepartments: Department[];
  categories: DataCategory[];
  purpose: string;
  validFrom: Date;
  validUntil: Date;
  method: GrantConsentInput['method'];
  evidence: string;
  textVersion: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: string, field: string): string {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new ConsentRuleViolation(field, `${field} must be a date, YYYY-MM-DD`);
  }
  return value;
}

/** A consent's end date means "through that day": it ends at the next midnight, Danish time. */
export const endOfDanishDay = (isoDate: string): Date => danishMidnight(addDays(isoDate, 1));

/** A consent names where data comes from and where it goes; checked before anything else. */
export function checkDepartmentsNamed(input: Pick<GrantConsentInput, 'sourceDepartments' | 'recipientDepartments'>): void {
  if (input.sourceDepartments.length === 0) throw new ConsentRuleViolation('sourceDepartments', 'Name the departments the data comes from');
  if (input.recipientDepartments.length === 0) throw new ConsentRuleViolation('recipientDepartments', 'Name the departments that may receive the data');
}

/**
 * Validates a grant and returns it normalised. Throws `ConsentRuleViolation` naming the first
 * offending field.
 */
export function validateGrant(input: GrantConsentInput, facts: RegisterFacts | null, options: { now: Date; maxValidityDays: number }): ValidGrant {
  const cpr = normaliseCpr(input.cpr);
  if (!cpr) throw new ConsentRuleViolation('cpr', 'Not a valid CPR number');
  if (!facts) throw new ConsentRuleViolation('cpr', 'The citizen is not in the register');

  const nonBlank = (value: string, field: string) => {
    if (!value || value.trim().length < 2) throw new ConsentRuleViolation(field, `${field} is required`);
    return value.trim();
  };

  checkDepartmentsNamed(input);
  const sourceDepartments = [...new Set(input.sourceDepartments.map(departmentFromEnum))];
  const recipientDepartments = [...new Set(input.recipientDepartments.map(departmentFromEnum))];
  if (!sourceDepartments.some((source) => recipientDepartments.some((recipient) => recipient !== source))) {
    throw new ConsentRuleViolation('recipientDepartments', 'A department needs no consent to see its own data: name another recipient');
  }

  if (input.categories.length === 0) {
    throw new ConsentRuleViolation('categories', 'A consent must name the kinds of data it covers; a blanket consent is not valid');
  }
  const categories = [...new Set(input.categories)] as DataCategory[];
  for (const category of categories) {
    if (isPlanCategory(category)) {
      // A plan's parts are held by every department of the plan; they serve the joint plan only.
      if (input.purpose !== 'JOINT_PLAN') throw new ConsentRuleViolation('categories', `${category} is shared only for the purpose JOINT_PLAN`);
      continue;
    }
    const owner = (Object.keys(DATA_CATEGORIES) as Department[]).find((d) => (DATA_CATEGORIES[d] as readonly string[]).includes(category));
    if (!owner) throw new ConsentRuleViolation('categories', `Unknown data category ${category}`);
    if (!sourceDepartments.includes(owner)) {
      throw new ConsentRuleViolation('categories', `${category} belongs to a department that is not a source of this consent`);
    }
  }
  if (!input.purpose) throw new ConsentRuleViolation('purpose', 'A consent must state its purpose');

  const today = danishDate(options.now);
  let validFrom = options.now;
  if (input.validFrom) {
    const from = parseDate(input.validFrom, 'validFrom');
    if (from < today) throw new ConsentRuleViolation('validFrom', 'A consent cannot start before the day it is recorded');
    validFrom = from === today ? options.now : danishMidnight(from);
  }
  if (!input.validUntil) throw new ConsentRuleViolation('validUntil', 'A consent must have an end date');
  const until = parseDate(input.validUntil, 'validUntil');
  const validUntil = endOfDanishDay(until);
  if (validUntil <= validFrom) throw new ConsentRuleViolation('validUntil', 'The end date is before the start');
  // Counted from today, not from the start: a start far ahead must not carry the end with it.
  const latest = endOfDanishDay(addDays(today, options.maxValidityDays));
  if (validUntil > latest) {
    throw new ConsentRuleViolation('validUntil', `A consent may end at most ${options.maxValidityDays} days from today`);
  }

  if (input.grantedBy.length === 0) throw new ConsentRuleViolation('grantedBy', 'Say who gave the consent');
  const grantedBy = input.grantedBy.map((g, i) => {
    const grantorCpr = g.cpr ? normaliseCpr(g.cpr) : null;
    if (g.cpr && !grantorCpr) throw new ConsentRuleViolation(`grantedBy[${i}].cpr`, 'Not a valid CPR number');
    return { name: nonBlank(g.name, `grantedBy[${i}].name`), cpr: grantorCpr, capacity: g.capacity };
  });
  checkGrantors(cpr, grantedBy, facts, today);

  return {
    cpr,
    grantedBy,
    sourceDepartments,
    recipientDepartments,
    categories,
    purpose: input.purpose,
    validFrom,
    validUntil,
    method: input.method,
    evidence: nonBlank(input.evidence, 'evidence'),
    textVersion: nonBlank(input.textVersion, 'textVersion'),
  };
}

/**
 * Under 15: every custody holder in the register consents (or a guardian, if the register lists
 * none). From 15: the young person consents. Adults: the citizen, or a guardian. Every grantor must
 * be who they say they are by the register: one consenting for themself carries the citizen's own
 * CPR number, a custody holder or a guardian is one the register holds for the citizen. A name
 * alone proves nothing.
 */
function checkGrantors(cpr: string, grantedBy: ValidGrant['grantedBy'], facts: RegisterFacts, today: string) {
  grantedBy.forEach((g, i) => {
    if (g.capacity === 'SELF' && g.cpr !== cpr) {
      throw new ConsentRuleViolation(`grantedBy[${i}].cpr`, "A grantor consenting for themself must carry the citizen's own CPR number");
    }
    if (g.capacity === 'GUARDIAN' && (g.cpr === null || !facts.guardians.includes(g.cpr))) {
      throw new ConsentRuleViolation(
        `grantedBy[${i}].cpr`,
        'A grantor acting as guardian must be a guardian of the citizen in the register, named by CPR number',
      );
    }
  });
  const age = ageFromBirthDate(facts.birthDate, today);
  const self = grantedBy.some((g) => g.capacity === 'SELF');
  const guardian = grantedBy.some((g) => g.capacity === 'GUARDIAN');
  // Whoever consents as a custody holder must be one in the register, named by CPR number.
  if (grantedBy.some((g) => g.capacity === 'CUSTODY_HOLDER' && (g.cpr === null || !facts.custodyHolders.includes(g.cpr)))) {
    throw new ConsentRuleViolation('grantedBy', 'A grantor acting as custody holder must be a custody holder of the citizen in the register');
  }
  if (age < 15) {
    if (facts.custodyHolders.length === 0) {
      if (!guardian) throw new ConsentRuleViolation('grantedBy', 'The child has no custody holder in the register: a guardian must consent');
      return;
    }
    const holders = new Set(grantedBy.filter((g) => g.capacity === 'CUSTODY_HOLDER' && g.cpr).map((g) => g.cpr));
    const missing = facts.custodyHolders.filter((h) => !holders.has(h));
    if (missing.length > 0) {
      throw new ConsentRuleViolation('grantedBy', `A child under 15: every custody holder must consent (${missing.length} missing)`);
    }
    return;
  }
  if (!self && !(age >= 18 && guardian)) {
    throw new ConsentRuleViolation('grantedBy', age < 18 ? 'From 15 the young person must consent' : 'The citizen (or a guardian) must consent');
  }
}

/** Whole years from a register birth date (YYYY-MM-DD) to `today` (YYYY-MM-DD). */
export function ageFromBirthDate(birthDate: string, today: string): number {
  // ageOn works on CPR numbers; the register's birth date is authoritative, so compute from it.
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export type ConsentStatus = 'ACTIVE' | 'PENDING' | 'EXPIRED' | 'REVOKED';

export function consentStatus(c: { validFrom: Date; validUntil: Date; revokedAt: Date | null }, now: Date): ConsentStatus {
  if (c.revokedAt) return 'REVOKED';
  if (now < c.validFrom) return 'PENDING';
  if (now >= c.validUntil) return 'EXPIRED';
  return 'ACTIVE';
}

/** A justification of at least a sentence: some words, not a token gesture. */
export function checkJustification(text: string): void {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (text.trim().length < 30 || words.length < 5) {
    throw new ConsentRuleViolation('justification', 'State the justification in at least a full sentence (5 words, 30 characters)');
  }
}
