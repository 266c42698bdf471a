import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabases } from '../../../test/support/postgres.ts';
import { BULK_LOAD_MIN_ROWS, bulkLoad, copyField, copyRows, emptyTables, memoize } from './copy.ts';
import { openDatabase, type Database } from './db.ts';

let owner: Database;
let drop: () => Promise<void>;
const count = async () => Number((await owner.knex('t').count({ n: '*' }))[0]!.n);

beforeAll(async () => {
  const made = await createDatabases({ scratch: 'read' }, { empty: true });
  drop = made.drop;
  owner = openDatabase({ url: made.databases.scratch.ownerUrl, poolMax: 2 });
  await owner.knex.raw('create table t (id integer primary key, label text, day date, amount numeric(10, 2), flag boolean)');
  // A parent and a child as the legacy layouts have them: keys, a unique column, an index, foreign keys.
  await owner.knex.raw('create table code (code text primary key)');
  await owner.knex.raw("insert into code values ('A'), ('B')");
  await owner.knex.raw('create table parent (id text constraint parent_pk primary key, cpr text not null constraint parent_cpr_unique unique)');
  await owner.knex.raw(
    'create table child (id serial primary key, parent_id text not null references parent (id), code text not null references code (code), day integer not null)',
  );
  await owner.knex.raw('create index child_parent_id_index on child (parent_id)');
  await owner.knex.raw('create table other (parent_id text references parent (id))');
});
afterAll(async () => {
  await owner?.close();
  await drop?.();
});

describe('a value in COPY text format', () => {
  it.each<[string, Parameters<typeof copyField>[0], string]>([
    ['null is \\N', null, '\\N'],
    ['undefined is \\N too', undefined, '\\N'],
    ['plain text stays as it is', 'Søren Jensen', 'Søren Jensen'],
    ['tabs, newlines, returns and backslashes are escaped', 'a\tb\nc\rd\\e', 'a\\tb\\nc\\rd\\\\e'],
    ['a number is its decimal text', 1675.5, '1675.5'],
    ['a boolean is t or f', false, 'f'],
  ])('%s', (_, value, text) => {
    expect(copyField(value)).toBe(text);
  });

  it('refuses a number that is not finite', () => {
    expect(() => copyField(Number.NaN)).toThrow(RangeError);
  });
});

describe('copyRows', () => {
  it('writes every row back as it was given, nulls and escaped characters included', async () => {
    const rows = [
      [1, 'tab\there', '2026-09-08', 1675, true],
      [2, 'line\nbreak \\ backslash', null, 12_550.25, false],
      [3, null, '2027-06-30', 0, null],
    ] as const;
    await owner.knex.transaction(async (trx) => {
      expect(await copyRows(trx, 't', ['id', 'label', 'day', 'amount', 'flag'], rows)).toBe(3);
    });
    const stored = await owner.knex('t').orderBy('id').select();
    expect(stored.map((r) => [r.id, r.label, r.day, r.amount === null ? null : Number(r.amount), r.flag])).toEqual(rows.map((r) => [...r]));
    await owner.knex('t').del();
  });

  it('writes in the caller transaction: its rows are seen there and rolled back with it', async () => {
    await expect(
      owner.knex.transaction(async (trx) => {
        await copyRows(trx, 't', ['id'], [[1], [2]]);
        expect(Number((await trx('t').count({ n: '*' }))[0]!.n)).toBe(2);
        throw new Error('the seed failed after the rows');
      }),
    ).rejects.toThrow('the seed failed');
    expect(await count()).toBe(0);
  });

  it('writes in a savepoint on the outer transaction connection, so the outer rollback takes the rows too', async () => {
    await expect(
      owner.knex.transaction(async (outer) => {
        const [{ pid: outerPid }] = (await outer.raw('select pg_backend_pid() as pid')).rows;
        await outer.transaction(async (inner) => {
          const [{ pid: innerPid }] = (await inner.raw('select pg_backend_pid() as pid')).rows;
          expect(innerPid).toBe(outerPid);
          await copyRows(inner, 't', ['id'], [[1]]);
        });
        throw new Error('the outer transaction failed');
      }),
    ).rejects.toThrow('the outer transaction failed');
    expect(await count()).toBe(0);
  });

  it('fails with the server error on a row the table refuses, and the connection stays usable', async () => {
    await expect(owner.knex.transaction((trx) => copyRows(trx, 't', ['id'], [[1], [1]]))).rejects.toThrow(/duplicate key/);
    await expect(owner.knex.transaction((trx) => copyRows(trx, 't', ['id'], [[1]]))).resolves.toBe(1);
    await owner.knex('t').del();
  });

  it('abandons the COPY, writing nothing, when the rows fail to come', async () => {
    function* rows() {
      yield [1];
      throw new Error('no more rows');
    }
    await expect(owner.knex.transaction((trx) => copyRows(trx, 't', ['id'], rows()))).rejects.toThrow('no more rows');
    expect(await count()).toBe(0);
  });

  it('refuses to write outside a transaction', async () => {
    await expect(copyRows(owner.knex as never, 't', ['id'], [[1]])).rejects.toThrow(/needs a transaction/);
  });
});

