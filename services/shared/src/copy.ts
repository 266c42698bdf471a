/**
 * Bulk writes for the demo data: `COPY ... FROM STDIN` (text format) on the connection of the
 * caller's knex transaction, so that the rows commit or roll back with everything else the
 * transaction writes (the seed's `hub_seed` record among them). A million rows go in seconds where
 * multi-row INSERTs take minutes.
 */
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Knex } from 'knex';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';

export type CopyValue = string | number | boolean | null | undefined;

/** Characters the text format escapes; anything else is written as it is. */
const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value in COPY's text format: `\N` for null (and undefined), escaped text otherwise. */
export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c]!) : value;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (!Number.isFinite(value)) throw new RangeError(`cannot COPY the number ${value}`);
  return String(value);
}

/** Text handed to the server at a time: large enough to keep it busy, small enough to stream. */
const CHUNK_CHARS = 1 << 18;

/**
 * Writes `rows` (values in the order of `columns`) into `table` with COPY, inside `trx`: the rows
 * are the transaction's, like those of any query it runs. Returns the number of rows the server wrote.
 */
export async function copyRows(trx: Knex.Transaction, table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>): Promise<number> {
  if (!trx.isTransaction) throw new Error('copyRows needs a transaction: the rows must commit with the rest of the seed');
  // A transaction's client hands out the transaction's own connection (a savepoint's too).
  const connection: pg.Client = await trx.client.acquireConnection();
  const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const stream = connection.query(copyStreams.from(`copy ${ident(table)} (${columns.map(ident).join(', ')}) from stdin`));
  // An error ends the COPY (and the transaction): remember it, and stop writing.
  let failure: Error | null = null;
  stream.on('error', (error: Error) => {
    failure ??= error;
  });
  let text = '';
  const flush = async () => {
    if (failure) throw failure;
    const chunk = text;
    text = '';
    // `once` rejects when the stream fails while we wait.
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  try {
    for (const row of rows) {
      if (row.length !== columns.length) throw new Error(`a row for ${table} has ${row.length} values for ${columns.length} columns`);
      let line = copyField(row[0]);
      for (let i = 1; i < row.length; i++) line += `\t${copyField(row[i])}`;
      text += `${line}\n`;
      if (text.length >= CHUNK_CHARS) await flush();
    }
    if (text.length) await flush();
    stream.end();
    await finished(stream);
  } catch (error) {
    // The server's error, or ours: then the COPY is abandoned (CopyFail), which ends it cleanly.
    const cause = failure ?? (error as Error);
    if (!stream.destroyed) stream.destroy(cause);
    await finished(stream).catch(() => {});
    throw cause;
  }
  if (failure) throw failure;
  return stream.rowCount;
}

/**
 * Empties the tables, all in one statement, in the caller's transaction (the seeds' `clear`): where
 * DELETE checks every foreign key row by row (a re-seed of 100,000 citizens over 100,000 took six
 * minutes here), TRUNCATE drops the rows at once, and is rolled back with the transaction like any
 * other statement. Every table with a foreign key to one of them must be among them. It locks the
 * tables until the transaction ends, and a reader of another transaction that began before it does
 * not see the rows: meant, like `bulkLoad`, for the seed at start. Sequences are not reset.
 */
export async function emptyTables(knex: Knex, tables: readonly string[]): Promise<void> {
  await knex.raw(`truncate ${tables.map(() => '??').join(', ')}`, [...tables]);
}

/** Fewer rows than this (as `bulkLoad`'s caller expects them) load with the keys in place. */
export const BULK_LOAD_MIN_ROWS = 10_000;

/**
 * Runs `load` (COPYs into `tables`) with the tables' keys and indexes set aside, then puts them back
 * as they were (same names and definitions, read from the catalog) and analyzes the tables.
 * Postgres checks a foreign key row by row as rows arrive but with one query when the key is added,
 * and builds an index (a primary key's too) faster than it maintains one: a million rows load in a
 * fraction of the time. Foreign keys from other tables to these are set aside and checked again
 * too. All of it happens in `trx`, as the owner of the tables: a failure (a row that breaks a key
 * included) leaves everything as it was. Meant for tables nothing else uses meanwhile (the seed at
 * start): the tables are locked until the transaction ends. With fewer `rows` (as many as the
 * caller expects) than `BULK_LOAD_MIN_ROWS`, the keys stay in place.
 */
export async function bulkLoad(trx: Knex.Transaction, tables: readonly string[], options: { rows: number }, load: () => Promise<void>): Promise<void> {
  if (!trx.isTransaction) throw new Error('bulkLoad needs a transaction: the keys must come back in it');
  // A few thousand rows go in faster with the keys in place than it takes to set them aside.
  if (options.rows < BULK_LOAD_MIN_ROWS) return load();
  const names = [[...tables]];
  // Foreign keys on the tables or to them; then primary keys and unique constraints; then plain indexes.
  const constraints: { table: string; name: string; definition: string; foreign: boolean }[] = (
    await trx.raw(
      `select conrelid::regclass::text as "table", quote_ident(conname) as name, pg_get_constraintdef(oid) as definition, contype = 'f' as "foreign"
         from pg_constraint
        where (contype = 'f' and (conrelid = any(:tables::text[]::regclass[]) or confrelid = any(:tables::text[]::regclass[])))
           or (contype in ('p', 'u') and conrelid = any(:tables::text[]::regclass[]))
        order by contype = 'f' desc, 1, 2`,
      { tables: names[0]! },
    )
  ).rows;
  const indexes: { name: string; definition: string }[] = (
    await trx.raw(
      `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
         from pg_index i
        where i.indrelid = any(?::text[]::regclass[])
          and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
        order by 1`,
      names,
    )
  ).rows;
  for (const c of constraints) await trx.raw(`alter table ${c.table} drop constraint ${c.name}`);
  for (const index of indexes) await trx.raw(`drop index ${index.name}`);
  await load();
  // Back in the reverse order: keys before the foreign keys that need them.
  for (const index of indexes) await trx.raw(index.definition);
  for (const c of [...constraints].reverse()) await trx.raw(`alter table ${c.table} add constraint ${c.name} ${c.definition}`);
  // Statistics for the planner now, rather than when autovacuum comes round.
  await trx.raw(`analyze ${tables.map(() => '??').join(', ')}`, [...tables]);
}

/**
 * `map` remembering its answer for each key: the seeds turn the same few thousand dates, times and
 * CPR numbers into their legacy forms hundreds of thousands of times. An error is not remembered.
 */
export function memoize<R>(map: (key: string) => R): (key: string) => R {
  const answers = new Map<string, R>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = map(key);
      answers.set(key, answer);
    }
    return answer;
  };
}
