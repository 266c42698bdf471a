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
