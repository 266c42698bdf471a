/**
 * The registry's subgraph against the person register replica: a look-up answers who a citizen is
 * for caseworkers only, every person released or named is in the access log before the answer
 * leaves, and the consent service's facts come from here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceDatabase } from '../../test/support/postgres.ts';
import type { Database } from '../shared/src/db.ts';
import { MAX_CITIZENS_PER_LOOKUP } from '../shared/src/limits.ts';
import { readSubgraphSdl } from '../shared/src/subgraph.ts';
import { PERSONAS, buildWorld, type World } from '../shared/src/demo/world.ts';
import { caseworkerOf, subgraphRunner } from '../shared/src/testing.ts';
import { NO_REGISTER, createRegisterLookup } from './facts.ts';
import { registry } from './index.ts';

const P = PERSONAS;
let db: Database;
let owner: Database;
let drop: () => Promise<void>;
let world: World;
let run: ReturnType<typeof subgraphRunner>;

beforeAll(async () => {
  world = buildWorld({ citizens: 5 });
  ({ db, owner, drop } = await serviceDatabase(registry, world));
  run = subgraphRunner(registry, db);
}, 60_000);
afterAll(async () => {
  await drop?.();
});

const caseworker = caseworkerOf('family', null);
const auditor = { ...caseworker, roles: ['auditor' as const] };
const CITIZEN = /* GraphQL */ `
  query ($cpr: ID!) { citizen(cpr: $cpr) { cpr name firstName lastName birthDate address { street postcode city } } }
`;
const personOf = (cpr: string) => world.persons.find((p) => p.cpr === cpr)!;
/** The log as (cpr, categories, criterion): what was looked up, released, and how it was asked. */
const logged = (entries: { cpr: string | null; categories: string[]; criterion: string | null }[]) => entries.map((e) => [e.cpr, e.categories, e.criterion]);

describe('the citizen query', () => {
  it('answers who Søren is, and logs the look-up by CPR number and the person it released', async () => {
    const { data, accessLog } = await run(caseworker, CITIZEN, { cpr: P.soren });
    const person = personOf(P.soren);
    expect(data.citizen).toEqual({
      cpr: P.soren,
      name: 'Søren Jensen',
      firstName: 'Søren',
      lastName: 'Jensen',
      birthDate: person.birthDate,
      address: person.address,
    });
    expect(logged(accessLog.entries)).toEqual([
      [P.soren, [], 'citizen by CPR number'],
      [P.soren, ['REGISTRY_PERSON'], null],
    ]);
    expect(accessLog.entries.every((e) => e.outcome === 'RELEASED' && e.legalBasis === 'OWN_DEPARTMENT' && e.sourceDepartment === null)).toBe(true);
  });

  it("gives Simon the birth date the register records, not the one his number's century digit reads as", async () => {
    const { data } = await run(caseworker, CITIZEN, { cpr: P.simon });
    expect(data.citizen.birthDate).toBe('2001-11-23');
  });

  it('takes the CPR number without the dash', async () => {
    const { data } = await run(caseworker, CITIZEN, { cpr: P.anne.replace('-', '') });
    expect(data.citizen.cpr).toBe(P.anne);
  });

  it('answers null for an unknown number, and still logs the look-up', async () => {
    const unknown = '910170-1234';
    const { data, accessLog } = await run(caseworker, CITIZEN, { cpr: unknown });
    expect(data.citizen).toBeNull();
    expect(logged(accessLog.entries)).toEqual([[unknown, [], 'citizen by CPR number']]);
  });

  it.each([
    ['an invalid CPR number, with BAD_USER_INPUT naming the argument', caseworker, '720385-12', { code: 'BAD_USER_INPUT', argumentName: 'cpr' }],
    ['an auditor, with FORBIDDEN: auditors see no personal data', auditor, P.soren, { code: 'FORBIDDEN' }],
  ])('refuses %s, and logs nothing', async (_, who, cpr, extensions) => {
    const { data, errors, accessLog } = await run(who, CITIZEN, { cpr });
    expect(data?.citizen ?? null).toBeNull();
    expect(errors?.[0]?.extensions).toEqual(extensions);
    expect(accessLog.entries).toEqual([]);
  });
});

