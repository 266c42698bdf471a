/**
 * A department's existing database (`<SERVICE>_DATABASE_MODE=existing`): the service checks the
 * layout it reads, refuses to start when a table or column is missing (naming it), and never
 * writes there: no migrations, no demo data, every transaction read-only.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../services/shared/src/config.ts';
import { openDatabase, type Database } from '../services/shared/src/db.ts';
import { buildWorld, PERSONAS } from '../services/shared/src/demo/world.ts';
import { SERVICES } from '../hub/hub.ts';
import { LayoutError, layoutFile, layoutJson, readLayout } from '../services/shared/src/layout.ts';
import { prepareDatabase, seedDatabase } from '../services/shared/src/service.ts';
import { CASEWORKERS, startTestHub, type TestHub } from './harness.ts';
import { createDatabases, type TestDatabase } from './support/postgres.ts';

const DEPARTMENTS = ['registry', 'jobcentre', 'family', 'adult-social'] as const;

describe('configuration', () => {
  const url = 'postgres://hub@db/jobcentre';
  it('takes existing for a department database with a URL', () => {
    const config = loadConfig({ JOBCENTRE_DATABASE_URL: url, JOBCENTRE_DATABASE_MODE: 'existing' });
    expect(config.databaseModes).toMatchObject({ jobcentre: 'existing', family: 'migrate', consent: 'migrate' });
  });

  it.each([
    [{ JOBCENTRE_DATABASE_MODE: 'existing' }, /JOBCENTRE_DATABASE_MODE=existing needs JOBCENTRE_DATABASE_URL/],
    [{ CONSENT_DATABASE_URL: url, CONSENT_DATABASE_MODE: 'existing' }, /CONSENT_DATABASE_MODE cannot be existing/],
    [{ FAMILY_DATABASE_URL: url, FAMILY_DATABASE_MODE: 'readonly' }, /FAMILY_DATABASE_MODE must be migrate or existing/],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe.each(DEPARTMENTS)('the %s service on an existing database', (service) => {
  const definition = SERVICES[service];
  const made: { drop(): Promise<void> }[] = [];
  /** A database as the department keeps it: laid out and filled by someone else. */
  let filled: TestDatabase;
  beforeAll(async () => {
    const created = await createDatabases({ [service]: 'read' } as Record<string, 'read'>, { empty: true });
    made.push(created);
    filled = created.databases[service]!;
    const owner = openDatabase({ url: filled.ownerUrl, poolMax: 2 });
    try {
      await prepareDatabase(definition, owner);
      await seedDatabase(definition, owner, buildWorld({ citizens: 2 }));
    } finally {
      await owner.close();
    }
  });
  afterAll(async () => {
    await Promise.allSettled(made.map((m) => m.drop()));
  });

  /** The filled database, or a copy of it altered by its owner, as the hub's login reads it. */
  const departmentDatabase = async (alter?: (owner: Database) => Promise<void>) => {
    let target = filled;
    if (alter) {
      const copy = await createDatabases({ [service]: 'read' } as Record<string, 'read'>, { copyOf: filled.name });
      made.push(copy);
      target = copy.databases[service]!;
      const owner = openDatabase({ url: target.ownerUrl, poolMax: 2 });
      try {
        await alter(owner);
      } finally {
        await owner.close();
      }
    }
    return { db: openDatabase({ url: target.url, readOnly: true, poolMax: 2 }), target };
  };

  it('has the layout its migrations make committed beside them (npm run layouts)', async () => {
    const { db } = await departmentDatabase();
    try {
      expect(layoutJson(await readLayout(db.knex))).toBe(fs.readFileSync(layoutFile(service), 'utf8'));
    } finally {
      await db.close();
    }
  });

  it('starts on the layout it reads, and cannot write there', async () => {
    const { db } = await departmentDatabase();
    try {
      const before = db.queryCount();
      await prepareDatabase(definition, db, { mode: 'existing' });
      expect(db.queryCount()).toBeGreaterThan(before);
      const table = (await db.knex('information_schema.tables').whereRaw('table_schema = current_schema()').first('table_name')).table_name;
      await expect(db.knex.raw('create table hub_was_here (id int)')).rejects.toThrow(/read-only/);
      await expect(db.knex(table).del()).rejects.toThrow(/read-only/);
      expect(Number((await db.knex(table).count({ n: '*' }))[0]!.n)).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  });

  it('refuses to start without a column it reads, and names it', async () => {
    let dropped = '';
    const { db } = await departmentDatabase(async (owner) => {
      const column = await owner
        .knex('information_schema.columns')
        .whereRaw('table_schema = current_schema()')
        .whereNot('table_name', 'like', 'knex%')
        .whereNot('table_name', 'hub_seed')
        .orderBy(['table_name', 'column_name'])
        .first('table_name', 'column_name');
      dropped = `${column.table_name}.${column.column_name}`;
      await owner.knex.raw(`alter table ?? drop column ?? cascade`, [column.table_name, column.column_name]);
    });
    try {
      const failure = prepareDatabase(definition, db, { mode: 'existing' });
      await expect(failure).rejects.toBeInstanceOf(LayoutError);
      await expect(failure).rejects.toThrow(dropped);
    } finally {
      await db.close();
    }
  });

  it('stays read-only when the URL sets options of its own', async () => {
    const { db: plain, target } = await departmentDatabase();
    await plain.close();
    const url = new URL(target.url);
    url.searchParams.set('options', '-c search_path=public');
    const db = openDatabase({ url: url.toString(), readOnly: true, poolMax: 2 });
    try {
      await expect(db.knex.raw('create table hub_was_here (id int)')).rejects.toThrow(/read-only/);
      expect((await db.knex.raw('show search_path')).rows[0].search_path).toBe('public');
    } finally {
      await db.close();
    }
  });
});

describe('the hub with the jobcentre on its existing Postgres database', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ existing: ['jobcentre'] });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('answers from it, logs the release (in the consent store), and cannot write there', async () => {
    const token = await hub.token(CASEWORKERS.jobcentre);
    const result = await hub.query(token, `{ citizen(cpr: "${PERSONAS.soren}") { jobcentre { ... on JobcentreView { sanctions { date } } } } }`, undefined, {
      'x-request-id': 'existing-1',
    });
    expect(result.body.data.citizen.jobcentre.sanctions).toHaveLength(3);
    const logged = (await hub.logEntries()).filter((e) => e.requestId === 'existing-1' && e.sourceDepartment === 'jobcentre');
    expect(logged).toHaveLength(1);
    await expect(hub.databases.jobcentre.knex.raw('create table hub_was_here (id int)')).rejects.toThrow(/read-only/);
  });
});
