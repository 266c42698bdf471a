/**
 * The durable access-log writer. `append` resolves only once its entries are committed; if the
 * store cannot be written, it rejects and the caller releases nothing.
 *
 * Group commit: entries that arrive while a write is in flight wait for the next one, which stores
 * them all in one transaction, so concurrency costs fewer transactions, not weaker durability.
 * Every write takes one advisory lock, so writers in any number of processes extend one chain:
 * no forks, no gaps.
 */
import type { Knex } from 'knex';
import type { AccessLogMetrics } from '../../shared/src/metrics.ts';
import type { AccessLogEntry, AccessLogWriter } from '../../shared/src/release.ts';
import { GENESIS_HASH, entryHash, type StoredLink } from './chain.ts';
import { rowFromLink } from './rows.ts';
import { LOG_WRITER_ROLE, ensurePartition, nextMonth } from './schema.ts';

/** The advisory lock that serialises chain appends across processes ('ALOG' as an integer). */
export const CHAIN_LOCK = 0x414c4f47;

interface Pending {
  entries: AccessLogEntry[];
  resolve(): void;
  reject(error: unknown): void;
}

/** The newest link, or where the chain starts after a retention purge, or the genesis. */
export async function chainHead(trx: Knex | Knex.Transaction): Promise<{ seq: number; hash: string }> {
  const newest = await trx('access_log').orderBy('seq', 'desc').first('seq', 'hash');
  if (newest) return { seq: Number(newest.seq), hash: newest.hash };
  const anchor = await trx('access_log_anchor').orderBy('id', 'desc').first('first_seq', 'prev_hash');
  if (anchor) return { seq: Number(anchor.first_seq) - 1, hash: anchor.prev_hash };
  return { seq: 0, hash: GENESIS_HASH };
}

export class DurableAccessLog implements AccessLogWriter {
  private readonly queue: Pending[] = [];
  private flushing = false;
  private readonly ensuredMonths = new Set<string>();
  /** Transactions committed: how group commit shows in tests and benchmarks. */
  commits = 0;

  constructor(
    private readonly knex: Knex,
    private readonly options: {
      maxBatch?: number;
      /** Tests of retention only: the storage time to use instead of the database clock. */
      clock?: () => Date;
      /** Commits, batch sizes and failures, for the process's Prometheus metrics. */
      metrics?: AccessLogMetrics;
    } = {},
  ) {}

  append(entries: AccessLogEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ entries, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch: Pending[] = [];
        let size = 0;
        const max = this.options.maxBatch ?? 1000;
        while (this.queue.length > 0 && (batch.length === 0 || size + this.queue[0]!.entries.length <= max)) {
          const next = this.queue.shift()!;
          batch.push(next);
          size += next.entries.length;
        }
        const entries = batch.flatMap((p) => p.entries);
        const started = performance.now();
        try {
          await this.write(entries);
          this.options.metrics?.committed(entries, (performance.now() - started) / 1000);
          for (const p of batch) p.resolve();
        } catch (error) {
          this.options.metrics?.failed(entries.length);
          for (const p of batch) p.reject(error);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Makes this month's and next month's partitions; call at start so the first write is not slower. */
  ready(): Promise<void> {
    return this.ensureMonths();
  }

  /** Partitions for this month and the next exist before anything is written into them. */
  private async ensureMonths(): Promise<void> {
    const month = `${new Date().toISOString().slice(0, 7)}-01`;
    if (this.ensuredMonths.has(month)) return;
    await ensurePartition(this.knex, month);
    await ensurePartition(this.knex, nextMonth(month));
    this.ensuredMonths.add(month);
  }

  private async write(entries: AccessLogEntry[]): Promise<void> {
    await this.ensureMonths();
    await this.knex.transaction(async (trx) => {
      // The application writes as the insert-only role, whatever role it connected with.
      await trx.raw(`set local role ${LOG_WRITER_ROLE}`);
      // The clock is read after the lock is granted: stored times rise with the sequence, across processes.
      const locked = await trx.raw('select pg_advisory_xact_lock(?), clock_timestamp() as now', [CHAIN_LOCK]);
      const head = await chainHead(trx);
      const at = this.options.clock ? this.options.clock() : new Date(locked.rows[0].now);
      let prevHash = head.hash;
      const links: StoredLink[] = entries.map((entry, i) => {
        const fields = {
          seq: head.seq + 1 + i,
          at,
          decidedAt: entry.at,
          actorId: entry.actorId,
          actorDepartment: entry.actorDepartment,
          role: entry.role,
          cpr: entry.cpr,
          sourceDepartment: entry.sourceDepartment,
          categories: entry.categories,
          outcome: entry.outcome,
          legalBasis: entry.legalBasis,
          consentId: entry.consentId,
          consentVersion: entry.consentVersion,
          emergencyAccessId: entry.emergencyAccessId,
          purpose: entry.purpose,
          operation: entry.operation,
          requestId: entry.requestId,
          criterion: entry.criterion,
        };
        const hash = entryHash(prevHash, fields);
        const link = { ...fields, prevHash, hash };
        prevHash = hash;
        return link;
      });
      // One statement per batch; chunked only to stay under the bind-parameter limit.
      for (let i = 0; i < links.length; i += 2000) {
        await trx('access_log').insert(links.slice(i, i + 2000).map(rowFromLink));
      }
    });
    this.commits += 1;
  }
}
