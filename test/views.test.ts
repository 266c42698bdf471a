/**
 * The caseworker views composed at the gateway: timeline, conflicts, complexity, coordinator, and
 * the caseload with its flags, each showing only what the caller may see and logged like any read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_NAMES, type ServiceName } from '../services/shared/src/config.ts';
import { PERSONAS } from '../services/shared/src/demo/world.ts';
import { addDays, danishDate } from '../services/shared/src/time.ts';
import { CASEWORKERS, startTestHub, type TestHub } from './harness.ts';

let hub: TestHub;
const tokens: Record<string, string> = {};
const purpose = { 'x-purpose': 'COORDINATED_EFFORT' };

beforeAll(async () => {
  // About 400 jobcentre cases (8% of the citizens): a page of 200 from just before Anne needs them.
  hub = await startTestHub({ citizens: 5_000 });
  for (const [department, claims] of Object.entries(CASEWORKERS)) tokens[department] = await hub.token(claims);
});
afterAll(async () => {
  await hub?.stop();
});

const VIEWS = /* GraphQL */ `
  query Views($cpr: ID!, $from: Date, $to: Date) {
    citizen(cpr: $cpr) {
      timeline(from: $from, to: $to) { at end department kind title ref { type id } }
      conflicts { kind departments description events { at kind department } }
      conflictCount
      complexity { departmentsInvolved activeBenefitsAndMeasures yearlyCostDkk meetsCoordinationCriteria criteriaMet restrictedDepartments }
    }
  }
`;

async function views(
  department: keyof typeof CASEWORKERS,
  cpr: string,
  headers: Record<string, string> = purpose,
  range = { from: '2026-08-01', to: '2026-12-31' },
) {
  const result = await hub.query(tokens[department]!, VIEWS, { cpr, ...range }, headers);
  expect(result.body.errors).toBeUndefined();
  return result.body.data.citizen;
}

describe("Søren Jensen's conflicts", () => {
  it('are invisible to the family department while the jobcentre shares nothing', async () => {
    const soren = await views('family', PERSONAS.soren);
    expect(soren.conflicts).toEqual([]);
    expect(soren.timeline.every((e: any) => e.department === 'FAMILY')).toBe(true);
    expect(soren.complexity.restrictedDepartments).toEqual(['JOBCENTRE', 'ADULT_SOCIAL']);
  });

  it('show his three sanctions for activation missed on family-meeting days once the jobcentre shares them', async () => {
    const granted = await hub.query(tokens.jobcentre!, 'mutation ($i: GrantConsentInput!) { grantConsent(input: $i) { id } }', {
      i: {
        cpr: PERSONAS.soren,
        grantedBy: [{ name: 'Søren Jensen', cpr: PERSONAS.soren, capacity: 'SELF' }],
        sourceDepartments: ['JOBCENTRE', 'FAMILY'],
        recipientDepartments: ['JOBCENTRE', 'FAMILY'],
        // The family department shares its meetings and nothing else of the cases: enough for the rule.
        categories: ['JOBCENTRE_APPOINTMENTS', 'JOBCENTRE_SANCTIONS', 'JOBCENTRE_ACTIVATION', 'FAMILY_MEETINGS'],
        purpose: 'COORDINATED_EFFORT',
        validUntil: addDays(danishDate(new Date()), 100),
        method: 'WRITTEN',
        evidence: 'Declaration at network meeting',
        textVersion: 'samtykke-2026-01',
      },
    });
    expect(granted.body.errors).toBeUndefined();

    // The jobcentre sees the meetings that concern Søren, not the cases they belong to.
    const family = (
      await hub.query(
        tokens.jobcentre!,
        `{ citizen(cpr: "${PERSONAS.soren}") { family { ... on FamilyView { cases { caseNumber } meetings { at participated } withheld { category } } } } }`,
        undefined,
        purpose,
      )
    ).body.data.citizen.family;
    expect(family.cases).toBeNull();
    expect(family.withheld.map((w: any) => w.category)).toContain('FAMILY_CASES');
    expect(family.meetings.map((m: any) => m.at.slice(0, 10))).toEqual(expect.arrayContaining(['2026-09-08', '2026-09-29', '2026-10-20']));
    expect(family.meetings.every((m: any) => m.participated)).toBe(true);

    for (const department of ['family', 'jobcentre'] as const) {
      const soren = await views(department, PERSONAS.soren);
      const sanctions = soren.conflicts.filter((c: any) => c.kind.includes('SANCTION'));
      expect(sanctions, department).toHaveLength(3);
      for (const conflict of sanctions) {
        expect([...conflict.departments].sort()).toEqual(['FAMILY', 'JOBCENTRE']);
        expect(conflict.events.map((e: any) => e.kind)).toEqual(expect.arrayContaining(['SANCTION', 'MEETING']));
      }
      expect(sanctions.map((c: any) => c.events.find((e: any) => e.kind === 'SANCTION').at.slice(0, 10))).toEqual(['2026-09-08', '2026-09-29', '2026-10-20']);
      expect(soren.conflictCount).toBe(soren.conflicts.length);
    }
  });

  it('keep the timeline chronological and limited to what may be seen', async () => {
    const soren = await views('family', PERSONAS.soren);
    const times = soren.timeline.map((e: any) => e.at);
    expect(times).toEqual([...times].sort());
    expect(soren.timeline.every((e: any) => e.at >= '2026-08-01' && e.at.slice(0, 10) <= '2026-12-31')).toBe(true);
    const kinds = new Set(soren.timeline.map((e: any) => e.kind));
    for (const kind of ['SANCTION', 'MEETING', 'ACTIVATION_SESSION', 'CONSENT_GRANTED']) expect(kinds).toContain(kind);
    // Benefits were not shared with the family department: no benefit events.
    expect(soren.timeline.some((e: any) => e.kind.startsWith('BENEFIT'))).toBe(false);
    // Adult social services share nothing with the family department.
    expect(soren.timeline.some((e: any) => e.department === 'ADULT_SOCIAL')).toBe(false);
  });
});

