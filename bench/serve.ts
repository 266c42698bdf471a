/**
 * One measured process of the benchmark (started by `bench/hub.ts`, never by hand):
 *
 *   node bench/serve.ts hub     the hub as shipped (`startHub`), on an embedded Postgres server in a
 *                               temporary folder, seeded; also the databases every other process uses
 *   node bench/serve.ts peer    peer subgraphs and/or bare gateways (bench/peer.ts)
 *   node bench/serve.ts floor   the floor (bench/floor.ts)
 *
 * Options come as JSON in BENCH_CHILD; the first IPC message says where it listens.
 */
import { statementCount } from './probe.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { accessLogFor, consentLookupFor, databaseName, startHub, type DatabaseTarget } from '../hub/hub.ts';
import { endOfDanishDay, type ValidGrant } from '../services/consent/rules.ts';
import { createConsentStore } from '../services/consent/store.ts';
import { openCaseCprs } from '../services/jobcentre/loaders.ts';
import { createRegisterLookup } from '../services/registry/facts.ts';
import { SERVICE_NAMES, loadConfig, type ServiceName, type SubgraphName } from '../services/shared/src/config.ts';
import { DATABASE_ROLES, openDatabase, type Database } from '../services/shared/src/db.ts';
import { DEPARTMENTS, loadKeys, mintDevToken, type Caller } from '../services/shared/src/identity.ts';
import { DATA_CATEGORIES } from '../services/shared/src/consent-rule.ts';
import type { ServiceDeps } from '../services/shared/src/service.ts';
import { addDays, danishDate } from '../services/shared/src/time.ts';
import { startFloor } from './floor.ts';
import { startPeerGateway, startPeerSubgraph, type PeerGatewayKind, type Started } from './peer.ts';

export interface HubChildOptions {
  citizens: number;
  /** How many citizens of the jobcentre caseload the workloads vary over (each given a consent). */
  sample: number;
  /** Configuration beyond the benchmark's own (the fairness program's cost limits). */
  env?: Record<string, string>;
}
export interface PeerChildOptions {
  targets: Record<ServiceName, DatabaseTarget>;
  /** The subgraphs this process serves. */
  subgraphs: SubgraphName[];
  /** Gateways this process runs, over its own subgraphs and `subgraphUrls`. */
  gateways: PeerGatewayKind[];
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
}
export interface FloorChildOptions {
  targets: Record<ServiceName, DatabaseTarget>;
  dataDir: string;
}

/** What the hub process reports once it listens. */
export interface HubReady {
  gatewayUrl: string;
  dataDir: string;
  targets: Record<ServiceName, DatabaseTarget>;
  /** A jobcentre caseworker and coordinator, and a family one (the revocation). */
  tokens: { jobcentre: string; family: string };
  /** Citizens of the jobcentre caseload, each with a consent to share between all three departments. */
  sample: string[];
}

const role = process.argv[2];
const options = JSON.parse(process.env.BENCH_CHILD ?? '{}');
const stoppers: (() => Promise<void>)[] = [];
let stopping = false;
process.on('SIGTERM', async () => {
  if (stopping) return;
  stopping = true;
  for (const stop of stoppers.reverse()) await stop().catch(() => {});
  process.exit(0);
});
const ready = (message: object) => process.send!({ type: 'ready', statements: statementCount(), ...message });

/** The consent the workloads read under: all three departments, every category, a coordinated effort. */
function benchConsent(cpr: string, now: Date): ValidGrant {
  return {
    cpr,
    grantedBy: [{ name: 'Benchmark citizen', cpr, capacity: 'SELF' }],
    sourceDepartments: [...DEPARTMENTS],
    recipientDepartments: [...DEPARTMENTS],
    categories: DEPARTMENTS.flatMap((d) => [...DATA_CATEGORIES[d]]),
    purpose: 'COORDINATED_EFFORT',
    validFrom: now,
    validUntil: endOfDanishDay(addDays(danishDate(now), 365)),
    method: 'WRITTEN',
    evidence: 'Benchmark',
    textVersion: 'samtykke-2026-01',
  };
}

