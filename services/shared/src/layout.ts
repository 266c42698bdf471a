/**
 * Running against a department's existing database (`<SERVICE>_DATABASE_MODE=existing`): the
 * service creates nothing there. Its migrations describe the legacy layout it reads; at start the
 * layout they produce (in a throwaway embedded database) is compared with the real one, and a
 * missing table or column stops the start with its name, instead of failing on the first query.
 */
import type { Knex } from 'knex';
import { migrate, openDatabase, type Migration } from './db.ts';

export type DatabaseMode = 'migrate' | 'existing';

/** Table name → its columns, for the tables of the current schema (knex's own bookkeeping left out). */
export type Layout = Map<string, Set<string>>;

export class LayoutError extends Error {
  override name = 'LayoutError';
  constructor(
    readonly service: string,
    readonly missing: string[],
  ) {
    super(`the ${service} database lacks what the service reads: ${missing.join(', ')}`);
  }
}

export async function readLayout(knex: Knex): Promise<Layout> {
  const rows: { table_name: string; column_name: string }[] = await knex('information_schema.columns')
    .whereRaw('table_schema = current_schema()')
    .whereNotIn('table_name', ['knex_migrations', 'knex_migrations_lock'])
    .select('table_name', 'column_name');
  const layout: Layout = new Map();
  for (const row of rows) {
    if (!layout.has(row.table_name)) layout.set(row.table_name, new Set());
    layout.get(row.table_name)!.add(row.column_name);
  }
  return layout;
}

const built = new WeakMap<Migration[], Promise<Layout>>();

/** The layout a service's migrations produce, built once per process in a throwaway in-memory database. */
export function expectedLayout(migrations: Migration[]): Promise<Layout> {
  let layout = built.get(migrations);
  if (!layout) {
    layout = (async () => {
      const scratch = openDatabase({});
      try {
        await migrate(scratch.knex, migrations);
        return await readLayout(scratch.knex);
      } finally {
        await scratch.close();
      }
    })();
    // A failed build is not kept: the next start tries again.
    layout.catch(() => built.delete(migrations));
    built.set(migrations, layout);
  }
  return layout;
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
export async function checkLayout(service: string, knex: Knex, migrations: Migration[]): Promise<void> {
  const missing = missingFrom(await readLayout(knex), await expectedLayout(migrations));
  if (missing.length > 0) throw new LayoutError(service, missing);
}
