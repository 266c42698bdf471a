import { describe, expect, it } from 'vitest';
import { detectConflicts } from './conflicts.ts';
import { soren } from './personas.fixture.ts';
import { jointPlanRunning, planEvents, replacedOffers } from './plan.ts';
import { buildTimeline, sessionDays } from './timeline.ts';
import type { JointPlanData, PlanActionData, ViewsInput } from './types.ts';

const action = (overrides: Partial<PlanActionData> = {}): PlanActionData => ({
  id: 'a-1',
  what: 'Activation course',
  department: 'JOBCENTRE',
  startDate: '2026-12-07',
  deadline: null,
  status: 'IN_PROGRESS',
  replacesActivationOfferId: null,
  schedule: { weekdays: ['MONDAY', 'WEDNESDAY', 'THURSDAY'], startTime: '08:30', endTime: '12:00', until: null },
  ...overrides,
});

const plan = (actions: PlanActionData[], overrides: Partial<JointPlanData> = {}): JointPlanData => ({
  id: 'p-1',
  status: 'ACTIVE',
  startDate: '2026-12-07',
  nextFollowUpDue: '2027-03-07',
  followUpOverdue: false,
  actions,
  followUps: [],
  versions: [],
  ...overrides,
});

const DECEMBER = { from: '2026-12-01', to: '2026-12-31' };
const sessions = (p: JointPlanData, range = DECEMBER) => planEvents(p, range, sessionDays).filter((e) => e.kind === 'PLAN_ACTION_SESSION');

describe('the plan in the timeline', () => {
  it.each<[string, Partial<PlanActionData>, string[]]>([
    [
      'expands a schedule from the action start over the range',
      { schedule: { weekdays: ['WEDNESDAY'], startTime: '09:00', endTime: '10:00', until: null } },
      ['2026-12-09', '2026-12-16', '2026-12-23', '2026-12-30'],
    ],
    [
      'stops at the schedule end',
      { schedule: { weekdays: ['WEDNESDAY'], startTime: '09:00', endTime: '10:00', until: '2026-12-16' } },
      ['2026-12-09', '2026-12-16'],
    ],
    [
      'stops at the deadline',
      { deadline: '2026-12-10', schedule: { weekdays: ['WEDNESDAY'], startTime: '09:00', endTime: '10:00', until: null } },
      ['2026-12-09'],
    ],
    ['books nothing once completed', { status: 'COMPLETED' }, []],
    ['books nothing once stopped', { status: 'STOPPED' }, []],
  ])('%s', (_, overrides, days) => {
    expect(sessions(plan([action(overrides)])).map((e) => e.at.slice(0, 10))).toEqual(days);
  });

  it('shows a session with its department, times and the action as record', () => {
    expect(sessions(plan([action({ department: 'FAMILY' })]))[0]).toEqual({
      at: '2026-12-07T08:30',
      end: '2026-12-07T12:00',
      department: 'FAMILY',
      kind: 'PLAN_ACTION_SESSION',
      title: 'Joint plan: Activation course',
      ref: { type: 'PlanAction', id: 'a-1' },
    });
  });

  it('shows an unscheduled action by its start and deadline, follow-ups and changes', () => {
    const events = planEvents(
      plan([action({ schedule: null, deadline: '2027-01-15' })], {
        followUps: [{ id: 'f-1', date: '2026-12-20', department: 'ADULT_SOCIAL', decision: 'REVISE' }],
        versions: [{ version: 1, at: '2026-12-01T09:00:00.000Z', actorDepartment: 'JOBCENTRE', change: 'CREATED' }],
      }),
      {},
      sessionDays,
    );
    expect(events.map((e) => [e.kind, e.at, e.department])).toEqual([
      ['PLAN_ACTION_START', '2026-12-07', 'JOBCENTRE'],
      ['PLAN_ACTION_DEADLINE', '2027-01-15', 'JOBCENTRE'],
      ['PLAN_FOLLOW_UP', '2026-12-20', 'ADULT_SOCIAL'],
      ['PLAN_CHANGE', '2026-12-01T10:00', 'JOBCENTRE'],
    ]);
  });

  it.each<[string, JointPlanData | null, [string, string][]]>([
    ['a running jobcentre action replaces its offer from its start', plan([action({ replacesActivationOfferId: 'S-O1' })]), [['S-O1', '2026-12-07']]],
    ['not a completed one', plan([action({ replacesActivationOfferId: 'S-O1', status: 'COMPLETED' })]), []],
    ['not once the plan is closed', plan([action({ replacesActivationOfferId: 'S-O1' })], { status: 'CLOSED' }), []],
    ["not another department's action", plan([action({ replacesActivationOfferId: 'S-O1', department: 'FAMILY' })]), []],
    ['no plan, nothing', null, []],
  ])('%s', (_, p, expected) => {
    expect([...replacedOffers(p)]).toEqual(expected);
  });

  it('shows no session of a replaced offer from the replacing action on, and the action in its place', () => {
    const input: ViewsInput = { ...soren(), jointPlan: plan([action({ replacesActivationOfferId: 'S-O1' })]) };
    const events = buildTimeline(input, DECEMBER);
    const course = events.filter((e) => e.kind === 'ACTIVATION_SESSION' && e.ref.id === 'S-O1').map((e) => e.at.slice(0, 10));
    expect(course).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    expect(events.filter((e) => e.kind === 'PLAN_ACTION_SESSION').map((e) => e.at.slice(0, 10))).toContain('2026-12-07');
  });

  it('counts a running plan only', () => {
    expect([jointPlanRunning(plan([])), jointPlanRunning(plan([], { status: 'CLOSED' })), jointPlanRunning(null)]).toEqual([true, false, false]);
  });
});

