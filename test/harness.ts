/**
 * Starts a whole hub for a test file: real subgraphs, real gateway, real databases. Embedded
 * PGlite in memory by default; real Postgres when HUB_TEST_DATABASE_URL is set (a fresh database
 * per service, dropped afterwards).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory from 'knex';
import { SERVICE_NAMES, loadConfig, type ServiceName } from '../services/shared/src/config.ts';
import { SERVICES, startHub, type RunningHub } from '../services/shared/src/hub.ts';
import { openDatabase } from '../services/shared/src/db.ts';
import { buildWorld } from '../services/shared/src/demo/world.ts';
import { prepareDatabase } from '../services/shared/src/service.ts';
import { mintDevToken } from '../services/shared/src/identity.ts';
import type { StoredLink } from '../services/consent/access-log/chain.ts';
import { linkFromRow } from '../services/consent/access-log/rows.ts';

export const testPostgresUrl = process.env.HUB_TEST_DATABASE_URL || undefined;
export const testRedisUrl = process.env.HUB_TEST_REDIS_URL || undefined;

/** Creates one empty Postgres database per service and returns their URLs and a drop function. */
async function createPostgresDatabases(baseUrl: string) {
  const admin = knexFactory({ client: 'pg', connection: baseUrl, pool: { min: 0, max: 1 } });
  const prefix = `hub_t_${crypto.randomBytes(4).toString('hex')}`;
  const urls: Partial<Record<ServiceName, string>> = {};
  for (const service of SERVICE_NAMES) {
    const name = `${prefix}_${service.replace('-', '_')}`;
    await admin.raw(`create database "${name}"`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    urls[service] = url.toString();
  }
  return {
    urls,
    drop: async () => {
      for (const service of SERVICE_NAMES) {
        const name = `${prefix}_${service.replace('-', '_')}`;
        await admin.raw(`drop database if exists "${name}" with (force)`);
      }
      await admin.destroy();
    },
  };
}

export interface TestHub extends RunningHub {
  /** POSTs a GraphQL request to the gateway; returns status, headers and parsed body. */
  query(token: string | null, query: string, variables?: object, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: any }>;
  token(claims: { sub: string; department: string; roles: readonly string[] }, expiresIn?: string | number): Promise<string>;
  /** Total SQL statements issued by a service's database so far. */
  queries(service: ServiceName): number;
  /** The Postgres URL of each service's test database (empty with PGlite). */
  databaseUrls: Partial<Record<ServiceName, string>>;
  /** The access log as stored, oldest first (`at` = stored, `decidedAt` = decided). */
  logEntries(): Promise<StoredLink[]>;
}

export async function startTestHub(
  options: {
    citizens?: number;
    env?: Record<string, string>;
    /** Services whose database exists already (filled as the department would), run in `existing` mode. Postgres only. */
    existing?: ServiceName[];
  } = {},
): Promise<TestHub> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-'));
  const postgres = testPostgresUrl ? await createPostgresDatabases(testPostgresUrl) : null;
  // Redis when the environment gives one (CI); a rate limit high enough for the load tests unless a test sets its own.
  const config = loadConfig({
    HUB_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    ...(testRedisUrl ? { REDIS_URL: testRedisUrl } : {}),
    ...options.env,
  });
  if (postgres) config.databaseUrls = postgres.urls;
  const citizens = options.citizens ?? 5;
  for (const service of options.existing ?? []) {
    if (!postgres) throw new Error('existing databases need HUB_TEST_DATABASE_URL');
    // The department's own database, laid out and filled before the hub is ever started.
    const owner = openDatabase({ url: postgres.urls[service] });
    await prepareDatabase(SERVICES[service], owner, buildWorld({ citizens }));
    await owner.close();
    config.databaseModes[service] = 'existing';
  }
  const hub = await startHub({ config, ephemeralPorts: true, inMemory: true, seed: true, citizens });
  const token: TestHub['token'] = (claims, expiresIn) =>
    mintDevToken(hub.keys, claims, { issuer: config.jwt.issuer, audience: config.jwt.audience, expiresIn });
  return {
    ...hub,
    token,
    databaseUrls: postgres?.urls ?? {},
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
      await postgres?.drop();
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