describe('bulkLoad', () => {
  /** As many rows as make setting the keys aside worth it: the tests load a few of them. */
  const MANY = { rows: BULK_LOAD_MIN_ROWS };
  /** Every key, constraint and index of the tables, as the catalog defines them. */
  const catalog = async () =>
    (
      await owner.knex.raw(
        `select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) as d from pg_constraint where conrelid = any('{parent,child,other,code}'::regclass[])
         union all select indexdef from pg_indexes where tablename in ('parent', 'child', 'other', 'code') order by 1`,
      )
    ).rows.map((r: { d: string }) => r.d);
  const load = (parents: (readonly [string, string])[], children: (readonly [string, string, number])[]) =>
    owner.knex.transaction((trx) =>
      bulkLoad(trx, ['parent', 'child'], MANY, async () => {
        await copyRows(trx, 'parent', ['id', 'cpr'], parents);
        await copyRows(trx, 'child', ['parent_id', 'code', 'day'], children);
      }),
    );
  const emptyAll = async () => {
    await owner.knex('child').del();
    await owner.knex('parent').del();
  };

  it('loads the rows and puts every key, constraint and index back as it was', async () => {
    const before = await catalog();
    expect(before.join('\n')).toMatch(/FOREIGN KEY \(parent_id\) REFERENCES parent\(id\)/);
    await load(
      [
        ['p1', '6101701234'],
        ['p2', '6202701234'],
      ],
      [
        ['p1', 'A', 20260908],
        ['p2', 'B', 20260909],
      ],
    );
    expect(await catalog()).toEqual(before);
    expect(Number((await owner.knex('child').count({ n: '*' }))[0]!.n)).toBe(2);
    await emptyAll();
  });

  it('keeps the keys in place for fewer rows, checking them as the rows come', async () => {
    const keysDuringLoad = () =>
      owner.knex.transaction((trx) =>
        bulkLoad(trx, ['parent', 'child'], { rows: BULK_LOAD_MIN_ROWS - 1 }, async () => {
          const keys = await trx.raw("select count(*)::int as n from pg_constraint where conrelid = 'child'::regclass and contype = 'f'");
          expect(keys.rows[0].n).toBe(2);
          await copyRows(trx, 'child', ['parent_id', 'code', 'day'], [['p9', 'A', 20260908]]);
        }),
      );
    await expect(keysDuringLoad()).rejects.toThrow(/foreign key/);
    expect(Number((await owner.knex('child').count({ n: '*' }))[0]!.n)).toBe(0);
  });

  it.each<[string, (readonly [string, string])[], (readonly [string, string, number])[], RegExp]>([
    ['a row that points at no parent', [['p1', '6101701234']], [['p9', 'A', 20260908]], /foreign key/],
    ['a row with a code the code list lacks', [['p1', '6101701234']], [['p1', 'Z', 20260908]], /foreign key/],
    [
      'two rows with one key',
      [
        ['p1', '6101701234'],
        ['p1', '6202701234'],
      ],
      [],
      /unique|duplicate/,
    ],
    [
      'two rows with one unique value',
      [
        ['p1', '6101701234'],
        ['p2', '6101701234'],
      ],
      [],
      /unique|duplicate/,
    ],
  ])('refuses %s when the keys come back, leaving no rows and the keys in place', async (_, parents, children, error) => {
    const before = await catalog();
    await expect(load(parents, children)).rejects.toThrow(error);
    expect(await catalog()).toEqual(before);
    expect(Number((await owner.knex('parent').count({ n: '*' }))[0]!.n)).toBe(0);
  });

  it('checks the foreign keys of other tables to the loaded ones again', async () => {
    await owner.knex.transaction(async (trx) => {
      await copyRows(trx, 'parent', ['id', 'cpr'], [['p1', '6101701234']]);
      await copyRows(trx, 'other', ['parent_id'], [['p1']]);
    });
    // While the keys are set aside, p1 is renamed under the row of the other table that points at it.
    await expect(
      owner.knex.transaction((trx) =>
        bulkLoad(trx, ['parent'], MANY, async () => {
          await trx('parent').where('id', 'p1').update({ id: 'p0' });
        }),
      ),
    ).rejects.toThrow(/foreign key/);
    expect(await owner.knex('other').pluck('parent_id')).toEqual(['p1']);
    await owner.knex('other').del();
    await emptyAll();
  });
});

describe('emptyTables', () => {
  const counts = async () => [Number((await owner.knex('parent').count({ n: '*' }))[0]!.n), Number((await owner.knex('child').count({ n: '*' }))[0]!.n)];
  const fill = () =>
    owner.knex.transaction(async (trx) => {
      await copyRows(trx, 'parent', ['id', 'cpr'], [['p1', '6101701234']]);
      await copyRows(trx, 'child', ['parent_id', 'code', 'day'], [['p1', 'A', 20260908]]);
    });

  it('empties the tables in the caller transaction: rolled back with it, gone when it commits', async () => {
    await fill();
    await expect(
      owner.knex.transaction(async (trx) => {
        await emptyTables(trx, ['parent', 'child', 'other']);
        expect(Number((await trx('parent').count({ n: '*' }))[0]!.n)).toBe(0);
        throw new Error('the seed failed');
      }),
    ).rejects.toThrow('the seed failed');
    expect(await counts()).toEqual([1, 1]);
    await owner.knex.transaction((trx) => emptyTables(trx, ['parent', 'child', 'other']));
    expect(await counts()).toEqual([0, 0]);
  });

  it('refuses to empty a table that a table left out points at', async () => {
    await fill();
    await expect(owner.knex.transaction((trx) => emptyTables(trx, ['parent']))).rejects.toThrow(/foreign key/);
    expect(await counts()).toEqual([1, 1]);
    await owner.knex.transaction((trx) => emptyTables(trx, ['parent', 'child', 'other']));
  });
});

describe('memoize', () => {
  it('maps each key once and answers again from memory', () => {
    const calls: string[] = [];
    const upper = memoize((key) => {
      calls.push(key);
      return key.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
  });

  it('does not remember an error', () => {
    let fail = true;
    const flaky = memoize((key) => {
      if (fail) throw new Error('not yet');
      return key;
    });
    expect(() => flaky('x')).toThrow('not yet');
    fail = false;
    expect(flaky('x')).toBe('x');
  });
});
