/**
 * What every service module exports, so that `npm start`, the per-service entry points and the
 * tests start services the same way.
 */
import type { Knex } from 'knex';
import type { HubConfig, ServiceName } from './config.ts';
import type { RegisterLookup } from '../../registry/facts.ts';
import { migrate, type Database, type Migration } from './db.ts';
import { checkLayout, type DatabaseMode } from './layout.ts';
import type { HubMetrics } from './metrics.ts';
import type { World } from './demo/world.ts';
import type { Caller, Department, GatewayKeySet, HubKeys } from './identity.ts';
import { createReleaseGate, type AccessLogWriter, type ConsentLookup } from './release.ts';
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

export interface ServiceDefinition<TContext extends object> {
  name: ServiceName;
  migrations: Migration[];
  /** Writes this service's part of the demo world in its own (legacy) layout. */
  seed(knex: Knex, world: World): Promise<void>;
  /** Removes the demo rows (not the code lists that migrations insert), for a re-seed. */
  clear(knex: Knex): Promise<void>;
  /** The subgraph's resolvers, typed by code generated from its SDL (`npm run codegen`). */
  resolvers: object;
  createContext(caller: Caller, deps: ServiceDeps): TContext;
}

/**
 * Migrates, then (with a world) writes the demo data; `clearFirst` removes earlier demo rows. With
 * `mode: 'existing'` (a department's own database) it writes nothing and checks that the layout the
 * service reads is there.
 */
export async function prepareDatabase<TContext extends object>(
  definition: ServiceDefinition<TContext>,
  db: Database,
  world?: World,
  options: { clearFirst?: boolean; mode?: DatabaseMode } = {},
): Promise<void> {
  if (options.mode === 'existing') {
    if (world) throw new Error(`demo data is never written into the existing ${definition.name} database`);
    await checkLayout(definition.name, db.knex, definition.migrations);
    return;
  }
  await migrate(db.knex, definition.migrations);
  if (!world) return;
  if (options.clearFirst) await definition.clear(db.knex);
  await definition.seed(db.knex, world);
}

export function startService<TContext extends object>(
  definition: ServiceDefinition<TContext>,
  deps: ServiceDeps,
  options: { port: number; host?: string; gatewayKeys: GatewayKeySet; metrics?: HubMetrics },
): Promise<RunningSubgraph> {
  return startSubgraph<TContext>({
    name: definition.name,
    metrics: options.metrics,
    resolvers: definition.resolvers,
    gatewayKeys: options.gatewayKeys,
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
