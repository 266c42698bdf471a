/**
 * The jobcentre's subgraph against its legacy layout: the personas come back in the graph's
 * vocabulary, another department sees only what a consent covers, the loaders batch, and the
 * caseload pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceDatabase } from '../../test/support/postgres.ts';
import type { Database } from '../shared/src/db.ts';
import { PERSONAS, buildWorld, type World } from '../shared/src/demo/world.ts';
import { caseworkerOf, consentGrant, staticConsents, subgraphRunner } from '../shared/src/testing.ts';
import { danishDate, nearToday } from '../shared/src/time.ts';
import { jobcentre } from './index.ts';
import { clear, seed } from './legacy/seed.ts';

const P = PERSONAS;
let db: Database;
let owner: Database;
let drop: () => Promise<void>;
let world: World;
let run: ReturnType<typeof subgraphRunner>;

beforeAll(async () => {
  world = buildWorld({ citizens: 40 });
  ({ db, owner, drop } = await serviceDatabase(jobcentre, world));
  run = subgraphRunner(jobcentre, db);
}, 60_000);
afterAll(async () => {
  await drop?.();
});

const own = caseworkerOf('jobcentre', null);
const JOBCENTRE = /* GraphQL */ `
  query ($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on Citizen {
        cpr
        jobcentre {
          __typename
          ... on Restricted { department reason }
          ... on JobcentreView {
            caseOpen
            benefits { kind legalReference from to monthlyAmountDkk }
            matchGroup { group from }
            activationOffers { id kind provider from to schedule { weekdays startTime endTime } hoursPerWeek }
            mentor { name hoursPerWeek from to }
            appointments { id at end kind attended }
            sanctions { id date amountDkk reason missedAppointment { id at end kind attended } }
            exemptions { reason from to }
            withheld { category reason }
          }
        }
      }
    }
  }
`;

async function viewsOf(cprs: string[], who = own, consents = staticConsents([])) {
  const answer = await run(who, JOBCENTRE, { reps: cprs.map((cpr) => ({ __typename: 'Citizen', cpr })) }, consents);
  expect(answer.errors).toBeUndefined();
  return { ...answer, views: (answer.data._entities as { jobcentre: any }[]).map((e) => e.jobcentre) };
}

const citizenOf = (cpr: string) => world.jobcentre.find((c) => c.cpr === cpr)!;
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

describe('the legacy layout', () => {
  it('keys citizens by the CPR number with the dash, and keeps appointments as Danish wall-clock timestamps with a duration', async () => {
    expect(await db.knex('jc_borger').where('cpr_nr', P.soren).first('sag_status')).toEqual({ sag_status: 'A' });
    const missed = await db.knex('jc_aftale').where('aftale_id', 'S-A1').first('tidspunkt', 'varighed_min', 'aftaletype', 'fremmoedt');
    expect(missed).toMatchObject({ varighed_min: 210, aftaletype: 'AKT', fremmoedt: 'N' });
    expect(String(missed.tidspunkt)).toMatch(/^2026-09-08[ T]08:30/);
  });

  it('codes a benefit with the code in force on its first day', async () => {
    const codes = await db.knex('jc_ydelse').whereIn('cpr_nr', [P.soren, P.simon]).orderBy('cpr_nr').pluck('ydelse_kode');
    expect(codes).toEqual(['KH', 'UH']);
  });

  it('clears and re-seeds to the same rows', async () => {
    const before = await db.knex('jc_aftale').orderBy('aftale_id').select();
    await clear(owner.knex);
    expect(Number((await db.knex('jc_borger').count({ n: '*' }))[0]!.n)).toBe(0);
    await seed(owner.knex, world);
    expect(await db.knex('jc_aftale').orderBy('aftale_id').select()).toEqual(before);
  });
});

