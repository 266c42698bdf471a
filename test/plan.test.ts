/**
 * A joint plan through the gateway: Søren consents to a joint plan between the jobcentre and the
 * family department (and the custody holders to one for his child), a plan is made and filled by
 * both departments, adult social services stay outside and see Restricted as if there were no
 * plan, an action scoped to the jobcentre stays hidden from the family department, and every read
 * and change is in the access log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS } from '../services/shared/src/demo/world.ts';
import { addDays, danishDate } from '../services/shared/src/time.ts';
import { CASEWORKERS, startTestHub, type TestHub } from './harness.ts';

let hub: TestHub;
const tokens: Record<string, string> = {};
const today = danishDate(new Date());
/** Søren's plan starts on a Monday while his course (Monday to Thursday, until 2026-12-18) still runs. */
const PLAN_START = '2026-11-02';
const JOINT_PLAN = { 'x-purpose': 'JOINT_PLAN' };

const GRANT = /* GraphQL */ `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id status } }`;
const PLAN = /* GraphQL */ `
  query Plan($cpr: ID!) {
    citizen(cpr: $cpr) {
      jointPlan {
        __typename
        ... on Restricted { department reason }
        ... on JointPlan {
          version status startDate
          coordinator { caseworkerId department }
          deputy { caseworkerId department }
          parts { department legalBasis consentId }
          goals { id text expressedBy }
          actions { id what department shareScope schedule { weekdays startTime endTime } }
          nextFollowUpDue followUpOverdue
        }
      }
    }
  }
`;
const VIEWS = /* GraphQL */ `
  query Views($cpr: ID!, $from: Date, $to: Date) {
    citizen(cpr: $cpr) {
      timeline(from: $from, to: $to) { at kind department ref { type id } }
      conflicts { kind events { at kind department } }
      complexity { jointPlanRunning }
    }
  }
`;
const CREATE = /* GraphQL */ `mutation Create($input: CreateJointPlanInput!) { createJointPlan(input: $input) { version parts { department } } }`;
const GOAL = /* GraphQL */ `mutation Goal($input: AddPlanGoalInput!) { addPlanGoal(input: $input) { version goals { id } } }`;
const ACTION = /* GraphQL */ `mutation Action($input: AddPlanActionInput!) { addPlanAction(input: $input) { version actions { id } } }`;

const consentFor = (cpr: string, grantedBy: object[], departments: string[]) => ({
  cpr,
  grantedBy,
  sourceDepartments: departments,
  recipientDepartments: departments,
  categories: ['PLAN_GOALS', 'PLAN_ACTIONS', 'PLAN_FOLLOW_UPS'],
  purpose: 'JOINT_PLAN',
  validUntil: addDays(today, 365),
  method: 'WRITTEN',
  evidence: 'Declaration 2026-311-2',
  textVersion: 'samtykke-helhedsplan-2026-01',
});
const soren = { name: 'Søren Jensen', cpr: PERSONAS.soren, capacity: 'CUSTODY_HOLDER' };
const mother = { name: 'Maria Holm', cpr: PERSONAS.sorenChildrenMother, capacity: 'CUSTODY_HOLDER' };

async function planAs(department: keyof typeof CASEWORKERS, requestId: string, cpr = PERSONAS.soren) {
  const result = await hub.query(tokens[department]!, PLAN, { cpr }, { ...JOINT_PLAN, 'x-request-id': requestId });
  expect(result.body.errors).toBeUndefined();
  return result.body.data.citizen.jointPlan;
}

const mutate = async (department: keyof typeof CASEWORKERS, source: string, input: object) =>
  (await hub.query(tokens[department]!, source, { input }, JOINT_PLAN)).body;

async function viewsAs(department: keyof typeof CASEWORKERS) {
  const result = await hub.query(tokens[department]!, VIEWS, { cpr: PERSONAS.soren, from: '2026-10-01', to: '2027-01-31' }, JOINT_PLAN);
  expect(result.body.errors).toBeUndefined();
  return result.body.data.citizen;
}

/** The conflicts that begin on or after the plan's start. */
const afterStart = (conflicts: { kind: string; events: { at: string; kind: string }[] }[]) =>
  conflicts.filter((c) => c.events.map((e) => e.at.slice(0, 10)).sort()[0]! >= PLAN_START);

let goalId: string;
let sorenConsentId: string;
let adultBefore: unknown;

