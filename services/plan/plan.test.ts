/**
 * The plan subgraph over its own database: who sees a plan (the release gate over the plan
 * categories, Restricted the same whether a plan exists or not, items scoped to their owner
 * department), every read and change logged before the answer, each change validated and stored
 * as a new version with its log entry or not at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceDatabase } from '../../test/support/postgres.ts';
import { InMemoryAccessLog, type AccessLogEntry } from '../shared/src/access-log.ts';
import type { Database } from '../shared/src/db.ts';
import type { Caller } from '../shared/src/identity.ts';
import { caseworkerOf, consentGrant, staticConsents, subgraphRunner } from '../shared/src/testing.ts';
import { addDays, danishDate } from '../shared/src/time.ts';
import type { RegisterLookup } from '../registry/facts.ts';
import { plan } from './index.ts';

const SOREN = '720385-1235';
const SIMON = '831101-3571';
const today = danishDate(new Date());
let db: Database;
let drop: () => Promise<void>;
let run: ReturnType<typeof subgraphRunner>;

const register: RegisterLookup = {
  factsFor: async (cpr) => (cpr === SOREN || cpr === SIMON ? { birthDate: '1985-03-12', custodyHolders: [], guardians: [] } : null),
};
/** Søren's consent to a joint plan between the jobcentre and adult social services, both ways, every plan category. */
const jointPlanConsent = consentGrant({
  id: 'c-plan',
  cpr: SOREN,
  sourceDepartments: ['jobcentre', 'adult-social'],
  recipientDepartments: ['jobcentre', 'adult-social'],
  categories: ['PLAN_GOALS', 'PLAN_ACTIONS', 'PLAN_FOLLOW_UPS'],
  purpose: 'JOINT_PLAN',
  validFrom: new Date(Date.now() - 86_400_000),
  validUntil: new Date(Date.now() + 200 * 86_400_000),
});
const consents = staticConsents([jointPlanConsent]);
const coordinator = (department: Caller['department']): Caller => ({ ...caseworkerOf(department, 'JOINT_PLAN'), roles: ['caseworker', 'coordinator'] });
const jobcentre = coordinator('jobcentre');
const adult = coordinator('adult-social');
const family = coordinator('family');

const PLAN = /* GraphQL */ `
  query ($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on Citizen {
        jointPlan {
          __typename
          ... on Restricted { department reason }
          ... on JointPlan {
            id version latestVersion status startDate
            coordinator { caseworkerId department }
            parts { department legalBasis consentId }
            goals { id text expressedBy }
            subGoals { id shareScope department }
            actions { id what department status shareScope schedule { weekdays startTime endTime } }
            followUps { date decision }
            nextFollowUpDue followUpOverdue
            versions { version change actorDepartment }
            withheld { department category reason }
          }
        }
      }
    }
  }
`;
const reps = (cpr: string) => ({ reps: [{ __typename: 'Citizen', cpr }] });
const read = async (caller: Caller, cpr = SOREN) => {
  const out = await run(caller, PLAN, reps(cpr), consents);
  expect(out.errors).toBeUndefined();
  return { plan: out.data._entities[0].jointPlan, log: out.accessLog.entries };
};
const VERSION = /* GraphQL */ `
  query ($reps: [_Any!]!, $version: Int!) {
    _entities(representations: $reps) { ... on Citizen { jointPlanVersion(version: $version) { ... on JointPlan { version latestVersion goals { id } actions { id } } } } }
  }
`;

const CREATE = /* GraphQL */ `mutation ($input: CreateJointPlanInput!) { createJointPlan(input: $input) { id version goals { id } } }`;
const GOAL = /* GraphQL */ `mutation ($input: AddPlanGoalInput!) { addPlanGoal(input: $input) { version goals { id } subGoals { id } } }`;
const ACTION = /* GraphQL */ `mutation ($input: AddPlanActionInput!) { addPlanAction(input: $input) { version actions { id } } }`;
const UPDATE = /* GraphQL */ `mutation ($input: UpdatePlanActionInput!) { updatePlanAction(input: $input) { version actions { id status } } }`;
const FOLLOW_UP = /* GraphQL */ `mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { version followUps { date } } }`;
const COORDINATOR = /* GraphQL */ `mutation ($input: SetPlanCoordinatorInput!) { setPlanCoordinator(input: $input) { version coordinator { caseworkerId } deputy { caseworkerId department } } }`;
const CLOSE = /* GraphQL */ `mutation ($input: CloseJointPlanInput!) { closeJointPlan(input: $input) { version status closingReason } }`;

