/**
 * Reading the access log: the auditors' filtered listing, the signed head, the citizen's access
 * report, and retention by whole monthly partitions under a signed anchor. (The verifier is
 * `verify.ts`.)
 */
import type { Knex } from 'knex';
import type { CryptoKey } from 'jose';
import { linkFromRow } from './rows.ts';
import { RETENTION_FLOOR_MONTHS } from '../../shared/src/config.ts';
import { readStatement, signStatement } from './signing.ts';
import { CHAIN_LOCK, chainHead } from './writer.ts';

export interface AccessLogFilter {
  cpr?: string | null;
  actorId?: string | null;
  /** Matches the actor's department or the source department. */
  department?: string | null;
  from?: Date | null;
  to?: Date | null;
  outcome?: string | null;
  legalBasis?: string | null;
}

/** Entries matching the filter, newest first, `first` at a time after the entry `afterSeq`. */
export async function listEntries(knex: Knex, filter: AccessLogFilter, first: number, afterSeq: number | null) {
  const filtered = (query: Knex.QueryBuilder) => {
    if (filter.cpr) query.where('cpr', filter.cpr);
    if (filter.actorId) query.where('actor_id', filter.actorId);
    if (filter.from) query.where('at', '>=', filter.from);
    if (filter.to) query.where('at', '<', filter.to);
    if (filter.outcome) query.where('outcome', filter.outcome);
    if (filter.legalBasis) query.where('legal_basis', filter.legalBasis);
    if (afterSeq !== null) query.where('seq', '<', afterSeq);
    return query.orderBy('seq', 'desc').limit(first + 1);
  };
  let rows: Record<string, unknown>[];
  if (filter.department) {
    // Either department matches: each side walks its own index, newest first, and the page is
    // taken from their union (an OR would scan the whole log).
    const side = (column: string) => filtered(knex('access_log').where(column, filter.department!).select('seq'));
    const seqs = await knex
      .select('seq')
      .from(knex.raw('((?) union (?)) as matches', [side('actor_department'), side('source_department')]))
      .orderBy('seq', 'desc')
      .limit(first + 1)
      .pluck('seq');
    rows = seqs.length ? await knex('access_log').whereIn('seq', seqs).orderBy('seq', 'desc') : [];
  } else {
    rows = await filtered(knex('access_log'));
  }
  return { entries: rows.slice(0, first).map(linkFromRow), hasNextPage: rows.length > first };
}

/**
 * The chain head as a signed digest (compact JWS, ES256) with the time: kept outside the hub (the
 * scheduled exports of `heads.ts`, or sent to the DPO, printed), it proves later that the log up to
 * that entry was not rewritten: `verifyLog` checks the entry still carries that hash.
 */
export async function signedHead(knex: Knex, key: CryptoKey): Promise<{ seq: number; hash: string; at: string; jws: string }> {
  const head = await chainHead(knex);
  const at = new Date().toISOString();
  const jws = await signStatement('head', { seq: head.seq, hash: head.hash, at }, key);
  return { seq: head.seq, hash: head.hash, at, jws };
}

/** Reads a signed head back; throws if the signature does not verify with the log's public key. */
export async function readSignedHead(jws: string, publicKey: CryptoKey): Promise<{ seq: number; hash: string; at: string }> {
  const head = await readStatement<{ seq: unknown; hash: unknown; at: unknown }>('head', jws, publicKey);
  if (typeof head.seq !== 'number' || typeof head.hash !== 'string' || typeof head.at !== 'string') throw new Error('not an access-log head');
  return { seq: head.seq, hash: head.hash, at: head.at };
}

/** Every access to a citizen's data, oldest first, as the citizen may see it. */
export async function citizenReport(knex: Knex, cpr: string) {
  const rows = await knex('access_log').where('cpr', cpr).orderBy('seq');
  return rows.map(linkFromRow);
}

export interface PurgeResult {
  droppedPartitions: string[];
  anchor: { firstSeq: number; prevHash: string } | null;
}

