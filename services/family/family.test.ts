import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse, type GraphQLSchema } from 'graphql';
import { encodeCursor, parsePageArgs } from '../shared/src/connection.ts';
import { serviceDatabase } from '../../test/support/postgres.ts';
import type { Database } from '../shared/src/db.ts';
import { buildWorld, PERSONAS, type World } from '../shared/src/demo/world.ts';
import type { Caller } from '../shared/src/identity.ts';
import { InMemoryAccessLog } from '../shared/src/access-log.ts';
import type { ConsentGrant } from '../shared/src/consent-rule.ts';
import { NO_CONSENTS, type ConsentLookup } from '../shared/src/release-gate.ts';
import { NO_SIGNING_KEYS, staticConsents } from '../shared/src/testing.ts';
import { loadConfig } from '../shared/src/config.ts';
import { NO_REGISTER } from '../registry/facts.ts';
import type { ServiceDefinition } from '../shared/src/service.ts';
import { readSubgraphSdl } from '../shared/src/subgraph.ts';
import { family } from './index.ts';
import { createLoaders, openCaseCprs } from './loaders.ts';
import { resolvers } from './resolvers.ts';

const P = PERSONAS;
let db: Database;
let drop: () => Promise<void>;
let world: World;
let schema: GraphQLSchema;

beforeAll(async () => {
  // A few synthetic families besides the personas' (about 3% of the citizens are parents in a case).
  world = buildWorld({ citizens: 100 });
  ({ db, drop } = await serviceDatabase(family as ServiceDefinition<any>, world));
  schema = buildSubgraphSchema([{ typeDefs: parse(readSubgraphSdl('family')), resolvers }]);
}, 60_000);

afterAll(async () => {
  await drop?.();
});

const caller = (department: Caller['department'], purpose: Caller['purpose'] = null): Caller => ({
  id: `cw-${department}`,
  department,
  roles: ['caseworker'],
  purpose,
  requestId: 'req-test',
  operation: 'Test',
});

const FAMILY_QUERY = /* GraphQL */ `
  query ($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on Citizen {
        cpr
        family {
          __typename
          ... on Restricted { department reason }
          ... on FamilyView {
            caseOpen
            withheld { category reason }
            cases {
              caseNumber status opened closed role custody
              child { cpr }
              investigations { kind subject { cpr } started deadline done }
              measures { id kind legalReference from to }
              meetings { id at end kind participated }
            }
            meetings { id at end kind participated }
          }
        }
      }
    }
  }
`;

async function viewsOf(cprs: string[], who: Caller = caller('family'), consents: ConsentLookup = NO_CONSENTS) {
  const accessLog = new InMemoryAccessLog();
  const contextValue = family.createContext(who, { db, accessLog, consents, config: loadConfig({}), register: NO_REGISTER, keys: NO_SIGNING_KEYS });
  const result = await graphql({
    schema,
    source: FAMILY_QUERY,
    variableValues: { reps: cprs.map((cpr) => ({ __typename: 'Citizen', cpr })) },
    contextValue,
  });
  expect(result.errors).toBeUndefined();
  const entities = (result.data as { _entities: { cpr: string; family: any }[] })._entities;
  return { views: entities.map((e) => e.family), accessLog };
}

const caseOf = (view: any, caseNumber: string) => view.cases.find((c: any) => c.caseNumber === caseNumber);

describe('the legacy layout', () => {
  it('stores CPR numbers without the dash and dates as DD-MM-YYYY text', async () => {
    const worldCase = world.family.find((c) => c.caseNo === 'B-2026-0117')!;
    const [y, m, d] = worldCase.opened.split('-');
    const sag = await db.knex('sag').where('sag_nr', 'B-2026-0117').first();
    expect(sag).toMatchObject({ barn_cpr: '6905144012', status: 'AABEN', oprettet: `${d}-${m}-${y}`, lukket: null });
    const parties = await db.knex('sagspart').where('sag_nr', 'B-2026-0117').orderBy('part_cpr');
    expect(parties.find((p) => p.part_cpr === '7203851235')).toMatchObject({ rolle: 'FAR', foraeldremyndighed: 'J' });
    const meeting = await db.knex('moede').where('moede_id', 'S-M1').first();
    expect(meeting.start).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
    expect(meeting.moedetype).toBe('FKS');
  });
});

