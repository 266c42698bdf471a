/**
 * The consent store: writes consents, versions, events and emergency accesses, and answers the
 * department subgraphs' lookups. Revocation and the release-time confirmation take row locks on the
 * same `consent` row (FOR UPDATE against FOR SHARE), so once `revoke` has committed no confirmation
 * can still find the consent active.
 */
import crypto from 'node:crypto';
import type { Knex } from 'knex';
import type { Caller, Department } from '../shared/src/identity.ts';
import type { AccessLogEntry, AccessLogWriter } from '../shared/src/access-log.ts';
import { isActive, type ConsentEvidence, type ConsentGrant, type EmergencyGrant } from '../shared/src/consent-rule.ts';
import type { ConsentLookup } from '../shared/src/release-gate.ts';
import { danishDate, danishMidnight } from '../shared/src/time.ts';
import type { ValidGrant } from './rules.ts';

export interface ConsentRecord extends ConsentGrant {
  grantedBy: { name: string; cpr: string | null; capacity: string }[];
  method: string;
  evidence: string;
  textVersion: string;
  createdAt: Date;
}

export interface ConsentEventRecord {
  consentId: string;
  version: number;
  kind: 'GRANTED' | 'RENEWED' | 'REVOKED';
  at: Date;
  actorId: string;
  /** The staff member's department; null when the citizen themself acted (a revocation). */
  actorDepartment: Department | null;
  reason: string | null;
}

export interface EmergencyAccessRecord extends EmergencyGrant {
  justification: string;
  reviewStatus: 'PENDING' | 'APPROVED' | 'MISUSE';
  reviewNote: string | null;
  reviewedBy: string | null;
}

/** The caseworker has opened as many emergency accesses today as a day allows. */
export class EmergencyLimitReached extends Error {
  readonly maxPerDay: number;
  constructor(maxPerDay: number) {
    super(`at most ${maxPerDay} emergency accesses per caseworker per day`);
    this.maxPerDay = maxPerDay;
  }
}

/** The consent was revoked or ended while a renewal waited for its lock: it is not renewed. */
export class ConsentNoLongerRunning extends Error {}

/** Four eyes: whoever opened an emergency access never reviews it, whatever roles they hold. */
export class OwnEmergencyAccessReview extends Error {}

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** The latest version of each consent, with its revocation time (from its REVOKED event). */
function latestVersions(knex: Knex) {
  return knex('consent as c')
    .join('consent_version as v', 'v.consent_id', 'c.id')
    .whereRaw('v.version = (select max(version) from consent_version where consent_id = c.id)')
    .select(
      'c.id',
      'c.cpr',
      'c.created_at',
      'v.*',
      knex.raw(`(select min(e.at) from consent_event e where e.consent_id = c.id and e.kind = 'REVOKED') as revoked_at`),
    );
}

function toRecord(row: Record<string, any>): ConsentRecord {
  return {
    id: row.id,
    version: row.version,
    cpr: row.cpr,
    sourceDepartments: row.source_departments,
    recipientDepartments: row.recipient_departments,
    categories: row.categories,
    purpose: row.purpose,
    validFrom: asDate(row.valid_from),
    validUntil: asDate(row.valid_until),
    revokedAt: row.revoked_at ? asDate(row.revoked_at) : null,
    grantedBy: typeof row.granted_by === 'string' ? JSON.parse(row.granted_by) : row.granted_by,
    method: row.method,
    evidence: row.evidence,
    textVersion: row.text_version,
    createdAt: asDate(row.created_at),
  };
}

function toEvent(r: Record<string, any>): ConsentEventRecord {
  return {
    consentId: r.consent_id,
    version: r.version,
    kind: r.kind,
    at: asDate(r.at),
    actorId: r.actor_id,
    actorDepartment: r.actor_department,
    reason: r.reason,
  };
}

function toEmergency(row: Record<string, any>): EmergencyAccessRecord {
  return {
    id: row.id,
    cpr: row.cpr,
    actorId: row.actor_id,
    actorDepartment: row.actor_department,
    legalGround: row.legal_ground,
    justification: row.justification,
    validFrom: asDate(row.granted_at),
    validUntil: asDate(row.valid_until),
    reviewStatus: row.verdict ?? 'PENDING',
    reviewNote: row.note ?? null,
    reviewedBy: row.reviewer_id ?? null,
  };
}