async function hub(o: HubChildOptions) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
  // The embedded server runs as another user under root: it must reach the folder.
  fs.chmodSync(dataDir, 0o711);
  stoppers.push(async () => {
    const pg = path.join(dataDir, 'pg');
    const elsewhere = fs.existsSync(pg) && fs.lstatSync(pg).isSymbolicLink() ? path.dirname(fs.realpathSync(pg)) : null;
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (elsewhere) fs.rmSync(elsewhere, { recursive: true, force: true });
  });
  // One caller sends every request of a workload: no per-caller rate or cost budget may refuse it.
  const config = loadConfig({
    HUB_DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    RATE_LIMIT_PER_MINUTE: '1000000',
    COST_BUDGET_PER_MINUTE: '1000000000',
    ...o.env,
  });
  const running = await startHub({ config, ephemeralPorts: true, seed: 'always', citizens: o.citizens, durable: false });
  stoppers.push(() => running.stop());
  const sample = await openCaseCprs(running.databases.jobcentre.knex, null, o.sample);
  // Every department releases to the caller for these citizens, so the hub reads what the peer reads.
  const store = createConsentStore(running.databases.consent.knex);
  const consented = new Set((await store.byCprs(sample)).map((c) => c.cpr));
  const now = new Date();
  const recorder: Caller = { id: 'bench', department: 'jobcentre', roles: ['caseworker', 'coordinator'], purpose: null, requestId: 'bench', operation: 'seed' };
  for (const cpr of sample) if (!consented.has(cpr)) await store.grant(benchConsent(cpr, now), recorder, now);
  const token = (sub: string, department: string) =>
    mintDevToken(running.keys, { sub, department, roles: ['caseworker', 'coordinator'] }, { issuer: config.jwt.issuer, audience: config.jwt.audience });
  const targets = Object.fromEntries(
    SERVICE_NAMES.map((name) => [
      name,
      { url: running.embedded!.url(DATABASE_ROLES.app, databaseName(name)), ownerUrl: running.embedded!.url(DATABASE_ROLES.owner, databaseName(name)) },
    ]),
  ) as Record<ServiceName, DatabaseTarget>;
  ready({
    gatewayUrl: running.gateway.url,
    dataDir,
    targets,
    tokens: { jobcentre: await token('cw-jc-1', 'jobcentre'), family: await token('cw-fa-1', 'family') },
    sample,
  } satisfies HubReady);
}

function open(targets: Record<ServiceName, DatabaseTarget>, names: readonly ServiceName[]): Record<ServiceName, Database> {
  const databases = Object.fromEntries(names.map((name) => [name, openDatabase({ url: targets[name].url })])) as Record<ServiceName, Database>;
  stoppers.push(async () => {
    await Promise.allSettled(Object.values(databases).map((db) => db.close()));
  });
  return databases;
}

async function peer(o: PeerChildOptions) {
  // The views keep no data: only the other subgraphs open a database.
  const databases = open(
    o.targets,
    o.subgraphs.filter((name): name is ServiceName => name !== 'views'),
  );
  const subgraphUrls: Partial<Record<SubgraphName, string>> = { ...o.subgraphUrls };
  for (const name of o.subgraphs) {
    const started = await startPeerSubgraph(name, name === 'views' ? undefined : databases[name]);
    stoppers.push(started.stop);
    subgraphUrls[name] = started.url;
  }
  const gatewayUrls: Partial<Record<PeerGatewayKind, string>> = {};
  for (const kind of o.gateways) {
    const started: Started = await startPeerGateway(kind, subgraphUrls);
    stoppers.push(started.stop);
    gatewayUrls[kind] = started.url;
  }
  ready({ subgraphUrls, gatewayUrls });
}

async function floor(o: FloorChildOptions) {
  const config = loadConfig({ HUB_DATA_DIR: o.dataDir });
  const keys = await loadKeys(o.dataDir, config);
  const databases = open(o.targets, SERVICE_NAMES);
  const accessLog = accessLogFor(databases.consent);
  await accessLog.ready();
  const shared = { config, keys, accessLog, consents: consentLookupFor(databases.consent), register: createRegisterLookup(databases.registry.knex) };
  const deps = Object.fromEntries(SERVICE_NAMES.map((name): [ServiceName, ServiceDeps] => [name, { ...shared, db: databases[name] }])) as Record<
    ServiceName,
    ServiceDeps
  >;
  const started = await startFloor({ config, keys, deps });
  stoppers.push(started.stop);
  ready({ url: started.url });
}

try {
  if (role === 'hub') await hub(options);
  else if (role === 'peer') await peer(options);
  else if (role === 'floor') await floor(options);
  else throw new Error(`unknown role ${role}`);
} catch (error) {
  process.send?.({ type: 'error', message: (error as Error).stack ?? String(error) });
  process.kill(process.pid, 'SIGTERM');
}
