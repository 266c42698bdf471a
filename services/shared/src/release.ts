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
import type { Knex } from 'knex';
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

export type DataCategory = (typeof DATA_CATEGORIES)[Department][number];
export type LegalBasis = 'OWN_DEPARTMENT' | 'CONSENT' | 'EMERGENCY' | 'NONE';
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

/** One row of the access log, as every release and refusal is recorded. */
export interface AccessLogEntry {
  at: Date;
  actorId: string;
  /** Null only for the hub's own operations (retention). */
  actorDepartment: Department | null;
  role: string;
  cpr: string | null;
  sourceDepartment: Department | null;
  categories: string[];
  outcome: 'RELEASED' | 'REFUSED';
  legalBasis: LegalBasis;
  consentId: string | null;
  consentVersion: number | null;
  emergencyAccessId: string | null;
  purpose: Purpose | null;
  operation: string | null;
  requestId: string;
  /** What a search or listing asked for (no CPR numbers), e.g. `myCaseload first=20`. */
  criterion: string | null;
}

/** An entry for `caller`'s use at `at`; `fields` say what was used, how it ended, and on what basis. */
export function entryFor(
  caller: Caller,
  at: Date,
  fields: Pick<AccessLogEntry, 'cpr' | 'categories' | 'outcome' | 'legalBasis'> & Partial<AccessLogEntry>,
): AccessLogEntry {
  return {
    at,
    actorId: caller.id,
    actorDepartment: caller.department,
    role: caller.roles.join(','),
    sourceDepartment: null,
    consentId: null,
    consentVersion: null,
    emergencyAccessId: null,
    purpose: caller.purpose,
    operation: caller.operation,
    requestId: caller.requestId,
    criterion: null,
    ...fields,
  };
}

/** Where access-log entries go. `append` resolves only once the entries are stored. */
export interface AccessLogWriter {
  append(entries: AccessLogEntry[]): Promise<void>;
  /**
   * Only a writer whose store is a database (the consent service's): runs `change` in a transaction
   * on `database`, which must be the log's own, and appends the entries it returns in the same
   * transaction, so both are stored or neither.
   */
  appendWith?<T>(database: Knex, change: (trx: Knex.Transaction) => Promise<{ result: T; entries: AccessLogEntry[] }>): Promise<T>;
}

/**
 * An in-memory writer for unit tests of a single service. The hub itself always writes to the
 * durable log (`DurableAccessLog`, services/consent/access-log/writer.ts).
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
 * Where the decision finds consents. Implementations throw rather than answer partially: a failed
 * lookup refuses the whole batch.
 */
export interface ConsentLookup {
  lookup(cprs: readonly string[], caller: Caller): Promise<Map<string, ConsentEvidence>>;
  /**
   * At the release point: which of these consents and emergency accesses are still active at `at`?
   * Serialised with revocation in the consent store, so that once `revokeConsent` has returned no
   * confirmation can succeed for that consent.
   */
  confirm(ids: { consentIds: string[]; emergencyAccessIds: string[] }, at: Date): Promise<Set<string>>;
}

/** Nobody has a consent: what a lookup answers before consents are recorded, and in unit tests. */
export const NO_CONSENTS: ConsentLookup = {
  lookup: async () => new Map(),
  confirm: async () => new Set(),
};

/**
 * Active at `now`: begun, not ended, and never revoked. A revocation counts whatever its timestamp
 * says: it takes effect at once, and clocks of different machines may disagree.
 */
export const isActive = (c: Pick<ConsentGrant, 'validFrom' | 'validUntil' | 'revokedAt'>, now: Date): boolean =>
  c.revokedAt === null && c.validFrom <= now && now < c.validUntil;

