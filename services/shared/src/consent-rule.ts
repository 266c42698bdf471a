/**
 * The consent rule, as pure functions over plain data: may a caller see a category of a citizen's
 * data held by a department, and on which consent may a coordinator be assigned to a citizen? No
 * I/O here: the release gate (release-gate.ts) and the consent service find the consents and write
 * the access log.
 */
import type { LegalBasis } from './access-log.ts';
import type { Caller, Department, Purpose } from './identity.ts';

export const DATA_CATEGORIES = {
  jobcentre: ['JOBCENTRE_BENEFITS', 'JOBCENTRE_MATCH_GROUP', 'JOBCENTRE_ACTIVATION', 'JOBCENTRE_APPOINTMENTS', 'JOBCENTRE_SANCTIONS', 'JOBCENTRE_EXEMPTIONS'],
  family: ['FAMILY_CASES', 'FAMILY_INVESTIGATIONS', 'FAMILY_MEASURES', 'FAMILY_MEETINGS'],
  'adult-social': [
    'ADULT_SOCIAL_ASSESSMENTS',
    'ADULT_SOCIAL_SUPPORT',
    'ADULT_SOCIAL_PLACEMENTS',
    'ADULT_SOCIAL_TREATMENT',
    'ADULT_SOCIAL_EDUCATION',
    'ADULT_SOCIAL_PSYCHIATRY',
    'ADULT_SOCIAL_APPOINTMENTS',
  ],
} as const satisfies Record<Department, readonly string[]>;

/**
 * The joint action plan's categories (services/plan). A plan's parts are held by the department that
 * owns them, so these categories belong to every department: a consent for purpose JOINT_PLAN names
 * them with the departments whose parts are shared (LAB § 40 stk. 3, Serviceloven § 141 stk. 7,
 * Barnets lov § 110).
 */
export const PLAN_CATEGORIES = ['PLAN_GOALS', 'PLAN_ACTIONS', 'PLAN_FOLLOW_UPS'] as const;
export type PlanCategory = (typeof PLAN_CATEGORIES)[number];

export type DataCategory = (typeof DATA_CATEGORIES)[Department][number] | PlanCategory;

export const isPlanCategory = (category: string): category is PlanCategory => (PLAN_CATEGORIES as readonly string[]).includes(category);
export type RestrictionReason = 'NO_CONSENT' | 'CONSENT_EXPIRED' | 'CONSENT_REVOKED' | 'PURPOSE_NOT_COVERED' | 'CATEGORY_NOT_COVERED' | 'ROLE_NOT_PERMITTED';

export interface CategoryDecision {
  category: DataCategory;
  released: boolean;
  legalBasis: LegalBasis;
  /** Why it was refused; `null` when released. */
  reason: RestrictionReason | null;
  consentId: string | null;
  consentVersion: number | null;
  /** The emergency access relied on, when the legal basis is EMERGENCY. */
  emergencyAccessId: string | null;
}

export interface ReleaseDecision {
  cpr: string;
  sourceDepartment: Department;
  categories: CategoryDecision[];
}

/** A consent grant as the decision needs it (the consent service owns the full record). */
export interface ConsentGrant {
  id: string;
  version: number;
  cpr: string;
  sourceDepartments: Department[];
  recipientDepartments: Department[];
  categories: DataCategory[];
  purpose: Purpose;
  validFrom: Date;
  validUntil: Date;
  revokedAt: Date | null;
}

/** An emergency access: one caseworker, one citizen, a stated legal ground, a short time. */
export interface EmergencyGrant {
  id: string;
  cpr: string;
  actorId: string;
  actorDepartment: Department;
  legalGround: string;
  validFrom: Date;
  validUntil: Date;
}

/** What the decision for one citizen can rely on. */
export interface ConsentEvidence {
  consents: ConsentGrant[];
  /** Only the calling caseworker's own emergency accesses. */
  emergencies: EmergencyGrant[];
}

/**
 * Active at `now`: begun, not ended, and never revoked. A revocation counts whatever its timestamp
 * says: it takes effect at once, and clocks of different machines may disagree.
 */
export const isActive = (c: Pick<ConsentGrant, 'validFrom' | 'validUntil' | 'revokedAt'>, now: Date): boolean =>
  c.revokedAt === null && c.validFrom <= now && now < c.validUntil;

/** A category refused for `reason`: no legal basis, no consent, no emergency access. */
export const refused = (category: DataCategory, reason: RestrictionReason): CategoryDecision => ({
  category,
  released: false,
  legalBasis: 'NONE',
  reason,
  consentId: null,
  consentVersion: null,
  emergencyAccessId: null,
});

/**
 * The rule, as a pure function: may `caller` see `category` of a citizen, held by `sourceDepartment`?
 * Own department: yes, for a caseworker. Another department: only under a consent that is active
 * at `now` and covers the citizen, both departments, the category and the declared purpose; failing
 * that, under the caller's own active emergency access for the citizen. Otherwise refused, with the
 * most specific reason.
 */
