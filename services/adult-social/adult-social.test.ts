/**
 * Adult social services' subgraph against its legacy layout: the personas come back in the graph's
 * vocabulary through the client-number mapping table, the loaders batch, and the caseload pages.
 */
import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { graphql, parse, type GraphQLSchema } from 'graphql';
import { serviceDatabase } from '../../test/support/postgres.ts';
import type { Database } from '../shared/src/db.ts';
import { PERSONAS, buildWorld, type World } from '../shared/src/demo/world.ts';
import type { Caller } from '../shared/src/identity.ts';
import { InMemoryAccessLog } from '../shared/src/access-log.ts';
import type { ConsentGrant } from '../shared/src/consent-rule.ts';
import { NO_CONSENTS, type ConsentLookup } from '../shared/src/release-gate.ts';
import { NO_SIGNING_KEYS, staticConsents } from '../shared/src/testing.ts';
import { loadConfig } from '../shared/src/config.ts';
import { NO_REGISTER } from '../registry/facts.ts';
import { readSubgraphSdl } from '../shared/src/subgraph.ts';
import { adultSocial } from './index.ts';
import { clear, seed, supportYearlyCostDkk } from './legacy/seed.ts';
import { createLoaders, openCaseCprs } from './loaders.ts';

let db: Database;
/** The owner of the tables: the department's own writes, which the hub's login cannot make. */
let owner: Database;
let drop: () => Promise<void>;
let world: World;
let schema: GraphQLSchema;
// A fixed day in the demo's autumn 2026, so "current" does not move with the calendar.
const loaders = () => createLoaders(db.knex, { today: () => '2026-11-26' });

beforeAll(async () => {
  // A few synthetic clients besides the personas (about 4% of the citizens).
  world = buildWorld({ citizens: 100 });
  ({ db, owner, drop } = await serviceDatabase(adultSocial, world));
  schema = buildSubgraphSchema([{ typeDefs: parse(readSubgraphSdl('adult-social')), resolvers: adultSocial.resolvers as GraphQLResolverMap<unknown> }]);
}, 60_000);
afterAll(async () => {
  await drop?.();
});

describe('the legacy layout', () => {
  it('keys citizens by client number, from 100001 in world order, with the CPR stored without the dash', async () => {
    const clients = await db.knex('klient').orderBy('klient_nr').select('klient_nr', 'cpr_nr');
    expect(clients.map((c) => c.klient_nr)).toEqual(world.adultSocial.map((_, i) => 100001 + i));
    expect(clients.map((c) => c.cpr_nr)).toEqual(world.adultSocial.map((c) => c.cpr.replace('-', '')));
  });

  it('keeps the CPR number out of every case table', async () => {
    const columns = await db.knex('information_schema.columns').where({ table_schema: 'public' }).whereILike('column_name', '%cpr%').pluck('table_name');
    expect(columns).toEqual(['klient']);
  });

  it('stores dates as yyyymmdd integers, 0 for open-ended, and a yearly cost on support rows', async () => {
    const simon = await db
      .knex('stoette as s')
      .join('klient as k', 'k.klient_nr', 's.klient_nr')
      .where('k.cpr_nr', '8311013571')
      .orderBy('s.fra')
      .select('s.fra', 's.til', 's.aarlig_udgift_kr');
    expect(simon).toEqual([
      { fra: 20240901, til: 20250831, aarlig_udgift_kr: 15 * 52 * 450 },
      { fra: 20250901, til: 20260228, aarlig_udgift_kr: 10 * 52 * 450 },
      { fra: 20260301, til: 0, aarlig_udgift_kr: 4 * 52 * 450 },
    ]);
    expect(supportYearlyCostDkk(4)).toBe(93_600);
  });

  it('clears and re-seeds to the same rows', async () => {
    const before = await db.knex('aftale').orderBy('aftale_id').select();
    await clear(owner.knex);
    expect(Number((await db.knex('klient').count({ n: '*' }))[0]!.n)).toBe(0);
    await seed(owner.knex, world);
    expect(await db.knex('aftale').orderBy('aftale_id').select()).toEqual(before);
  });
});

