/**
 * Running against a department's existing database (`<SERVICE>_DATABASE_MODE=existing`): the
 * service creates nothing there. Its migrations describe the legacy layout it reads; that layout is
 * committed beside them (`services/<name>/legacy/layout.json`, written by `npm run layouts` and kept
 * current by a test), and at start it is compared with the real one, so that a missing table or
 * column stops the start with its name instead of failing on the first query.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Knex } from 'knex';

export type DatabaseMode = 'migrate' | 'existing';

/** Table name → its columns, for the tables of the current schema (knex's own bookkeeping left out). */
export type Layout = Map<string, Set<string>>;

export class LayoutError extends Error {
  override name = 'LayoutError';
  readonly service: string;
  readonly missing: string[];
  constructor(service: string, missing: string[]) {
    super(`the ${service} database lacks what the service reads: ${missing.join(', ')}`);
    this.service = service;
    this.missing = missing;
  }
}

/** Tables of the hub's own bookkeeping, in every database it migrates; never part of a legacy layout. */
const BOOKKEEPING = ['knex_migrations', 'knex_migrations_lock', 'hub_seed'];

export async function readLayout(knex: Knex): Promise<Layout> {
  const rows: { table_name: string; column_name: string }[] = await knex('information_schema.columns')
    .whereRaw('table_schema = current_schema()')
    .whereNotIn('table_name', BOOKKEEPING)
    .select('table_name', 'column_name');
  const layout: Layout = new Map();
  for (const row of rows) {
    if (!layout.has(row.table_name)) layout.set(row.table_name, new Set());
    layout.get(row.table_name)!.add(row.column_name);
  }
  return layout;
}

const SERVICES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where a service's committed layout lives. */
export const layoutFile = (service: string): string => path.join(SERVICES_DIR, service, 'legacy', 'layout.json');

/** A layout as committed: tables and columns in order, so that a change reads well in a diff. */
export function layoutJson(layout: Layout): string {
  const sorted = Object.fromEntries([...layout].sort(([a], [b]) => a.localeCompare(b)).map(([table, columns]) => [table, [...columns].sort()]));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** The layout the service's migrations produce, as committed. */
export function expectedLayout(service: string): Layout {
  const tables = JSON.parse(fs.readFileSync(layoutFile(service), 'utf8')) as Record<string, string[]>;
  return new Map(Object.entries(tables).map(([table, columns]) => [table, new Set(columns)]));
}

/** `table` or `table.column` for everything expected and absent; extra tables and columns are fine. */
export function missingFrom(actual: Layout, expected: Layout): string[] {
  const missing: string[] = [];
  for (const [table, columns] of [...expected].sort(([a], [b]) => a.localeCompare(b))) {
    const present = actual.get(table);
    if (!present) {
      missing.push(table);
      continue;
    }
    for (const column of [...columns].sort()) if (!present.has(column)) missing.push(`${table}.${column}`);
  }
  return missing;
}

/** Throws `LayoutError` unless the database holds every table and column the migrations describe. */
export async function checkLayout(service: string, knex: Knex): Promise<void> {
  const missing = missingFrom(await readLayout(knex), expectedLayout(service));
  if (missing.length > 0) throw new LayoutError(service, missing);
}