const mutate = (caller: Caller, source: string, input: object, accessLog?: InMemoryAccessLog) =>
  run(caller, source, { input }, consents, { register, ...(accessLog ? { accessLog } : {}) });

let goalId: string;
let sharedActionId: string;
let ownerActionId: string;

beforeAll(async () => {
  ({ db, drop } = await serviceDatabase(plan));
  run = subgraphRunner(plan, db);
}, 60_000);
afterAll(async () => {
  await drop?.();
});

describe('before a plan exists', () => {
  it('a department outside the consent sees Restricted, and a department in it null; both are logged', async () => {
    const outside = await read(family);
    expect(outside.plan).toEqual({ __typename: 'Restricted', department: 'JOBCENTRE', reason: 'NO_CONSENT' });
    // Nothing of the plan categories is recorded as released to a department outside the consent.
    expect(outside.log.length).toBeGreaterThan(0);
    expect(outside.log.every((e) => e.outcome === 'REFUSED' && e.cpr === SOREN)).toBe(true);
    const inside = await read(jobcentre);
    expect(inside.plan).toBeNull();
    expect(inside.log.some((e) => e.outcome === 'RELEASED' && e.sourceDepartment === 'adult-social' && e.consentId === 'c-plan')).toBe(true);
  });

  it('without the purpose JOINT_PLAN the jobcentre is outside the plan group too', async () => {
    const out = await run(caseworkerOf('jobcentre', 'COORDINATED_EFFORT'), PLAN, reps(SOREN), consents);
    expect(out.data._entities[0].jointPlan).toEqual({ __typename: 'Restricted', department: 'FAMILY', reason: 'NO_CONSENT' });
  });
});

