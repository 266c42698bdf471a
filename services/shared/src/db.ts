/**
 * Database factory: every service talks to Postgres through knex and `pg`, whether the server is
 * one the operator configured or the embedded one that `npm start` and `npm test` run.
 */
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';

// SQL `date` and `timestamp without time zone` stay strings ('2024-01-02', '2024-01-02 09:00:00'):
// a JS Date would shift them with the process's time zone, and the legacy values are Danish wall-clock
// times that must reach the graph as stored. The parsers are global to `pg` in this process.
const DATE_OID = 1082;
const TIMESTAMP_OID = 1114;
const asText = (value: string) => value;
pg.types.setTypeParser(DATE_OID, asText);
pg.types.setTypeParser(TIMESTAMP_OID, asText);

/**
 * The hub's roles on its Postgres servers (made by `hub/provision.ts`): the owner runs migrations
 * and owns every table; the application logs in as a role that owns nothing; the access log is
 * written as a role that may only read and insert.
 */
export const DATABASE_ROLES = { owner: 'hub_owner', app: 'hub_app', logWriter: 'hub_log_writer' } as const;

export interface Migration {
  name: string;
  up(knex: Knex): Promise<void>;
  down?(knex: Knex): Promise<void>;
}

export interface DatabaseOptions {
  /** Postgres URL. */
  url: string;
  /** Pool size. */
  poolMax?: number;
  /** Every transaction read-only (an existing department database: the hub writes nothing there). */
  readOnly?: boolean;
}

export interface Database {
  knex: Knex;
  /** Number of SQL statements issued since start: what the N+1 tests count. */
  queryCount(): number;
  close(): Promise<void>;
}

/** Opens a database and counts its statements. Does not migrate. */
export function openDatabase(options: DatabaseOptions): Database {
  const knex = knexFactory({
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
  let count = 0;
  knex.on('query', () => {
    count += 1;
  });
  return {
    knex,
    queryCount: () => count,
    close: () => knex.destroy(),
  };
}

/** Serialises migrations of one database across processes ('MIGR' as an integer). */
const MIGRATION_LOCK = 0x4d494752;

/**
 * Applies the service's migrations in order with knex's migrator (recorded in `knex_migrations`).
 * Migrators take turns on an advisory lock, which ends with its transaction, even on `kill -9`; so a
 * knex lock row still set when the turn comes was left by a migrator that died, and is cleared.
 */
export async function migrate(knex: Knex, migrations: Migration[]): Promise<void> {
  const byName = new Map(migrations.map((m) => [m.name, m]));
  await knex.transaction(async (turn) => {
    await turn.raw('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    const lockTable = await turn.raw(`select to_regclass('knex_migrations_lock') as oid`);
    if (lockTable.rows[0].oid) await knex('knex_migrations_lock').update({ is_locked: 0 });
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
  });
}
