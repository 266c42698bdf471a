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

let goalId: string;
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

  it('the jobcentre makes it with a family deputy; the family department adds the goal; the jobcentre its actions', async () => {
    const created = await mutate('jobcentre', CREATE, {
      cpr: PERSONAS.soren,
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
    const course = await mutate('jobcentre', ACTION, {
      cpr: PERSONAS.soren,
      what: 'Activation course, moved off the family-meeting days',
      caseworkerId: 'cw-jc-1',
      servesGoalId: goalId,
      startDate: today,
      schedule: { weekdays: ['MONDAY', 'WEDNESDAY', 'FRIDAY'], startTime: '08:30', endTime: '12:00' },
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
    expect(mentor.data.addPlanAction.version).toBe(4);
  });
});

describe('reading the plan', () => {
  it('the family department sees the goal and the shared action, not the one scoped to the jobcentre', async () => {
    const family = await planAs('family', 'plan-read-fa');
    expect(family).toMatchObject({
      version: 4,
      status: 'ACTIVE',
      startDate: today,
      coordinator: { caseworkerId: 'cw-jc-1', department: 'JOBCENTRE' },
      deputy: { caseworkerId: 'cw-fa-1', department: 'FAMILY' },
      goals: [{ id: goalId, expressedBy: 'CITIZEN' }],
      followUpOverdue: false,
    });
    expect(family.parts.map((p: { legalBasis: string }) => p.legalBasis)).toEqual(['LAB_40_3', 'BARNETS_LOV_110']);
    expect(family.actions.map((a: { what: string }) => a.what)).toEqual(['Activation course, moved off the family-meeting days']);
    const jobcentre = await planAs('jobcentre', 'plan-read-jc');
    expect(jobcentre.actions).toHaveLength(2);
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
