/**
 * The joint plan in the views, as pure functions: its actions (sessions expanded from their weekly
 * schedules, like an activation offer's), follow-ups and changes as timeline events, the activation
 * offers its jobcentre actions replace, and whether a plan runs. Only the plan the caller may see
 * comes in (the plan service decided and logged what it released); an absent plan adds nothing.
 */
import { danishWallClock, humanise, weekdayOf } from './dates.ts';
import { syntheticId } from './records.ts';
import type { IsoDate, JointPlanData, PlanActionData, TimelineEvent, TimelineRange } from './types.ts';

/** Actions that still book the citizen's time: a completed or stopped one books nothing more. */
const OPEN_STATUSES: readonly string[] = ['NOT_STARTED', 'IN_PROGRESS'];

const isOpen = (action: PlanActionData) => OPEN_STATUSES.includes(action.status);

/** The last day an action's schedule runs: its own end, else the deadline, else open. */
function scheduleEnd(action: PlanActionData): IsoDate | null {
  const ends = [action.schedule?.until, action.deadline].filter((d): d is string => typeof d === 'string');
  return ends.length === 0 ? null : ends.sort()[0]!;
}

/**
 * The activation offers a running plan replaces, each from the day its replacing action starts
 * (the joint plan replaces the employment plan, LAB § 40, stk. 3). Only an open action replaces.
 */
export function replacedOffers(plan: JointPlanData | null | undefined): Map<string, IsoDate> {
  const replaced = new Map<string, IsoDate>();
  if (plan?.status !== 'ACTIVE') return replaced;
  for (const action of plan.actions) {
    if (action.department !== 'JOBCENTRE' || !action.replacesActivationOfferId || !action.schedule || !isOpen(action)) continue;
    const earlier = replaced.get(action.replacesActivationOfferId);
    if (!earlier || action.startDate < earlier) replaced.set(action.replacesActivationOfferId, action.startDate);
  }
  return replaced;
}

/** Whether a joint plan the caller may see is running. */
export const jointPlanRunning = (plan: JointPlanData | null | undefined): boolean => plan?.status === 'ACTIVE';

const CHANGE_TEXT: Record<string, string> = {
  CREATED: 'created',
  GOAL_ADDED: 'goal added',
  ACTION_ADDED: 'action added',
  ACTION_UPDATED: 'action changed',
  FOLLOW_UP_RECORDED: 'follow-up recorded',
  COORDINATOR_SET: 'coordinator named',
  CLOSED: 'closed',
};

/**
 * The plan's events: each open action's sessions on the days `expand` gives for its schedule (the
 * timeline's bounded day range), its start when it has no schedule and its deadline; each
 * follow-up; each change (version). Events carry the owning or acting department.
 */
export function planEvents(
  plan: JointPlanData,
  range: TimelineRange,
  expand: (period: { from: IsoDate; to: IsoDate | null }, range: TimelineRange) => IsoDate[],
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const action of plan.actions) {
    const ref = { type: 'PlanAction', id: action.id };
    const title = `Joint plan: ${action.what}`;
    if (!isOpen(action)) continue;
    if (action.schedule) {
      const weekdays = new Set(action.schedule.weekdays);
      for (const day of expand({ from: action.startDate, to: scheduleEnd(action) }, range)) {
        if (!weekdays.has(weekdayOf(day))) continue;
        events.push({
          at: `${day}T${action.schedule.startTime}`,
          end: `${day}T${action.schedule.endTime}`,
          department: action.department,
          kind: 'PLAN_ACTION_SESSION',
          title,
          ref,
        });
      }
    } else {
      events.push({ at: action.startDate, end: null, department: action.department, kind: 'PLAN_ACTION_START', title, ref });
    }
    if (action.deadline) {
      events.push({ at: action.deadline, end: null, department: action.department, kind: 'PLAN_ACTION_DEADLINE', title: `${title} (deadline)`, ref });
    }
  }
  for (const followUp of plan.followUps) {
    events.push({
      at: followUp.date,
      end: null,
      department: followUp.department,
      kind: 'PLAN_FOLLOW_UP',
      title: `Joint plan follow-up: ${followUp.decision === 'REVISE' ? 'to be revised' : 'continues'}`,
      ref: { type: 'PlanFollowUp', id: followUp.id },
    });
  }
  for (const version of plan.versions) {
    const at = danishWallClock(version.at);
    if (at === null) continue;
    events.push({
      at,
      end: null,
      department: version.actorDepartment,
      kind: 'PLAN_CHANGE',
      title: `Joint plan ${CHANGE_TEXT[version.change] ?? humanise(version.change)} (v${version.version})`,
      ref: { type: 'JointPlan', id: syntheticId(plan.id, String(version.version)) },
    });
  }
  return events;
}