describe('the personas, as the jobcentre shows them to its own caseworker', () => {
  it('Søren: cash benefit under the law in force, activity-ready, course Monday to Thursday mornings, a mentor, three sanctions for missed activation', async () => {
    const { views } = await viewsOf([P.soren]);
    const view = views[0];
    const facts = citizenOf(P.soren);
    expect(view).toMatchObject({
      __typename: 'JobcentreView',
      caseOpen: true,
      matchGroup: facts.matchGroup,
      mentor: facts.mentor,
      exemptions: [],
      withheld: [],
    });
    expect(view.benefits).toEqual([
      { kind: 'CASH_BENEFIT', legalReference: 'Lov om aktiv socialpolitik § 11', from: '2025-03-01', to: null, monthlyAmountDkk: 12_550 },
    ]);
    expect(view.activationOffers).toEqual(
      facts.activationOffers.map((o) => ({ ...o, schedule: { ...o.schedule, weekdays: o.schedule.weekdays.map((d) => WEEKDAYS[d - 1]) } })),
    );
    expect(view.activationOffers[0].schedule.weekdays).toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY']);
    expect(view.appointments).toEqual(facts.appointments);
    expect(view.sanctions).toEqual(
      facts.sanctions.map((s) => ({
        id: s.id,
        date: s.date,
        amountDkk: s.amountDkk,
        reason: s.reason,
        missedAppointment: facts.appointments.find((a) => a.id === s.appointmentId),
      })),
    );
    expect(view.sanctions.map((s: any) => [s.date, s.missedAppointment.kind, s.missedAppointment.attended])).toEqual([
      ['2026-09-08', 'ACTIVATION_SESSION', false],
      ['2026-09-29', 'ACTIVATION_SESSION', false],
      ['2026-10-20', 'ACTIVATION_SESSION', false],
    ]);
  });

  it('Anne: exempt to care for her family, then job training', async () => {
    const { views } = await viewsOf([P.anne]);
    expect(views[0].exemptions).toEqual([{ reason: 'CARE_FOR_FAMILY', from: '2025-01-06', to: '2026-02-28' }]);
    expect(views[0].activationOffers.map((o: any) => [o.kind, o.from])).toEqual([['JOB_TRAINING', '2026-03-01']]);
  });

  it('Simon: education benefit and an internship four days a week', async () => {
    const { views } = await viewsOf([P.simon]);
    expect(views[0].benefits.map((b: any) => [b.kind, b.legalReference])).toEqual([['EDUCATION_BENEFIT', 'Lov om aktiv socialpolitik § 23']]);
    expect(views[0].activationOffers.map((o: any) => [o.kind, o.schedule.weekdays.length, o.hoursPerWeek])).toEqual([['INTERNSHIP', 4, 24]]);
  });

  it('gives a citizen the jobcentre does not know an empty view, not an error', async () => {
    const { views } = await viewsOf([P.sorenMother]);
    expect(views[0]).toEqual({
      __typename: 'JobcentreView',
      caseOpen: false,
      benefits: [],
      matchGroup: null,
      activationOffers: [],
      mentor: null,
      appointments: [],
      sanctions: [],
      exemptions: [],
      withheld: [],
    });
  });
});

describe('release to another department', () => {
  const family = caseworkerOf('family', 'COORDINATED_EFFORT');
  const appointmentsOnly = () =>
    staticConsents([consentGrant({ cpr: P.soren, validFrom: new Date(Date.now() - 86_400_000), validUntil: new Date(Date.now() + 86_400_000) })]);

  it('is Restricted without a consent, read from no jobcentre table, and logged as refused', async () => {
    const { views, statements, accessLog } = await viewsOf([P.soren], family);
    expect(views[0]).toEqual({ __typename: 'Restricted', department: 'JOBCENTRE', reason: 'NO_CONSENT' });
    expect(statements).toBe(0);
    expect(accessLog.entries.map((e) => [e.cpr, e.sourceDepartment, e.outcome, e.legalBasis])).toEqual([[P.soren, 'jobcentre', 'REFUSED', 'NONE']]);
  });

  it('shows the appointments a consent covers, and null, not empty, for every other list', async () => {
    const { views, accessLog } = await viewsOf([P.soren], family, appointmentsOnly());
    const view = views[0];
    expect(view.appointments.map((a: any) => a.id)).toEqual(citizenOf(P.soren).appointments.map((a) => a.id));
    for (const list of ['caseOpen', 'benefits', 'matchGroup', 'activationOffers', 'mentor', 'sanctions', 'exemptions']) expect(view[list], list).toBeNull();
    expect(view.withheld.map((w: any) => [w.category, w.reason])).toEqual([
      ['JOBCENTRE_BENEFITS', 'CATEGORY_NOT_COVERED'],
      ['JOBCENTRE_MATCH_GROUP', 'CATEGORY_NOT_COVERED'],
      ['JOBCENTRE_ACTIVATION', 'CATEGORY_NOT_COVERED'],
      ['JOBCENTRE_SANCTIONS', 'CATEGORY_NOT_COVERED'],
      ['JOBCENTRE_EXEMPTIONS', 'CATEGORY_NOT_COVERED'],
    ]);
    expect(accessLog.entries.map((e) => [e.outcome, e.legalBasis, e.consentId, e.categories])).toEqual([
      ['REFUSED', 'NONE', null, ['JOBCENTRE_BENEFITS', 'JOBCENTRE_MATCH_GROUP', 'JOBCENTRE_ACTIVATION', 'JOBCENTRE_SANCTIONS', 'JOBCENTRE_EXEMPTIONS']],
      ['RELEASED', 'CONSENT', 'c-1', ['JOBCENTRE_APPOINTMENTS']],
    ]);
  });

  it('is Restricted under the same consent when the caller declares another purpose', async () => {
    const { views } = await viewsOf([P.soren], caseworkerOf('family', 'JOINT_PLAN'), appointmentsOnly());
    expect(views[0]).toEqual({ __typename: 'Restricted', department: 'JOBCENTRE', reason: 'PURPOSE_NOT_COVERED' });
  });

  it('gives an auditor of the jobcentre itself no case data', async () => {
    const { views } = await viewsOf([P.soren], { ...own, roles: ['auditor'] });
    expect(views[0]).toEqual({ __typename: 'Restricted', department: 'JOBCENTRE', reason: 'ROLE_NOT_PERMITTED' });
  });
});