describe('the citizens query', () => {
  const CITIZENS = /* GraphQL */ `
    query ($cprs: [ID!]!) { citizens(cprs: $cprs) { cpr name } }
  `;

  it('answers in the order asked, null for an unknown number, with one statement for every person', async () => {
    const cprs = [P.simon, '910170-1234', P.soren, P.anne];
    const { data, accessLog, statements } = await run(caseworker, CITIZENS, { cprs });
    expect(data.citizens.map((c: any) => c?.cpr ?? null)).toEqual([P.simon, null, P.soren, P.anne]);
    expect(statements).toBe(1);
    const [lookups, released] = [accessLog.entries.slice(0, cprs.length), accessLog.entries.slice(cprs.length)];
    expect(logged(lookups)).toEqual(cprs.map((cpr) => [cpr, [], 'citizens by CPR numbers']));
    // The persons found, in the order the register gave them.
    expect(logged(released).sort()).toEqual([P.simon, P.soren, P.anne].sort().map((cpr) => [cpr, ['REGISTRY_PERSON'], null]));
  });

  it(`refuses more than ${MAX_CITIZENS_PER_LOOKUP} numbers at once`, async () => {
    const { errors, accessLog } = await run(caseworker, CITIZENS, { cprs: Array.from({ length: MAX_CITIZENS_PER_LOOKUP + 1 }, () => P.soren) });
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'cprs' });
    expect(accessLog.entries).toEqual([]);
  });

  it('documents its maximum in the schema, as the number it enforces', () => {
    const description = /"""((?:(?!""")[\s\S])*)"""\s*citizens\(cprs:/.exec(readSubgraphSdl('registry'))?.[1] ?? '';
    expect(description).toContain(`(at most ${MAX_CITIZENS_PER_LOOKUP})`);
  });
});

describe('register relations', () => {
  const RELATIONS = /* GraphQL */ `
    query ($cpr: ID!) { citizen(cpr: $cpr) { children { cpr } custodyHolders { cpr } } }
  `;

  it("name Søren's children, and the custody holders of one, each logged with the relation that named them", async () => {
    const { data, accessLog } = await run(caseworker, RELATIONS, { cpr: P.soren });
    expect(data.citizen).toEqual({ children: [{ cpr: P.sorenChildA }, { cpr: P.sorenChildB }], custodyHolders: [] });
    expect(logged(accessLog.entries.filter((e) => e.criterion?.startsWith('named')))).toEqual([
      [P.sorenChildA, [], "named as a child in a parent's register entry"],
      [P.sorenChildB, [], "named as a child in a parent's register entry"],
    ]);
    const child = await run(caseworker, RELATIONS, { cpr: P.sorenChildA });
    expect(child.data.citizen.custodyHolders.map((h: any) => h.cpr).sort()).toEqual([P.soren, P.sorenChildrenMother].sort());
    expect(logged(child.accessLog.entries.filter((e) => e.criterion?.startsWith('named')))).toEqual(
      [P.sorenChildrenMother, P.soren].sort().map((cpr) => [cpr, [], "named as a custody holder in a child's register entry"]),
    );
  });
});

describe('the facts the consent rules ask for', () => {
  it("give a child's birth date and custody holders, and null for a number not in the register", async () => {
    const register = createRegisterLookup(db.knex);
    expect(await register.factsFor(P.sorenChildA)).toEqual({
      birthDate: personOf(P.sorenChildA).birthDate,
      custodyHolders: [P.sorenChildrenMother, P.soren].sort(),
      guardians: [],
    });
    expect(await register.factsFor('910170-1234')).toBeNull();
  });

  it("give an adult's guardians as the register holds them", async () => {
    const register = createRegisterLookup(db.knex);
    expect((await register.factsFor(P.sorenMother))?.guardians).toEqual([]);
    // As the register delivers it: the replica is written by its owner, read by the application.
    await owner.knex('vaergemaal').insert({ person_cpr: P.sorenMother, vaerge_cpr: P.simonMother });
    try {
      expect(await register.factsFor(P.sorenMother)).toMatchObject({ custodyHolders: [], guardians: [P.simonMother] });
    } finally {
      await owner.knex('vaergemaal').where('person_cpr', P.sorenMother).delete();
    }
  });

  it('are refused to a service that has no access to the register', async () => {
    await expect(NO_REGISTER.factsFor(P.soren)).rejects.toThrow('no access to the person register');
  });
});