export function createConsentStore(knex: Knex) {
  const versionRow = (id: string, version: number, grant: Omit<ValidGrant, 'cpr'>, at: Date) => ({
    consent_id: id,
    version,
    source_departments: grant.sourceDepartments,
    recipient_departments: grant.recipientDepartments,
    categories: grant.categories,
    purpose: grant.purpose,
    valid_from: grant.validFrom,
    valid_until: grant.validUntil,
    granted_by: JSON.stringify(grant.grantedBy),
    method: grant.method,
    evidence: grant.evidence,
    text_version: grant.textVersion,
    recorded_at: at,
  });
  const event = (consentId: string, version: number, kind: ConsentEventRecord['kind'], actor: Caller, at: Date, reason: string | null) => ({
    consent_id: consentId,
    version,
    kind,
    at,
    actor_id: actor.id,
    actor_department: actor.department,
    reason,
  });

  const store = {
    /** Records who coordinates the effort for a citizen (coordinator.ts decides whether it may). */
    async assignCoordinator(a: { cpr: string; caseworkerId: string; department: Department; consentId: string; assignedBy: string; assignedAt: Date }) {
      await knex('coordinator_assignment').insert({
        cpr: a.cpr,
        caseworker_id: a.caseworkerId,
        department: a.department,
        consent_id: a.consentId,
        assigned_by: a.assignedBy,
        assigned_at: a.assignedAt,
      });
    },

    async byId(id: string): Promise<ConsentRecord | null> {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
      const row = await latestVersions(knex).where('c.id', id).first();
      return row ? toRecord(row) : null;
    },

    async byCprs(cprs: readonly string[]): Promise<ConsentRecord[]> {
      const rows = await latestVersions(knex).whereIn('c.cpr', cprs).orderBy('c.created_at', 'desc');
      return rows.map(toRecord);
    },

    async eventsFor(consentIds: readonly string[]): Promise<ConsentEventRecord[]> {
      const rows = await knex('consent_event').whereIn('consent_id', consentIds).orderBy('id');
      return rows.map(toEvent);
    },

    /** `id` is given only by the demo seed, whose plan names the consent it rests on. */
    async grant(grant: ValidGrant, actor: Caller, at: Date, id: string = crypto.randomUUID()): Promise<string> {
      await knex.transaction(async (trx) => {
        await trx('consent').insert({ id, cpr: grant.cpr, created_at: at });
        await trx('consent_version').insert(versionRow(id, 1, grant, at));
        await trx('consent_event').insert(event(id, 1, 'GRANTED', actor, at, null));
      });
      return id;
    },

    /** A renewal is a new version with a new end; the earlier versions stay as they were. */
    async renew(id: string, validUntil: Date, actor: Caller, at: Date): Promise<void> {
      await knex.transaction(async (trx) => {
        await trx('consent').where('id', id).forUpdate().first();
        const current = toRecord(await latestVersions(trx).where('c.id', id).first());
        // Checked again under the lock: a revocation that got it first wins.
        if (current.revokedAt || current.validUntil <= at) throw new ConsentNoLongerRunning();
        const version = current.version + 1;
        await trx('consent_version').insert(
          versionRow(
            id,
            version,
            {
              ...current,
              sourceDepartments: current.sourceDepartments,
              recipientDepartments: current.recipientDepartments,
              grantedBy: current.grantedBy as ValidGrant['grantedBy'],
              method: current.method as ValidGrant['method'],
              validUntil,
            },
            at,
          ),
        );
        await trx('consent_event').insert(event(id, version, 'RENEWED', actor, at, null));
      });
    },

    /**
     * Takes the consent's row lock, so it waits for confirmations in flight and blocks later ones.
     * Returns the revocation time, read from `clock` once the lock is held: every release confirmed
     * before it was decided earlier, so the log shows no release after the recorded revocation.
     */
    async revoke(id: string, reason: string, actor: Caller, clock: () => Date): Promise<Date> {
      return knex.transaction(async (trx) => {
        await trx('consent').where('id', id).forUpdate().first();
        const current = toRecord(await latestVersions(trx).where('c.id', id).first());
        if (current.revokedAt) return current.revokedAt;
        const at = clock();
        await trx('consent_event').insert(event(id, current.version, 'REVOKED', actor, at, reason));
        return at;
      });
    },

    async openEmergencyAccess(
      access: { cpr: string; actor: Caller; legalGround: string; justification: string; durationMinutes: number; maxPerDay: number },
      at: Date,
    ): Promise<EmergencyAccessRecord> {
      const id = crypto.randomUUID();
      await knex.transaction(async (trx) => {
        // One caseworker's count must not race with itself across instances.
        await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`emergency:${access.actor.id}`]);
        const since = danishMidnight(danishDate(at));
        const opened = await trx('emergency_access').where('actor_id', access.actor.id).andWhere('granted_at', '>=', since).count({ count: '*' }).first();
        if (Number(opened?.count ?? 0) >= access.maxPerDay) throw new EmergencyLimitReached(access.maxPerDay);
        await trx('emergency_access').insert({
          id,
          cpr: access.cpr,
          actor_id: access.actor.id,
          actor_department: access.actor.department,
          legal_ground: access.legalGround,
          justification: access.justification,
          granted_at: at,
          valid_until: new Date(at.getTime() + access.durationMinutes * 60_000),
          request_id: access.actor.requestId,
        });
      });
      return (await store.emergencyAccesses({ ids: [id] }))[0]!;
    },

    /**
     * A review is a new row: the latest one is the access's status; earlier ones stay. Takes the
     * access's row lock, like `revoke`: once a MISUSE verdict has committed, no confirmation at a
     * release point can still find the access active. The review's time is read from `clock` once
     * the lock is held, as for a revocation. The requester never reviews their own access
     * (`OwnEmergencyAccessReview`), whatever roles they hold.
     */
    async reviewEmergencyAccess(id: string, verdict: 'APPROVED' | 'MISUSE', note: string | null, reviewer: Caller, clock: () => Date): Promise<Date> {
      return knex.transaction(async (trx) => {
        const access = await trx('emergency_access').where('id', id).forUpdate().first('id', 'actor_id');
        // Checked here, on the stored requester, so no resolver and no token's roles can skip it.
        if (access?.actor_id === reviewer.id) throw new OwnEmergencyAccessReview();
        const at = clock();
        await trx('emergency_access_review').insert({ emergency_access_id: id, verdict, note, reviewer_id: reviewer.id, at });
        return at;
      });
    },

    async consentEventsForCpr(cpr: string): Promise<ConsentEventRecord[]> {
      const rows = await knex('consent_event as e').join('consent as c', 'c.id', 'e.consent_id').where('c.cpr', cpr).orderBy('e.id').select('e.*');
      return rows.map(toEvent);
    },

    async emergencyAccesses(filter: {
      ids?: string[];
      cprs?: readonly string[];
      actorId?: string;
      activeAt?: Date;
      status?: string;
    }): Promise<EmergencyAccessRecord[]> {
      const query = knex('emergency_access as a')
        .leftJoin(
          knex('emergency_access_review')
            .distinctOn('emergency_access_id')
            .orderBy([{ column: 'emergency_access_id' }, { column: 'id', order: 'desc' }])
            .as('r'),
          'r.emergency_access_id',
          'a.id',
        )
        .select('a.*', 'r.verdict', 'r.note', 'r.reviewer_id')
        .orderBy('a.granted_at');
      if (filter.ids) query.whereIn('a.id', filter.ids);
      if (filter.cprs) query.whereIn('a.cpr', filter.cprs);
      if (filter.actorId) query.where('a.actor_id', filter.actorId);
      if (filter.activeAt) {
        // Active: within its time, and never found to be misuse. A MISUSE verdict stops it at once,
        // not at the end of its hour, and a later review cannot start it again.
        query
          .where('a.granted_at', '<=', filter.activeAt)
          .andWhere('a.valid_until', '>', filter.activeAt)
          .whereNotExists(knex('emergency_access_review as m').whereRaw('m.emergency_access_id = a.id').andWhere('m.verdict', 'MISUSE'));
      }
      if (filter.status === 'PENDING') query.whereNull('r.verdict');
      else if (filter.status) query.where('r.verdict', filter.status);
      return (await query).map(toEmergency);
    },
  };
  return store;
}

