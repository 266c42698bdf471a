/**
 * The composition root: starts the whole hub in one process (seven subgraphs and the gateway), on
 * the configured Postgres databases or, for those not configured, on the embedded server under
 * `.data/pg`. Used by `npm start`, the integration tests and the benchmarks. In production each
 * service runs as its own process (`scripts/service.ts`, docker-compose.yml), wired the same way.
 */
import type { RunningGateway } from '../gateway/src/server.ts';
import { adultSocial } from '../services/adult-social/index.ts';
import { consent, type ConsentExtras } from '../services/consent/index.ts';
import { scheduleHeadExports, type HeadExportSchedule } from '../services/consent/access-log/heads.ts';
import { LogVerifier, scheduleFullWalks } from '../services/consent/access-log/verifier.ts';
import { DurableAccessLog } from '../services/consent/access-log/writer.ts';
import { createConsentLookup } from '../services/consent/store.ts';
import { family } from '../services/family/index.ts';
import { jobcentre } from '../services/jobcentre/index.ts';
import { plan } from '../services/plan/index.ts';
import { registry } from '../services/registry/index.ts';
import { startViews } from '../services/views/index.ts';
import { createRegisterLookup } from '../services/registry/facts.ts';
import { SERVICE_NAMES, SUBGRAPH_NAMES, type HubConfig, type ServiceName, type SubgraphName } from '../services/shared/src/config.ts';
import { DATABASE_ROLES, openDatabase, type Database } from '../services/shared/src/db.ts';
import { DEFAULT_CITIZENS, WORLD_VERSION, buildWorld, type World } from '../services/shared/src/demo/world.ts';
import { loadKeys, type HubKeys } from '../services/shared/src/identity.ts';
import { applyLogLevel } from '../services/shared/src/logger.ts';
import { createMetrics, type HubMetrics } from '../services/shared/src/metrics.ts';
import { createReplayGuard } from '../services/shared/src/replay.ts';
import type { ConsentLookup } from '../services/shared/src/release-gate.ts';
import {
  prepareDatabase,
  seedDatabase,
  seedRecord,
  startService,
  type SeedRecord,
  type ServiceDefinition,
  type ServiceDeps,
} from '../services/shared/src/service.ts';
import type { RunningSubgraph } from '../services/shared/src/subgraph.ts';
import { attachEmbeddedPostgres, serverDir, startEmbeddedServer, type EmbeddedPostgres } from './postgres.ts';
import { FolderInUseError, lockDataDir } from './lock.ts';
import { provision, type ProvisionPlan } from './provision.ts';

export const SERVICES: Record<ServiceName, ServiceDefinition<any>> = {
  registry,
  jobcentre,
  family,
  'adult-social': adultSocial,
  consent,
  plan,
};

/** The database of each service on the embedded server. */
export const databaseName = (service: ServiceName): string => service.replace('-', '_');

/** Roles and databases of the services on one server (`hub/provision.ts`). */
export const provisionPlan = (services: readonly ServiceName[] = SERVICE_NAMES): ProvisionPlan => ({
  databases: Object.fromEntries(services.map((name) => [databaseName(name), SERVICES[name].applicationAccess])),
});

/** The access log every service of this process writes to: the durable log in the consent store. */
export function accessLogFor(consentDb: Database, metrics?: HubMetrics): DurableAccessLog {
  return new DurableAccessLog(consentDb.knex, { metrics: metrics?.accessLog });
}

/**
 * The consent service's guards of the log: a verifier on a pool of its own (two connections; the
 * releases' pool never waits for verification), the scheduled head exports and the scheduled full
 * walks. `stop` ends them and closes the pool.
 */
export function logGuardsFor(
  consentUrl: string,
  config: HubConfig,
  keys: HubKeys,
): { verifier: LogVerifier; exports: HeadExportSchedule; headDir: string; stop(): Promise<void> } {
  const db = openDatabase({ url: consentUrl, poolMax: 2 });
  const verifier = new LogVerifier(
    db.knex,
    { privateKey: keys.logSigningPrivateKey, publicKey: keys.logSigningPublicKey },
    { headDir: config.accessLog.headDir, maxEntries: config.accessLog.verifyMaxEntries },
  );
  const exports = scheduleHeadExports(
    db.knex,
    { privateKey: keys.logSigningPrivateKey, publicJwk: keys.logSigningPublicJwk },
    { dir: config.accessLog.headDir, intervalSeconds: config.accessLog.headIntervalSeconds },
  );
  const walks = scheduleFullWalks(verifier, config.accessLog.fullWalkIntervalHours * 3_600_000);
  return {
    verifier,
    exports,
    headDir: config.accessLog.headDir,
    stop: async () => {
      walks.stop();
      await Promise.allSettled([exports.stop(), verifier.stop()]);
      await db.close();
    },
  };
}

/** Department subgraphs read consents from the consent service's store (read-only use). */
export function consentLookupFor(consentDb: Database): ConsentLookup {
  return createConsentLookup(consentDb.knex);
}

