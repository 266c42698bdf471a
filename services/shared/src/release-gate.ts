/**
 * The one way personal data leaves a department subgraph.
 *
 * For every citizen a subgraph is about to release, `createReleaseGate` decides, per data category,
 * whether the caller may see it (the consent rule, consent-rule.ts), writes the decision to the
 * access log, and only then answers. Anything uncertain is a refusal. Decisions are batched per
 * request with a DataLoader: one consent lookup and one log write per batch of citizens, however
 * many there are. Look-ups in the register and listings are recorded here too (`logLookup`,
 * `logListing`), before their answer leaves.
 */
import DataLoader from 'dataloader';
import { entryFor, type AccessLogEntry, type AccessLogWriter } from './access-log.ts';
import { DATA_CATEGORIES, decideCategory, type CategoryDecision, type ConsentEvidence, type DataCategory, type ReleaseDecision } from './consent-rule.ts';
import type { Caller, Department } from './identity.ts';

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
  /** Resolves once the store answers, for a service's readiness; absent where there is no store to ask. */
  ready?(): Promise<void>;
}

/** Nobody has a consent: what a lookup answers before consents are recorded, and in unit tests. */
export const NO_CONSENTS: ConsentLookup = {
  lookup: async () => new Map(),
  confirm: async () => new Set(),
};

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
  /** The categories decided; by default the source department's own (`DATA_CATEGORIES`). */
  categories?: readonly DataCategory[];
}

const EMPTY_EVIDENCE: ConsentEvidence = { consents: [], emergencies: [] };

/** What `decideReleases` decides: for each citizen, each source department, these categories. */
export interface ReleaseQuestion {
  caller: Caller;
  sourceDepartments: readonly Department[];
  /** The categories decided for a department; by default its own (`DATA_CATEGORIES`). */
  categories?: (department: Department) => readonly DataCategory[];
  consents: ConsentLookup;
  now?: () => Date;
}

function decide(question: ReleaseQuestion, cprs: readonly string[], evidence: Map<string, ConsentEvidence>, at: Date): ReleaseDecision[] {
  const { caller } = question;
  const categoriesOf = question.categories ?? ((department: Department) => DATA_CATEGORIES[department]);
  return cprs.flatMap((cpr) =>
    question.sourceDepartments.map((sourceDepartment) => ({
      cpr,
      sourceDepartment,
      categories: categoriesOf(sourceDepartment).map((category) => decideCategory(caller, sourceDepartment, category, evidence.get(cpr) ?? EMPTY_EVIDENCE, at)),
    })),
  );
}

/**
 * The release decisions for `cprs`, one per citizen and source department, in that order: made on
 * a lookup, then confirmed at the release point, serialised with revocation in the consent store. A
 * consent revoked or ended in between is caught there and the citizen is decided again from a fresh
 * lookup. Writes nothing: the caller stores the decisions' log entries (`logEntriesFor`) before it
 * answers, as the release gate does, or with a change in the same transaction (the plan service).
 */
export async function decideReleases(question: ReleaseQuestion, cprs: readonly string[]): Promise<{ decisions: ReleaseDecision[]; at: Date }> {
  const { caller, consents } = question;
  const now = question.now ?? (() => new Date());
  let at = now();
  const ownOnly = question.sourceDepartments.every((d) => d === caller.department);
  let decisions = decide(question, cprs, ownOnly ? new Map() : await consents.lookup(cprs, caller), at);
  for (let attempt = 0; ; attempt++) {
    const reliedOn = decisions.flatMap((d) => d.categories);
    const consentIds = [...new Set(reliedOn.flatMap((c) => (c.consentId ? [c.consentId] : [])))];
    const emergencyAccessIds = [...new Set(reliedOn.flatMap((c) => (c.emergencyAccessId ? [c.emergencyAccessId] : [])))];
    if (consentIds.length === 0 && emergencyAccessIds.length === 0) break;
    at = now();
    const confirmed = await consents.confirm({ consentIds, emergencyAccessIds }, at);
    const staleCprs = [
      ...new Set(
        decisions
          .filter((d) => d.categories.some((c) => (c.consentId && !confirmed.has(c.consentId)) || (c.emergencyAccessId && !confirmed.has(c.emergencyAccessId))))
          .map((d) => d.cpr),
      ),
    ];
    if (staleCprs.length === 0) break;
    if (attempt >= 2) throw new Error('consents kept changing during the release; refusing the batch');
    // Decide the affected citizens again on what the store says now.
    const fresh = decide(question, staleCprs, await consents.lookup(staleCprs, caller), at);
    const key = (d: ReleaseDecision) => `${d.cpr}|${d.sourceDepartment}`;
    const byKey = new Map(fresh.map((d) => [key(d), d]));
    decisions = decisions.map((d) => byKey.get(key(d)) ?? d);
  }
  return { decisions, at };
}

/**
 * Per-request loader of release decisions for the subgraph's own department. A batch of citizens
 * costs one consent lookup, one confirmation and one log write, however many citizens it holds
 * (`decideReleases`). If the lookup, the confirmation or the log write fails, every citizen in the
 * batch fails: nothing is released without its decision logged.
 */
export function createReleaseGate(options: ReleaseGateOptions): DataLoader<string, ReleaseDecision> {
  const { caller, sourceDepartment, consents, log } = options;
  const question: ReleaseQuestion = {
    caller,
    sourceDepartments: [sourceDepartment],
    consents,
    ...(options.now ? { now: options.now } : {}),
    ...(options.categories ? { categories: () => options.categories! } : {}),
  };
  return new DataLoader<string, ReleaseDecision>(async (cprs) => {
    const { decisions, at } = await decideReleases(question, cprs);
    await log.append(decisions.flatMap((d) => logEntriesFor(caller, d, at)));
    return decisions;
  });
}

/**
 * Records a look-up in the register before its answer leaves: one entry per person it released or
 * named, with what of them was released (`categories`) and how they were asked for (`criterion`).
 * The look-up itself needs no entry of its own: its criterion names no one, and the entries for
 * the people it found say everything.
 */
export async function logLookup(
  log: AccessLogWriter,
  caller: Caller,
  lookup: { cprs: readonly string[]; categories?: readonly string[]; criterion?: string },
): Promise<void> {
  const at = new Date();
  await log.append(
    lookup.cprs.map((cpr) =>
      entryFor(caller, at, {
        cpr,
        categories: [...(lookup.categories ?? [])],
        outcome: 'RELEASED',
        legalBasis: 'OWN_DEPARTMENT',
        criterion: lookup.criterion ?? null,
      }),
    ),
  );
}

/**
 * Records a search or listing (its criterion, never a CPR number in the criterion) before its result
 * is returned: one entry for the listing itself, and one per citizen it named, so that a citizen's
 * access report shows it.
 */
export async function logListing(
  log: AccessLogWriter,
  caller: Caller,
  listing: { sourceDepartment: Department | null; criterion: string; cprs: readonly string[] },
): Promise<void> {
  const at = new Date();
  const entry = (cpr: string | null) =>
    entryFor(caller, at, {
      cpr,
      sourceDepartment: listing.sourceDepartment,
      categories: [],
      outcome: 'RELEASED',
      legalBasis: 'OWN_DEPARTMENT',
      criterion: listing.criterion,
    });
  await log.append([entry(null), ...listing.cprs.map((cpr) => entry(cpr))]);
}
