import { describe, expect, it } from 'vitest';
import type { Department } from '../shared/src/identity.ts';
import {
  addAction,
  addGoal,
  addMonths,
  closePlan,
  createPlan,
  followUpOverdue,
  nextFollowUpDue,
  recordFollowUp,
  setCoordinator,
  updateAction,
  PlanRuleViolation,
  type ChangeContext,
  type PlanDocument,
} from './model.ts';

const today = '2026-12-01';
const jobcentre: ChangeContext = { actor: { caseworkerId: 'cw-jc-1', department: 'jobcentre' }, today };
const family: ChangeContext = { actor: { caseworkerId: 'cw-fa-1', department: 'family' }, today };
const group = new Map<Department, { consentId: string | null; consentVersion: number | null }>([
  ['jobcentre', { consentId: 'c-1', consentVersion: 1 }],
  ['adult-social', { consentId: 'c-1', consentVersion: 1 }],
]);
const all = () => true;

const created = (overrides: Partial<Parameters<typeof createPlan>[0]> = {}, ctx = jobcentre) =>
  createPlan({ cpr: '720385-1235', departments: ['jobcentre', 'adult-social'], coordinatorId: 'cw-jc-1', ...overrides }, ctx, group);

function withGoal(): PlanDocument {
  return addGoal(created(), { text: 'To see my children every week and keep a job', expressedBy: 'CITIZEN' }, jobcentre, all);
}

/** The field a refused change names. */
function fieldOf(change: () => unknown): string | null {
  try {
    change();
    return null;
  } catch (error) {
    if (error instanceof PlanRuleViolation) return error.field;
    throw error;
  }
}