/**
 * Demo data: `always` clears and writes it; `if-missing` writes it unless every database holds a
 * complete seed of the current world (of `citizens`, when given); `never` leaves the databases as
 * they are.
 */
export type SeedPolicy = 'always' | 'if-missing' | 'never';

/** How many synthetic citizens to seed, or `null` when the databases stay as they are. */
export function seedDecision(records: (SeedRecord | null)[], policy: SeedPolicy, citizens?: number): number | null {
  if (policy === 'never') return null;
  const target = citizens ?? (records[0] && records[0].worldVersion === WORLD_VERSION ? records[0].citizens : DEFAULT_CITIZENS);
  if (policy === 'always') return target;
  // One world across the databases: a start interrupted between two seeds makes all of them again.
  const complete = records.every((r) => r !== null && r.citizens === target && r.worldVersion === WORLD_VERSION);
  return complete ? null : target;
}

export interface HubOptions {
  config: HubConfig;
  /** Listen on ephemeral ports (tests, benchmarks). */
  ephemeralPorts?: boolean;
  seed?: SeedPolicy;
  citizens?: number;
  /** The embedded server (when a service has no database URL): `false` for throwaway folders. */
  durable?: boolean;
  /** Lines for the person waiting for the start. */
  progress?: (line: string) => void;
}

export interface RunningHub {
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  databases: Record<ServiceName, Database>;
  keys: HubKeys;
  accessLog: DurableAccessLog;
  /** The consent service's verifier of the log and its scheduled head exports. */
  logGuards: ReturnType<typeof logGuardsFor>;
  /** The world the demo data was written from by this start; `null` when the databases were kept. */
  world: World | null;
  /** The embedded server, when one runs. */
  embedded: EmbeddedPostgres | null;
  /** Another instance of a subgraph over the same database (scale-out, and the tests of it). */
  startInstance(name: SubgraphName): Promise<RunningSubgraph>;
  /** Another gateway, with the given subgraph URLs in place of the first instances'. */
  startGateway(urls: Partial<Record<SubgraphName, string>>): Promise<RunningGateway>;
  stop(): Promise<void>;
}

export interface DatabaseTarget {
  /** As the application logs in. */
  url: string;
  /** As the owner (migrations, demo data). */
  ownerUrl: string;
}

