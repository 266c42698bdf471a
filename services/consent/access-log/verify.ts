/**
 * The verifier: does the stored log prove itself, even against the operator of its database?
 *
 *  - Anchors (where the chain starts after retention) count only with the log's signature, matching
 *    their row, outside the retention period, and with the head they were cut at still present.
 *  - From the newest signed checkpoint (a verified prefix: position, hash, entries), only what is
 *    new is walked, at most `maxEntries` per call; the checkpoint's entry must still carry its hash.
 *    The full walk (`fromCheckpoint: false`) re-hashes everything and is run as a job (`jobs.ts`).
 *  - The newest head export (or the one an auditor passes) must still be held, with its hash: that
 *    is what catches the removal of the newest entries, or a log rebuilt from scratch.
 * A verification that found nothing wrong signs a checkpoint where it ended, as the insert-only role.
 */
import type { Knex } from 'knex';
import type { CryptoKey } from 'jose';
import { GENESIS_HASH, walk, type WalkState } from './chain.ts';
import { latestExport, type ExportedHead } from './heads.ts';
import { cutInsideRetention, type AnchorStatement } from './queries.ts';
import { linkFromRow } from './rows.ts';
import { LOG_WRITER_ROLE } from './schema.ts';
import { readStatement, signStatement } from './signing.ts';

/** Entries read and hashed at a time; other work runs between chunks. */
const CHUNK = 1000;
/** A checkpoint is signed once a verification has walked at least this many new entries. */
export const CHECKPOINT_EVERY = 256;

export interface VerifyOptions {
  publicKey: CryptoKey;
  /** With it, a verification that found nothing wrong signs a checkpoint where it ended. */
  privateKey?: CryptoKey;
  /** A head to compare with (an auditor's); otherwise the newest export in `headDir`, if any. */
  exportedHead?: ExportedHead | null;
  headDir?: string;
  /** From the newest valid checkpoint (default), or every retained entry (the full walk). */
  fromCheckpoint?: boolean;
  /** The most entries walked in this call; the next call goes on from the checkpoint this one signs. */
  maxEntries?: number;
  /** Called after each chunk with the entries walked so far. */
  onProgress?: (walked: number) => Promise<void> | void;
}

export interface Verification {
  /** Nothing found wrong in what this verification covered (see `complete`). */
  ok: boolean;
  /** Whether it reached the newest entry (false when `maxEntries` stopped it first). */
  complete: boolean;
  /** Entries covered: those the checkpoint vouches for and those walked now. */
  entriesChecked: number;
  /** Entries read and hashed by this call. */
  entriesWalked: number;
  firstBrokenEntryId: number | null;
  /** The first entry the chain is verified from (after retention, the first retained one). */
  startsAtEntryId: number | null;
  /** The checkpoint this verification went on from, or null (walked from the start). */
  fromCheckpointEntryId: number | null;
  /** The last entry covered. */
  verifiedThroughEntryId: number | null;
  /** Whether the log still holds the compared head with its hash (null: nothing compared, or purged since). */
  headMatches: boolean | null;
  comparedWith: (ExportedHead & { matches: boolean | null }) | null;
  /** Why it is not ok, one line per finding, in the order found. */
  problems: string[];
}

interface CheckpointStatement {
  seq: number;
  hash: string;
  anchorId: number | null;
  entries: number;
  at: string;
}

/** Why an anchor row cannot be trusted, or null. */
async function anchorProblem(row: Record<string, any>, publicKey: CryptoKey): Promise<string | null> {
  if (!row.signature) return "is not signed with the log's key";
  let statement: AnchorStatement;
  try {
    statement = await readStatement<AnchorStatement>('anchor', row.signature, publicKey);
  } catch {
    return "carries a signature that does not verify with the log's key";
  }
  if (
    statement.firstSeq !== Number(row.first_seq) ||
    statement.prevHash !== row.prev_hash ||
    statement.purgedBefore !== new Date(row.purged_before).toISOString()
  ) {
    return 'does not match what its signature covers';
  }
  const inside = cutInsideRetention(statement);
  return inside ? `is a cut inside the retention period: ${inside}` : null;
}

