/**
 * Verification kept off the path of releases: one process-wide lane for auditors' verifications
 * (each bounded: it walks only what is new since the signed checkpoint, at most `maxEntries`), on a
 * connection pool of its own, and the full walk as a background job whose progress is stored, so any
 * instance of the consent service can report it. Releases never wait for any of it: they write
 * through the access-log writer's pool and lock, which verification never takes.
 */
import crypto from 'node:crypto';
import type { Knex } from 'knex';
import type { CryptoKey } from 'jose';
import { logger } from '../../shared/src/logger.ts';
import type { ExportedHead } from './heads.ts';
import { verifyLog, type Verification } from './verify.ts';

/** The full walk's advisory lock: two starts at once make one job ('AVFY' as an integer). */
const JOB_LOCK = 0x41564659;
/** A running job not heard from for this long died with its process. */
const ABANDONED_AFTER_MS = 60_000;
/** How often a running job stores its progress. */
const PROGRESS_EVERY_MS = 500;

export type JobStatus = 'RUNNING' | 'FINISHED' | 'FAILED' | 'ABANDONED';

export interface VerificationJob {
  id: string;
  status: JobStatus;
  startedBy: string;
  startedAt: Date;
  finishedAt: Date | null;
  entriesTotal: number;
  entriesChecked: number;
  /** The full walk's verification, once finished. */
  result: Verification | null;
  /** Why the job could not finish (FAILED). */
  error: string | null;
}

function jobFrom(row: Record<string, any>, now = Date.now()): VerificationJob {
  const stale = row.status === 'RUNNING' && now - new Date(row.updated_at).getTime() > ABANDONED_AFTER_MS;
  const result = row.result && !row.result.error ? (row.result as Verification) : null;
  return {
    id: row.id,
    status: stale ? 'ABANDONED' : row.status,
    startedBy: row.started_by,
    startedAt: new Date(row.started_at),
    finishedAt: row.finished_at ? new Date(row.finished_at) : null,
    entriesTotal: Number(row.entries_total),
    entriesChecked: Number(row.entries_checked),
    result,
    error: row.result?.error ?? null,
  };
}

export interface LogVerifierOptions {
  /** Where the scheduled head exports are (compared with by default). */
  headDir: string;
  /** The most entries one auditor's verification walks. */
  maxEntries: number;
}

export class LogVerifier {
  private lane: Promise<unknown> = Promise.resolve();
  private running: Promise<void> | null = null;
  private stopped = false;
  private readonly knex: Knex;
  private readonly keys: { privateKey: CryptoKey; publicKey: CryptoKey };
  private readonly options: LogVerifierOptions;

  /** `knex`: a pool of its own (the releases' pool never waits for verification). */
  constructor(knex: Knex, keys: { privateKey: CryptoKey; publicKey: CryptoKey }, options: LogVerifierOptions) {
    this.knex = knex;
    this.keys = keys;
    this.options = options;
  }

  /**
   * An auditor's verification: from the newest checkpoint, bounded, compared with `exportedHead`
   * or else the newest export. One at a time per process; the next one finds this one's checkpoint.
   */
  verify(exportedHead?: ExportedHead | null): Promise<Verification> {
    const run = this.lane
      .catch(() => undefined)
      .then(() =>
        verifyLog(this.knex, {
          publicKey: this.keys.publicKey,
          privateKey: this.keys.privateKey,
          exportedHead,
          headDir: this.options.headDir,
          maxEntries: this.options.maxEntries,
        }),
      );
    this.lane = run;
    return run;
  }

  /** Starts the full walk in the background, or returns the one already running (on any instance). */
  async startFullWalk(startedBy: string): Promise<VerificationJob> {
    const now = new Date();
    const row = await this.knex.transaction(async (trx) => {
      await trx.raw('select pg_advisory_xact_lock(?)', [JOB_LOCK]);
      const active = await trx('access_log_verification')
        .where('status', 'RUNNING')
        .where('updated_at', '>', new Date(now.getTime() - ABANDONED_AFTER_MS))
        .orderBy('started_at', 'desc')
        .first();
      if (active) return { ...active, existing: true };
      const span = await trx('access_log').min({ low: 'seq' }).max({ high: 'seq' }).first();
      const total = span?.high == null ? 0 : Number(span.high) - Number(span.low) + 1;
      const [made] = await trx('access_log_verification')
        .insert({ id: crypto.randomUUID(), started_by: startedBy, started_at: now, updated_at: now, status: 'RUNNING', entries_total: total })
        .returning('*');
      return made;
    });
    if (!row.existing) {
      this.running = this.run(row.id).finally(() => {
        this.running = null;
      });
    }
    return jobFrom(row);
  }

  private async run(id: string): Promise<void> {
    const jobs = () => this.knex('access_log_verification').where('id', id);
    let stored = Date.now();
    try {
      const result = await verifyLog(this.knex, {
        publicKey: this.keys.publicKey,
        privateKey: this.keys.privateKey,
        headDir: this.options.headDir,
        fromCheckpoint: false,
        onProgress: async (walked) => {
          if (this.stopped) throw new Error('the consent service stopped before the walk finished');
          if (Date.now() - stored < PROGRESS_EVERY_MS) return;
          stored = Date.now();
          await jobs().update({ entries_checked: walked, updated_at: new Date() });
        },
      });
      const finished = new Date();
      await jobs().update({
        status: 'FINISHED',
        entries_checked: result.entriesWalked,
        updated_at: finished,
        finished_at: finished,
        result: JSON.stringify(result),
      });
    } catch (error) {
      const finished = new Date();
      await jobs()
        .update({ status: 'FAILED', updated_at: finished, finished_at: finished, result: JSON.stringify({ error: (error as Error).message }) })
        .catch(() => undefined);
    }
  }

  /** A job by id, or null. */
  async job(id: string): Promise<VerificationJob | null> {
    const row = await this.knex('access_log_verification').where('id', id).first();
    return row ? jobFrom(row) : null;
  }

  /** Ends a running walk at its next chunk and waits for the lane. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running?.catch(() => undefined);
    await this.lane.catch(() => undefined);
  }
}

/** The id full walks started by the schedule carry as `startedBy`. */
export const SCHEDULED_WALKER = 'system:schedule';

/**
 * Starts a full walk every `intervalMs` (0: never), so that a change inside the verified prefix,
 * which incremental verification cannot see, is found without anyone asking. A failure to start is
 * logged and tried again at the next turn.
 */
export function scheduleFullWalks(verifier: LogVerifier, intervalMs: number): { stop(): void } {
  if (intervalMs <= 0) return { stop: () => undefined };
  const timer = setInterval(() => {
    verifier
      .startFullWalk(SCHEDULED_WALKER)
      .catch((error: Error) => logger.error({ err: error.message }, 'the scheduled access-log full walk could not start'));
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
