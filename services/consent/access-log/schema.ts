/**
 * The access log's tables. Append-only at three levels:
 *  - the application writes as `hub_log_writer`, a role that may only SELECT and INSERT;
 *  - triggers refuse UPDATE, DELETE and TRUNCATE for everyone, the owner included (on the parent
 *    and on every monthly partition, since TRUNCATE of a partition fires only its own triggers);
 *  - each entry carries the hash of the one before it, so a change made around the first two
 *    (by someone who disables the triggers) breaks the chain, and `verifyAccessLog` reports where.
 * Old entries leave only as whole monthly partitions (retention), recorded in `access_log_anchor`.
 */
import type { Knex } from 'knex';
import { DATABASE_ROLES } from '../../shared/src/db.ts';

export const LOG_WRITER_ROLE = DATABASE_ROLES.logWriter;
/** Months of partitions made ahead at every start, so that the application never needs to make one. */
export const PARTITION_MONTHS_AHEAD = 13;
/** Serialises partition creation ('APRT' as an integer). */
const PARTITION_LOCK = 0x41505254;

/** `access_log_y2026m11` for a month starting at `monthStart` (YYYY-MM-01). */
export const partitionName = (monthStart: string) => `access_log_y${monthStart.slice(0, 4)}m${monthStart.slice(5, 7)}`;

export const nextMonth = (monthStart: string) => {
  const [y, m] = monthStart.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/** The first day of `at`'s month (UTC), as YYYY-MM-01. */
export const monthOf = (at: Date) => `${at.toISOString().slice(0, 7)}-01`;

/**
 * The application role's rights on a table of the log: read and insert, never change. Its default
 * rights in the consent database include UPDATE (for the consents' row locks); not here.
 */
async function restrictApplication(knex: Knex, table: string): Promise<void> {
  await knex.raw(`
    do $$ begin
      if exists (select 1 from pg_roles where rolname = '${DATABASE_ROLES.app}') then
        revoke update, delete, truncate, references, trigger on ${table} from ${DATABASE_ROLES.app};
      end if;
    end $$`);
}

/** Creates the month's partition (idempotent, safe for concurrent writers in any process). Needs the owner. */
export async function ensurePartition(knex: Knex, monthStart: string): Promise<void> {
  const name = partitionName(monthStart);
  await knex.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [PARTITION_LOCK]);
    // Partition bounds in UTC: a month is the unit of retention, so a few hours either side is harmless.
    await trx.raw(
      `create table if not exists ${name} partition of access_log for values from ('${monthStart} 00:00:00+00') to ('${nextMonth(monthStart)} 00:00:00+00')`,
    );
    const trigger = await trx('pg_trigger').where('tgname', `${name}_no_truncate`).first('oid');
    if (!trigger) {
      await trx.raw(`create trigger ${name}_no_truncate before truncate on ${name} for each statement execute function access_log_refuse_change()`);
    }
    await restrictApplication(trx, name);
  });
}

/**
 * At every start, as the owner: partitions from this month to `PARTITION_MONTHS_AHEAD` months
 * ahead, so that the application, which cannot make tables, never needs to.
 */
export async function preparePartitions(knex: Knex, now = new Date()): Promise<void> {
  const present = await partitionedMonths(knex);
  let month = monthOf(now);
  for (let i = 0; i <= PARTITION_MONTHS_AHEAD; i++) {
    if (!present.has(month)) await ensurePartition(knex, month);
    month = nextMonth(month);
  }
}

/** The months (YYYY-MM-01) that have a partition. */
export async function partitionedMonths(knex: Knex): Promise<Set<string>> {
  const rows: { name: string }[] = (
    await knex.raw(`
      select c.relname as name
      from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
      where p.relname = 'access_log'`)
  ).rows;
  return new Set(rows.map((r) => `${r.name.slice(12, 16)}-${r.name.slice(17, 19)}-01`));
}

