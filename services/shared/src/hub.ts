/**
 * Starts the whole hub in one process: five subgraphs and the gateway. Used by `npm start` and by
 * the integration tests. In production each service runs as its own process (see docker-compose.yml);
 * this module wires them the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gatewayOptionsFrom, startGateway, type RunningGateway } from '../../../gateway/src/server.ts';
import { adultSocial } from '../../adult-social/index.ts';
import { consent } from '../../consent/index.ts';
import { family } from '../../family/index.ts';
import { jobcentre } from '../../jobcentre/index.ts';
import { registry } from '../../registry/index.ts';
import { SERVICE_NAMES, type HubConfig, type ServiceName } from './config.ts';
import { openDatabase, type Database } from './db.ts';
import { buildWorld, type World } from './demo/world.ts';
import { loadKeys, type HubKeys } from './identity.ts';
import { applyLogLevel } from './logger.ts';
import { createMetrics, type HubMetrics } from './metrics.ts';
import type { ConsentLookup } from './release.ts';
import { DurableAccessLog } from '../../consent/access-log/writer.ts';
import { createConsentLookup } from '../../consent/store.ts';
import { createRegisterLookup } from '../../registry/facts.ts';
import { prepareDatabase, startService, type ServiceDefinition, type ServiceDeps } from './service.ts';
import type { RunningSubgraph } from './subgraph.ts';

export const SERVICES: Record<ServiceName, ServiceDefinition<any>> = {
  registry,
  jobcentre,
  family,
  'adult-social': adultSocial,
  consent,
};

/** The access log every service of this process writes to: the durable log in the consent store. */
export function accessLogFor(consentDb: Database, metrics?: HubMetrics): DurableAccessLog {
  return new DurableAccessLog(consentDb.knex, { metrics: metrics?.accessLog });
}

/** Department subgraphs read consents from the consent service's store (read-only use). */
export function consentLookupFor(consentDb: Database): ConsentLookup {
  return createConsentLookup(consentDb.knex);
}

export interface HubOptions {
  config: HubConfig;
  /** Listen on ephemeral ports (tests). */
  ephemeralPorts?: boolean;
  /** Keep embedded databases in memory instead of under `dataDir` (tests). */
  inMemory?: boolean;
  /** Write the demo world: `true` always (after clearing), `'if-new'` only into new embedded databases. */
  seed?: boolean | 'if-new';
  citizens?: number;
}

export interface RunningHub {
  gateway: RunningGateway;
  subgraphs: Record<ServiceName, RunningSubgraph>;
  databases: Record<ServiceName, Database>;
  keys: HubKeys;
  accessLog: DurableAccessLog;
  world: World | null;
  /** Another instance of a subgraph over the same database (scale-out, and the tests of it). */
  startInstance(name: ServiceName): Promise<RunningSubgraph>;
  /** Another gateway, with the given subgraph URLs in place of the first instances'. */
  startGateway(urls: Partial<Record<ServiceName, string>>): Promise<RunningGateway>;
  stop(): Promise<void>;
}

export async function startHub(options: HubOptions): Promise<RunningHub> {
  const { config } = options;
  applyLogLevel(config.logLevel);
  const keys = await loadKeys(config.dataDir, config);
  const world = options.seed ? buildWorld({ citizens: options.citizens }) : null;

  const databases = {} as Record<ServiceName, Database>;
  const subgraphs = {} as Record<ServiceName, RunningSubgraph>;
  const extras: { stop(): Promise<void> }[] = [];
  const stopAll = async () => {
    await Promise.allSettled(extras.map((s) => s.stop()));
    await Promise.allSettled(Object.values(subgraphs).map((s) => s.stop()));
    await Promise.allSettled(Object.values(databases).map((d) => d.close()));
  };
  try {
    await Promise.all(
      SERVICE_NAMES.map(async (name) => {
        const url = config.databaseUrls[name];
        const mode = config.databaseModes[name];
        const dataDir = url || options.inMemory ? undefined : path.join(config.dataDir, 'db', name);
        const isNew = !url && (!dataDir || !fs.existsSync(dataDir));
        const db = openDatabase({ url, dataDir, readOnly: mode === 'existing' });
        databases[name] = db;
        // A department's existing database is never seeded: its data is the department's.
        const seedNow = mode === 'migrate' && (options.seed === true || (options.seed === 'if-new' && isNew));
        // Migrations run on every start; a re-seed clears case rows but keeps the code lists.
        await prepareDatabase(SERVICES[name], db, seedNow && world ? world : undefined, { clearFirst: seedNow && !isNew, mode });
      }),
    );
    // One registry for the process: its subgraphs, its access-log writer and its gateways.
    const metrics = createMetrics();
    const accessLog = accessLogFor(databases.consent, metrics);
    await accessLog.ready();
    const deps: Omit<ServiceDeps, 'db'> = {
      config,
      keys,
      accessLog,
      consents: consentLookupFor(databases.consent),
      register: createRegisterLookup(databases.registry.knex),
    };
    const startOne = (name: ServiceName, port: number) =>
      startService(SERVICES[name], { ...deps, db: databases[name] }, { port, gatewayKeys: keys.gatewayKeys, metrics });
    await Promise.all(
      SERVICE_NAMES.map(async (name) => {
        subgraphs[name] = await startOne(name, options.ephemeralPorts ? 0 : config.servicePorts[name]);
      }),
    );
    const gatewayOn = (port: number, urls: Partial<Record<ServiceName, string>>) =>
      startGateway({
        ...gatewayOptionsFrom(config, keys, metrics),
        port,
        subgraphUrls: Object.fromEntries(SERVICE_NAMES.map((n) => [n, urls[n] ?? config.subgraphUrls[n] ?? subgraphs[n].url])),
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
      world,
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
