/**
 * Starts a whole hub for a test file: real subgraphs, real gateway, real Postgres databases (a fresh
 * set per file on the test run's server, made with the hub's roles and dropped afterwards).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { SERVICES, startHub, type RunningHub } from '../hub/hub.ts';
import { SERVICE_NAMES, loadConfig, type ServiceName } from '../services/shared/src/config.ts';
import { openDatabase, type Database } from '../services/shared/src/db.ts';
import { buildWorld } from '../services/shared/src/demo/world.ts';
import { prepareDatabase, seedDatabase } from '../services/shared/src/service.ts';
import { mintDevToken, type DevClaims } from '../services/shared/src/identity.ts';
import type { StoredLink } from '../services/consent/access-log/chain.ts';
import { linkFromRow } from '../services/consent/access-log/rows.ts';
import { createDatabases, superuserUrl, type TestDatabase } from './support/postgres.ts';

export const testRedisUrl = process.env.HUB_TEST_REDIS_URL || undefined;

export interface TestHub extends RunningHub {
  /** POSTs a GraphQL request to the gateway; returns status, headers and parsed body. */
  query(token: string | null, query: string, variables?: object, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: any }>;
  token(claims: DevClaims, expiresIn?: string | number): Promise<string>;
  /** Total SQL statements issued by a service's database so far. */
  queries(service: ServiceName): number;
  /** Each service's test database: its name and URLs as the application and as the owner. */
  testDatabases: Record<ServiceName, TestDatabase>;
  /** A connection as the owner of a service's tables (what a test that alters the store needs). */
  owner(service: ServiceName): Knex;
  /** A connection as the server's superuser (what an attacker with every right would have). */
  superuser(service: ServiceName): Knex;
  /** The access log as stored, oldest first (`at` = stored, `decidedAt` = decided). */
  logEntries(): Promise<StoredLink[]>;
}

export async function startTestHub(
  options: {
    citizens?: number;
    env?: Record<string, string>;
    /** Services whose database exists already (filled as the department would), run in `existing` mode. */
    existing?: ServiceName[];
  } = {},
): Promise<TestHub> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-'));
  const made = await createDatabases(Object.fromEntries(SERVICE_NAMES.map((name) => [name, SERVICES[name].applicationAccess])) as Record<ServiceName, 'read'>);
  // Redis when the environment gives one (CI); a rate limit and cost budget high enough for the load tests unless a test sets its own.
  const config = loadConfig({
    HUB_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    // The default ceiling on one request's cost (the hub's own queries must fit it); a budget a
    // minute that load tests do not reach.
    COST_BUDGET_PER_MINUTE: '1000000000',
    ...(testRedisUrl ? { REDIS_URL: testRedisUrl } : {}),
    ...options.env,
  });
  for (const name of SERVICE_NAMES) {
    config.databaseUrls[name] = made.databases[name].url;
    config.databaseOwnerUrls[name] = made.databases[name].ownerUrl;
  }
  const citizens = options.citizens ?? 5;
  for (const service of options.existing ?? []) {
    // The department's own database, laid out and filled before the hub is ever started.
    const owner = openDatabase({ url: made.databases[service].ownerUrl });
    await prepareDatabase(SERVICES[service], owner);
    await seedDatabase(SERVICES[service], owner, buildWorld({ citizens }));
    await owner.close();
    config.databaseModes[service] = 'existing';
    delete config.databaseOwnerUrls[service];
  }
  let hub: RunningHub;
  try {
    hub = await startHub({ config, ephemeralPorts: true, seed: 'always', citizens });
  } catch (error) {
    await made.drop();
    throw error;
  }
  const connections = new Map<string, Database>();
  const connection = (key: string, url: string) => {
    if (!connections.has(key)) connections.set(key, openDatabase({ url, poolMax: 4 }));
    return connections.get(key)!.knex;
  };
  const token: TestHub['token'] = (claims, expiresIn) =>
    mintDevToken(hub.keys, claims, { issuer: config.jwt.issuer, audience: config.jwt.audience, expiresIn });
  return {
    ...hub,
    token,
    testDatabases: made.databases,
    owner: (service) => connection(`owner:${service}`, made.databases[service].ownerUrl),
    superuser: (service) => connection(`superuser:${service}`, superuserUrl(made.databases[service].name)),
    queries: (service) => hub.databases[service].queryCount(),
    logEntries: async () => (await hub.databases.consent.knex('access_log').orderBy('seq')).map(linkFromRow),
    async query(bearer, query, variables, headers = {}) {
      const response = await fetch(hub.gateway.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      return { status: response.status, headers: response.headers, body };
    },
    async stop() {
      await hub.stop();
      await Promise.allSettled([...connections.values()].map((db) => db.close()));
      await made.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The three caseworkers of the tests, one per department. */
export const CASEWORKERS = {
  jobcentre: { sub: 'cw-jc-1', department: 'jobcentre', roles: ['caseworker', 'coordinator'] },
  family: { sub: 'cw-fa-1', department: 'family', roles: ['caseworker', 'coordinator'] },
  'adult-social': { sub: 'cw-as-1', department: 'adult-social', roles: ['caseworker', 'coordinator'] },
} as const;