describe('appointments near today', () => {
  const NEAR = /* GraphQL */ `
    query ($reps: [_Any!]!) {
      _entities(representations: $reps) {
        ... on Citizen { jobcentre { ... on JobcentreView { appointments { id at } appointmentsNearToday { id at } } } }
      }
    }
  `;

  it('are the appointments from a year back to three months ahead, read with the whole list in one statement', async () => {
    const cprs = world.jobcentre.map((c) => c.cpr);
    const answer = await run(own, NEAR, { reps: cprs.map((cpr) => ({ __typename: 'Citizen', cpr })) });
    expect(answer.errors).toBeUndefined();
    const { from, to } = nearToday(danishDate(new Date()), 1);
    let older = 0;
    for (const { jobcentre } of answer.data._entities as {
      jobcentre: { appointments: { id: string; at: string }[]; appointmentsNearToday: { id: string; at: string }[] };
    }[]) {
      const expected = jobcentre.appointments.filter((a) => a.at.slice(0, 10) >= from && a.at.slice(0, 10) <= to);
      expect(jobcentre.appointmentsNearToday).toEqual(expected);
      older += jobcentre.appointments.length - expected.length;
    }
    // The demo world has years of history: the window leaves some out (or this test shows nothing).
    expect(older).toBeGreaterThan(0);
    // Both lists come from one read of the appointments (plus the case status and the log).
    const one = await run(own, NEAR.replace('appointmentsNearToday { id at }', ''), { reps: cprs.map((cpr) => ({ __typename: 'Citizen', cpr })) });
    expect(answer.statements).toBe(one.statements);
  });
});

describe('batching', () => {
  it('reads the full view of 1 or of every citizen with one statement per entity type', async () => {
    const every = world.jobcentre.map((c) => c.cpr);
    expect(every.length).toBeGreaterThanOrEqual(3);
    const one = await viewsOf([P.soren]);
    const all = await viewsOf(every);
    // caseOpen, benefits, match group, offers, mentor, appointments, sanctions, exemptions.
    expect(one.statements).toBe(8);
    expect(all.statements).toBe(8);
    expect(all.accessLog.entries).toHaveLength(every.length);
  });
});

describe('the caseload', () => {
  const CASELOAD = /* GraphQL */ `
    query ($first: Int, $after: String) {
      myCaseload(first: $first, after: $after) { edges { node { cpr } } pageInfo { hasNextPage endCursor } }
    }
  `;
  const open = () =>
    world.jobcentre
      .filter((c) => c.caseOpen)
      .map((c) => c.cpr)
      .sort();

  it('pages through the open cases by CPR number, without gaps or repeats, and records each page with its criterion', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const { data, accessLog } = await run(own, CASELOAD, { first: 2, after });
      const cprs = data.myCaseload.edges.map((e: any) => e.node.cpr);
      seen.push(...cprs);
      expect(accessLog.entries.map((e) => e.cpr)).toEqual([null, ...cprs]);
      expect(accessLog.entries[0]).toMatchObject({
        sourceDepartment: 'jobcentre',
        criterion: `myCaseload: open jobcentre cases, first=2${after ? ', after cursor' : ''}`,
      });
      if (!data.myCaseload.pageInfo.hasNextPage) break;
      after = data.myCaseload.pageInfo.endCursor;
    }
    expect(seen).toEqual(open());
  });

  it.each([
    ["another department's caseworker", caseworkerOf('family', null)],
    ['an auditor of the jobcentre', { ...own, roles: ['auditor' as const] }],
  ])('is refused to %s, and nothing is logged', async (_, who) => {
    const { errors, accessLog } = await run(who, CASELOAD, { first: 5 });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(accessLog.entries).toEqual([]);
  });
});