/** Walks the retained chain (or what is new since the newest checkpoint) and reports what is wrong. */
export async function verifyLog(knex: Knex, options: VerifyOptions): Promise<Verification> {
  const problems: string[] = [];
  let firstBroken: number | null = null;
  const broken = (seq: number | null, why: string) => {
    problems.push(why);
    if (seq !== null && (firstBroken === null || seq < firstBroken)) firstBroken = seq;
  };

  const anchors = await knex('access_log_anchor').orderBy('id');
  for (const row of anchors) {
    const why = await anchorProblem(row, options.publicKey);
    if (why) broken(Number(row.first_seq), `anchor ${row.id} (chain from entry ${row.first_seq}) ${why}`);
  }
  const anchor = anchors.at(-1);
  // An anchor that is not the log's own says where the chain starts, but vouches for nothing.
  const anchorTrusted = problems.length === 0;
  const startSeq = anchor ? Number(anchor.first_seq) : 1;
  const startHash: string = anchor ? anchor.prev_hash : GENESIS_HASH;

  /** Does the log hold entry `seq` with `hash`? null when it lies before the retained chain. */
  const holds = async (seq: number, hash: string): Promise<boolean | null> => {
    if (seq === startSeq - 1) return anchorTrusted && hash === startHash;
    if (seq < startSeq - 1) return anchorTrusted ? null : false;
    const row = await knex('access_log').where('seq', seq).first('hash');
    return row ? row.hash === hash : false;
  };

  if (anchor && anchorTrusted) {
    const statement = await readStatement<AnchorStatement>('anchor', anchor.signature, options.publicKey);
    if ((await holds(statement.headSeq, statement.headHash)) === false) {
      broken(statement.headSeq, `the log no longer holds entry ${statement.headSeq}, its head when anchor ${anchor.id} was signed`);
    }
  }

  let from = { seq: startSeq - 1, hash: startHash, entries: 0 };
  let fromCheckpoint: number | null = null;
  if (options.fromCheckpoint !== false) {
    const row = await knex('access_log_checkpoint')
      .modify((q) => (anchor ? q.where('anchor_id', anchor.id) : q.whereNull('anchor_id')))
      .where('seq', '>=', startSeq - 1)
      .orderBy('seq', 'desc')
      .first();
    if (row) {
      let statement: CheckpointStatement | null = null;
      try {
        statement = await readStatement<CheckpointStatement>('checkpoint', row.signature, options.publicKey);
      } catch {
        // Falls through: an unsigned or mis-signed checkpoint is reported, never used.
      }
      const anchorId = anchor ? Number(anchor.id) : null;
      if (
        !statement ||
        statement.seq !== Number(row.seq) ||
        statement.hash !== row.hash ||
        statement.anchorId !== anchorId ||
        statement.entries !== Number(row.entries)
      ) {
        broken(Number(row.seq), `checkpoint ${row.id} at entry ${row.seq} is not one the log signed: the checkpoints were tampered with`);
      } else if ((await holds(statement.seq, statement.hash)) !== true) {
        broken(statement.seq, `entry ${statement.seq} no longer carries the hash checkpoint ${row.id} verified`);
      } else {
        from = { seq: statement.seq, hash: statement.hash, entries: statement.entries };
        fromCheckpoint = statement.seq;
      }
    }
  }

  let state: WalkState = { expectedSeq: from.seq + 1, expectedPrevHash: from.hash, checked: 0, firstBroken: null };
  let last = { seq: from.seq, hash: from.hash };
  let complete = true;
  const max = options.maxEntries ?? Number.POSITIVE_INFINITY;
  for (;;) {
    const room = max - state.checked;
    if (room <= 0) {
      complete = !(await knex('access_log').where('seq', '>', last.seq).first('seq'));
      break;
    }
    const rows = await knex('access_log').where('seq', '>', last.seq).orderBy('seq').limit(Math.min(CHUNK, room));
    if (rows.length === 0) break;
    const links = rows.map(linkFromRow);
    state = walk(state, links);
    const end = links.at(-1)!;
    last = { seq: end.seq, hash: end.hash };
    await options.onProgress?.(state.checked);
    // Requests waiting on this process go first between chunks.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (state.firstBroken !== null) broken(state.firstBroken, `the chain breaks at entry ${state.firstBroken} (changed, missing or inserted entry)`);
  // Entries before the retained chain's start would mean rows below the anchor reappeared.
  const below = await knex('access_log').where('seq', '<', startSeq).first('seq');
  if (below) broken(Number(below.seq), `entry ${below.seq} lies before entry ${startSeq}, where the retained chain starts`);

  let compared: ExportedHead | null = options.exportedHead ?? null;
  if (!compared && options.headDir) {
    try {
      compared = await latestExport(options.headDir, options.publicKey);
    } catch (error) {
      broken(null, (error as Error).message);
    }
  }
  let comparedWith: Verification['comparedWith'] = null;
  if (compared) {
    const matches = await holds(compared.seq, compared.hash);
    comparedWith = { ...compared, matches };
    if (matches === false) {
      broken(null, `the log no longer holds entry ${compared.seq} with the hash exported at ${compared.at} (${compared.source})`);
    }
  }

  const ok = problems.length === 0;
  const entriesChecked = from.entries + state.checked;
  const advanced = last.seq > from.seq && (state.checked >= CHECKPOINT_EVERY || options.fromCheckpoint === false);
  if (ok && options.privateKey && advanced) {
    const statement: CheckpointStatement = {
      seq: last.seq,
      hash: last.hash,
      anchorId: anchor ? Number(anchor.id) : null,
      entries: entriesChecked,
      at: new Date().toISOString(),
    };
    const signature = await signStatement('checkpoint', statement, options.privateKey);
    await knex.transaction(async (trx) => {
      await trx.raw(`set local role ${LOG_WRITER_ROLE}`);
      await trx('access_log_checkpoint').insert({
        seq: statement.seq,
        hash: statement.hash,
        anchor_id: statement.anchorId,
        entries: statement.entries,
        at: statement.at,
        signature,
      });
    });
  }
  return {
    ok,
    complete,
    entriesChecked,
    entriesWalked: state.checked,
    firstBrokenEntryId: firstBroken,
    startsAtEntryId: entriesChecked > 0 ? startSeq : null,
    fromCheckpointEntryId: fromCheckpoint,
    verifiedThroughEntryId: last.seq >= startSeq ? last.seq : null,
    headMatches: comparedWith ? comparedWith.matches : null,
    comparedWith,
    problems,
  };
}