describe('making a plan', () => {
  it.each<[string, Caller, Record<string, unknown>, string, string | null]>([
    ['a department outside the consent', family, {}, 'FORBIDDEN', null],
    ['a caseworker without the coordinator role', caseworkerOf('jobcentre', 'JOINT_PLAN'), {}, 'FORBIDDEN', null],
    ['an owner department not in the consent', jobcentre, { departments: ['JOBCENTRE', 'FAMILY'] }, 'BAD_USER_INPUT', 'departments'],
    ['a start that is not a date', jobcentre, { startDate: '2026-02-30' }, 'BAD_USER_INPUT', 'startDate'],
    ['a citizen not in the register', jobcentre, { cpr: '910160-1234' }, 'BAD_USER_INPUT', 'cpr'],
    ['an invalid CPR number', jobcentre, { cpr: '123' }, 'BAD_USER_INPUT', 'cpr'],
  ])('refuses %s, writing nothing', async (_, caller, overrides, code, field) => {
    const out = await mutate(caller, CREATE, { cpr: SOREN, departments: ['JOBCENTRE', 'ADULT_SOCIAL'], coordinatorId: 'cw-jc-1', ...overrides });
    expect(out.errors?.[0]?.extensions).toMatchObject({ code, ...(field ? { field } : {}) });
    expect(await db.knex('joint_plan').count({ n: '*' })).toEqual([{ n: '0' }]);
  });

  it('stores nothing when the access log cannot be written', async () => {
    const failing = new (class extends InMemoryAccessLog {
      override async append(): Promise<void> {
        throw new Error('log down');
      }
    })();
    const out = await mutate(jobcentre, CREATE, { cpr: SOREN, departments: ['JOBCENTRE', 'ADULT_SOCIAL'], coordinatorId: 'cw-jc-1' }, failing);
    expect(out.errors?.[0]?.message).toBe('log down');
    expect(await db.knex('joint_plan').count({ n: '*' })).toEqual([{ n: '0' }]);
    expect(await db.knex('plan_version').count({ n: '*' })).toEqual([{ n: '0' }]);
  });

  it('creates version 1 with its log entry, and refuses a second active plan', async () => {
    const log = new InMemoryAccessLog();
    const out = await mutate(
      jobcentre,
      CREATE,
      { cpr: SOREN, departments: ['JOBCENTRE', 'ADULT_SOCIAL'], coordinatorId: 'cw-jc-1', startDate: addDays(today, -30) },
      log,
    );
    expect(out.errors).toBeUndefined();
    expect(out.data.createJointPlan.version).toBe(1);
    expect(log.entries.map((e: AccessLogEntry) => e.criterion)).toContain('createJointPlan');
    const again = await mutate(jobcentre, CREATE, { cpr: SOREN, departments: ['JOBCENTRE', 'ADULT_SOCIAL'], coordinatorId: 'cw-jc-1' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cpr' });
  });
});

describe('changing the plan', () => {
  it("adds the citizen's goal, an owner-scoped sub-goal, a shared and an owner-scoped action, each a new version", async () => {
    const goal = await mutate(adult, GOAL, { cpr: SOREN, text: 'To see my children every week and keep my benefit', expressedBy: 'CITIZEN' });
    expect(goal.errors).toBeUndefined();
    goalId = goal.data.addPlanGoal.goals[0].id;
    const sub = await mutate(jobcentre, GOAL, {
      cpr: SOREN,
      text: 'Activation on days without family meetings',
      servesGoalId: goalId,
      shareScope: 'OWNER_DEPARTMENT',
    });
    expect(sub.data.addPlanGoal.version).toBe(3);
    const shared = await mutate(jobcentre, ACTION, {
      cpr: SOREN,
      what: 'Activation course',
      caseworkerId: 'cw-jc-1',
      servesGoalId: goalId,
      startDate: today,
      schedule: { weekdays: ['MONDAY', 'WEDNESDAY', 'FRIDAY'], startTime: '08:30', endTime: '12:00' },
    });
    sharedActionId = shared.data.addPlanAction.actions[0].id;
    const owned = await mutate(jobcentre, ACTION, {
      cpr: SOREN,
      what: 'Mentor talks about the sanctions',
      caseworkerId: 'cw-jc-1',
      servesGoalId: goalId,
      startDate: today,
      deadline: addDays(today, 60),
      shareScope: 'OWNER_DEPARTMENT',
    });
    expect(owned.errors).toBeUndefined();
    ownerActionId = owned.data.addPlanAction.actions.find((a: { id: string }) => a.id !== sharedActionId).id;
    expect(owned.data.addPlanAction.version).toBe(5);
  });

  it.each<[string, string, () => Record<string, unknown>, string]>([
    ['an unknown goal', ACTION, () => ({ what: 'X', caseworkerId: 'cw', servesGoalId: 'nope', startDate: today, deadline: today }), 'servesGoalId'],
    [
      'an owner department not in the consent',
      ACTION,
      () => ({ what: 'X', caseworkerId: 'cw', servesGoalId: goalId, startDate: today, deadline: today, department: 'FAMILY' }),
      'department',
    ],
    [
      'a deadline before the start',
      ACTION,
      () => ({ what: 'X', caseworkerId: 'cw', servesGoalId: goalId, startDate: today, deadline: addDays(today, -1) }),
      'deadline',
    ],
    ['a bad date', FOLLOW_UP, () => ({ date: '2026-13-40', findings: 'Seen', decision: 'CONTINUE' }), 'date'],
    ['a follow-up after today', FOLLOW_UP, () => ({ date: addDays(today, 1), findings: 'Seen', decision: 'CONTINUE' }), 'date'],
    ['an action of another department, hidden from the caller', UPDATE, () => ({ actionId: ownerActionId, status: 'IN_PROGRESS' }), 'actionId'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_, source, input, field) => {
    const before = await db.knex('plan_version').count({ n: '*' });
    const out = await mutate(adult, source, { cpr: SOREN, ...input() });
    expect(out.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await db.knex('plan_version').count({ n: '*' })).toEqual(before);
  });

  it('updates an action, records a follow-up, names a deputy', async () => {
    const updated = await mutate(jobcentre, UPDATE, { cpr: SOREN, actionId: sharedActionId, status: 'IN_PROGRESS' });
    expect(updated.data.updatePlanAction.actions.find((a: { id: string }) => a.id === sharedActionId).status).toBe('IN_PROGRESS');
    const followUp = await mutate(adult, FOLLOW_UP, { cpr: SOREN, date: today, findings: 'Attends; no clashes', decision: 'CONTINUE' });
    expect(followUp.errors).toBeUndefined();
    const deputy = await mutate(jobcentre, COORDINATOR, { cpr: SOREN, coordinatorId: 'cw-jc-1', deputyId: 'cw-as-1', deputyDepartment: 'ADULT_SOCIAL' });
    expect(deputy.data.setPlanCoordinator).toEqual({
      version: 8,
      coordinator: { caseworkerId: 'cw-jc-1' },
      deputy: { caseworkerId: 'cw-as-1', department: 'ADULT_SOCIAL' },
    });
  });
});

describe('reading the plan', () => {
  it('shows the owner-scoped items to their department only', async () => {
    const own = (await read(jobcentre)).plan;
    const other = (await read(adult)).plan;
    expect(own.actions.map((a: { id: string }) => a.id).sort()).toEqual([sharedActionId, ownerActionId].sort());
    expect(own.subGoals).toHaveLength(1);
    expect(other.actions.map((a: { id: string }) => a.id)).toEqual([sharedActionId]);
    expect(other.subGoals).toEqual([]);
    expect(other.goals).toHaveLength(1);
    expect(other.parts).toEqual([
      { department: 'JOBCENTRE', legalBasis: 'LAB_40_3', consentId: 'c-plan' },
      { department: 'ADULT_SOCIAL', legalBasis: 'SEL_141_7', consentId: 'c-plan' },
    ]);
    expect(other.followUpOverdue).toBe(false);
    expect(other.versions.map((v: { change: string }) => v.change)).toEqual([
      'CREATED',
      'GOAL_ADDED',
      'GOAL_ADDED',
      'ACTION_ADDED',
      'ACTION_ADDED',
      'ACTION_UPDATED',
      'FOLLOW_UP_RECORDED',
      'COORDINATOR_SET',
    ]);
  });

  it('a department outside the consent still sees exactly what it saw before the plan existed', async () => {
    const outside = await read(family);
    expect(outside.plan).toEqual({ __typename: 'Restricted', department: 'JOBCENTRE', reason: 'NO_CONSENT' });
  });

  it('reads an earlier version as it stood', async () => {
    const first = await run(jobcentre, VERSION, { ...reps(SOREN), version: 1 }, consents);
    expect(first.data._entities[0].jointPlanVersion).toEqual({ version: 1, latestVersion: 8, goals: [], actions: [] });
    const out = await run(jobcentre, VERSION, { ...reps(SOREN), version: 99 }, consents);
    expect(out.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'version' });
  });

  it('logs the read before answering, per department, with the consent relied on', async () => {
    const { log } = await read(adult);
    expect(log.map((e) => [e.sourceDepartment, e.outcome, e.legalBasis])).toEqual(
      expect.arrayContaining([
        ['jobcentre', 'RELEASED', 'CONSENT'],
        ['adult-social', 'RELEASED', 'OWN_DEPARTMENT'],
        ['family', 'REFUSED', 'NONE'],
      ]),
    );
    expect(log.every((e) => e.cpr === SOREN)).toBe(true);
  });

  it('is one statement for the plans of several citizens', async () => {
    const out = await run(jobcentre, PLAN, { reps: [SOREN, SIMON].map((cpr) => ({ __typename: 'Citizen', cpr })) }, consents);
    expect(out.errors).toBeUndefined();
    // The plans in one statement, their versions in another.
    expect(out.statements).toBe(2);
  });
});

describe('closing the plan', () => {
  it('closes it; it stays readable and takes no more changes', async () => {
    const closed = await mutate(jobcentre, CLOSE, { cpr: SOREN, reason: 'Søren is in work' });
    expect(closed.data.closeJointPlan).toEqual({ version: 9, status: 'CLOSED', closingReason: 'Søren is in work' });
    expect((await read(adult)).plan).toMatchObject({ status: 'CLOSED', nextFollowUpDue: null, followUpOverdue: false });
    const late = await mutate(jobcentre, GOAL, { cpr: SOREN, text: 'Another goal', expressedBy: 'CITIZEN' });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cpr' });
  });

  it("versions are append-only: the application's update right cannot change one", async () => {
    await expect(db.knex('plan_version').update({ change: 'CLOSED' })).rejects.toThrow();
  });
});
