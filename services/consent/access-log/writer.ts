/**
 * The durable access-log writer. `append` resolves only once its entries are committed; if the
 * store cannot be written, it rejects and the caller releases nothing.
 *
 * Group commit: entries that arrive while a write is in flight wait for the next one, which stores
 * them all in one transaction, so concurrency costs fewer transactions, not weaker durability.
 * Every write takes one advisory lock, so writers in any number of processes extend one chain:
 * no forks, no gaps.
 *
 * `appendWith` stores a change to the consent database and its entries in one transaction, for the
 * consent service, whose changes must not take effect without their entries.
 */
import type { Knex } from 'knex';
import type { AccessLogMetrics } from '../../shared/src/metrics.ts';
import type { AccessLogEntry, AccessLogWriter } from '../../shared/src/access-log.ts';
import { GENESIS_HASH, entryHash, type StoredLink } from './chain.ts';
import { rowFromLink } from './rows.ts';
import { LOG_WRITER_ROLE, monthOf, nextMonth, partitionedMonths } from './schema.ts';

/** The advisory lock that serialises chain appends across processes ('ALOG' as an integer). */
export const CHAIN_LOCK = 0x414c4f47;

/**
 * The role, the lock and the head in one round trip: three statements in one simple query, run in
 * order, so the head is read after the lock is granted, and the clock too (stored times rise with
 * the sequence, across processes). No bindings: the text holds only our own constants.
 */
const LOCK_AND_HEAD = `set local role ${LOG_WRITER_ROLE}; select pg_advisory_xact_lock(${CHAIN_LOCK}), clock_timestamp() as now; select seq, hash from access_log order by seq desc limit 1`;
const ANCHOR_HEAD = 'select first_seq, prev_hash from access_log_anchor order by id desc limit 1';

type QueryResult = { rows: Record<string, unknown>[] };
type AnchorRow = { first_seq: string | number; prev_hash: string };
/** A pool connection (a `pg` client), for the group commit's own round trips. */
type RawConnection = { query(sql: string, bindings?: readonly unknown[]): Promise<QueryResult | QueryResult[]> };

interface Pending {
  entries: AccessLogEntry[];
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * The chain's head from its newest link, else from where the chain starts after a retention purge
 * (the newest anchor, asked only when the log is empty), else the genesis.
 */
async function headOf(newest: { seq: string | number; hash: string } | undefined, anchor: () => Promise<AnchorRow | undefined>) {
  if (newest) return { seq: Number(newest.seq), hash: newest.hash };
  const start = await anchor();
  return start ? { seq: Number(start.first_seq) - 1, hash: start.prev_hash } : { seq: 0, hash: GENESIS_HASH };
}

/** The newest link, or where the chain starts after a retention purge, or the genesis. */
export async function chainHead(trx: Knex | Knex.Transaction): Promise<{ seq: number; hash: string }> {
  return headOf(await trx('access_log').orderBy('seq', 'desc').first('seq', 'hash'), () =>
    trx('access_log_anchor').orderBy('id', 'desc').first('first_seq', 'prev_hash'),
  );
}

export interface DurableAccessLogOptions {
  maxBatch?: number;
  /** Tests of retention only: the storage time to use instead of the database clock. */
  clock?: () => Date;
  /** Commits, batch sizes and failures, for the process's Prometheus metrics. */
  metrics?: AccessLogMetrics;
}

export class DurableAccessLog implements AccessLogWriter {
  private readonly queue: Pending[] = [];
  private flushing = false;
  /** Months known to have a partition: checked once each, never made here. */
  private readonly partitioned = new Set<string>();
  /** Transactions committed: how group commit shows in tests and benchmarks. */
  commits = 0;

  private readonly knex: Knex;
  private readonly options: DurableAccessLogOptions;

  constructor(knex: Knex, options: DurableAccessLogOptions = {}) {
    this.knex = knex;
    this.options = options;
  }

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

  /**
   * Checks that this month and the next have their partitions, which the owner makes ahead at start
   * (`preparePartitions`): the application cannot make tables, and a write into a month without one
   * would fail. Call at start, so that a missing partition stops the start, not a release.
   */
  async ready(): Promise<void> {
    const month = monthOf(this.options.clock?.() ?? new Date());
    await this.checkMonths([month, nextMonth(month)]);
  }

  /** Throws, naming the month, unless each of `months` has its partition (remembered once seen). */
  private async checkMonths(months = [monthOf(this.options.clock?.() ?? new Date())]): Promise<void> {
    if (months.every((m) => this.partitioned.has(m))) return;
    const present = await partitionedMonths(this.knex);
    for (const month of months) {
      if (!present.has(month)) {
        throw new Error(
          `the access log has no partition for ${month.slice(0, 7)}: start the consent service with its owner's database URL, which makes them ahead`,
        );
      }
      this.partitioned.add(month);
    }
  }

