/**
 * The views subgraph's resolvers: `Citizen.timeline`, `conflicts`, `conflictCount` and `complexity`
 * from what the departments released to the caller. The gateway hands each citizen over with the
 * fields the SDL `@requires` (schema/views.graphql), fetched from the departments as the caller in
 * the same request: each department decided and logged its release, so a view shows only what the
 * caller may see, and a restricted department contributes nothing. Then the pure rules run.
 */
import { badUserInput, internalError } from '../shared/src/errors.ts';
import { requireRole } from '../shared/src/subgraph.ts';
import { danishDate, nearToday } from '../shared/src/time.ts';
import { complexity } from './complexity.ts';
import { detectConflicts } from './conflicts.ts';
import { jointPlanRunning } from './plan.ts';
import type { Resolvers } from './generated/graphql.ts';
import type { ViewsContext } from './index.ts';
import { buildTimeline, checkRange } from './timeline.ts';
import type { Conflict, TimelineEvent, TimelineRange, ViewsInput } from './types.ts';

/** A citizen as the gateway hands it over: the key and the required department fields. */
export type CitizenWithRequirements = { cpr: string } & Record<string, unknown>;

const FIELDS = [
  ['jobcentre', 'JOBCENTRE'],
  ['family', 'FAMILY'],
  ['adultSocial', 'ADULT_SOCIAL'],
] as const;

type Department = (typeof FIELDS)[number][1];

interface CitizenViews {
  input: ViewsInput;
  restricted: Department[];
  /** Departments the gateway could not ask just now (`Unavailable`): the views show the others, and say so. */
  unavailable: Department[];
  /** Whether the plan service could not be asked just now: the views leave the plan out, and say so. */
  planUnavailable: boolean;
}

/**
 * The rules' input from a citizen's required fields. A department field that did not arrive at all
 * is not a department with nothing to show: that fails closed. One the gateway marked `Unavailable`
 * is left out and named in `viewGaps` and `complexity.unavailableDepartments`.
 */
function toViews(citizen: CitizenWithRequirements): CitizenViews {
  const restricted: Department[] = [];
  const unavailable: Department[] = [];
  const input: ViewsInput = {};
  for (const [field, department] of FIELDS) {
    const value = citizen[field] as { __typename?: string } | null | undefined;
    if (!value) {
      throw internalError('The departments could not all be asked for this view');
    }
    if (value.__typename === 'Restricted') restricted.push(department);
    else if (value.__typename === 'Unavailable') unavailable.push(department);
    else (input as Record<string, unknown>)[field] = value;
  }
  // Only the timeline shows consent events, and only it requires the consents.
  if (Array.isArray(citizen.consents)) input.consents = citizen.consents as ViewsInput['consents'];
  // The joint plan is no department: Restricted or none adds nothing. When the plan service could not
  // be asked (the gateway hands no value), the views go on without the plan and say so.
  const plan = citizen.jointPlan as { __typename?: string } | null | undefined;
  input.jointPlan = plan?.__typename === 'JointPlan' ? (plan as ViewsInput['jointPlan']) : null;
  return { input, restricted, unavailable, planUnavailable: plan === undefined };
}

/** One computation per citizen object and request, however many of its views are asked for. */
const computed = new WeakMap<object, { views: CitizenViews; conflicts?: Conflict[] }>();

function viewsOf(citizen: CitizenWithRequirements, context: ViewsContext) {
  // Auditors see no case data; the departments refuse them anyway, and so does every view.
  requireRole(context.caller, 'caseworker');
  let entry = computed.get(citizen);
  if (!entry) {
    entry = { views: toViews(citizen) };
    computed.set(citizen, entry);
  }
  return entry;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function rangeArgument(args: { from?: string | null; to?: string | null }): TimelineRange {
  for (const field of ['from', 'to'] as const) {
    const value = args[field];
    if (value && (!isoDate.test(value) || Number.isNaN(Date.parse(value)))) {
      throw badUserInput(`${field} must be a date, YYYY-MM-DD`, { argumentName: field });
    }
  }
  try {
    return checkRange({ from: args.from ?? undefined, to: args.to ?? undefined });
  } catch (error) {
    throw badUserInput((error as Error).message, { argumentName: 'to' });
  }
}

/** Conflicts are looked for from a year back to three months ahead (`nearToday`). */
const conflictRange = (today: string): TimelineRange => nearToday(today);

/**
 * The conflicts' input: the departments' appointments near today (`appointmentsNearToday`, all the
 * conflicts' span needs) in place of their whole history, which only the timeline asks for.
 */
function nearTodayInput(input: ViewsInput): ViewsInput {
  const near = <T extends { appointments?: unknown; appointmentsNearToday?: unknown }>(view: T | null | undefined): T | null | undefined =>
    view && view.appointmentsNearToday !== undefined ? { ...view, appointments: view.appointmentsNearToday } : view;
  return { ...input, jobcentre: near(input.jobcentre), adultSocial: near(input.adultSocial) };
}

function conflictsOf(citizen: CitizenWithRequirements, context: ViewsContext): Conflict[] {
  const entry = viewsOf(citizen, context);
  if (!entry.conflicts) {
    const range = conflictRange(danishDate(context.now()));
    const input = nearTodayInput(entry.views.input);
    entry.conflicts = detectConflicts(buildTimeline(input, range), { input, range });
  }
  return entry.conflicts;
}

const isDepartment = (value: string): value is Department => FIELDS.some(([, department]) => department === value);

/** The event as the SDL has it (the rules' extra fields stay behind). */
const eventNode = (e: TimelineEvent) => ({ at: e.at, end: e.end, department: e.department, kind: e.kind, title: e.title, ref: e.ref });

export const resolvers: Resolvers = {
  Citizen: {
    timeline: (citizen, args, context) => {
      const { input } = viewsOf(citizen, context).views;
      // The consent events are part of the timeline: without them it would be silently incomplete.
      if (!input.consents) throw internalError('The consent service could not be asked for this view');
      return buildTimeline(input, rangeArgument(args)).map(eventNode);
    },
    conflicts: (citizen, _args, context) => conflictsOf(citizen, context).map((c) => ({ ...c, events: c.events.map(eventNode) })),
    conflictCount: (citizen, _args, context) => conflictsOf(citizen, context).length,
    complexity: (citizen, _args, context) => {
      const { views } = viewsOf(citizen, context);
      const figures = complexity(views.input, views.restricted, context.thresholds, danishDate(context.now()));
      // `views.restricted` holds department enum values only, so nothing else comes back.
      return {
        ...figures,
        restrictedDepartments: figures.restrictedDepartments.filter(isDepartment),
        unavailableDepartments: views.unavailable,
        jointPlanRunning: views.planUnavailable ? null : jointPlanRunning(views.input.jointPlan),
      };
    },
    viewGaps: (citizen, _args, context) => {
      requireRole(context.caller, 'caseworker');
      // Only the departments' kinds of answer are required here, not their content.
      const gaps: { department: Department; reason: 'RESTRICTED' | 'UNAVAILABLE' }[] = [];
      for (const [field, department] of FIELDS) {
        const typename = (citizen[field] as { __typename?: string } | undefined)?.__typename;
        if (typename === 'Restricted') gaps.push({ department, reason: 'RESTRICTED' });
        if (typename === 'Unavailable') gaps.push({ department, reason: 'UNAVAILABLE' });
      }
      return gaps;
    },
  },
};
