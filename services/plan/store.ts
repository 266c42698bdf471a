/**
 * The plan store: reads plans and their versions, and makes every change as a new version. A change
 * and its access-log entries are stored together: the plan database's transaction stays open until
 * the entries are committed to the access log (which lives in the consent database), and is undone
 * if they cannot be, so no version of a plan exists without its entry. (The reverse, an entry whose
 * change then failed to commit, can happen only if the plan database fails at its very commit; the
 * entry then records an attempt, never a release without a record: decision 0012.)
 */
import type { Knex } from 'knex';
import type { AccessLogEntry, AccessLogWriter } from '../shared/src/access-log.ts';
import type { Department } from '../shared/src/identity.ts';
import { nextFollowUpDue, PlanRuleViolation, type PlanChangeKind, type PlanDocument } from './model.ts';

export interface StoredPlan {
  document: PlanDocument;
  version: number;
}

export interface PlanVersionRecord {
  planId: string;
  version: number;
  at: Date;
  actorId: string;
  actorDepartment: Department;
  change: PlanChangeKind;
}

const asDocument = (value: unknown): PlanDocument => (typeof value === 'string' ? JSON.parse(value) : value) as PlanDocument;

/**
 * The current plan of each citizen: the active one, or else the one closed last. One statement for
 * any number of citizens.
 */
export async function currentPlans(knex: Knex, cprs: readonly string[]): Promise<Map<string, StoredPlan>> {
  const rows = await knex('joint_plan as p')
    .join('plan_version as v', function () {
      this.on('v.plan_id', 'p.id').andOn('v.version', 'p.current_version');
    })
    .whereIn('p.cpr', cprs)
    .orderByRaw(`p.cpr, (p.status = 'ACTIVE') desc, p.created_at desc`)
    .select('p.cpr', 'p.current_version', 'v.document');
  const plans = new Map<string, StoredPlan>();
  for (const row of rows) if (!plans.has(row.cpr)) plans.set(row.cpr, { document: asDocument(row.document), version: row.current_version });
  return plans;
}

/** One version of a plan, or `null` when it has no such version. */
export async function planVersion(knex: Knex, planId: string, version: number): Promise<PlanDocument | null> {
  const row = await knex('plan_version').where({ plan_id: planId, version }).first('document');
  return row ? asDocument(row.document) : null;
}

/** The versions of each plan, oldest first (without their documents). */
export async function versionsOf(knex: Knex, planIds: readonly string[]): Promise<PlanVersionRecord[]> {
  const rows = await knex('plan_version')
    .whereIn('plan_id', planIds)
    .orderBy(['plan_id', 'version'])
    .select('plan_id', 'version', 'at', 'actor_id', 'actor_department', 'change');
  return rows.map((r) => ({
    planId: r.plan_id,
    version: r.version,
    at: new Date(r.at),
    actorId: r.actor_id,
    actorDepartment: r.actor_department,
    change: r.change,
  }));
}

/** The caseworker making a change, and the kind of change. */
export interface ChangeMeta {
  actorId: string;
  actorDepartment: Department;
  change: PlanChangeKind;
}

const UNIQUE_VIOLATION = '23505';

/**
 * Creates a plan (version 1) and appends `entries` to the access log in the same unit: both are
 * stored, or neither. A second active plan for the citizen is refused, also when two are made at once.
 */
export async function insertPlan(knex: Knex, log: AccessLogWriter, plan: PlanDocument, meta: ChangeMeta, entries: AccessLogEntry[]): Promise<StoredPlan> {
  try {
    return await knex.transaction(async (trx) => {
      const at = new Date();
      await trx('joint_plan').insert({
        id: plan.id,
        cpr: plan.cpr,
        status: plan.status,
        start_date: plan.startDate,
        next_follow_up_due: nextFollowUpDue(plan),
        current_version: 1,
        created_at: at,
      });
      await trx('plan_version').insert(versionRow(plan, 1, at, meta));
      await log.append(entries);
      return { document: plan, version: 1 };
    });
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new PlanRuleViolation('cpr', 'The citizen already has an active joint plan');
    throw error;
  }
}

const versionRow = (plan: PlanDocument, version: number, at: Date, meta: ChangeMeta) => ({
  plan_id: plan.id,
  version,
  at,
  actor_id: meta.actorId,
  actor_department: meta.actorDepartment,
  change: meta.change,
  document: JSON.stringify(plan),
});

/**
 * Changes the citizen's active plan: takes its row lock (changes to one plan take turns), applies
 * `change` to the newest version, stores the result as the next version, and appends the entries
 * `entries` makes, all in one unit. `change` throws to refuse; nothing is then written.
 */
export async function changePlan(
  knex: Knex,
  log: AccessLogWriter,
  cpr: string,
  meta: ChangeMeta,
  change: (current: PlanDocument) => PlanDocument,
  entries: AccessLogEntry[],
): Promise<StoredPlan> {
  return knex.transaction(async (trx) => {
    const head = await trx('joint_plan').where({ cpr, status: 'ACTIVE' }).forUpdate().first('id', 'current_version');
    if (!head) throw new PlanRuleViolation('cpr', 'The citizen has no active joint plan');
    const current = await planVersion(trx, head.id, head.current_version);
    if (!current) throw new Error(`plan ${head.id} has no version ${head.current_version}`);
    const next = change(current);
    const version = head.current_version + 1;
    const at = new Date();
    await trx('plan_version').insert(versionRow(next, version, at, meta));
    await trx('joint_plan')
      .where('id', head.id)
      .update({ status: next.status, current_version: version, next_follow_up_due: nextFollowUpDue(next) });
    await log.append(entries);
    return { document: next, version };
  });
}
