/**
 * Databases for one test file on the test run's Postgres server (test/support/global-setup.ts):
 * made with the hub's roles, as `npm start` makes them, and dropped when the file is done.
 */
import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { provision, type ApplicationAccess } from '../../hub/provision.ts';
import { DATABASE_ROLES, openDatabase, type Database } from '../../services/shared/src/db.ts';
import type { World } from '../../services/shared/src/demo/world.ts';
import { prepareDatabase, seedDatabase, type ServiceDefinition } from '../../services/shared/src/service.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testPostgres: { adminUrl: string; passwords: Record<string, string>; templates: Record<string, string> };
  }
}

/** Passwords of the hub's roles on a configured test server (HUB_TEST_DATABASE_URL). */
export const TEST_PASSWORDS: Record<string, string> = { [DATABASE_ROLES.owner]: 'hub-owner-test', [DATABASE_ROLES.app]: 'hub-app-test' };

/** The test run's server: its superuser's URL and the passwords of the hub's roles. */
export const testServer = () => inject('testPostgres');

/** `role`'s URL for `database` on the test server. */
export function urlAs(role: string, database: string): string {
  const { adminUrl, passwords } = testServer();
  const url = new URL(adminUrl);
  url.username = role;
  url.password = passwords[role] ?? '';
  url.pathname = `/${database}`;
  return url.toString();
}

/** The superuser's URL for `database` on the test server. */
export function superuserUrl(database: string): string {
  const url = new URL(testServer().adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export interface TestDatabase {
  name: string;
  /** As the application logs in. */
  url: string;
  /** As the owner of the tables. */
  ownerUrl: string;
}

/**
 * Makes one database per key (provisioned as `npm start` does); `drop` removes them all. A key that
 * names a service gets a copy of its migrated template, unless `empty`; any other key an empty one.
 * With `copyOf`, each is a copy of that database (which nobody may be connected to).
 */
export async function createDatabases<K extends string>(
  plan: Record<K, ApplicationAccess>,
  options: { empty?: boolean; copyOf?: string } = {},
): Promise<{ databases: Record<K, TestDatabase>; drop(): Promise<void> }> {
  const prefix = `hub_t_${crypto.randomBytes(4).toString('hex')}`;
  const databases = {} as Record<K, TestDatabase>;
  for (const key of Object.keys(plan) as K[]) {
    const name = `${prefix}_${key.replace(/[^a-z0-9]/g, '_')}`;
    databases[key] = { name, url: urlAs(DATABASE_ROLES.app, name), ownerUrl: urlAs(DATABASE_ROLES.owner, name) };
  }
  const { adminUrl, templates } = testServer();
  const keys = Object.keys(plan) as K[];
  const copyFrom = (key: K) => options.copyOf ?? (options.empty ? undefined : templates[key]);
  await provision(adminUrl, {
    databases: Object.fromEntries(keys.map((key) => [databases[key].name, plan[key]])),
    templates: Object.fromEntries(keys.flatMap((key) => (copyFrom(key) ? [[databases[key].name, copyFrom(key)!]] : []))),
  });
  return {
    databases,
    drop: async () => {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        for (const database of Object.values<TestDatabase>(databases)) await admin.query(`drop database if exists "${database.name}" with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
}

/**
 * One service's database for a unit test: migrated and, with a world, seeded as the owner; `db`
 * reads as the application. `drop` closes both and removes the database.
 */
export async function serviceDatabase(
  definition: ServiceDefinition<any>,
  world?: World,
): Promise<{ db: Database; owner: Database; url: string; ownerUrl: string; drop(): Promise<void> }> {
  const made = await createDatabases({ [definition.name]: definition.applicationAccess } as Record<string, ApplicationAccess>);
  const target = made.databases[definition.name]!;
  const owner = openDatabase({ url: target.ownerUrl, poolMax: 4 });
  await prepareDatabase(definition, owner);
  if (world) await seedDatabase(definition, owner, world);
  const db = openDatabase({ url: target.url });
  return {
    db,
    owner,
    url: target.url,
    ownerUrl: target.ownerUrl,
    drop: async () => {
      await Promise.allSettled([db.close(), owner.close()]);
      await made.drop();
    },
  };
}
