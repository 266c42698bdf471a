/**
 * Database factory: one code path for real Postgres (`pg`) and embedded Postgres (PGlite).
 *
 * PGlite is a single connection: a query issued on the root knex while a transaction is open
 * waits for that transaction, so never use the root knex inside a transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import knexFactory, { type Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import pg from 'pg';

// SQL `date` and `timestamp without time zone` stay strings ('2024-01-02', '2024-01-02 09:00:00') in
// both drivers: a JS Date would shift them with the process's time zone, and differently per driver.
const DATE_OID = 1082;
const TIMESTAMP_OID = 1114;
const asText = (value: string) => value;
pg.types.setTypeParser(DATE_OID, asText);
pg.types.setTypeParser(TIMESTAMP_OID, asText);

export interface Migration {
  name: string;
  up(knex: Knex): Promise<void>;
  down?(knex: Knex): Promise<void>;
}

export interface DatabaseOptions {
  /** Postgres URL. When absent, an embedded PGlite database is used. */
  url?: string;
  /** Folder of the embedded database; absent means in memory. Ignored with `url`. */
  dataDir?: string;
  /** Pool size for Postgres. */
  poolMax?: number;
  /** Every transaction read-only (an existing department database: the hub writes nothing there). */
  readOnly?: boolean;
}

export interface Database {
  knex: Knex;
  embedded: boolean;
  /** Number of SQL statements issued since start: what the N+1 tests count. */
  queryCount(): number;
  close(): Promise<void>;
}

/** Opens a database and counts its statements. Does not migrate. */
export function openDatabase(options: DatabaseOptions): Database {
  let knex: Knex;
  let embedded = false;
  let embeddedInstance: PGlite | undefined;
  if (options.url) {
    knex = knexFactory({
      client: 'pg',
      connection: options.url,
      pool: {
        min: 0,
        max: options.poolMax ?? 10,
        // Set on every new connection, after whatever the URL sets (its own `options` included).
        ...(options.readOnly
          ? {
              afterCreate: (connection: pg.Client, done: (error: Error | null, connection: pg.Client) => void) =>
                connection.query('set session characteristics as transaction read only', (error) => done(error ?? null, connection)),
            }
          : {}),
      },
    });
  } else {
    embedded = true;
    if (options.dataDir) fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
    const pglite = new PGlite({
      dataDir: options.dataDir,
      parsers: { [DATE_OID]: asText, [TIMESTAMP_OID]: asText },
      // Read-only from the server's start: no statement runs before it.
      ...(options.readOnly ? { startParams: [...PGlite.defaultStartParams, '-c', 'default_transaction_read_only=on'] } : {}),
    });
    embeddedInstance = pglite;
    knex = knexFactory({
      client: ClientPgLite as unknown as typeof knexFactory.Client,
      dialect: 'postgres',
      connection: () => ({ pglite }),
      // PGlite compiles its WebAssembly on first use: slow on a loaded machine, so wait longer.
      acquireConnectionTimeout: 300_000,
    } as Knex.Config);
  }
  let count = 0;
  knex.on('query', () => {
    count += 1;
  });
  return {
    knex,
    embedded,
    queryCount: () => count,
    close: async () => {
      await knex.destroy();
      // knex closes PGlite only if it ever connected; a database opened and not used is closed here.
      if (embeddedInstance && !embeddedInstance.closed) await embeddedInstance.close();
    },
  };
}

/** Applies the service's migrations in order with knex's migrator (recorded in `knex_migrations`). */
export async function migrate(knex: Knex, migrations: Migration[]): Promise<void> {
  const byName = new Map(migrations.map((m) => [m.name, m]));
  await knex.migrate.latest({
    migrationSource: {
      getMigrations: async () => migrations.map((m) => m.name),
      getMigrationName: (name: string) => name,
      getMigration: async (name: string) => {
        const migration = byName.get(name);
        if (!migration) throw new Error(`unknown migration ${name}`);
        return { up: migration.up, down: migration.down ?? (async () => {}) };
      },
    },
  });
}
