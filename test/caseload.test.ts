/**
 * `myCaseload` and the no-N+1 guarantee: the number of SQL statements per request does not grow
 * with the number of citizens on the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_NAMES, type ServiceName } from '../services/shared/src/config.ts';
import { CASEWORKERS, startTestHub, type TestHub } from './harness.ts';

const CASELOAD = /* GraphQL */ `
  query Caseload($first: Int, $after: String) {
    myCaseload(first: $first, after: $after) {
      edges {
        cursor
        node {
          cpr
          name
          birthDate
          custodyHolders { name }
          jobcentre {
            __typename
            ... on JobcentreView {
              caseOpen
              benefits { kind }
              matchGroup { group }
              activationOffers { kind }
              mentor { name }
              appointments { at }
              sanctions { date missedAppointment { at } }
              exemptions { reason }
            }
          }
          family { __typename }
          adultSocial { __typename }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

let hub: TestHub;
let token: string;

beforeAll(async () => {
  // About 80 jobcentre cases (8% of the citizens): more than a page of 50, fewer than 20 pages of 7.
  hub = await startTestHub({ citizens: 1_000 });
  token = await hub.token(CASEWORKERS.jobcentre);
});
afterAll(async () => {
  await hub?.stop();
});

async function countedCaseload(first: number) {
  const before = Object.fromEntries(SERVICE_NAMES.map((s) => [s, hub.queries(s)])) as Record<ServiceName, number>;
  const result = await hub.query(token, CASELOAD, { first });
  expect(result.body.errors).toBeUndefined();
  const statements = Object.fromEntries(SERVICE_NAMES.map((s) => [s, hub.queries(s) - before[s]])) as Record<ServiceName, number>;
  return { edges: result.body.data.myCaseload.edges, statements };
}

describe('myCaseload', () => {
  it('costs the same number of SQL statements per subgraph for 10 and for 50 citizens', async () => {
    const ten = await countedCaseload(10);
    const fifty = await countedCaseload(50);
    expect(ten.edges).toHaveLength(10);
    expect(fifty.edges).toHaveLength(50);
    // The department databases and the registry: exactly the same for 10 and 50 citizens.
    const { consent: consentTen, ...readsTen } = ten.statements;
    const { consent: consentFifty, ...readsFifty } = fifty.statements;
    expect(readsFifty).toEqual(readsTen);
    // The consent database takes the consent lookups (two per other department) and the access-log
    // writes: at most one group commit (7 statements) per log append of the request (listing,
    // registry, three departments), however many citizens; how many appends share a commit depends
    // on timing, not on the caseload's size.
    const bound = 2 * 2 + 7 * 6;
    expect(consentTen).toBeLessThanOrEqual(bound);
    expect(consentFifty).toBeLessThanOrEqual(bound);
    // The jobcentre: the listing plus one statement per entity type (case status, benefits, match
    // group, offers, mentor, appointments, sanctions, exemptions).
    expect(fifty.statements.jobcentre).toBeLessThanOrEqual(1 + 8);
    // The registry: persons, custody holders, and the holders' persons.
    expect(fifty.statements.registry).toBeLessThanOrEqual(3);
    // Other departments refuse without consent: no case data read at all.
    expect(fifty.statements.family).toBe(0);
    expect(fifty.statements['adult-social']).toBe(0);
    for (const edge of fifty.edges) expect(edge.node.jobcentre.__typename).toBe('JobcentreView');
  });

  it('pages through every open case once, in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const result = await hub.query(
        token,
        'query ($after: String) { myCaseload(first: 7, after: $after) { edges { node { cpr } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const connection = result.body.data.myCaseload;
      seen.push(...connection.edges.map((e: any) => e.node.cpr));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const open = hub
      .world!.jobcentre.filter((c) => c.caseOpen)
      .map((c) => c.cpr)
      .sort();
    expect(seen).toEqual(open);
  });

  it("is answered by the caller's own department", async () => {
    const familyToken = await hub.token(CASEWORKERS.family);
    const result = await hub.query(familyToken, '{ myCaseload(first: 100) { edges { node { cpr } } } }');
    expect(result.body.errors).toBeUndefined();
    const cprs = result.body.data.myCaseload.edges.map((e: any) => e.node.cpr);
    const openFamilyParties = new Set(hub.world!.family.filter((c) => c.status === 'OPEN').flatMap((c) => c.parties.map((p) => p.cpr)));
    expect(new Set(cprs)).toEqual(openFamilyParties);
  });

  it.each([
    ['first below 1', { first: 0 }],
    ['first above 200', { first: 201 }],
    ['a cursor it did not issue', { after: 'bm90LWEtY3Vyc29y' }],
  ])('refuses %s with BAD_USER_INPUT', async (_, variables) => {
    const result = await hub.query(token, 'query ($first: Int, $after: String) { myCaseload(first: $first, after: $after) { edges { cursor } } }', variables);
    expect(result.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('is refused to an auditor', async () => {
    const auditor = await hub.token({ sub: 'aud-1', department: 'jobcentre', roles: ['auditor'] });
    const result = await hub.query(auditor, '{ myCaseload { edges { cursor } } }');
    expect(result.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('records the listing with its criterion and the citizens it named', async () => {
    await hub.query(token, CASELOAD, { first: 3 }, { 'x-request-id': 'caseload-log' });
    const entries = (await hub.logEntries()).filter((e: any) => e.requestId === 'caseload-log' && e.criterion);
    expect(entries[0]).toMatchObject({ cpr: null, criterion: expect.stringContaining('myCaseload') });
    expect(entries.filter((e: any) => e.cpr)).toHaveLength(3);
  });
});