describe("Søren's involvement in case B-2026-0117", () => {
  it('is FATHER with custody, about his child, with exactly the meetings he took part in', async () => {
    const { views } = await viewsOf([P.soren]);
    const view = views[0];
    expect(view.__typename).toBe('FamilyView');
    expect(view.caseOpen).toBe(true);
    expect(view.withheld).toEqual([]);
    const worldCase = world.family.find((c) => c.caseNo === 'B-2026-0117')!;
    const involvement = caseOf(view, 'B-2026-0117');
    expect(involvement).toMatchObject({ status: 'OPEN', opened: worldCase.opened, closed: null, role: 'FATHER', custody: true, child: { cpr: P.sorenChildA } });
    const his = worldCase.meetings.filter((m) => m.participantCprs.includes(P.soren));
    expect(involvement.meetings).toEqual(his.map((m) => ({ id: m.id, at: m.at, end: m.end, kind: m.kind, participated: true })));
  });

  it('shows the assessment of Søren himself, not the child investigation, and no measures', async () => {
    const { views } = await viewsOf([P.soren]);
    const involvement = caseOf(views[0], 'B-2026-0117');
    const assessment = world.family.find((c) => c.caseNo === 'B-2026-0117')!.investigations.find((u) => u.subjectCpr === P.soren)!;
    expect(involvement.investigations).toEqual([
      { kind: 'PARENTAL_CAPACITY_ASSESSMENT', subject: { cpr: P.soren }, started: assessment.started, deadline: assessment.deadline, done: assessment.done },
    ]);
    expect(involvement.measures).toEqual([]);
  });

  it("shows the children's mother only the meeting she attended", async () => {
    const { views } = await viewsOf([P.sorenChildrenMother]);
    const involvement = caseOf(views[0], 'B-2026-0117');
    expect(involvement).toMatchObject({ role: 'MOTHER', custody: true });
    expect(involvement.meetings.map((m: any) => m.id)).toEqual(['S-M4']);
    expect(involvement.investigations).toEqual([]);
  });

  it("shows a sibling in the case only what concerns them, not the other child's case content", async () => {
    const { views } = await viewsOf([P.sorenChildB]);
    const involvement = caseOf(views[0], 'B-2026-0117');
    expect(involvement).toMatchObject({ role: 'CHILD', child: { cpr: P.sorenChildA } });
    // Child A's investigation and the father's capacity assessment are not the sibling's.
    expect(involvement.investigations).toEqual([]);
    expect(involvement.measures).toEqual([]);
    const worldCase = world.family.find((c) => c.caseNo === 'B-2026-0117')!;
    const attended = worldCase.meetings.filter((m) => m.participantCprs.includes(P.sorenChildB)).map((m) => m.id);
    expect(involvement.meetings.map((m: any) => m.id)).toEqual(attended);
    expect(attended.length).toBeLessThan(worldCase.meetings.length);
  });

  it('lists the same meetings across cases as the cases show, oldest first, for father, mother and child', async () => {
    const { views } = await viewsOf([P.soren, P.sorenChildrenMother, P.sorenChildA]);
    for (const view of views) {
      const perCase = new Map(view.cases.flatMap((c: any) => c.meetings).map((m: any) => [m.id, m]));
      expect(view.meetings.length).toBeGreaterThan(0);
      expect(view.meetings).toEqual([...perCase.values()].sort((a: any, b: any) => a.at.localeCompare(b.at)));
    }
    expect(views[1].meetings.map((m: any) => m.id)).toEqual(['S-M4']);
  });

  it("shows the child their own case's content", async () => {
    const { views } = await viewsOf([P.sorenChildA]);
    const involvement = caseOf(views[0], 'B-2026-0117');
    expect(involvement).toMatchObject({ role: 'CHILD', custody: false });
    expect(involvement.investigations.map((u: any) => u.kind)).toEqual(['CHILD_INVESTIGATION', 'PARENTAL_CAPACITY_ASSESSMENT']);
    expect(involvement.meetings.map((m: any) => [m.id, m.participated])).toEqual([
      ['S-M1', false],
      ['S-M2', false],
      ['S-M3', false],
      ['S-M4', false],
    ]);
  });
});

