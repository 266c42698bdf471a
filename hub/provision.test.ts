/**
 * The roles every hub database is made with (hub/provision.ts): the services log in as a role that
 * owns nothing and cannot become an owner; the access log is insert-only to it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consent } from '../services/consent/index.ts';
import { jobcentre } from '../services/jobcentre/index.ts';
import { DATABASE_ROLES, type Database } from '../services/shared/src/db.ts';
import { buildWorld } from '../services/shared/src/demo/world.ts';
import { serviceDatabase } from '../test/support/postgres.ts';
import { provisionPlan } from './hub.ts';
import { startEmbeddedPostgres, temporaryServerDir } from './postgres.ts';
import { provisionScript } from './provision.ts';

let consentDb: { db: Database; owner: Database; drop(): Promise<void> };
let jobcentreDb: { db: Database; owner: Database; drop(): Promise<void> };
beforeAll(async () => {
  consentDb = await serviceDatabase(consent);
  jobcentreDb = await serviceDatabase(jobcentre, buildWorld({ citizens: 1 }));
});
afterAll(async () => {
  await consentDb?.drop();
  await jobcentreDb?.drop();
});

describe('the application role', () => {
  const app = () => consentDb.db.knex;

  it.each([DATABASE_ROLES.owner, 'postgres', 'hub_admin'])('cannot switch to %s', async (role) => {
    await expect(app().transaction((trx) => trx.raw(`set local role ${role}`))).rejects.toThrow(/permission denied|does not exist/);
  });

  it('cannot make, alter or drop tables, nor switch the log triggers off', async () => {
    await expect(app().raw('create table hub_was_here (id int)')).rejects.toThrow(/permission denied/);
    await expect(app().raw('alter table access_log disable trigger access_log_no_change')).rejects.toThrow(/must be owner/);
    await expect(app().raw('drop table consent_event')).rejects.toThrow(/must be owner/);
    const partition = (await app().raw(`select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid limit 1`)).rows[0].relname;
    await expect(app().raw(`alter table access_log detach partition ${partition}`)).rejects.toThrow(/must be owner/);
  });

  it('reads and writes the consent store, but only reads and inserts into the access log', async () => {
    expect(await app()('consent').count({ n: '*' })).toEqual([{ n: '0' }]);
    await expect(app().raw("update access_log set actor_id = 'x'")).rejects.toThrow(/permission denied/);
    await expect(app().raw('delete from access_log_anchor')).rejects.toThrow(/permission denied/);
  });

  it('only reads a department database', async () => {
    const jc = jobcentreDb.db.knex;
    expect(Number((await jc('jc_borger').count({ n: '*' }))[0]!.n)).toBeGreaterThan(0);
    await expect(jc('jc_borger').del()).rejects.toThrow(/permission denied/);
    await expect(jc('jc_sanktion').insert({ sanktion_id: 'x', cpr_nr: '720385-1235' })).rejects.toThrow(/permission denied/);
  });

  it('finds the access log partitioned at least thirteen months ahead, made by the owner', async () => {
    const months = (await app().raw(`select count(*) as n from pg_inherits i join pg_class p on p.oid = i.inhparent where p.relname = 'access_log'`)).rows[0].n;
    expect(Number(months)).toBeGreaterThanOrEqual(14);
  });
});

const psql = (() => {
  try {
    return execFileSync('which', ['psql']).toString().trim() || null;
  } catch {
    return null;
  }
})();

describe('docker-compose', () => {
  it('provisions its Postgres with the same roles (deploy/postgres-init.sql is written by npm run compose)', () => {
    expect(fs.readFileSync('deploy/postgres-init.sql', 'utf8')).toBe(provisionScript(provisionPlan()));
  });

  it.skipIf(!psql)('makes, with psql on a new server, roles that log in with the passwords from their files', async () => {
    const dir = temporaryServerDir('hub-init-sql');
    const server = await startEmbeddedPostgres({ dir, roles: [], durable: false });
    try {
      const secrets = path.dirname(dir);
      fs.writeFileSync(path.join(secrets, 'owner.pw'), 'owner-secret\n');
      fs.writeFileSync(path.join(secrets, 'app.pw'), 'app-secret\n');
      const admin = new URL(server.adminUrl);
      execFileSync(psql!, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-f', 'deploy/postgres-init.sql', server.adminUrl], {
        env: {
          ...process.env,
          PGPASSWORD: decodeURIComponent(admin.password),
          HUB_OWNER_PASSWORD_FILE: path.join(secrets, 'owner.pw'),
          HUB_APP_PASSWORD_FILE: path.join(secrets, 'app.pw'),
        },
        stdio: 'pipe',
      });
      const as = (role: string, password: string) => `postgres://${role}:${password}@${admin.host}/jobcentre`;
      const app = new pg.Client(as(DATABASE_ROLES.app, 'app-secret'));
      await app.connect();
      try {
        await expect(app.query('create table hub_was_here (id int)')).rejects.toThrow(/permission denied/);
        await expect(app.query(`set role ${DATABASE_ROLES.owner}`)).rejects.toThrow(/permission denied/);
      } finally {
        await app.end();
      }
      await expect(new pg.Client(as(DATABASE_ROLES.app, 'wrong')).connect()).rejects.toThrow(/password authentication failed/);
      const owner = new pg.Client(as(DATABASE_ROLES.owner, 'owner-secret'));
      await owner.connect();
      await owner.query('create table hub_was_here (id int)');
      await owner.end();
    } finally {
      await server.stop();
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});