describe('the personas, as the loaders read them', () => {
  it('Simon: housing support package 5 reduced to 4 and then 2, package 2 current, STU one day a week', async () => {
    const l = loaders();
    const packages = await l.supportPackages.load(PERSONAS.simon);
    expect(packages.map((p) => p.level)).toEqual([5, 4, 2]);
    expect(packages[0]).toMatchObject({ level: 5, hoursPerWeek: 15, from: '2024-09-01', to: '2025-08-31', legalReference: 'Serviceloven § 85' });
    expect(await l.currentSupportPackage(PERSONAS.simon)).toMatchObject({ level: 2, hoursPerWeek: 4, from: '2026-03-01', to: null });
    expect(await l.education.load(PERSONAS.simon)).toEqual([
      { cpr: PERSONAS.simon, daysPerWeek: 1, from: '2024-09-01', to: '2027-06-30', legalReference: 'STU-loven' },
    ]);
    expect(await l.caseOpen.load(PERSONAS.simon)).toBe(true);
  });

  it('judges the current package by the day asked: package 4 in its last month', async () => {
    const l = createLoaders(db.knex, { today: () => '2026-02-28' });
    expect((await l.currentSupportPackage(PERSONAS.simon))?.level).toBe(4);
  });

  it('Søren: an inquiry from his mother, then a pending needs assessment for housing support, and no support yet', async () => {
    const l = loaders();
    expect(await l.assessments.load(PERSONAS.soren)).toEqual([
      { cpr: PERSONAS.soren, kind: 'INQUIRY', topic: 'Henvendelse fra mor om bekymring', opened: '2026-09-14', decided: '2026-09-21', status: 'GRANTED' },
      { cpr: PERSONAS.soren, kind: 'NEEDS_ASSESSMENT', topic: 'Bostøtte ved depression', opened: '2026-09-21', decided: null, status: 'PENDING' },
    ]);
    expect(await l.supportPackages.load(PERSONAS.soren)).toEqual([]);
    expect(await l.currentSupportPackage(PERSONAS.soren)).toBeNull();
    expect(await l.appointments.load(PERSONAS.soren)).toEqual([
      { cpr: PERSONAS.soren, id: 'S-V1', at: '2026-12-02T13:00', end: '2026-12-02T14:00', kind: 'HOME_VISIT' },
    ]);
  });

  it('Anne: cooperation with psychiatry and housing support package 2', async () => {
    const l = loaders();
    expect(await l.psychiatryCooperation.load(PERSONAS.anne)).toEqual([
      { cpr: PERSONAS.anne, from: '2025-08-04', to: null, note: 'Samarbejde med distriktspsykiatrien' },
    ]);
    expect((await l.currentSupportPackage(PERSONAS.anne))?.level).toBe(2);
    expect(await l.placements.load(PERSONAS.anne)).toEqual([]);
  });

  it('gives a citizen unknown to the department empty lists and no case status', async () => {
    const l = loaders();
    expect(await l.caseOpen.load(PERSONAS.sorenMother)).toBeNull();
    expect(await l.assessments.load(PERSONAS.sorenMother)).toEqual([]);
    expect(await l.addictionTreatments.load('not-a-cpr')).toEqual([]);
  });
});

describe('the loaders', () => {
  const batch = () => {
    const known = world.adultSocial.map((c) => c.cpr);
    const others = world.persons.map((p) => p.cpr).filter((cpr) => !known.includes(cpr));
    return [...known, ...others].slice(0, 10);
  };

  it('issue exactly one SQL statement per entity type for a batch of 10 citizens', async () => {
    const cprs = batch();
    expect(cprs).toHaveLength(10);
    const { currentSupportPackage: _, ...entityLoaders } = loaders();
    for (const [name, loader] of Object.entries(entityLoaders)) {
      const before = db.queryCount();
      const results = await Promise.all(cprs.map((cpr) => loader.load(cpr)));
      expect(results, name).toHaveLength(10);
      expect(db.queryCount() - before, name).toBe(1);
    }
  });

  it('answer a whole view of 10 citizens with one statement per entity type, the current package included', async () => {
    const cprs = batch();
    const l = loaders();
    const { currentSupportPackage, ...entityLoaders } = l;
    const before = db.queryCount();
    await Promise.all(cprs.flatMap((cpr) => [...Object.values(entityLoaders).map((loader) => loader.load(cpr)), currentSupportPackage(cpr)]));
    expect(db.queryCount() - before).toBe(Object.keys(entityLoaders).length);
  });

  it('return the batch in the order asked, each citizen with only their own rows', async () => {
    const cprs = [PERSONAS.simon, PERSONAS.sorenMother, PERSONAS.anne, PERSONAS.soren];
    const packages = await Promise.all(cprs.map((cpr) => loaders().supportPackages.load(cpr)));
    expect(packages.map((list) => list.map((p) => p.level))).toEqual([[5, 4, 2], [], [2], []]);
    for (const [i, list] of packages.entries()) for (const p of list) expect(p.cpr).toBe(cprs[i]);
  });
});