beforeAll(async () => {
  hub = await startTestHub();
  for (const [department, claims] of Object.entries(CASEWORKERS)) tokens[department] = await hub.token(claims);
});
afterAll(async () => {
  await hub?.stop();
});

describe('consenting to a joint plan', () => {
  it('before any consent, every department sees Restricted', async () => {
    expect(await planAs('jobcentre', 'plan-before-jc')).toEqual({ __typename: 'Restricted', department: 'FAMILY', reason: 'NO_CONSENT' });
  });

  it('Søren consents for himself; for his child under 15 both custody holders must', async () => {
    const own = await hub.query(tokens.jobcentre!, GRANT, {
      input: consentFor(PERSONAS.soren, [{ name: 'Søren Jensen', cpr: PERSONAS.soren, capacity: 'SELF' }], ['JOBCENTRE', 'FAMILY']),
    });
    expect(own.body.data.grantConsent.status).toBe('ACTIVE');
    sorenConsentId = own.body.data.grantConsent.id;
    const oneHolder = await hub.query(tokens.family!, GRANT, { input: consentFor(PERSONAS.sorenChildA, [soren], ['FAMILY', 'JOBCENTRE']) });
    expect(oneHolder.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'grantedBy' });
    const both = await hub.query(tokens.family!, GRANT, { input: consentFor(PERSONAS.sorenChildA, [soren, mother], ['FAMILY', 'JOBCENTRE']) });
    expect(both.body.errors).toBeUndefined();
  });

  it('adult social services, outside the consent, see Restricted; the family department sees no plan yet', async () => {
    adultBefore = await planAs('adult-social', 'plan-before-as');
    expect(adultBefore).toEqual({ __typename: 'Restricted', department: 'JOBCENTRE', reason: 'NO_CONSENT' });
    expect(await planAs('family', 'plan-before-fa')).toBeNull();
  });
});