  /**
   * Makes a change in `database`, which must be the log's own, and appends the entries it returns,
   * in one transaction: both are stored or neither (a consent change is never in force without its
   * log entry). `change` must write through `trx` only: anything on the root connection is outside
   * the transaction. Its writes come first, the log's last, so the role the log switches to never
   * applies to them.
   */
  async appendWith<T>(database: Knex, change: (trx: Knex.Transaction) => Promise<{ result: T; entries: AccessLogEntry[] }>): Promise<T> {
    // A change meant for another database must not land in this one.
    if (database !== this.knex) throw new Error('appendWith: the change is for another database than the access log');
    await this.checkMonths();
    const started = performance.now();
    let entries: AccessLogEntry[] = [];
    try {
      const result = await this.knex.transaction(async (trx) => {
        const done = await change(trx);
        entries = done.entries;
        await this.insertLinks(trx, entries);
        return done.result;
      });
      this.commits += 1;
      if (entries.length) this.options.metrics?.committed(entries, (performance.now() - started) / 1000);
      return result;
    } catch (error) {
      // Entries are known only once the change has run; a change that failed first wrote none.
      if (entries.length) this.options.metrics?.failed(entries.length);
      throw error;
    }
  }

  /**
   * A group commit in three round trips, on a connection of its own: the transaction's start, the
   * role, the lock and the head as one simple query; the insert; the commit. (Through
   * `knex.transaction` the start would be a round trip of its own.)
   */
  private async write(entries: AccessLogEntry[]): Promise<void> {
    await this.checkMonths();
    const client = this.knex.client as { acquireConnection(): Promise<RawConnection>; releaseConnection(c: RawConnection): Promise<unknown> };
    const connection = await client.acquireConnection();
    try {
      const [, ...opened] = (await connection.query(`begin; ${LOCK_AND_HEAD}`)) as QueryResult[];
      const head = await this.headAndClock(opened, async () => ((await connection.query(ANCHOR_HEAD)) as QueryResult).rows[0] as AnchorRow | undefined);
      for (const rows of this.linkRows(entries, head)) {
        const { sql, bindings } = this.knex('access_log').insert(rows).toSQL().toNative();
        await connection.query(sql, bindings);
      }
      await connection.query('commit');
    } catch (error) {
      // A failed statement leaves the transaction aborted: end it before the connection is reused.
      await connection.query('rollback').catch(() => {});
      throw error;
    } finally {
      await client.releaseConnection(connection);
    }
    this.commits += 1;
  }

  /**
   * Links `entries` onto the chain inside `trx`, holding the chain lock until `trx` ends, as the
   * insert-only role whatever role the connection has: the last thing `trx` does before it ends
   * (the role stays until then).
   */
  private async insertLinks(trx: Knex.Transaction, entries: AccessLogEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const opened = (await trx.raw(LOCK_AND_HEAD)) as QueryResult[];
    const head = await this.headAndClock(opened, () => trx('access_log_anchor').orderBy('id', 'desc').first('first_seq', 'prev_hash'));
    for (const rows of this.linkRows(entries, head)) await trx('access_log').insert(rows);
  }

  /** Where the new links go, and their storage time, from LOCK_AND_HEAD's answers. */
  private async headAndClock(
    [, locked, newest]: QueryResult[],
    anchor: () => Promise<AnchorRow | undefined>,
  ): Promise<{ seq: number; hash: string; at: Date }> {
    const at = this.options.clock ? this.options.clock() : new Date(locked!.rows[0]!.now as string);
    return { ...(await headOf(newest!.rows[0] as { seq: string; hash: string } | undefined, anchor)), at };
  }

  /** The rows of `entries` linked onto `head`, in chunks that stay under the bind-parameter limit. */
  private linkRows(entries: AccessLogEntry[], head: { seq: number; hash: string; at: Date }): ReturnType<typeof rowFromLink>[][] {
    let prevHash = head.hash;
    const rows = entries.map((entry, i) => {
      const fields = {
        seq: head.seq + 1 + i,
        at: head.at,
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
      const link: StoredLink = { ...fields, prevHash, hash };
      prevHash = hash;
      return rowFromLink(link);
    });
    const chunks: ReturnType<typeof rowFromLink>[][] = [];
    for (let i = 0; i < rows.length; i += 2000) chunks.push(rows.slice(i, i + 2000));
    return chunks;
  }
}