export type ConsentStore = ReturnType<typeof createConsentStore>;

/**
 * Makes a change through a store bound to one transaction and appends the change's access-log
 * entries in the same transaction: if the entries cannot be stored, the change is undone, so no
 * consent, renewal, revocation or emergency access is in force without its log entry.
 *
 * The durable log runs the transaction on its own database, which must be `knex` (the hub keeps the
 * log in the consent database). A writer outside the database (unit tests) appends
 * before the change commits, so a failed append undoes the change all the same.
 */
export async function changeLogged<T>(
  knex: Knex,
  log: AccessLogWriter,
  change: (store: ConsentStore) => Promise<T>,
  entries: (result: T) => AccessLogEntry[],
): Promise<T> {
  const run = async (trx: Knex.Transaction) => {
    const result = await change(createConsentStore(trx));
    return { result, entries: entries(result) };
  };
  if (log.appendWith) return log.appendWith(knex, run);
  return knex.transaction(async (trx) => {
    const done = await run(trx);
    await log.append(done.entries);
    return done.result;
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The latest versions of these consents, read once their rows are locked FOR SHARE: the lock waits
 * for a revocation in progress and holds one off until the read is done, and the read, a statement
 * of its own, sees what that revocation committed. Both statements go as one simple query (one
 * round trip, one implicit transaction, a snapshot per statement), so they carry no bindings: the
 * ids are checked to be UUIDs before they are written into the text, and anything else refuses.
 */
async function lockedLatestVersions(knex: Knex, ids: string[]): Promise<ConsentRecord[]> {
  if (!ids.every((id) => UUID.test(id))) throw new Error('a consent id that is not a UUID');
  const lock = knex('consent').whereIn('id', ids).forShare().select('id').toString();
  const read = latestVersions(knex).whereIn('c.id', ids).toString();
  const [, latest] = (await knex.raw(`${lock};\n${read}`)) as { rows: Record<string, any>[] }[];
  return latest!.rows.map(toRecord);
}

/**
 * The department subgraphs' view of the consent store. Reads go straight to the store: no decision
 * is cached, so a revocation needs no invalidation to take effect.
 */
export function createConsentLookup(knex: Knex): ConsentLookup {
  const store = createConsentStore(knex);
  return {
    async lookup(cprs: readonly string[], caller: Caller): Promise<Map<string, ConsentEvidence>> {
      const [consents, emergencies] = await Promise.all([store.byCprs(cprs), store.emergencyAccesses({ cprs, actorId: caller.id, activeAt: new Date() })]);
      return new Map(cprs.map((cpr) => [cpr, { consents: consents.filter((c) => c.cpr === cpr), emergencies: emergencies.filter((e) => e.cpr === cpr) }]));
    },

    async ready(): Promise<void> {
      await knex.raw('select 1');
    },

    async confirm(ids: { consentIds: string[]; emergencyAccessIds: string[] }, at: Date): Promise<Set<string>> {
      const active = new Set<string>();
      if (ids.consentIds.length) {
        for (const c of await lockedLatestVersions(knex, ids.consentIds)) if (isActive(c, at)) active.add(c.id);
      }
      if (ids.emergencyAccessIds.length) {
        await knex.transaction(async (trx) => {
          // FOR SHARE: waits for a review in progress, as for a revocation above.
          await trx('emergency_access').whereIn('id', ids.emergencyAccessIds).forShare().select('id');
          const rows = await createConsentStore(trx).emergencyAccesses({ ids: ids.emergencyAccessIds, activeAt: at });
          for (const r of rows) active.add(r.id);
        });
      }
      return active;
    },
  };
}