describe("a parent's view of a case with measures", () => {
  /** The world's measures of a case as the graph shows them, with the legal reference expected for each. */
  const measuresOf = (caseNo: string, legalReferences: Record<string, string>) =>
    world.family
      .find((c) => c.caseNo === caseNo)!
      .measures.map((m) => ({ id: m.id, kind: m.kind, legalReference: legalReferences[m.id], from: m.from, to: m.to }));

  it("shows Anne none of her eldest child's measures, while the child's view shows them with the law in force", async () => {
    const { views } = await viewsOf([P.anne, P.anneChildEldest]);
    const [anne, eldest] = views;
    expect(caseOf(anne, 'B-2024-0031')).toMatchObject({ role: 'MOTHER', measures: [] });
    expect(caseOf(anne, 'B-2025-0244')).toMatchObject({ role: 'MOTHER', status: 'CLOSED', measures: [] });
    expect(caseOf(eldest, 'B-2024-0031').measures).toEqual(
      measuresOf('B-2024-0031', { 'A-F1': 'Barnets lov § 46', 'A-F2': 'Barnets lov § 32, stk. 1, nr. 2', 'A-F3': 'Barnets lov § 32, stk. 1, nr. 3' }),
    );
  });

  it('keeps the Serviceloven reference of a measure granted before 2024', async () => {
    const { views } = await viewsOf([P.simon]);
    expect(views[0].caseOpen).toBe(false);
    expect(caseOf(views[0], 'B-2016-0412').measures).toEqual(measuresOf('B-2016-0412', { 'B-F1': 'Serviceloven § 52, stk. 3, nr. 6' }));
  });

  it('gives a citizen with no family case an empty view, not an error', async () => {
    const other = world.jobcentre.map((c) => c.cpr).find((cpr) => !world.family.some((f) => f.parties.some((p) => p.cpr === cpr)))!;
    const { views } = await viewsOf([other]);
    expect(views[0]).toMatchObject({ __typename: 'FamilyView', caseOpen: false, cases: [] });
  });
});

describe('release to another department', () => {
  const now = Date.now();
  const grant: ConsentGrant = {
    id: 'consent-1',
    version: 1,
    cpr: P.soren,
    sourceDepartments: ['family'],
    recipientDepartments: ['jobcentre'],
    categories: ['FAMILY_CASES', 'FAMILY_MEETINGS'],
    purpose: 'COORDINATED_EFFORT',
    validFrom: new Date(now - 86_400_000),
    validUntil: new Date(now + 86_400_000),
    revokedAt: null,
  };
  const consents: ConsentLookup = staticConsents([grant]);

  it('is Restricted without a consent', async () => {
    const { views } = await viewsOf([P.soren], caller('jobcentre', 'COORDINATED_EFFORT'));
    expect(views[0]).toEqual({ __typename: 'Restricted', department: 'FAMILY', reason: 'NO_CONSENT' });
  });

  it('gives null, not empty, for the categories the consent does not cover', async () => {
    const { views, accessLog } = await viewsOf([P.soren], caller('jobcentre', 'COORDINATED_EFFORT'), consents);
    const involvement = caseOf(views[0], 'B-2026-0117');
    expect(involvement.meetings).toHaveLength(4);
    expect(involvement.investigations).toBeNull();
    expect(involvement.measures).toBeNull();
    expect(views[0].withheld).toEqual([
      { category: 'FAMILY_INVESTIGATIONS', reason: 'CATEGORY_NOT_COVERED' },
      { category: 'FAMILY_MEASURES', reason: 'CATEGORY_NOT_COVERED' },
    ]);
    expect(accessLog.entries.map((e) => [e.outcome, e.legalBasis, e.categories])).toEqual([
      ['RELEASED', 'CONSENT', ['FAMILY_CASES', 'FAMILY_MEETINGS']],
      ['REFUSED', 'NONE', ['FAMILY_INVESTIGATIONS', 'FAMILY_MEASURES']],
    ]);
  });
});