describe('openCaseCprs', () => {
  const open = () =>
    world.adultSocial
      .filter((c) => c.caseOpen)
      .map((c) => c.cpr)
      .sort();

  it('lists the open cases by canonical CPR', async () => {
    expect(await openCaseCprs(db.knex, null, 100)).toEqual(open());
  });

  it('pages after a cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const page = await openCaseCprs(db.knex, after, 2);
      if (page.length === 0) break;
      expect(page.length).toBeLessThanOrEqual(2);
      seen.push(...page);
      after = page.at(-1)!;
    }
    expect(seen).toEqual(open());
  });

  it('continues after a cursor that is not itself an open case', async () => {
    // Søren's mother is known to the hub but not to adult social services.
    const cursor = PERSONAS.sorenMother;
    expect(await openCaseCprs(db.knex, cursor, 100)).toEqual(open().filter((cpr) => cpr > cursor));
    expect(await openCaseCprs(db.knex, open().at(-1)!, 10)).toEqual([]);
  });

  it('leaves out closed cases', async () => {
    await owner.knex('klient').where('cpr_nr', '8311013571').update({ sagsstatus: 9 });
    try {
      expect(await openCaseCprs(db.knex, null, 100)).not.toContain(PERSONAS.simon);
    } finally {
      await owner.knex('klient').where('cpr_nr', '8311013571').update({ sagsstatus: 1 });
    }
  });
});

