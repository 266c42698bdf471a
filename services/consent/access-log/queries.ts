/**
 * Reading the access log: the auditors' filtered listing, the chain verifier, the signed head,
 * the citizen's access report, and retention by whole monthly partitions.
 */
import type { Knex } from 'knex';
import { CompactSign, compactVerify, type CryptoKey } from 'jose';
import { walk, type WalkState } from './chain.ts';
import { linkFromRow } from './rows.ts';
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

export interface Verification {
  ok: boolean;
  entriesChecked: number;
  firstBrokenEntryId: number | null;
  /** The first entry the chain is verified from (after retention, the first retained one). */
  startsAtEntryId: number | null;
  /** When an exported head was given: does the log still hold that entry with that hash? */
  headMatches: boolean | null;
}

const VERIFY_CHUNK = 5000;

/** Walks the whole retained chain in `seq` order, in chunks, from the latest retention anchor. */
export async function verifyChain(knex: Knex, exportedHead?: { seq: number; hash: string }): Promise<Verification> {
  const anchor = await knex('access_log_anchor').orderBy('id', 'desc').first('first_seq', 'prev_hash');
  const startSeq = anchor ? Number(anchor.first_seq) : 1;
  let state: WalkState = { expectedSeq: startSeq, expectedPrevHash: anchor ? anchor.prev_hash : '0'.repeat(64), checked: 0, firstBroken: null };
  let after = startSeq - 1;
  let headMatches: boolean | null = exportedHead ? false : null;
  for (;;) {
    const rows = await knex('access_log').where('seq', '>', after).orderBy('seq').limit(VERIFY_CHUNK);
    if (rows.length === 0) break;
    const links = rows.map(linkFromRow);
    state = walk(state, links);
    if (exportedHead) {
      const match = links.find((l) => l.seq === exportedHead.seq);
      if (match) headMatches = match.hash === exportedHead.hash && state.firstBroken === null;
    }
    after = links[links.length - 1]!.seq;
  }
  // Entries stored before the first one we walked would mean rows below the anchor reappeared.
  const below = await knex('access_log').where('seq', '<', startSeq).first('seq');
  if (below && state.firstBroken === null) state.firstBroken = Number(below.seq);
  return {
    ok: state.firstBroken === null && headMatches !== false,
    entriesChecked: state.checked,
    firstBrokenEntryId: state.firstBroken,
    startsAtEntryId: state.checked > 0 ? startSeq : null,
    headMatches,
  };
}

/**
 * The chain head as a signed digest (compact JWS, ES256) with the time: kept outside the hub (sent
 * to the DPO, printed, timestamped), it proves later that the log up to that entry was not
 * rewritten: `verifyChain(knex, head)` checks the entry still carries that hash.
 */
export async function signedHead(knex: Knex, key: CryptoKey): Promise<{ seq: number; hash: string; at: string; jws: string }> {
  const head = await chainHead(knex);
  const at = new Date().toISOString();
  const payload = new TextEncoder().encode(JSON.stringify({ typ: 'citizen-hub/access-log-head', seq: head.seq, hash: head.hash, at }));
  const jws = await new CompactSign(payload).setProtectedHeader({ alg: 'ES256' }).sign(key);
  return { seq: head.seq, hash: head.hash, at, jws };
}

/** Reads a signed head back; throws if the signature does not verify with the log's public key. */
export async function readSignedHead(jws: string, publicKey: CryptoKey): Promise<{ seq: number; hash: string; at: string }> {
  const { payload } = await compactVerify(jws, publicKey);
  const head = JSON.parse(new TextDecoder().decode(payload));
  if (head.typ !== 'citizen-hub/access-log-head' || typeof head.seq !== 'number' || typeof head.hash !== 'string') {
    throw new Error('not an access-log head');
  }
  return head;
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

/**
 * Drops the monthly partitions that end on or before `cutoff`, oldest first, and records where the
 * retained chain starts. Needs the table owner (the application's role cannot). The purge itself is
 * logged by the caller, as an access-log entry.
 */
export async function purgePartitionsBefore(knex: Knex, cutoff: Date): Promise<PurgeResult> {
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
    await trx('access_log_anchor').insert({ first_seq: anchor.firstSeq, prev_hash: anchor.prevHash, purged_before: upper });
    for (const p of expired) {
      await trx.raw(`alter table access_log detach partition ${p.name}`);
      await trx.raw(`drop table ${p.name}`);
    }
  });
  return { droppedPartitions: expired.map((p) => p.name), anchor };
}