/** Where each service's database is: configured, or on the embedded server (started here, and provisioned). */
export async function locateDatabases(
  options: Pick<HubOptions, 'config' | 'durable' | 'progress'>,
): Promise<{ targets: Record<ServiceName, DatabaseTarget>; embedded: EmbeddedPostgres | null }> {
  const { config } = options;
  const targets = {} as Record<ServiceName, DatabaseTarget>;
  const unconfigured = SERVICE_NAMES.filter((name) => !config.databaseUrls[name]);
  for (const name of SERVICE_NAMES) {
    const url = config.databaseUrls[name];
    if (url) targets[name] = { url, ownerUrl: config.databaseOwnerUrls[name] ?? url };
  }
  if (unconfigured.length === 0) return { targets, embedded: null };
  const embedded = await startEmbeddedServer(config.dataDir, options);
  try {
    await provision(embedded.adminUrl, provisionPlan(unconfigured), {
      [DATABASE_ROLES.owner]: embedded.passwords[DATABASE_ROLES.owner],
      [DATABASE_ROLES.app]: embedded.passwords[DATABASE_ROLES.app],
    });
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  for (const name of unconfigured) {
    targets[name] = { url: embedded.url(DATABASE_ROLES.app, databaseName(name)), ownerUrl: embedded.url(DATABASE_ROLES.owner, databaseName(name)) };
  }
  return { targets, embedded };
}

/**
 * Prepares every database as its owner (migrations; in `existing` mode only the layout check),
 * then writes the demo data where the seed policy asks. Returns the world written, if any.
 */
async function prepareDatabases(options: HubOptions, targets: Record<ServiceName, DatabaseTarget>): Promise<World | null> {
  const { config } = options;
  const migrated = SERVICE_NAMES.filter((name) => config.databaseModes[name] === 'migrate');
  const owners = Object.fromEntries(
    SERVICE_NAMES.map((name) => [
      name,
      config.databaseModes[name] === 'existing'
        ? openDatabase({ url: targets[name].url, readOnly: true, poolMax: 2 })
        : openDatabase({ url: targets[name].ownerUrl, poolMax: 4 }),
    ]),
  ) as Record<ServiceName, Database>;
  try {
    options.progress?.('preparing the databases...');
    await Promise.all(SERVICE_NAMES.map((name) => prepareDatabase(SERVICES[name], owners[name], { mode: config.databaseModes[name] })));
    const records = await Promise.all(migrated.map((name) => seedRecord(owners[name].knex)));
    const citizens = seedDecision(records, options.seed ?? 'never', options.citizens);
    if (citizens === null) return null;
    options.progress?.(`writing the demo data (${citizens.toLocaleString('en')} citizens besides the personas)...`);
    const world = buildWorld({ citizens });
    await Promise.all(migrated.map((name) => seedDatabase(SERVICES[name], owners[name], world)));
    return world;
  } finally {
    await Promise.allSettled(Object.values(owners).map((db) => db.close()));
  }
}

export async function startHub(options: HubOptions): Promise<RunningHub> {
  const { config } = options;
  // The gateway is the heaviest import (its runtime): it loads while the databases are prepared.
  const gatewayModule = import('../gateway/src/server.ts');
  gatewayModule.catch(() => {});
  applyLogLevel(config.logLevel);
  const keys = await loadKeys(config.dataDir, config);
  const { targets, embedded } = await locateDatabases(options);

  const databases = {} as Record<ServiceName, Database>;
  const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
  const extras: { stop(): Promise<void> }[] = [];
  let logGuards: ReturnType<typeof logGuardsFor> | undefined;
  // One memory of used gateway tokens for the process's subgraphs (shared through Redis when configured).
  const replayGuard = createReplayGuard(config.redisUrl);
  const stopAll = async () => {
    await Promise.allSettled(extras.map((s) => s.stop()));
    await Promise.allSettled(Object.values(subgraphs).map((s) => s.stop()));
    await replayGuard.close();
    await logGuards?.stop();
    await Promise.allSettled(Object.values(databases).map((d) => d.close()));
    await embedded?.stop();
  };
  try {
    const world = await prepareDatabases(options, targets);
    for (const name of SERVICE_NAMES) {
      databases[name] = openDatabase({ url: targets[name].url, readOnly: config.databaseModes[name] === 'existing' });
    }
    // One registry for the process: its subgraphs, its access-log writer and its gateways.
    const metrics = createMetrics();
    const accessLog = accessLogFor(databases.consent, metrics);
    await accessLog.ready();
    logGuards = logGuardsFor(targets.consent.url, config, keys);
    const deps: Omit<ServiceDeps, 'db'> & ConsentExtras = {
      config,
      keys,
      accessLog,
      logVerifier: logGuards.verifier,
      consents: consentLookupFor(databases.consent),
      register: createRegisterLookup(databases.registry.knex),
    };
    const startOne = (name: SubgraphName, port: number) =>
      name === 'views'
        ? startViews(config, { port, gatewayKeys: keys.gatewayKeys, replayGuard, metrics })
        : startService(SERVICES[name], { ...deps, db: databases[name] }, { port, gatewayKeys: keys.gatewayKeys, replayGuard, metrics });
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        subgraphs[name] = await startOne(name, options.ephemeralPorts ? 0 : config.servicePorts[name]);
      }),
    );
    const { gatewayOptionsFrom, startGateway } = await gatewayModule;
    const gatewayOn = (port: number, urls: Partial<Record<SubgraphName, string>>) =>
      startGateway({
        ...gatewayOptionsFrom(config, keys, metrics),
        port,
        subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, urls[n] ?? config.subgraphUrls[n] ?? subgraphs[n].url])),
        // A gateway on an ephemeral port (tests, extra instances) gets an ephemeral metrics port too.
        metricsPort: config.gatewayMetricsPort === undefined ? undefined : port === 0 ? 0 : config.gatewayMetricsPort,
      });
    const gateway = await gatewayOn(options.ephemeralPorts ? 0 : config.gatewayPort, {});
    return {
      gateway,
      subgraphs,
      databases,
      keys,
      accessLog,
      logGuards,
      world,
      embedded,
      async startInstance(name) {
        const instance = await startOne(name, 0);
        extras.push(instance);
        return instance;
      },
      async startGateway(urls) {
        const instance = await gatewayOn(0, urls);
        extras.push(instance);
        return instance;
      },
      stop: async () => {
        await gateway.stop();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/**
 * Runs `use` with the databases of a hub that may or may not be running (the command-line tools):
 * configured ones as they are; on the embedded server, the running hub's server, or one started
 * for the while and stopped again.
 */
export async function withHubDatabases<T>(config: HubConfig, use: (targets: Record<ServiceName, DatabaseTarget>) => Promise<T>): Promise<T> {
  if (SERVICE_NAMES.every((name) => config.databaseUrls[name])) return use((await locateDatabases({ config })).targets);
  let release: (() => void) | null = null;
  try {
    release = lockDataDir(config.dataDir);
  } catch (error) {
    if (!(error instanceof FolderInUseError)) throw error;
    const running = attachEmbeddedPostgres(serverDir(config.dataDir));
    if (!running) throw error;
    const targets = {} as Record<ServiceName, DatabaseTarget>;
    for (const name of SERVICE_NAMES) {
      const url = config.databaseUrls[name];
      targets[name] = url
        ? { url, ownerUrl: config.databaseOwnerUrls[name] ?? url }
        : { url: running.url(DATABASE_ROLES.app, databaseName(name)), ownerUrl: running.url(DATABASE_ROLES.owner, databaseName(name)) };
    }
    return use(targets);
  }
  try {
    const { targets, embedded } = await locateDatabases({ config });
    try {
      return await use(targets);
    } finally {
      await embedded?.stop();
    }
  } finally {
    release();
  }
}