describe('through the subgraph schema', () => {
  const caller = (department: Caller['department'], purpose: Caller['purpose'] = null): Caller => ({
    id: `cw-${department}`,
    department,
    roles: ['caseworker'],
    purpose,
    requestId: 'req-test',
    operation: 'Test',
  });
  const CITIZEN = /* GraphQL */ `
    query ($reps: [_Any!]!) {
      _entities(representations: $reps) {
        ... on Citizen {
          cpr
          adultSocial {
            __typename
            ... on Restricted { department reason }
            ... on AdultSocialView {
              caseOpen
              assessments { kind topic opened decided status }
              supportPackages { level hoursPerWeek from to legalReference }
              placements { kind }
              addictionTreatments { kind }
              education { daysPerWeek from to legalReference }
              psychiatryCooperation { from to note }
              appointments { id at end kind }
              withheld { category reason }
            }
          }
        }
      }
    }
  `;
  async function run(who: Caller, query: string, variables: Record<string, unknown>, consents: ConsentLookup = NO_CONSENTS) {
    const accessLog = new InMemoryAccessLog();
    const contextValue = adultSocial.createContext(who, { db, accessLog, consents, config: loadConfig({}), register: NO_REGISTER, keys: NO_SIGNING_KEYS });
    const before = db.queryCount();
    const result = await graphql({ schema, source: query, variableValues: variables, contextValue });
    return { result: result as { data?: any; errors?: readonly { message: string; extensions?: any }[] }, accessLog, statements: db.queryCount() - before };
  }
  const reps = (...cprs: string[]) => ({ reps: cprs.map((cpr) => ({ __typename: 'Citizen', cpr })) });

  it('shows the department its own citizen in the graph vocabulary, and logs the release', async () => {
    const { result, accessLog } = await run(caller('adult-social'), CITIZEN, reps(PERSONAS.simon));
    expect(result.errors).toBeUndefined();
    const view = result.data._entities[0].adultSocial;
    expect(view).toMatchObject({ __typename: 'AdultSocialView', caseOpen: true, withheld: [], placements: [], addictionTreatments: [], appointments: [] });
    expect(view.supportPackages.map((p: any) => p.level)).toEqual([5, 4, 2]);
    expect(view.education).toEqual([{ daysPerWeek: 1, from: '2024-09-01', to: '2027-06-30', legalReference: 'STU-loven' }]);
    expect(accessLog.entries.map((e) => [e.outcome, e.legalBasis, e.cpr])).toEqual([['RELEASED', 'OWN_DEPARTMENT', PERSONAS.simon]]);
  });

  it('refuses another department without consent the same way whether or not the department knows the citizen, reading nothing', async () => {
    const { result, statements } = await run(caller('jobcentre', 'COORDINATED_EFFORT'), CITIZEN, reps(PERSONAS.soren, PERSONAS.sorenMother));
    expect(result.errors).toBeUndefined();
    const restricted = { __typename: 'Restricted', department: 'ADULT_SOCIAL', reason: 'NO_CONSENT' };
    expect(result.data._entities.map((e: any) => e.adultSocial)).toEqual([restricted, restricted]);
    expect(statements).toBe(0);
  });

  it('under a consent for support only, shows support and withholds every other category as null', async () => {
    const grant: ConsentGrant = {
      id: 'c-anne',
      version: 1,
      cpr: PERSONAS.anne,
      sourceDepartments: ['adult-social'],
      recipientDepartments: ['jobcentre'],
      categories: ['ADULT_SOCIAL_SUPPORT'],
      purpose: 'COORDINATED_EFFORT',
      validFrom: new Date('2020-01-01T00:00:00Z'),
      validUntil: new Date('2100-01-01T00:00:00Z'),
      revokedAt: null,
    };
    const consents: ConsentLookup = staticConsents([grant]);
    const { result } = await run(caller('jobcentre', 'COORDINATED_EFFORT'), CITIZEN, reps(PERSONAS.anne), consents);
    expect(result.errors).toBeUndefined();
    const view = result.data._entities[0].adultSocial;
    expect(view.supportPackages).toEqual([{ level: 2, hoursPerWeek: 4, from: '2025-09-01', to: null, legalReference: 'Serviceloven § 85' }]);
    for (const field of ['assessments', 'placements', 'addictionTreatments', 'education', 'psychiatryCooperation', 'appointments'])
      expect(view[field], field).toBeNull();
    expect(view.withheld.map((w: any) => w.category)).toEqual([
      'ADULT_SOCIAL_ASSESSMENTS',
      'ADULT_SOCIAL_PLACEMENTS',
      'ADULT_SOCIAL_TREATMENT',
      'ADULT_SOCIAL_EDUCATION',
      'ADULT_SOCIAL_PSYCHIATRY',
      'ADULT_SOCIAL_APPOINTMENTS',
    ]);
    expect(new Set(view.withheld.map((w: any) => w.reason))).toEqual(new Set(['CATEGORY_NOT_COVERED']));
  });

  const CASELOAD = /* GraphQL */ `
    query ($first: Int, $after: String) {
      myCaseload(first: $first, after: $after) { edges { cursor node { cpr } } pageInfo { hasNextPage endCursor } }
    }
  `;

  it("pages the caseload for the department's caseworkers, and logs the listing", async () => {
    const open = world.adultSocial
      .filter((c) => c.caseOpen)
      .map((c) => c.cpr)
      .sort();
    const first = await run(caller('adult-social'), CASELOAD, { first: 2 });
    expect(first.result.errors).toBeUndefined();
    expect(first.result.data.myCaseload.edges.map((e: any) => e.node.cpr)).toEqual(open.slice(0, 2));
    expect(first.result.data.myCaseload.pageInfo.hasNextPage).toBe(true);
    expect(first.accessLog.entries[0]).toMatchObject({ cpr: null, criterion: expect.stringContaining('myCaseload') });
    const rest = await run(caller('adult-social'), CASELOAD, { first: 100, after: first.result.data.myCaseload.pageInfo.endCursor });
    expect(rest.result.data.myCaseload.edges.map((e: any) => e.node.cpr)).toEqual(open.slice(2));
    expect(rest.result.data.myCaseload.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses the caseload to another department's caseworker", async () => {
    const { result } = await run(caller('jobcentre'), CASELOAD, { first: 2 });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