export function decideCategory(caller: Caller, sourceDepartment: Department, category: DataCategory, evidence: ConsentEvidence, now: Date): CategoryDecision {
  if (!caller.roles.includes('caseworker') || caller.department === null) return refused(category, 'ROLE_NOT_PERMITTED');
  if (caller.department === sourceDepartment) {
    return { category, released: true, legalBasis: 'OWN_DEPARTMENT', reason: null, consentId: null, consentVersion: null, emergencyAccessId: null };
  }
  const byConsent = decideByConsent(caller, sourceDepartment, category, evidence.consents, now);
  if (byConsent.released) return byConsent;
  const emergency = evidence.emergencies.find(
    (e) => e.actorId === caller.id && e.actorDepartment === caller.department && e.validFrom <= now && now < e.validUntil,
  );
  if (emergency) {
    return { category, released: true, legalBasis: 'EMERGENCY', reason: null, consentId: null, consentVersion: null, emergencyAccessId: emergency.id };
  }
  return byConsent;
}

function decideByConsent(caller: Caller, sourceDepartment: Department, category: DataCategory, consents: readonly ConsentGrant[], now: Date): CategoryDecision {
  const own = caller.department;
  if (own === null) return refused(category, 'ROLE_NOT_PERMITTED');
  const between = consents.filter((c) => c.sourceDepartments.includes(sourceDepartment) && c.recipientDepartments.includes(own));
  if (between.length === 0) return refused(category, 'NO_CONSENT');
  const active = between.filter((c) => isActive(c, now));
  const ofPurpose = between.filter((c) => caller.purpose !== null && c.purpose === caller.purpose);
  const forPurpose = active.filter((c) => ofPurpose.includes(c));
  if (forPurpose.length === 0) {
    // The caller's own purpose explains first: a consent for it that ended says so, even while one
    // for another purpose (a joint plan's) is in force between the same departments.
    const ended = endedReason(ofPurpose, now);
    if (ended) return refused(category, ended);
    if (active.length > 0) return refused(category, 'PURPOSE_NOT_COVERED');
    return refused(category, endedReason(between, now) ?? 'NO_CONSENT');
  }
  const covering = forPurpose.find((c) => c.categories.includes(category));
  if (!covering) return refused(category, 'CATEGORY_NOT_COVERED');
  return { category, released: true, legalBasis: 'CONSENT', reason: null, consentId: covering.id, consentVersion: covering.version, emergencyAccessId: null };
}

/**
 * Why none of `consents` (none in force) covers now: the one that ended last was revoked, or
 * expired. Null when none has begun: a consent not yet begun (and not revoked) explains nothing,
 * for nothing was ever in force under it.
 */
function endedReason(consents: readonly ConsentGrant[], now: Date): 'CONSENT_REVOKED' | 'CONSENT_EXPIRED' | null {
  const begun = consents.filter((c) => !isActive(c, now) && (c.revokedAt !== null || c.validFrom <= now));
  if (begun.length === 0) return null;
  const ended = (c: ConsentGrant) => (c.revokedAt && c.revokedAt < c.validUntil ? c.revokedAt : c.validUntil).getTime();
  const latest = [...begun].sort((x, y) => ended(y) - ended(x))[0]!;
  return latest.revokedAt ? 'CONSENT_REVOKED' : 'CONSENT_EXPIRED';
}

/** The reason shown when nothing of a department is released: the first refusal's reason. */
export function restrictionOf(decision: ReleaseDecision): RestrictionReason | null {
  if (decision.categories.some((c) => c.released)) return null;
  return decision.categories[0]?.reason ?? 'NO_CONSENT';
}

export const isReleased = (decision: ReleaseDecision, category: DataCategory): boolean =>
  decision.categories.some((c) => c.category === category && c.released);

/** The purposes a coordinating caseworker is assigned under. */
const COORDINATION_PURPOSES: readonly Purpose[] = ['JOINT_PLAN', 'COORDINATED_EFFORT'];

/**
 * The consent a coordinator's assignment rests on, for a caller of `caller.department`: the first
 * of `consents` (the store gives the newest first) active at `now`, for a coordinated effort or a
 * joint plan. The facts count otherwise than for a release (`decideCategory`): the caller's
 * department may be named as a source or as a recipient, for coordination is work both sides
 * share; no data category is needed, for an assignment releases none; and the purpose is the
 * consent's, whatever the caller declared (X-Purpose). `null`: no assignment may rest on them.
 */
export function coordinationConsent<T extends ConsentGrant>(consents: readonly T[], caller: Pick<Caller, 'department'>, now: Date): T | null {
  const own = caller.department;
  if (own === null) return null;
  return (
    consents.find(
      (c) => isActive(c, now) && COORDINATION_PURPOSES.includes(c.purpose) && (c.sourceDepartments.includes(own) || c.recipientDepartments.includes(own)),
    ) ?? null
  );
}