describe('making the plan', () => {
  it('refuses an owner department outside the consent', async () => {
    const body = await mutate('jobcentre', CREATE, { cpr: PERSONAS.soren, departments: ['JOBCENTRE', 'ADULT_SOCIAL'], coordinatorId: 'cw-jc-1' });
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departments' });
  });

  it('refuses adult social services, outside the consent', async () => {
    const body = await mutate('adult-social', CREATE, { cpr: PERSONAS.soren, departments: ['ADULT_SOCIAL', 'JOBCENTRE'], coordinatorId: 'cw-as-1' });
    expect(body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_CONSENT' });
  });

  it('the jobcentre makes it with a family deputy; the family department adds the goal and its Tuesday sessions', async () => {
    const created = await mutate('jobcentre', CREATE, {
      cpr: PERSONAS.soren,
      startDate: PLAN_START,
      departments: ['JOBCENTRE', 'FAMILY'],
      coordinatorId: 'cw-jc-1',
      deputyId: 'cw-fa-1',
      deputyDepartment: 'FAMILY',
    });
    expect(created.errors).toBeUndefined();
    expect(created.data.createJointPlan).toEqual({ version: 1, parts: [{ department: 'JOBCENTRE' }, { department: 'FAMILY' }] });
    const goal = await mutate('family', GOAL, { cpr: PERSONAS.soren, text: 'To be there for my children and keep my cash benefit', expressedBy: 'CITIZEN' });
    expect(goal.errors).toBeUndefined();
    goalId = goal.data.addPlanGoal.goals[0].id;
    const sessions = await mutate('family', ACTION, {
      cpr: PERSONAS.soren,
      what: 'Family sessions with the children',
      caseworkerId: 'cw-fa-1',
      servesGoalId: goalId,
      startDate: PLAN_START,
      schedule: { weekdays: ['TUESDAY'], startTime: '09:00', endTime: '10:30' },
    });
    expect(sessions.errors).toBeUndefined();
  });

  it("the family department's Tuesday sessions clash with the course the jobcentre still holds on Tuesdays", async () => {
    const soren = await viewsAs('jobcentre');
    const clashes = afterStart(soren.conflicts);
    expect(clashes.length).toBeGreaterThan(0);
    for (const conflict of clashes) {
      expect(conflict.kind).toBe('OVERLAPPING_APPOINTMENTS');
      expect(conflict.events.map((e: { kind: string }) => e.kind).sort()).toEqual(['ACTIVATION_SESSION', 'PLAN_ACTION_SESSION']);
    }
    expect(soren.complexity.jointPlanRunning).toBe(true);
  });

  it('the jobcentre moves the course off Tuesdays in the plan, and adds a mentor action of its own', async () => {
    const course = await mutate('jobcentre', ACTION, {
      cpr: PERSONAS.soren,
      what: 'Activation course, moved off the family-meeting days',
      caseworkerId: 'cw-jc-1',
      servesGoalId: goalId,
      startDate: PLAN_START,
      schedule: { weekdays: ['MONDAY', 'WEDNESDAY', 'THURSDAY'], startTime: '08:30', endTime: '12:00', until: '2026-12-18' },
      replacesActivationOfferId: 'S-O1',
    });
    expect(course.errors).toBeUndefined();
    const mentor = await mutate('jobcentre', ACTION, {
      cpr: PERSONAS.soren,
      what: 'Mentor talks about the earlier sanctions',
      caseworkerId: 'cw-jc-1',
      servesGoalId: goalId,
      startDate: today,
      deadline: addDays(today, 42),
      shareScope: 'OWNER_DEPARTMENT',
    });
    expect(mentor.data.addPlanAction.version).toBe(5);
  });

  it("Søren's conflicts drop to none after the plan's start; the timeline shows the plan in the course's place", async () => {
    const soren = await viewsAs('jobcentre');
    expect(afterStart(soren.conflicts)).toEqual([]);
    const after = soren.timeline.filter((e: { at: string }) => e.at.slice(0, 10) >= PLAN_START);
    expect(after.some((e: { kind: string; ref: { id: string } }) => e.kind === 'ACTIVATION_SESSION' && e.ref.id === 'S-O1')).toBe(false);
    const planSessions = after.filter((e: { kind: string }) => e.kind === 'PLAN_ACTION_SESSION');
    expect(new Set(planSessions.map((e: { department: string }) => e.department))).toEqual(new Set(['JOBCENTRE', 'FAMILY']));
    expect(soren.timeline.filter((e: { kind: string }) => e.kind === 'PLAN_CHANGE')).toHaveLength(5);
    // Adult social services, outside the consent, see no plan in their views.
    const adult = await viewsAs('adult-social');
    expect(adult.complexity.jointPlanRunning).toBe(false);
    expect(adult.timeline.some((e: { kind: string }) => e.kind.startsWith('PLAN_'))).toBe(false);
  });
});

describe('reading the plan', () => {
  it('the family department sees the goal and the shared action, not the one scoped to the jobcentre', async () => {
    const family = await planAs('family', 'plan-read-fa');
    expect(family).toMatchObject({
      version: 5,
      status: 'ACTIVE',
      startDate: PLAN_START,
      coordinator: { caseworkerId: 'cw-jc-1', department: 'JOBCENTRE' },
      deputy: { caseworkerId: 'cw-fa-1', department: 'FAMILY' },
      goals: [{ id: goalId, expressedBy: 'CITIZEN' }],
      // The first follow-up is due three months after the start.
      nextFollowUpDue: '2027-02-02',
      followUpOverdue: today > '2027-02-02',
    });
    expect(family.parts.map((p: { legalBasis: string }) => p.legalBasis)).toEqual(['LAB_40_3', 'BARNETS_LOV_110']);
    expect(family.actions.map((a: { what: string }) => a.what)).toEqual([
      'Family sessions with the children',
      'Activation course, moved off the family-meeting days',
    ]);
    const jobcentre = await planAs('jobcentre', 'plan-read-jc');
    expect(jobcentre.actions).toHaveLength(3);
  });

  it('adult social services still see exactly what they saw before the plan existed', async () => {
    expect(await planAs('adult-social', 'plan-after-as')).toEqual(adultBefore);
  });

  it('every read is in the access log, with the plan categories, before its answer', async () => {
    const entries = await hub.logEntries();
    for (const requestId of ['plan-before-jc', 'plan-before-as', 'plan-before-fa', 'plan-read-fa', 'plan-read-jc', 'plan-after-as']) {
      const own = entries.filter((e) => e.requestId === requestId && e.categories.some((c) => c.startsWith('PLAN_')));
      expect(own.length, requestId).toBeGreaterThan(0);
      expect(own.every((e) => e.cpr === PERSONAS.soren)).toBe(true);
    }
    const outside = entries.filter((e) => e.requestId === 'plan-after-as' && e.categories.some((c) => c.startsWith('PLAN_')));
    expect(outside.every((e) => e.outcome === 'REFUSED')).toBe(true);
    const family = entries.filter((e) => e.requestId === 'plan-read-fa' && e.sourceDepartment === 'jobcentre');
    expect(family).toEqual([expect.objectContaining({ outcome: 'RELEASED', legalBasis: 'CONSENT', actorDepartment: 'family' })]);
    // Each change is logged with what it was.
    expect(entries.filter((e) => e.criterion === 'addPlanAction').length).toBeGreaterThan(0);
  });
});

describe('the caseload', () => {
  it('flags a citizen whose first follow-up is overdue', async () => {
    // Simon consents to a joint plan between the jobcentre and adult social services, begun four months ago.
    const consent = await hub.query(tokens.jobcentre!, GRANT, {
      input: consentFor(PERSONAS.simon, [{ name: 'Simon Berg', cpr: PERSONAS.simon, capacity: 'SELF' }], ['JOBCENTRE', 'ADULT_SOCIAL']),
    });
    expect(consent.body.errors).toBeUndefined();
    const created = await mutate('jobcentre', CREATE, {
      cpr: PERSONAS.simon,
      startDate: addDays(today, -120),
      departments: ['JOBCENTRE', 'ADULT_SOCIAL'],
      coordinatorId: 'cw-jc-1',
    });
    expect(created.errors).toBeUndefined();
    const result = await hub.query(
      tokens.jobcentre!,
      '{ myCaseload(first: 100) { edges { node { cpr jointPlan { __typename ... on JointPlan { followUpOverdue nextFollowUpDue } } } } } }',
      undefined,
      JOINT_PLAN,
    );
    expect(result.body.errors).toBeUndefined();
    const byCpr = new Map(result.body.data.myCaseload.edges.map((e: { node: { cpr: string; jointPlan: unknown } }) => [e.node.cpr, e.node.jointPlan]));
    expect(byCpr.get(PERSONAS.simon)).toMatchObject({ __typename: 'JointPlan', followUpOverdue: true });
    expect(byCpr.get(PERSONAS.soren)).toMatchObject({ __typename: 'JointPlan', followUpOverdue: today > '2027-02-02' });
    // Citizens with no plan the jobcentre may see: Restricted (no consent for one), never an error.
    expect([...byCpr.values()].every((plan) => plan !== undefined)).toBe(true);
  });
});

describe('revoking the consent', () => {
  it('makes the plan Restricted to both departments at once, and refuses changes', async () => {
    const revoked = await hub.query(tokens.jobcentre!, 'mutation ($id: ID!) { revokeConsent(id: $id, reason: "Søren withdrew it") { status } }', {
      id: sorenConsentId,
    });
    expect(revoked.body.data.revokeConsent.status).toBe('REVOKED');
    expect(await planAs('family', 'plan-revoked-fa')).toEqual({ __typename: 'Restricted', department: 'JOBCENTRE', reason: 'CONSENT_REVOKED' });
    expect(await planAs('jobcentre', 'plan-revoked-jc')).toEqual({ __typename: 'Restricted', department: 'FAMILY', reason: 'CONSENT_REVOKED' });
    const change = await mutate('jobcentre', GOAL, { cpr: PERSONAS.soren, text: 'A goal after the revocation', expressedBy: 'CITIZEN' });
    expect(change.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONSENT_REVOKED' });
  });
});

describe('the plan service down', () => {
  it('leaves the views standing without the plan, and says so', async () => {
    await hub.subgraphs.plan.stop();
    const result = await hub.query(
      tokens.jobcentre!,
      `{ citizen(cpr: "${PERSONAS.soren}") { name conflictCount complexity { jointPlanRunning departmentsInvolved } timeline(from: "2026-11-01", to: "2026-11-30") { kind } } }`,
      undefined,
      JOINT_PLAN,
    );
    const citizen = result.body.data.citizen;
    expect(citizen.name).toBe('Søren Jensen');
    expect(citizen.complexity.jointPlanRunning).toBeNull();
    expect(citizen.complexity.departmentsInvolved).toContain('JOBCENTRE');
    expect(citizen.timeline.some((e: { kind: string }) => e.kind.startsWith('PLAN_'))).toBe(false);
  });
});
