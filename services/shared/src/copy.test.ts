import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabases } from '../../../test/support/postgres.ts';
import { copyField, copyRows } from './copy.ts';
import { openDatabase, type Database } from './db.ts';

let owner: Database;
let drop: () => Promise<void>;
const count = async () => Number((await owner.knex('t').count({ n: '*' }))[0]!.n);

beforeAll(async () => {
  const made = await createDatabases({ scratch: 'read' }, { empty: true });
  drop = made.drop;
  owner = openDatabase({ url: made.databases.scratch.ownerUrl, poolMax: 2 });
  await owner.knex.raw('create table t (id integer primary key, label text, day date, amount numeric(10, 2), flag boolean)');
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