describe('addMonths', () => {
  it.each([
    ['2026-12-01', 3, '2027-03-01'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-10-15', 6, '2027-04-15'],
  ])('%s + %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('creating a plan', () => {
  it('makes the first version with a part per department, each with its legal basis and consent', () => {
    const plan = created({ startDate: '2026-12-07', deputyId: 'cw-as-1', deputyDepartment: 'adult-social' });
    expect(plan.status).toBe('ACTIVE');
    expect(plan.startDate).toBe('2026-12-07');
    expect(plan.parts).toEqual([
      {
        department: 'jobcentre',
        legalBasis: 'LAB_40_3',
        legalReference: 'Lov om en aktiv beskæftigelsesindsats § 40, stk. 3',
        consentId: 'c-1',
        consentVersion: 1,
      },
      { department: 'adult-social', legalBasis: 'SEL_141_7', legalReference: 'Serviceloven § 141, stk. 7', consentId: 'c-1', consentVersion: 1 },
    ]);
    expect(plan.deputy).toEqual({ caseworkerId: 'cw-as-1', department: 'adult-social' });
  });

  it.each<[string, Partial<Parameters<typeof createPlan>[0]>, string]>([
    ['a start that is not a date', { startDate: '2026-02-30' }, 'startDate'],
    ['a start more than a year back', { startDate: '2025-11-01' }, 'startDate'],
    ['a start more than 90 days ahead', { startDate: '2027-06-01' }, 'startDate'],
    ['a department outside the consent', { departments: ['jobcentre', 'family'] }, 'departments'],
    ["without the caller's own department", { departments: ['adult-social', 'family'] }, 'departments'],
    ['one department alone', { departments: ['jobcentre'] }, 'departments'],
    ['a coordinator from outside the plan', { coordinatorDepartment: 'family' }, 'coordinatorDepartment'],
    ['the coordinator as their own deputy', { deputyId: 'cw-jc-1' }, 'deputyId'],
    ['a deputy from outside the plan', { deputyId: 'cw-fa-9', deputyDepartment: 'family' }, 'deputyDepartment'],
    ['no coordinator', { coordinatorId: ' ' }, 'coordinatorId'],
  ])('refuses %s', (_, overrides, field) => {
    expect(fieldOf(() => created(overrides))).toBe(field);
  });
});

describe('goals and sub-goals', () => {
  it("records the citizen's goal with who expressed it, and a department's sub-goal serving it", () => {
    const plan = withGoal();
    const goal = plan.goals[0]!;
    expect(goal).toMatchObject({ expressedBy: 'CITIZEN', recordedBy: 'jobcentre', recordedOn: today });
    const next = addGoal(
      plan,
      { text: 'Attend the course on days without family meetings', servesGoalId: goal.id, shareScope: 'OWNER_DEPARTMENT' },
      jobcentre,
      all,
    );
    expect(next.subGoals).toEqual([expect.objectContaining({ servesGoalId: goal.id, department: 'jobcentre', shareScope: 'OWNER_DEPARTMENT' })]);
  });

  it.each<[string, (plan: PlanDocument) => PlanDocument, string]>([
    ['a goal without who expressed it', (p) => addGoal(p, { text: 'A goal' }, jobcentre, all), 'expressedBy'],
    ['a sub-goal of an unknown goal', (p) => addGoal(p, { text: 'Sub', servesGoalId: 'nope' }, jobcentre, all), 'servesGoalId'],
    ['a sub-goal of a goal the caller does not see', (p) => addGoal(p, { text: 'Sub', servesGoalId: p.goals[0]!.id }, jobcentre, () => false), 'servesGoalId'],
    [
      'a sub-goal for a department outside the plan',
      (p) => addGoal(p, { text: 'Sub', servesGoalId: p.goals[0]!.id, department: 'family' }, jobcentre, all),
      'department',
    ],
    [
      'a sub-goal for another department by someone who does not coordinate',
      (p) =>
        addGoal(
          p,
          { text: 'Sub', servesGoalId: p.goals[0]!.id, department: 'jobcentre' },
          { ...jobcentre, actor: { caseworkerId: 'cw-as-1', department: 'adult-social' } },
          all,
        ),
      'department',
    ],
    [
      "the citizen's goal hidden from the plan group",
      (p) => addGoal(p, { text: 'A goal', expressedBy: 'CITIZEN', shareScope: 'OWNER_DEPARTMENT' }, jobcentre, all),
      'shareScope',
    ],
    ['an empty goal', (p) => addGoal(p, { text: ' ', expressedBy: 'CITIZEN' }, jobcentre, all), 'text'],
  ])('refuses %s', (_, change, field) => {
    expect(fieldOf(() => change(withGoal()))).toBe(field);
  });
});

describe('actions', () => {
  const action = (plan: PlanDocument, overrides: Partial<Parameters<typeof addAction>[1]> = {}, ctx = jobcentre) =>
    addAction(
      plan,
      {
        what: 'Activation course',
        caseworkerId: 'cw-jc-1',
        servesGoalId: plan.goals[0]!.id,
        startDate: today,
        schedule: { weekdays: ['MONDAY', 'TUESDAY'], startTime: '08:30', endTime: '12:00' },
        ...overrides,
      },
      ctx,
      all,
    );

  it('lets a jobcentre action replace an activation offer, and no other department', () => {
    expect(action(withGoal(), { replacesActivationOfferId: 'S-O1' }).actions[0]!.replacesActivationOfferId).toBe('S-O1');
    const adult: ChangeContext = { actor: { caseworkerId: 'cw-as-1', department: 'adult-social' }, today };
    expect(fieldOf(() => action(withGoal(), { replacesActivationOfferId: 'S-O1', caseworkerId: 'cw-as-1' }, adult))).toBe('replacesActivationOfferId');
  });

  it('adds an action not started, with its schedule', () => {
    const plan = action(withGoal());
    expect(plan.actions[0]).toMatchObject({ department: 'jobcentre', status: 'NOT_STARTED', shareScope: 'PLAN_GROUP', deadline: null });
    expect(plan.actions[0]!.schedule).toEqual({ weekdays: ['MONDAY', 'TUESDAY'], startTime: '08:30', endTime: '12:00', until: null });
  });

  it.each<[string, Partial<Parameters<typeof addAction>[1]>, string]>([
    ['an unknown goal', { servesGoalId: 'nope' }, 'servesGoalId'],
    ['a start before the plan', { startDate: '2026-11-01' }, 'startDate'],
    ['a start that is not a date', { startDate: '01-12-2026' }, 'startDate'],
    ['a deadline before the start', { deadline: '2026-11-30' }, 'deadline'],
    ['neither deadline nor schedule', { schedule: null }, 'deadline'],
    ['an owner department outside the plan', { department: 'family' }, 'department'],
    ['a schedule without weekdays', { schedule: { weekdays: [], startTime: '08:00', endTime: '09:00' } }, 'schedule.weekdays'],
    ['an end time before the start time', { schedule: { weekdays: ['FRIDAY'], startTime: '10:00', endTime: '09:00' } }, 'schedule.endTime'],
    ['a time that is not HH:MM', { schedule: { weekdays: ['FRIDAY'], startTime: '25:00', endTime: '26:00' } }, 'schedule.startTime'],
    ['a schedule ending before the start', { schedule: { weekdays: ['FRIDAY'], startTime: '08:00', endTime: '09:00', until: '2026-11-01' } }, 'schedule.until'],
    ['replacing an activation offer without a schedule', { schedule: null, deadline: today, replacesActivationOfferId: 'S-O1' }, 'replacesActivationOfferId'],
  ])('refuses %s', (_, overrides, field) => {
    expect(fieldOf(() => action(withGoal(), overrides))).toBe(field);
  });

  it.each<[string, string, string, string | null]>([
    ['not started to in progress', 'NOT_STARTED', 'IN_PROGRESS', null],
    ['in progress to completed', 'IN_PROGRESS', 'COMPLETED', null],
    ['in progress to stopped', 'IN_PROGRESS', 'STOPPED', null],
    ['completed back to in progress', 'COMPLETED', 'IN_PROGRESS', 'status'],
    ['stopped to completed', 'STOPPED', 'COMPLETED', 'status'],
    ['in progress back to not started', 'IN_PROGRESS', 'NOT_STARTED', 'status'],
  ])('status: %s', (_, from, to, refusedField) => {
    let plan = action(withGoal());
    const id = plan.actions[0]!.id;
    if (from !== 'NOT_STARTED') plan = updateAction(plan, { actionId: id, status: from as never }, jobcentre, all);
    expect(fieldOf(() => updateAction(plan, { actionId: id, status: to as never }, jobcentre, all))).toBe(refusedField);
  });

  it("is changed by its department or the plan's coordinator, and not by another department", () => {
    const plan = action(withGoal());
    const id = plan.actions[0]!.id;
    const adult: ChangeContext = { actor: { caseworkerId: 'cw-as-1', department: 'adult-social' }, today };
    expect(fieldOf(() => updateAction(plan, { actionId: id, status: 'IN_PROGRESS' }, adult, all))).toBe('actionId');
    const deputised = setCoordinator(plan, { coordinatorId: 'cw-jc-1', deputyId: 'cw-as-1', deputyDepartment: 'adult-social' }, jobcentre);
    expect(updateAction(deputised, { actionId: id, status: 'IN_PROGRESS' }, adult, all).actions[0]!.status).toBe('IN_PROGRESS');
  });

  it('refuses an update that changes nothing', () => {
    const plan = action(withGoal());
    expect(fieldOf(() => updateAction(plan, { actionId: plan.actions[0]!.id, deadline: null }, jobcentre, all))).toBe('actionId');
  });

  it('refuses an action the caller does not see as unknown', () => {
    const plan = action(withGoal());
    expect(fieldOf(() => updateAction(plan, { actionId: plan.actions[0]!.id, status: 'IN_PROGRESS' }, jobcentre, () => false))).toBe('actionId');
  });
});

describe('follow-ups', () => {
  const started = (startDate: string) => created({ startDate });

  it.each<[string, string, string, string | null]>([
    ['on the day three months after the start', '2026-09-01', '2026-12-01', null],
    ['the day after three months from the start', '2026-08-31', '2026-12-01', 'date'],
    ['before the start', '2026-11-20', '2026-11-19', 'date'],
    ['after today', '2026-11-20', '2026-12-02', 'date'],
    ['not a date', '2026-11-20', '2026-13-01', 'date'],
  ])('a first follow-up %s', (_, startDate, date, field) => {
    expect(fieldOf(() => recordFollowUp(started(startDate), { date, findings: 'Going well', decision: 'CONTINUE' }, jobcentre))).toBe(field);
  });

  it.each<[string, string, string[], string | null, boolean]>([
    ['a new plan: due three months after the start', '2026-11-01', [], '2027-02-01', false],
    ['no follow-up three months on: overdue', '2026-08-15', [], '2026-11-15', true],
    ['after a follow-up: due six months after it', '2026-08-15', ['2026-11-10'], '2027-05-10', false],
  ])('%s', (_, startDate, followUps, due, overdue) => {
    let plan = started(startDate);
    for (const date of followUps) plan = recordFollowUp(plan, { date, findings: 'Seen', decision: 'CONTINUE' }, jobcentre);
    expect(nextFollowUpDue(plan)).toBe(due);
    expect(followUpOverdue(plan, today)).toBe(overdue);
  });

  it('a later follow-up may come after three months', () => {
    let plan = started('2026-06-01');
    plan = recordFollowUp(plan, { date: '2026-08-01', findings: 'Seen', decision: 'REVISE' }, jobcentre);
    expect(recordFollowUp(plan, { date: '2026-11-30', findings: 'Seen again', decision: 'CONTINUE' }, family).followUps).toHaveLength(2);
  });
});

describe('closing', () => {
  it('closes with a reason; a closed plan is due no follow-up and takes no change', () => {
    const closed = closePlan(withGoal(), { reason: 'The citizen is in work' }, jobcentre);
    expect(closed).toMatchObject({ status: 'CLOSED', closedOn: today, closingReason: 'The citizen is in work' });
    expect(nextFollowUpDue(closed)).toBeNull();
    expect(fieldOf(() => addGoal(closed, { text: 'Another', expressedBy: 'CITIZEN' }, jobcentre, all))).toBe('cpr');
    expect(fieldOf(() => closePlan(withGoal(), { reason: '' }, jobcentre))).toBe('reason');
  });
});