describe('under a consent for meetings only', () => {
  const now = Date.now();
  const meetingsOnly = staticConsents([
    {
      id: 'c-meet',
      version: 1,
      cpr: P.soren,
      sourceDepartments: ['family'],
      recipientDepartments: ['jobcentre'],
      categories: ['FAMILY_MEETINGS'],
      purpose: 'COORDINATED_EFFORT',
      validFrom: new Date(now - 86_400_000),
      validUntil: new Date(now + 86_400_000),
      revokedAt: null,
    },
  ]);

  it('shows the meetings he took part in, and neither his cases nor whether one is open', async () => {
    const { views, accessLog } = await viewsOf([P.soren], caller('jobcentre', 'COORDINATED_EFFORT'), meetingsOnly);
    const view = views[0];
    expect(view.cases).toBeNull();
    expect(view.caseOpen).toBeNull();
    expect(view.meetings.map((m: any) => m.id)).toEqual(['S-M1', 'S-M2', 'S-M3', 'S-M4']);
    expect(view.withheld.map((w: any) => w.category)).toEqual(['FAMILY_CASES', 'FAMILY_INVESTIGATIONS', 'FAMILY_MEASURES']);
    expect(accessLog.entries.map((e) => [e.outcome, e.categories])).toEqual(
      expect.arrayContaining([
        ['RELEASED', ['FAMILY_MEETINGS']],
        ['REFUSED', ['FAMILY_CASES', 'FAMILY_INVESTIGATIONS', 'FAMILY_MEASURES']],
      ]),
    );
    expect(accessLog.entries).toHaveLength(2);
  });
});

describe('batching', () => {
  const tenCprs = () => {
    const parties = [...new Set(world.family.flatMap((c) => c.parties.map((p) => p.cpr)))];
    const others = world.jobcentre.map((c) => c.cpr).filter((cpr) => !parties.includes(cpr));
    const cprs = [...parties, ...others].slice(0, 10);
    expect(cprs).toHaveLength(10);
    return cprs;
  };

  it('issues exactly one query per entity type for a batch of 10 citizens', async () => {
    const cprs = tenCprs();
    for (const entity of ['cases', 'investigations', 'measures', 'meetings'] as const) {
      const loaders = createLoaders(db.knex);
      const before = db.queryCount();
      const results = await Promise.all(cprs.map((cpr) => loaders[entity].load(cpr)));
      expect(db.queryCount() - before, entity).toBe(1);
      expect(results).toHaveLength(10);
    }
  });

  it('answers the full nested view of 10 citizens, every case of each, in one query per entity type', async () => {
    const cprs = tenCprs();
    const before = db.queryCount();
    const { views } = await viewsOf(cprs);
    expect(db.queryCount() - before).toBe(4);
    expect(views.reduce((n, v) => n + v.cases.length, 0)).toBeGreaterThan(10);
  });
});

describe('the caseload', () => {
  const expected = () => [...new Set(world.family.filter((c) => c.status === 'OPEN').flatMap((c) => c.parties.map((p) => p.cpr)))].sort();

  it('lists the parties, adults and children, of open cases only, by CPR', async () => {
    const all = await openCaseCprs(db.knex, null, 1000);
    expect(all).toEqual(expected());
    expect(all).toContain(P.soren);
    expect(all).toContain(P.sorenChildB);
    expect(all).not.toContain(P.simon);
    expect(all).not.toContain(P.anneChildYoungest);
  });

  it('pages through the cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const { first, afterCpr } = parsePageArgs({ first: 2, after });
      const rows = await openCaseCprs(db.knex, afterCpr, first + 1);
      seen.push(...rows.slice(0, first));
      if (rows.length <= first) break;
      after = encodeCursor(rows[first - 1]!);
    }
    expect(seen).toEqual(expected());
  });
});
