/**
 * A department's existing database (`<SERVICE>_DATABASE_MODE=existing`): the service checks the
 * layout it reads, refuses to start when a table or column is missing (naming it), and never
 * writes there: no migrations, no demo data, every transaction read-only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../services/shared/src/config.ts';
import { openDatabase, type Database } from '../services/shared/src/db.ts';
import { buildWorld, PERSONAS } from '../services/shared/src/demo/world.ts';
import { SERVICES } from '../services/shared/src/hub.ts';
import { LayoutError } from '../services/shared/src/layout.ts';
import { prepareDatabase } from '../services/shared/src/service.ts';
import { CASEWORKERS, startTestHub, testPostgresUrl, type TestHub } from './harness.ts';

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
  let dir: string;
  /** A database as the department keeps it: laid out and filled by someone else. */
  let filled: string;
  const departmentDatabase = async (alter?: (db: Database) => Promise<void>) => {
    let where = filled;
    if (alter) {
      where = fs.mkdtempSync(path.join(dir, 'altered-'));
      fs.cpSync(filled, where, { recursive: true });
      const owner = openDatabase({ dataDir: where });
      await alter(owner);
      await owner.close();
    }
    return openDatabase({ dataDir: where, readOnly: true });
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-existing-'));
    filled = path.join(dir, 'filled');
    const owner = openDatabase({ dataDir: filled });
    await prepareDatabase(definition, owner, buildWorld({ citizens: 2 }));
    await owner.close();
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts on the layout it reads, and cannot write there', async () => {
    const db = await departmentDatabase();
    try {
      const before = db.queryCount();
      await prepareDatabase(definition, db, undefined, { mode: 'existing' });
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
    const db = await departmentDatabase(async (owner) => {
      const column = await owner
        .knex('information_schema.columns')
        .whereRaw('table_schema = current_schema()')
        .whereNot('table_name', 'like', 'knex%')
        .orderBy(['table_name', 'column_name'])
        .first('table_name', 'column_name');
      dropped = `${column.table_name}.${column.column_name}`;
      await owner.knex.raw(`alter table ?? drop column ?? cascade`, [column.table_name, column.column_name]);
    });
    try {
      const failure = prepareDatabase(definition, db, undefined, { mode: 'existing' });
      await expect(failure).rejects.toBeInstanceOf(LayoutError);
      await expect(failure).rejects.toThrow(dropped);
    } finally {
      await db.close();
    }
  });

  it('never writes demo data into it', async () => {
    const db = await departmentDatabase();
    try {
      await expect(prepareDatabase(definition, db, buildWorld({ citizens: 2 }), { mode: 'existing' })).rejects.toThrow(/never written/);
    } finally {
      await db.close();
    }
  });
});

describe.skipIf(!testPostgresUrl)('a read-only Postgres connection', () => {
  it('stays read-only when the URL sets options of its own', async () => {
    const url = new URL(testPostgresUrl!);
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

describe.skipIf(!testPostgresUrl)('the hub with the jobcentre on its existing Postgres database', () => {
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
