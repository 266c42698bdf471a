/**
 * The one way personal data leaves a department subgraph.
 *
 * For every citizen a subgraph is about to release, `createReleaseGate` decides, per data category,
 * whether the caller may see it (own department, or another department's data under a consent that
 * covers it), writes the decision to the access log, and only then answers. Anything uncertain is a
 * refusal. Decisions are batched per request with a DataLoader: one consent lookup and one log write
 * per batch of citizens, however many there are.
 */
import DataLoader from 'dataloader';
import type { Caller, Department, Purpose } from './identity.ts';

export const DATA_CATEGORIES = {
  jobcentre: [
    'JOBCENTRE_BENEFITS',
    'JOBCENTRE_MATCH_GROUP',
    'JOBCENTRE_ACTIVATION',
    'JOBCENTRE_APPOINTMENTS',
    'JOBCENTRE_SANCTIONS',
    'JOBCENTRE_EXEMPTIONS',
  ],
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

export type DataCategory = (typeof DATA_CATEGORIES)[Department][number];
export type LegalBasis = 'OWN_DEPARTMENT' | 'CONSENT' | 'EMERGENCY' | 'NONE';
export type RestrictionReason =
  | 'NO_CONSENT'
  | 'CONSENT_EXPIRED'
  | 'CONSENT_REVOKED'
  | 'PURPOSE_NOT_COVERED'
  | 'CATEGORY_NOT_COVERED'
  | 'ROLE_NOT_PERMITTED';

export interface CategoryDecision {
  category: DataCategory;
  released: boolean;
  legalBasis: LegalBasis;
  /** Why it was refused; `null` when released. */
  reason: RestrictionReason | null;
  consentId: string | null;
  consentVersion: number | null;
}

export interface ReleaseDecision {
  cpr: string;
  sourceDepartment: Department;
  categories: CategoryDecision[];
}

/** One row of the access log, as every release and refusal is recorded. */
export interface AccessLogEntry {
  at: Date;
  actorId: string;
  actorDepartment: Department;
  role: string;
  cpr: string | null;
  sourceDepartment: Department | null;
  categories: string[];
  outcome: 'RELEASED' | 'REFUSED';
  legalBasis: LegalBasis;
  consentId: string | null;
  consentVersion: number | null;
  purpose: Purpose | null;
  operation: string | null;
  requestId: string;
  /** What a search or listing asked for (no CPR numbers), e.g. `myCaseload first=20`. */
  criterion: string | null;
}

/** Where access-log entries go. `append` resolves only once the entries are stored. */
export interface AccessLogWriter {
  append(entries: AccessLogEntry[]): Promise<void>;
}

/**
 * Stand-in store until the durable access log lands (its own issue): keeps entries in memory so that
 * tests can assert what every release wrote. Every release already goes through `append`.
 */
export class InMemoryAccessLog implements AccessLogWriter {
  readonly entries: AccessLogEntry[] = [];
  async append(entries: AccessLogEntry[]): Promise<void> {
    this.entries.push(...entries);
  }
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

/** Finds the consents that name the given citizens. Must throw rather than answer partially. */
export interface ConsentLookup {
  consentsFor(cprs: readonly string[]): Promise<Map<string, ConsentGrant[]>>;
}

/** Until consents are recorded, no citizen has one. */
export const NO_CONSENTS: ConsentLookup = {
  consentsFor: async () => new Map(),
};

const refused = (category: DataCategory, reason: RestrictionReason): CategoryDecision => ({
  category,
  released: false,
  legalBasis: 'NONE',
  reason,
  consentId: null,
  consentVersion: null,
});

/**
 * The rule, as a pure function: may `caller` see `category` of `cpr`, held by `sourceDepartment`?
 * Own department: yes, for a caseworker. Another department: only under a consent that is active
 * at `now` and covers the citizen, both departments, the category and the declared purpose.
 */
export function decideCategory(
  caller: Caller,
  sourceDepartment: Department,
  category: DataCategory,
  consents: readonly ConsentGrant[],
  now: Date,
): CategoryDecision {
  if (!caller.roles.includes('caseworker')) return refused(category, 'ROLE_NOT_PERMITTED');
  if (caller.department === sourceDepartment) {
    return { category, released: true, legalBasis: 'OWN_DEPARTMENT', reason: null, consentId: null, consentVersion: null };
  }
  const between = consents.filter(
    (c) => c.sourceDepartments.includes(sourceDepartment) && c.recipientDepartments.includes(caller.department),
  );
  if (between.length === 0) return refused(category, 'NO_CONSENT');
  const active = between.filter((c) => !c.revokedAt && c.validFrom <= now && now < c.validUntil);
  if (active.length === 0) {
    // The most recent consent between the two departments explains the refusal.
    const latest = [...between].sort((x, y) => y.validUntil.getTime() - x.validUntil.getTime())[0]!;
    return refused(category, latest.revokedAt && latest.revokedAt <= now ? 'CONSENT_REVOKED' : 'CONSENT_EXPIRED');
  }
  const forPurpose = active.filter((c) => caller.purpose !== null && c.purpose === caller.purpose);
  if (forPurpose.length === 0) return refused(category, 'PURPOSE_NOT_COVERED');
  const covering = forPurpose.find((c) => c.categories.includes(category));
  if (!covering) return refused(category, 'CATEGORY_NOT_COVERED');
  return {
    category,
    released: true,
    legalBasis: 'CONSENT',
    reason: null,
    consentId: covering.id,
    consentVersion: covering.version,
  };
}

/** The reason shown when nothing of a department is released: the first refusal's reason. */
export function restrictionOf(decision: ReleaseDecision): RestrictionReason | null {
  if (decision.categories.some((c) => c.released)) return null;
  return decision.categories[0]?.reason ?? 'NO_CONSENT';
}

export const isReleased = (decision: ReleaseDecision, category: DataCategory): boolean =>
  decision.categories.some((c) => c.category === category && c.released);

/** Groups a decision into access-log entries: one per outcome and legal basis. */
export function logEntriesFor(caller: Caller, decision: ReleaseDecision, at: Date): AccessLogEntry[] {
  const groups = new Map<string, CategoryDecision[]>();
  for (const c of decision.categories) {
    const key = `${c.released}|${c.legalBasis}|${c.consentId ?? ''}|${c.consentVersion ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    return {
      at,
      actorId: caller.id,
      actorDepartment: caller.department,
      role: caller.roles.join(','),
      cpr: decision.cpr,
      sourceDepartment: decision.sourceDepartment,
      categories: group.map((c) => c.category),
      outcome: first.released ? 'RELEASED' : 'REFUSED',
      legalBasis: first.legalBasis,
      consentId: first.consentId,
      consentVersion: first.consentVersion,
      purpose: caller.purpose,
      operation: caller.operation,
      requestId: caller.requestId,
      criterion: null,
    };
  });
}

export interface ReleaseGateOptions {
  caller: Caller;
  sourceDepartment: Department;
  consents: ConsentLookup;
  log: AccessLogWriter;
  now?: () => Date;
}

/**
 * Per-request loader of release decisions for the subgraph's own department. A batch of citizens
 * costs one consent lookup and one log write; if either fails, every citizen in the batch fails,
 * so nothing is released without its decision logged.
 */
export function createReleaseGate(options: ReleaseGateOptions): DataLoader<string, ReleaseDecision> {
  const { caller, sourceDepartment, consents, log } = options;
  const now = options.now ?? (() => new Date());
  return new DataLoader<string, ReleaseDecision>(async (cprs) => {
    const at = now();
    const ownDepartment = caller.department === sourceDepartment;
    const grants = ownDepartment ? new Map<string, ConsentGrant[]>() : await consents.consentsFor(cprs);
    const decisions = cprs.map((cpr) => ({
      cpr,
      sourceDepartment,
      categories: DATA_CATEGORIES[sourceDepartment].map((category) =>
        decideCategory(caller, sourceDepartment, category, grants.get(cpr) ?? [], at),
      ),
    }));
    await log.append(decisions.flatMap((d) => logEntriesFor(caller, d, at)));
    return decisions;
  });
}

/** Records a search or listing (its criterion, never a CPR number) before its result is returned. */
export async function logListing(
  log: AccessLogWriter,
  caller: Caller,
  sourceDepartment: Department,
  criterion: string,
  outcome: 'RELEASED' | 'REFUSED',
  cprs: readonly string[],
): Promise<void> {
  const at = new Date();
  const base = {
    at,
    actorId: caller.id,
    actorDepartment: caller.department,
    role: caller.roles.join(','),
    sourceDepartment,
    categories: [],
    outcome,
    legalBasis: outcome === 'RELEASED' ? ('OWN_DEPARTMENT' as const) : ('NONE' as const),
    consentId: null,
    consentVersion: null,
    purpose: caller.purpose,
    operation: caller.operation,
    requestId: caller.requestId,
    criterion,
  };
  // One entry for the listing itself, and one per citizen it named, so a citizen's report shows it.
  await log.append([{ ...base, cpr: null }, ...cprs.map((cpr) => ({ ...base, cpr }))]);
}
