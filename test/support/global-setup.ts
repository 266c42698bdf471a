/**
 * Once per `npm test`: the Postgres server every test file makes its own databases on. The one at
 * HUB_TEST_DATABASE_URL (a superuser's URL) when set, as CI does; otherwise one embedded server in a
 * temporary folder, without fsync (a test run's data need not survive the machine), stopped at the end.
 *
 * Each service's database is migrated once here, as a template: a test file's databases are copies
 * of it (a file copy, a tenth of a second), and its start runs the migrations only to find them done.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { SERVICES, provisionPlan } from '../../hub/hub.ts';
import { startEmbeddedPostgres, temporaryServerDir } from '../../hub/postgres.ts';
import { provision } from '../../hub/provision.ts';
import { SERVICE_NAMES, type ServiceName } from '../../services/shared/src/config.ts';
import { DATABASE_ROLES, openDatabase } from '../../services/shared/src/db.ts';
import { prepareDatabase } from '../../services/shared/src/service.ts';
import { TEST_PASSWORDS } from './postgres.ts';

async function makeTemplates(adminUrl: string, passwords: Record<string, string>): Promise<Record<ServiceName, string>> {
  const prefix = `hub_tpl_${crypto.randomBytes(4).toString('hex')}`;
  const templates = Object.fromEntries(SERVICE_NAMES.map((name) => [name, `${prefix}_${name.replace('-', '_')}`])) as Record<ServiceName, string>;
  const plan = provisionPlan();
  await provision(adminUrl, { databases: Object.fromEntries(SERVICE_NAMES.map((name) => [templates[name], plan.databases[name.replace('-', '_')]!])) });
  await Promise.all(
    SERVICE_NAMES.map(async (name) => {
      // As the owner, as every start migrates: the tables are the owner's, with the application's rights.
      const url = new URL(adminUrl);
      url.username = DATABASE_ROLES.owner;
      url.password = passwords[DATABASE_ROLES.owner] ?? '';
      url.pathname = `/${templates[name]}`;
      const db = openDatabase({ url: url.toString(), poolMax: 3 });
      try {
        await prepareDatabase(SERVICES[name], db);
      } finally {
        await db.close();
      }
    }),
  );
  return templates;
}

async function dropTemplates(adminUrl: string, templates: Record<ServiceName, string>) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const name of Object.values(templates)) await admin.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}

export default async function setup(project: TestProject) {
  const configured = process.env.HUB_TEST_DATABASE_URL;
  if (configured) {
    await provision(configured, { databases: {} }, TEST_PASSWORDS);
    const templates = await makeTemplates(configured, TEST_PASSWORDS);
    project.provide('testPostgres', { adminUrl: configured, passwords: TEST_PASSWORDS, templates });
    return () => dropTemplates(configured, templates);
  }
  const dir = temporaryServerDir('hub-test-pg');
  const server = await startEmbeddedPostgres({ dir, roles: [DATABASE_ROLES.owner, DATABASE_ROLES.app], durable: false });
  await provision(server.adminUrl, { databases: {} }, server.passwords);
  const templates = await makeTemplates(server.adminUrl, server.passwords);
  project.provide('testPostgres', { adminUrl: server.adminUrl, passwords: server.passwords, templates });
  return async () => {
    await server.stop();
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  };
}