const refused = (category: DataCategory, reason: RestrictionReason): CategoryDecision => ({
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
  if (!caller.roles.includes('caseworker')) return refused(category, 'ROLE_NOT_PERMITTED');
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
  const between = consents.filter((c) => c.sourceDepartments.includes(sourceDepartment) && c.recipientDepartments.includes(caller.department));
  if (between.length === 0) return refused(category, 'NO_CONSENT');
  const active = between.filter((c) => isActive(c, now));
  if (active.length === 0) {
    // A consent not yet begun (and not revoked) explains nothing: nothing was ever in force under it.
    const begun = between.filter((c) => c.revokedAt !== null || c.validFrom <= now);
    if (begun.length === 0) return refused(category, 'NO_CONSENT');
    // The consent that ended last explains the refusal: revoked, or expired.
    const ended = (c: ConsentGrant) => (c.revokedAt && c.revokedAt < c.validUntil ? c.revokedAt : c.validUntil).getTime();
    const latest = [...begun].sort((x, y) => ended(y) - ended(x))[0]!;
    return refused(category, latest.revokedAt ? 'CONSENT_REVOKED' : 'CONSENT_EXPIRED');
  }
  const forPurpose = active.filter((c) => caller.purpose !== null && c.purpose === caller.purpose);
  if (forPurpose.length === 0) return refused(category, 'PURPOSE_NOT_COVERED');
  const covering = forPurpose.find((c) => c.categories.includes(category));
  if (!covering) return refused(category, 'CATEGORY_NOT_COVERED');
  return { category, released: true, legalBasis: 'CONSENT', reason: null, consentId: covering.id, consentVersion: covering.version, emergencyAccessId: null };
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
    const key = `${c.released}|${c.legalBasis}|${c.consentId ?? ''}|${c.consentVersion ?? ''}|${c.emergencyAccessId ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    return entryFor(caller, at, {
      cpr: decision.cpr,
      sourceDepartment: decision.sourceDepartment,
      categories: group.map((c) => c.category),
      outcome: first.released ? 'RELEASED' : 'REFUSED',
      legalBasis: first.legalBasis,
      consentId: first.consentId,
      consentVersion: first.consentVersion,
      emergencyAccessId: first.emergencyAccessId,
    });
  });
}

export interface ReleaseGateOptions {
  caller: Caller;
  sourceDepartment: Department;
  consents: ConsentLookup;
  log: AccessLogWriter;
  now?: () => Date;
}

const EMPTY_EVIDENCE: ConsentEvidence = { consents: [], emergencies: [] };

function decide(caller: Caller, sourceDepartment: Department, cprs: readonly string[], evidence: Map<string, ConsentEvidence>, at: Date): ReleaseDecision[] {
  return cprs.map((cpr) => ({
    cpr,
    sourceDepartment,
    categories: DATA_CATEGORIES[sourceDepartment].map((category) =>
      decideCategory(caller, sourceDepartment, category, evidence.get(cpr) ?? EMPTY_EVIDENCE, at),
    ),
  }));
}

/**
 * Per-request loader of release decisions for the subgraph's own department. A batch of citizens
 * costs one consent lookup, one confirmation and one log write, however many citizens it holds.
 *
 * The decision is made on a lookup; the release point is the confirmation, serialised with
 * revocation in the consent store. A consent revoked or ended in between is caught there and the
 * citizen is decided again from a fresh lookup. If the lookup, the confirmation or the log write
 * fails, every citizen in the batch fails: nothing is released without its decision logged.
 */
export function createReleaseGate(options: ReleaseGateOptions): DataLoader<string, ReleaseDecision> {
  const { caller, sourceDepartment, consents, log } = options;
  const now = options.now ?? (() => new Date());
  return new DataLoader<string, ReleaseDecision>(async (cprs) => {
    let at = now();
    const ownDepartment = caller.department === sourceDepartment;
    let decisions = decide(caller, sourceDepartment, cprs, ownDepartment ? new Map() : await consents.lookup(cprs, caller), at);
    for (let attempt = 0; ; attempt++) {
      const reliedOn = decisions.flatMap((d) => d.categories);
      const consentIds = [...new Set(reliedOn.flatMap((c) => (c.consentId ? [c.consentId] : [])))];
      const emergencyAccessIds = [...new Set(reliedOn.flatMap((c) => (c.emergencyAccessId ? [c.emergencyAccessId] : [])))];
      if (consentIds.length === 0 && emergencyAccessIds.length === 0) break;
      at = now();
      const confirmed = await consents.confirm({ consentIds, emergencyAccessIds }, at);
      const stale = decisions.filter((d) =>
        d.categories.some((c) => (c.consentId && !confirmed.has(c.consentId)) || (c.emergencyAccessId && !confirmed.has(c.emergencyAccessId))),
      );
      if (stale.length === 0) break;
      if (attempt >= 2) throw new Error('consents kept changing during the release; refusing the batch');
      // Decide the affected citizens again on what the store says now.
      const fresh = decide(
        caller,
        sourceDepartment,
        stale.map((d) => d.cpr),
        await consents.lookup(
          stale.map((d) => d.cpr),
          caller,
        ),
        at,
      );
      const byCpr = new Map(fresh.map((d) => [d.cpr, d]));
      decisions = decisions.map((d) => byCpr.get(d.cpr) ?? d);
    }
    await log.append(decisions.flatMap((d) => logEntriesFor(caller, d, at)));
    return decisions;
  });
}

/**
 * Records a search or listing (its criterion, never a CPR number in the criterion) before its result
 * is returned: one entry for the listing itself, and one per citizen it named, so that a citizen's
 * access report shows it.
 */
export async function logListing(
  log: AccessLogWriter,
  caller: Caller,
  sourceDepartment: Department | null,
  criterion: string,
  outcome: 'RELEASED' | 'REFUSED',
  cprs: readonly string[],
  options: { withListingEntry?: boolean } = {},
): Promise<void> {
  const at = new Date();
  const base = {
    sourceDepartment,
    categories: [],
    outcome,
    legalBasis: outcome === 'RELEASED' ? ('OWN_DEPARTMENT' as const) : ('NONE' as const),
    criterion,
  };
  const listing = options.withListingEntry === false ? [] : [entryFor(caller, at, { ...base, cpr: null })];
  await log.append([...listing, ...cprs.map((cpr) => entryFor(caller, at, { ...base, cpr }))]);
}