export async function createAccessLogSchema(knex: Knex): Promise<void> {
  // Roles are made once per server (hub/provision.ts); a server set up by hand may lack this one.
  // Two migrators on a new server may both find it missing: the second one's attempt is no error.
  await knex.raw(`
    do $$ begin
      if not exists (select 1 from pg_roles where rolname = '${LOG_WRITER_ROLE}') then
        create role ${LOG_WRITER_ROLE} nologin;
      end if;
    exception when duplicate_object or unique_violation then null;
    end $$`);
  await knex.raw(`
    create table access_log (
      seq bigint not null,
      at timestamptz not null,
      decided_at timestamptz not null,
      actor_id text not null,
      actor_department text,
      role text not null,
      cpr varchar(11),
      source_department text,
      categories text[] not null,
      outcome text not null check (outcome in ('RELEASED', 'REFUSED')),
      legal_basis text not null check (legal_basis in ('OWN_DEPARTMENT', 'CONSENT', 'EMERGENCY', 'NONE')),
      consent_id uuid,
      consent_version integer,
      emergency_access_id uuid,
      purpose text,
      operation text,
      request_id text not null,
      criterion text,
      prev_hash char(64) not null,
      hash char(64) not null,
      primary key (at, seq)
    ) partition by range (at)`);
  await knex.raw('create index access_log_seq on access_log (seq)');
  await knex.raw('create index access_log_cpr on access_log (cpr, seq)');
  await knex.raw('create index access_log_actor on access_log (actor_id, seq)');
  // The auditors' department filter matches either department: one index each, read as a union.
  await knex.raw('create index access_log_actor_department on access_log (actor_department, seq)');
  await knex.raw('create index access_log_source_department on access_log (source_department, seq)');
  await knex.raw('create index access_log_request on access_log (request_id)');
  await knex.raw(`
    create function access_log_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'the access log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end $$`);
  await knex.raw('create trigger access_log_no_change before update or delete on access_log for each row execute function access_log_refuse_change()');
  await knex.raw('create trigger access_log_no_truncate before truncate on access_log for each statement execute function access_log_refuse_change()');
  // Where the verifiable chain starts after a retention purge: the first retained entry's predecessor hash.
  await knex.raw(`
    create table access_log_anchor (
      id bigserial primary key,
      first_seq bigint not null,
      prev_hash char(64) not null,
      purged_before timestamptz not null,
      at timestamptz not null default now()
    )`);
  await knex.raw(
    'create trigger access_log_anchor_no_change before update or delete on access_log_anchor for each row execute function access_log_refuse_change()',
  );
  await knex.raw(`grant select, insert on access_log to ${LOG_WRITER_ROLE}`);
  await knex.raw(`grant select on access_log_anchor to ${LOG_WRITER_ROLE}`);
  await restrictApplication(knex, 'access_log');
  await restrictApplication(knex, 'access_log_anchor');
}

/**
 * What makes the log prove itself against its operator (migration 0005): anchors carry the log's
 * signature; signed checkpoints of the verified prefix let a verification cover only what is new;
 * full walks run as jobs whose progress any instance can report. Checkpoints, like anchors, are
 * never changed: the application adds them as the insert-only role.
 */
export async function createAccessLogGuards(knex: Knex): Promise<void> {
  // Null in anchors written before signing existed: the verifier counts an unsigned anchor as a break.
  await knex.raw('alter table access_log_anchor add column signature text');
  await knex.raw(`
    create table access_log_checkpoint (
      id bigserial primary key,
      seq bigint not null,
      hash char(64) not null,
      anchor_id bigint,
      entries bigint not null,
      at timestamptz not null,
      signature text not null
    )`);
  await knex.raw('create index access_log_checkpoint_seq on access_log_checkpoint (anchor_id, seq)');
  await knex.raw(
    'create trigger access_log_checkpoint_no_change before update or delete on access_log_checkpoint for each row execute function access_log_refuse_change()',
  );
  await knex.raw(
    'create trigger access_log_checkpoint_no_truncate before truncate on access_log_checkpoint for each statement execute function access_log_refuse_change()',
  );
  await knex.raw(`grant select, insert on access_log_checkpoint to ${LOG_WRITER_ROLE}`);
  await knex.raw(`grant usage on sequence access_log_checkpoint_id_seq to ${LOG_WRITER_ROLE}`);
  await restrictApplication(knex, 'access_log_checkpoint');
  await knex.raw(`
    create table access_log_verification (
      id uuid primary key,
      started_by text not null,
      started_at timestamptz not null,
      updated_at timestamptz not null,
      finished_at timestamptz,
      status text not null check (status in ('RUNNING', 'FINISHED', 'FAILED')),
      entries_total bigint not null,
      entries_checked bigint not null default 0,
      result jsonb
    )`);
}