describe('complexity', () => {
  it('finds that Anne meets the coordination criteria, with everything shared', async () => {
    const anne = await views('jobcentre', PERSONAS.anne);
    expect(anne.complexity).toMatchObject({
      departmentsInvolved: ['JOBCENTRE', 'FAMILY', 'ADULT_SOCIAL'],
      meetsCoordinationCriteria: true,
      restrictedDepartments: [],
    });
    expect(anne.complexity.yearlyCostDkk).toBeGreaterThan(150_000);
  });

  it('says which departments its figures could not include', async () => {
    const anne = await views('jobcentre', PERSONAS.anne, {});
    expect(anne.complexity.restrictedDepartments).toEqual(['FAMILY', 'ADULT_SOCIAL']);
    expect(anne.complexity.departmentsInvolved).toEqual(['JOBCENTRE']);
  });
});

describe('the views', () => {
  it.each([
    ['a date that is not a date', { from: '2026-13-01', to: '2026-12-31' }],
    ['an end before the start', { from: '2026-12-01', to: '2026-11-01' }],
  ])('refuse %s with BAD_USER_INPUT', async (_, range) => {
    const result = await hub.query(
      tokens.family!,
      'query ($cpr: ID!, $from: Date, $to: Date) { citizen(cpr: $cpr) { timeline(from: $from, to: $to) { at } } }',
      { cpr: PERSONAS.soren, ...range },
    );
    expect(result.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('write their access-log entries like any other release', async () => {
    await hub.query(tokens.family!, VIEWS, { cpr: PERSONAS.anne, from: '2026-10-01', to: '2026-10-31' }, { ...purpose, 'x-request-id': 'views-log' });
    const entries = (await hub.logEntries()).filter((e) => e.requestId === 'views-log');
    const sources = new Set(entries.map((e) => e.sourceDepartment));
    for (const source of ['jobcentre', 'family', 'adult-social']) expect(sources).toContain(source);
    expect(entries.find((e) => e.sourceDepartment === 'jobcentre' && e.outcome === 'RELEASED')).toMatchObject({ legalBasis: 'CONSENT', actorId: 'cw-fa-1' });
  });

  it('log under the request id the caller was given when the caller sent none', async () => {
    const result = await hub.query(tokens.family!, `{ citizen(cpr: "${PERSONAS.anne}") { conflictCount } }`, undefined, purpose);
    const requestId = result.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    const entries = (await hub.logEntries()).filter((e) => e.requestId === requestId);
    expect(entries.find((e) => e.sourceDepartment === 'jobcentre' && e.outcome === 'RELEASED')).toMatchObject({ legalBasis: 'CONSENT', cpr: PERSONAS.anne });
  });
});

describe('the coordinator', () => {
  const ASSIGN = 'mutation ($cpr: ID!, $cw: String!) { assignCoordinator(cpr: $cpr, caseworkerId: $cw) { caseworkerId department consentId assignedBy } }';

  it('is assigned only under a consent for a coordinated effort or a joint plan, and logged', async () => {
    const simonFamily = await hub.query(tokens.family!, ASSIGN, { cpr: PERSONAS.simon, cw: 'cw-fa-3' });
    expect(simonFamily.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_CONSENT' });

    const caseworkerOnly = await hub.token({ sub: 'cw-fa-2', department: 'family', roles: ['caseworker'] });
    expect((await hub.query(caseworkerOnly, ASSIGN, { cpr: PERSONAS.anne, cw: 'cw-fa-3' })).body.errors[0].extensions.code).toBe('FORBIDDEN');

    const assigned = await hub.query(tokens.family!, ASSIGN, { cpr: PERSONAS.anne, cw: 'cw-fa-3' }, { 'x-request-id': 'assign-1' });
    expect(assigned.body.errors).toBeUndefined();
    expect(assigned.body.data.assignCoordinator).toMatchObject({ caseworkerId: 'cw-fa-3', department: 'FAMILY', assignedBy: 'cw-fa-1' });
    const logged = (await hub.logEntries()).find((e) => e.requestId === 'assign-1');
    expect(logged).toMatchObject({
      categories: ['COORDINATOR_ASSIGNED'],
      legalBasis: 'CONSENT',
      consentId: assigned.body.data.assignCoordinator.consentId,
      cpr: PERSONAS.anne,
    });

    const seen = await hub.query(tokens.jobcentre!, `{ citizen(cpr: "${PERSONAS.anne}") { coordinator { caseworkerId department } } }`);
    expect(seen.body.data.citizen.coordinator).toEqual({ caseworkerId: 'cw-fa-3', department: 'FAMILY' });
  });
});

describe('the caseload with flags', () => {
  const CASELOAD = /* GraphQL */ `
    query Flags($first: Int, $after: String) {
      myCaseload(first: $first, after: $after) {
        edges { node { cpr name jobcentre { ... on JobcentreView { caseOpen benefits { kind } appointments { at } } } conflictCount complexity { meetsCoordinationCriteria } } }
      }
    }
  `;

  async function counted(first: number, after: string | null) {
    const before = Object.fromEntries(SERVICE_NAMES.map((s) => [s, hub.queries(s)])) as Record<ServiceName, number>;
    const result = await hub.query(tokens.jobcentre!, CASELOAD, { first, after }, purpose);
    expect(result.body.errors).toBeUndefined();
    const statements = Object.fromEntries(SERVICE_NAMES.map((s) => [s, hub.queries(s) - before[s]])) as Record<ServiceName, number>;
    return { edges: result.body.data.myCaseload.edges, statements };
  }

  it('costs the same number of database statements for 10 and 200 citizens', async () => {
    // Both pages start just before Anne, so both hold a citizen whose other departments are shared
    // (and read): the comparison covers every subgraph's loaders, not only the jobcentre's.
    const all = (await hub.query(tokens.jobcentre!, '{ myCaseload(first: 200) { edges { cursor node { cpr } } } }')).body.data.myCaseload.edges;
    const anneAt = all.findIndex((e: any) => e.node.cpr === PERSONAS.anne);
    expect(anneAt).toBeGreaterThan(0);
    const after = all[anneAt - 1].cursor;
    const ten = await counted(10, after);
    const twoHundred = await counted(200, after);
    expect(ten.statements.family).toBeGreaterThan(0);
    expect(ten.edges).toHaveLength(10);
    expect(twoHundred.edges).toHaveLength(200);
    const { consent: consentTen, ...ownTen } = ten.statements;
    const { consent: consentTwoHundred, ...ownTwoHundred } = twoHundred.statements;
    expect(ownTwoHundred).toEqual(ownTen);
    // The consent store: lookups and confirmations per subgraph request, and the access log's group
    // commits; how many commits a request needs depends on timing, not on the number of citizens.
    expect(consentTwoHundred).toBeLessThanOrEqual(consentTen + 30);
    for (const edge of twoHundred.edges) {
      expect(typeof edge.node.conflictCount).toBe('number');
      expect(typeof edge.node.complexity.meetsCoordinationCriteria).toBe('boolean');
    }
    const anne = twoHundred.edges.find((e: any) => e.node.cpr === PERSONAS.anne);
    expect(anne.node.complexity.meetsCoordinationCriteria).toBe(true);
  });
});