describe("the plan in the conflict rules: Søren's activation moved off the family-meeting days", () => {
  /** The family department's part: sessions with the children on Tuesday mornings, the day its meetings fall on. */
  const familySessions = action({
    id: 'fa-1',
    what: 'Family sessions with the children',
    department: 'FAMILY',
    schedule: { weekdays: ['TUESDAY'], startTime: '09:00', endTime: '10:30', until: null },
  });
  const movedCourse = action({ id: 'jc-1', replacesActivationOfferId: 'S-O1' });
  const afterStart = (input: ViewsInput) =>
    detectConflicts(buildTimeline(input, { from: '2026-12-07', to: '2027-02-28' }), { input, range: { from: '2026-12-07', to: '2027-02-28' } });

  it("finds the plan's Tuesday sessions clashing with the jobcentre's Monday-Thursday course", () => {
    const conflicts = afterStart({ ...soren(), jointPlan: plan([familySessions]) });
    expect(conflicts.map((c) => c.kind)).toEqual(['OVERLAPPING_APPOINTMENTS', 'OVERLAPPING_APPOINTMENTS']);
    expect(conflicts.map((c) => c.events.map((e) => e.kind))).toEqual([
      ['ACTIVATION_SESSION', 'PLAN_ACTION_SESSION'],
      ['ACTIVATION_SESSION', 'PLAN_ACTION_SESSION'],
    ]);
  });

  it('finds none once the plan moves the course to Monday, Wednesday and Thursday', () => {
    expect(afterStart({ ...soren(), jointPlan: plan([familySessions, movedCourse]) })).toEqual([]);
  });

  it('finds the clash again when the moved course keeps Tuesday', () => {
    const stillTuesday = action({
      id: 'jc-1',
      replacesActivationOfferId: 'S-O1',
      schedule: { weekdays: ['TUESDAY'], startTime: '08:30', endTime: '12:00', until: null },
    });
    expect(afterStart({ ...soren(), jointPlan: plan([familySessions, stillTuesday]) }).length).toBeGreaterThan(0);
  });
});