/** What a retention anchor's signature covers: where the chain now starts, why, and the head at the cut. */
export interface AnchorStatement {
  firstSeq: number;
  prevHash: string;
  purgedBefore: string;
  /** The chain's head when the cut was made: the log must still hold it. */
  headSeq: number;
  headHash: string;
  retentionMonths: number;
  at: string;
}

/** The first instant kept: the start of the month `retentionMonths` before `now`'s month (UTC). */
export function retentionCutoff(now: Date, retentionMonths: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - retentionMonths, 1));
}

/** Why an anchor's statement cuts inside the retention period, or null when it does not. */
export function cutInsideRetention(statement: Pick<AnchorStatement, 'purgedBefore' | 'retentionMonths' | 'at'>): string | null {
  if (!Number.isInteger(statement.retentionMonths) || statement.retentionMonths < RETENTION_FLOOR_MONTHS) {
    return `a retention of ${statement.retentionMonths} months is below the floor of ${RETENTION_FLOOR_MONTHS}`;
  }
  const cutoff = retentionCutoff(new Date(statement.at), statement.retentionMonths);
  if (new Date(statement.purgedBefore).getTime() > cutoff.getTime()) {
    return `it purges up to ${statement.purgedBefore}, inside the ${statement.retentionMonths}-month retention (cutoff ${cutoff.toISOString()})`;
  }
  return null;
}

/**
 * Drops the monthly partitions that end on or before `cutoff`, oldest first, and records where the
 * retained chain starts in an anchor signed with the log's key (the verifier refuses any other).
 * Refuses a cutoff inside the retention period. Needs the table owner (the application's role
 * cannot). The purge itself is logged by the caller, as an access-log entry.
 */
export async function purgePartitionsBefore(knex: Knex, cutoff: Date, signing: { key: CryptoKey; retentionMonths: number; now: Date }): Promise<PurgeResult> {
  const refused = cutInsideRetention({ purgedBefore: cutoff.toISOString(), retentionMonths: signing.retentionMonths, at: signing.now.toISOString() });
  if (refused) throw new RangeError(`retention cut refused: ${refused}`);
  const partitions: { name: string; upper: string }[] = (
    await knex.raw(`
      select c.relname as name, pg_get_expr(c.relpartbound, c.oid) as bound
      from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
      where p.relname = 'access_log'`)
  ).rows.map((r: { name: string; bound: string }) => ({ name: r.name, upper: /TO \('([^']+)'\)/.exec(r.bound)![1]! }));
  const expired = partitions.filter((p) => new Date(p.upper) <= cutoff).sort((a, b) => a.upper.localeCompare(b.upper));
  if (expired.length === 0) return { droppedPartitions: [], anchor: null };
  const upper = new Date(expired[expired.length - 1]!.upper);
  let anchor: PurgeResult['anchor'] = null;
  await knex.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [CHAIN_LOCK]);
    const firstKept = await trx('access_log').where('at', '>=', upper).orderBy('seq').first('seq', 'prev_hash');
    const head = await chainHead(trx);
    anchor = firstKept ? { firstSeq: Number(firstKept.seq), prevHash: firstKept.prev_hash } : { firstSeq: head.seq + 1, prevHash: head.hash };
    const statement: AnchorStatement = {
      firstSeq: anchor.firstSeq,
      prevHash: anchor.prevHash,
      purgedBefore: upper.toISOString(),
      headSeq: head.seq,
      headHash: head.hash,
      retentionMonths: signing.retentionMonths,
      at: signing.now.toISOString(),
    };
    await trx('access_log_anchor').insert({
      first_seq: anchor.firstSeq,
      prev_hash: anchor.prevHash,
      purged_before: upper,
      at: signing.now,
      signature: await signStatement('anchor', statement, signing.key),
    });
    for (const p of expired) {
      await trx.raw(`alter table access_log detach partition ${p.name}`);
      await trx.raw(`drop table ${p.name}`);
    }
  });
  return { droppedPartitions: expired.map((p) => p.name), anchor };
}
