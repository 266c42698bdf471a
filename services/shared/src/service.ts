/**
 * What every service module exports, so that `npm start`, the per-service entry points and the
 * tests start services the same way.
 */
import type { Knex } from 'knex';
import type { HubConfig, ServiceName } from './config.ts';
import type { RegisterLookup } from './register.ts';
import { migrate, type Database, type Migration } from './db.ts';
import type { DomainErrorMapper } from './errors.ts';
import { checkLayout, type DatabaseMode } from './layout.ts';
import type { HubMetrics } from './metrics.ts';
import type { ReplayGuard } from './replay.ts';
import { WORLD_VERSION, type World } from './demo/world.ts';
import type { Caller, Department, GatewayKeySet, HubKeys } from './identity.ts';
import type { AccessLogWriter } from './access-log.ts';
import { createReleaseGate, type ConsentLookup } from './release-gate.ts';
import { startSubgraph, type RunningSubgraph } from './subgraph.ts';

export interface ServiceDeps {
  config: HubConfig;
  db: Database;
  /** Read-only facts from the person register (the consent rules need birth dates and custody). */
  register: RegisterLookup;
  /** The keys a service signs with (the consent service signs exported access-log heads). */
  keys: Pick<HubKeys, 'logSigningPrivateKey' | 'logSigningPublicKey' | 'logSigningPublicJwk'>;
  /** Where releases and refusals are recorded. */
  accessLog: AccessLogWriter;
  /** Where the consent decision finds consents. */
  consents: ConsentLookup;
}

/**
 * A service's definition. `TExtra`: what this service alone may be handed besides the common deps
 * (the consent service: its log verifier), so the shared module names no service's types.
 */
export interface ServiceDefinition<TContext extends object, TExtra extends object = object> {
  name: ServiceName;
  migrations: Migration[];
  /** What the application role may do in this service's database (made so by `hub/provision.ts`). */
  applicationAccess: 'read' | 'read-write';
  /** Run as the owner after the migrations, on every start (the consent service makes the access log's partitions ahead). */
  prepare?(knex: Knex): Promise<void>;
  /** Writes this service's part of the demo world in its own (legacy) layout. */
  seed(knex: Knex, world: World): Promise<void>;
  /** Removes the demo rows (not the code lists that migrations insert), for a re-seed. */
  clear(knex: Knex): Promise<void>;
  /** The subgraph's resolvers, typed by code generated from its SDL (`npm run codegen`). */
  resolvers: object;
  /** The service's own error classes as clients see them, mapped once for every resolver. */
  domainErrors?: DomainErrorMapper;
  createContext(caller: Caller, deps: ServiceDeps & Partial<TExtra>): TContext;
}

/**
 * Prepares a service's database at start, connected as its owner: the migrations, then the
 * service's own preparation. With `mode: 'existing'` (a department's own database, connected read
 * only) it changes nothing and checks that the layout the service reads is there.
 */
export async function prepareDatabase<TContext extends object>(
  definition: ServiceDefinition<TContext>,
  db: Database,
  options: { mode?: DatabaseMode } = {},
): Promise<void> {
  if (options.mode === 'existing') {
    await checkLayout(definition.name, db.knex);
    return;
  }
  await migrate(db.knex, definition.migrations);
  await definition.prepare?.(db.knex);
}

/** What the demo data in a database was made from, recorded in the transaction that wrote it. */
export interface SeedRecord {
  citizens: number;
  worldVersion: number;
  seededAt: Date;
}

const SEED_TABLE = 'hub_seed';

/** The demo data a database holds, or `null` when none was ever completely written. */
export async function seedRecord(knex: Knex): Promise<SeedRecord | null> {
  const exists = await knex.raw('select to_regclass(?) as oid', [SEED_TABLE]);
  if (!exists.rows[0].oid) return null;
  const row = await knex(SEED_TABLE).first('citizens', 'world_version', 'seeded_at');
  return row ? { citizens: row.citizens, worldVersion: row.world_version, seededAt: row.seeded_at } : null;
}

/**
 * Writes the demo world into a service's database, as its owner, in one transaction with the record
 * of it: earlier demo rows are cleared first, and a start interrupted at any moment leaves either
 * the earlier data and record or the new ones. A department's existing database is never seeded.
 */
export async function seedDatabase<TContext extends object>(definition: ServiceDefinition<TContext>, db: Database, world: World): Promise<void> {
  await db.knex.transaction(async (trx) => {
    await trx.raw(`create table if not exists ${SEED_TABLE} (citizens integer not null, world_version integer not null, seeded_at timestamptz not null)`);
    // Two seeders of one database take turns: the second finds the first one's record and rows gone.
    await trx.raw(`lock table ${SEED_TABLE} in exclusive mode`);
    await trx(SEED_TABLE).del();
    await definition.clear(trx);
    await definition.seed(trx, world);
    await trx(SEED_TABLE).insert({ citizens: world.citizens, world_version: WORLD_VERSION, seeded_at: new Date() });
  });
}

export function startService<TContext extends object, TExtra extends object = object>(
  definition: ServiceDefinition<TContext, TExtra>,
  deps: ServiceDeps & Partial<TExtra>,
  options: { port: number; host?: string; gatewayKeys: GatewayKeySet; replayGuard: ReplayGuard; metrics?: HubMetrics },
): Promise<RunningSubgraph> {
  return startSubgraph<TContext>({
    name: definition.name,
    metrics: options.metrics,
    resolvers: definition.resolvers,
    domainErrors: definition.domainErrors,
    gatewayKeys: options.gatewayKeys,
    replayGuard: options.replayGuard,
    // Ready when its own database and the consent store (consents, access log) answer.
    ready: async () => {
      await Promise.all([deps.db.knex.raw('select 1'), deps.consents.ready?.()]);
    },
    port: options.port,
    host: options.host,
    createContext: (caller) => definition.createContext(caller, deps),
  });
}

/** What every department subgraph's resolvers get: the caller, the release gate, the loaders. */
export interface DepartmentContext<TLoaders> {
  caller: Caller;
  knex: Knex;
  accessLog: AccessLogWriter;
  release: ReturnType<typeof createReleaseGate>;
  loaders: TLoaders;
}

/** The per-request context of a department subgraph: a fresh release gate and fresh loaders. */
export function departmentContext<TLoaders>(department: Department, createLoaders: (knex: Knex) => TLoaders) {
  return (caller: Caller, deps: ServiceDeps): DepartmentContext<TLoaders> => ({
    caller,
    knex: deps.db.knex,
    accessLog: deps.accessLog,
    release: createReleaseGate({ caller, sourceDepartment: department, consents: deps.consents, log: deps.accessLog }),
    loaders: createLoaders(deps.db.knex),
  });
}
