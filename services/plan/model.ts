/**
 * The joint action plan as a document, and every change to it as a pure function from one version
 * to the next. Each function validates its input and throws `PlanRuleViolation` naming the
 * offending field; nothing here reads or writes anything, so the rules are tested as tables.
 */
import crypto from 'node:crypto';
import type { Department } from '../shared/src/identity.ts';
import { addDays, dayNumber } from '../shared/src/time.ts';

export type ShareScope = 'PLAN_GROUP' | 'OWNER_DEPARTMENT';
export type ActionStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED' | 'STOPPED';
export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';
export type LegalBasisCode = 'LAB_40_3' | 'SEL_141_7' | 'BARNETS_LOV_110';
export type PlanChangeKind = 'CREATED' | 'GOAL_ADDED' | 'ACTION_ADDED' | 'ACTION_UPDATED' | 'FOLLOW_UP_RECORDED' | 'COORDINATOR_SET' | 'CLOSED';

export interface PlanCaseworker {
  caseworkerId: string;
  department: Department;
}

export interface PlanPart {
  department: Department;
  legalBasis: LegalBasisCode;
  legalReference: string;
  consentId: string | null;
  consentVersion: number | null;
}

export interface PlanGoal {
  id: string;
  text: string;
  expressedBy: 'CITIZEN' | 'CUSTODY_HOLDER';
  expressedByName: string | null;
  recordedBy: Department;
  recordedOn: string;
}

export interface PlanSubGoal {
  id: string;
  servesGoalId: string;
  department: Department;
  text: string;
  shareScope: ShareScope;
}

export interface WeeklySchedule {
  weekdays: Weekday[];
  startTime: string;
  endTime: string;
  until: string | null;
}

export interface PlanAction {
  id: string;
  what: string;
  department: Department;
  caseworkerId: string;
  servesGoalId: string;
  startDate: string;
  deadline: string | null;
  schedule: WeeklySchedule | null;
  status: ActionStatus;
  shareScope: ShareScope;
  /** The jobcentre activation offer the action replaces from its start; absent in versions made before it existed. */
  replacesActivationOfferId?: string | null;
}

export interface PlanFollowUp {
  id: string;
  date: string;
  caseworkerId: string;
  department: Department;
  findings: string;
  decision: 'CONTINUE' | 'REVISE';
}

/** One version of a plan, whole: what `plan_version.document` holds. */
export interface PlanDocument {
  id: string;
  cpr: string;
  status: 'ACTIVE' | 'CLOSED';
  startDate: string;
  closedOn: string | null;
  closingReason: string | null;
  coordinator: PlanCaseworker;
  deputy: PlanCaseworker | null;
  parts: PlanPart[];
  goals: PlanGoal[];
  subGoals: PlanSubGoal[];
  actions: PlanAction[];
  followUps: PlanFollowUp[];
}

/** A change refused: `field` names the input field at fault (GraphQL `extensions.field`). */
export class PlanRuleViolation extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

/** The provision under which each department's own plan may be part of a joint plan (lov nr. 707 of 2018). */
export const LEGAL_BASIS: Record<Department, { code: LegalBasisCode; reference: string }> = {
  jobcentre: { code: 'LAB_40_3', reference: 'Lov om en aktiv beskæftigelsesindsats § 40, stk. 3' },
  'adult-social': { code: 'SEL_141_7', reference: 'Serviceloven § 141, stk. 7' },
  family: { code: 'BARNETS_LOV_110', reference: 'Barnets lov § 110' },
};

/** Months to the first follow-up from the plan's start (the issue: within three months). */
export const FIRST_FOLLOW_UP_MONTHS = 3;
/** Months from one follow-up to the next. */
export const FOLLOW_UP_INTERVAL_MONTHS = 6;
/** How far back and ahead a plan may start, in days. */
const START_DAYS_BACK = 365;
const START_DAYS_AHEAD = 90;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A valid ISO date, or a violation naming `field`. */
export function checkDate(value: string, field: string): string {
  if (!ISO_DATE.test(value) || addDays(value, 0) !== value) throw new PlanRuleViolation(field, `${field} must be a date, YYYY-MM-DD`);
  return value;
}

/** The same day `months` later, or the month's last day when it has fewer days (2026-11-30 + 3 = 2027-02-28). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

function text(value: string | null | undefined, field: string, min = 2): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length < min) throw new PlanRuleViolation(field, `${field} is required`);
  if (trimmed.length > 2000) throw new PlanRuleViolation(field, `${field} is longer than 2,000 characters`);
  return trimmed;
}

const newId = () => crypto.randomUUID();

/** What a change may rely on besides its input: who makes it, today, and the consent's facts. */
export interface ChangeContext {
  actor: PlanCaseworker;
  /** Today's Danish date. */
  today: string;
}

export interface CreateInput {
  cpr: string;
  startDate?: string | null;
  departments: Department[];
  coordinatorId: string;
  coordinatorDepartment?: Department | null;
  deputyId?: string | null;
  deputyDepartment?: Department | null;
}

/**
 * The first version of a plan. `group`: the departments whose plan the consent lets the caller's
 * department share, each with the consent its part rests on; every department named must be one.
 */
export function createPlan(
  input: CreateInput,
  ctx: ChangeContext,
  group: Map<Department, { consentId: string | null; consentVersion: number | null }>,
): PlanDocument {
  const startDate = input.startDate ? checkDate(input.startDate, 'startDate') : ctx.today;
  if (dayNumber(startDate) < dayNumber(ctx.today) - START_DAYS_BACK || dayNumber(startDate) > dayNumber(ctx.today) + START_DAYS_AHEAD) {
    throw new PlanRuleViolation('startDate', `A plan starts at most ${START_DAYS_BACK} days back and ${START_DAYS_AHEAD} days ahead`);
  }
  const departments = [...new Set(input.departments)];
  if (!departments.includes(ctx.actor.department)) throw new PlanRuleViolation('departments', "Name the caller's own department among the plan's departments");
  if (departments.length < 2) throw new PlanRuleViolation('departments', 'A joint plan brings together at least two departments');
  const outside = departments.find((d) => !group.has(d));
  if (outside) throw new PlanRuleViolation('departments', `The consent for the joint plan does not share the plan with ${outside}`);
  const { coordinator, deputy } = coordinators(input, ctx, departments);
  return {
    id: newId(),
    cpr: input.cpr,
    status: 'ACTIVE',
    startDate,
    closedOn: null,
    closingReason: null,
    coordinator,
    deputy,
    parts: departments.map((department) => ({
      department,
      legalBasis: LEGAL_BASIS[department].code,
      legalReference: LEGAL_BASIS[department].reference,
      consentId: group.get(department)?.consentId ?? null,
      consentVersion: group.get(department)?.consentVersion ?? null,
    })),
    goals: [],
    subGoals: [],
    actions: [],
    followUps: [],
  };
}

type CoordinatorInput = Pick<CreateInput, 'coordinatorId' | 'coordinatorDepartment' | 'deputyId' | 'deputyDepartment'>;

function coordinators(input: CoordinatorInput, ctx: ChangeContext, departments: Department[]) {
  const coordinator = { caseworkerId: text(input.coordinatorId, 'coordinatorId'), department: input.coordinatorDepartment ?? ctx.actor.department };
  if (!departments.includes(coordinator.department))
    throw new PlanRuleViolation('coordinatorDepartment', 'The coordinator must come from a department of the plan');
  if (!input.deputyId) return { coordinator, deputy: null };
  const deputy = { caseworkerId: text(input.deputyId, 'deputyId'), department: input.deputyDepartment ?? ctx.actor.department };
  if (!departments.includes(deputy.department)) throw new PlanRuleViolation('deputyDepartment', 'The deputy must come from a department of the plan');
  if (deputy.caseworkerId === coordinator.caseworkerId) throw new PlanRuleViolation('deputyId', 'The deputy must be another caseworker than the coordinator');
  return { coordinator, deputy };
}

const planDepartments = (plan: PlanDocument) => plan.parts.map((p) => p.department);

function running(plan: PlanDocument) {
  if (plan.status !== 'ACTIVE') throw new PlanRuleViolation('cpr', 'The plan is closed');
}

/** Whether the actor coordinates the plan (as coordinator or deputy): they may act for any of its departments. */
export const coordinates = (plan: PlanDocument, actor: PlanCaseworker): boolean =>
  [plan.coordinator, plan.deputy].some((c) => c !== null && c.caseworkerId === actor.caseworkerId && c.department === actor.department);

/** The owner of a new item: the caller's department, or any of the plan's for its coordinator. */
function owner(plan: PlanDocument, ctx: ChangeContext, department: Department | null | undefined): Department {
  const chosen = department ?? ctx.actor.department;
  if (!planDepartments(plan).includes(chosen)) throw new PlanRuleViolation('department', `${chosen} has no part in the plan (it is not in the consent for it)`);
  if (chosen !== ctx.actor.department && !coordinates(plan, ctx.actor)) {
    throw new PlanRuleViolation('department', "Only the plan's coordinator or deputy adds items for another department");
  }
  return chosen;
}

export interface GoalInput {
  text: string;
  expressedBy?: 'CITIZEN' | 'CUSTODY_HOLDER' | null;
  expressedByName?: string | null;
  servesGoalId?: string | null;
  department?: Department | null;
  shareScope?: ShareScope | null;
}

/**
 * Adds the citizen's goal (with who expressed it) or a department's sub-goal (serving one of the
 * citizen's goals that `visible` says the caller sees).
 */
export function addGoal(plan: PlanDocument, input: GoalInput, ctx: ChangeContext, visible: (id: string) => boolean): PlanDocument {
  running(plan);
  if (input.servesGoalId) {
    if (input.expressedBy) throw new PlanRuleViolation('expressedBy', 'A sub-goal is the department’s; only the citizen’s goals have who expressed them');
    if (!plan.goals.some((g) => g.id === input.servesGoalId && visible(g.id)))
      throw new PlanRuleViolation('servesGoalId', 'No such goal of the citizen in the plan');
    const subGoal: PlanSubGoal = {
      id: newId(),
      servesGoalId: input.servesGoalId,
      department: owner(plan, ctx, input.department),
      text: text(input.text, 'text'),
      shareScope: input.shareScope ?? 'PLAN_GROUP',
    };
    return { ...plan, subGoals: [...plan.subGoals, subGoal] };
  }
  if (!input.expressedBy)
    throw new PlanRuleViolation('expressedBy', 'Say who expressed the goal (the citizen, a custody holder), or give servesGoalId for a sub-goal');
  if (input.shareScope === 'OWNER_DEPARTMENT') throw new PlanRuleViolation('shareScope', "The citizen's goals are shared with the whole plan group");
  const goal: PlanGoal = {
    id: newId(),
    text: text(input.text, 'text'),
    expressedBy: input.expressedBy,
    expressedByName: input.expressedByName?.trim() || null,
    recordedBy: ctx.actor.department,
    recordedOn: ctx.today,
  };
  return { ...plan, goals: [...plan.goals, goal] };
}

export interface ScheduleInput {
  weekdays: Weekday[];
  startTime: string;
  endTime: string;
  until?: string | null;
}

function schedule(input: ScheduleInput, startDate: string): WeeklySchedule {
  if (input.weekdays.length === 0) throw new PlanRuleViolation('schedule.weekdays', 'Name at least one weekday');
  if (!TIME.test(input.startTime)) throw new PlanRuleViolation('schedule.startTime', 'startTime must be HH:MM');
  if (!TIME.test(input.endTime)) throw new PlanRuleViolation('schedule.endTime', 'endTime must be HH:MM');
  if (input.endTime <= input.startTime) throw new PlanRuleViolation('schedule.endTime', 'The end time is not after the start time');
  const until = input.until ? checkDate(input.until, 'schedule.until') : null;
  if (until && until < startDate) throw new PlanRuleViolation('schedule.until', 'The schedule ends before the action starts');
  return { weekdays: [...new Set(input.weekdays)], startTime: input.startTime, endTime: input.endTime, until };
}

export interface ActionInput {
  what: string;
  department?: Department | null;
  caseworkerId: string;
  servesGoalId: string;
  startDate: string;
  deadline?: string | null;
  schedule?: ScheduleInput | null;
  shareScope?: ShareScope | null;
  replacesActivationOfferId?: string | null;
}

/** Adds an action serving a goal or sub-goal the caller sees; it has a deadline, a schedule, or both. */
export function addAction(plan: PlanDocument, input: ActionInput, ctx: ChangeContext, visible: (id: string) => boolean): PlanDocument {
  running(plan);
  const department = owner(plan, ctx, input.department);
  const known = [...plan.goals.map((g) => g.id), ...plan.subGoals.map((g) => g.id)];
  if (!known.includes(input.servesGoalId) || !visible(input.servesGoalId)) throw new PlanRuleViolation('servesGoalId', 'No such goal or sub-goal in the plan');
  const startDate = checkDate(input.startDate, 'startDate');
  if (startDate < plan.startDate) throw new PlanRuleViolation('startDate', 'An action cannot start before the plan');
  const deadline = input.deadline ? checkDate(input.deadline, 'deadline') : null;
  if (deadline && deadline < startDate) throw new PlanRuleViolation('deadline', 'The deadline is before the start');
  if (!deadline && !input.schedule) throw new PlanRuleViolation('deadline', 'Give a deadline, a weekly schedule, or both');
  const replaces = input.replacesActivationOfferId?.trim() || null;
  if (replaces && (department !== 'jobcentre' || !input.schedule)) {
    throw new PlanRuleViolation('replacesActivationOfferId', 'Only a jobcentre action with a weekly schedule replaces an activation offer');
  }
  const action: PlanAction = {
    id: newId(),
    what: text(input.what, 'what'),
    department,
    caseworkerId: text(input.caseworkerId, 'caseworkerId'),
    servesGoalId: input.servesGoalId,
    startDate,
    deadline,
    schedule: input.schedule ? schedule(input.schedule, startDate) : null,
    status: 'NOT_STARTED',
    shareScope: input.shareScope ?? 'PLAN_GROUP',
    replacesActivationOfferId: replaces,
  };
  return { ...plan, actions: [...plan.actions, action] };
}

/** The statuses an action may go to from each: a completed or stopped action stays so. */
const NEXT_STATUS: Record<ActionStatus, readonly ActionStatus[]> = {
  NOT_STARTED: ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'STOPPED'],
  IN_PROGRESS: ['IN_PROGRESS', 'COMPLETED', 'STOPPED'],
  COMPLETED: ['COMPLETED'],
  STOPPED: ['STOPPED'],
};

export interface ActionUpdate {
  actionId: string;
  status?: ActionStatus | null;
  deadline?: string | null;
  schedule?: ScheduleInput | null;
  caseworkerId?: string | null;
}

/** Changes an action the caller sees, by its department or the plan's coordinator. */
export function updateAction(plan: PlanDocument, input: ActionUpdate, ctx: ChangeContext, visible: (id: string) => boolean): PlanDocument {
  running(plan);
  const current = plan.actions.find((a) => a.id === input.actionId && visible(a.id));
  if (!current) throw new PlanRuleViolation('actionId', 'No such action in the plan');
  if (current.department !== ctx.actor.department && !coordinates(plan, ctx.actor)) {
    throw new PlanRuleViolation('actionId', "Only the action's department or the plan's coordinator changes it");
  }
  if (!input.status && !input.deadline && !input.schedule && !input.caseworkerId) {
    throw new PlanRuleViolation('actionId', 'Say what changes: status, deadline, schedule or caseworkerId');
  }
  if (input.status && !NEXT_STATUS[current.status].includes(input.status)) {
    throw new PlanRuleViolation(
      'status',
      `A ${current.status.toLowerCase().replace('_', ' ')} action cannot become ${input.status.toLowerCase().replace('_', ' ')}`,
    );
  }
  const deadline = input.deadline ? checkDate(input.deadline, 'deadline') : current.deadline;
  if (deadline && deadline < current.startDate) throw new PlanRuleViolation('deadline', 'The deadline is before the start');
  const updated: PlanAction = {
    ...current,
    status: input.status ?? current.status,
    deadline,
    schedule: input.schedule ? schedule(input.schedule, current.startDate) : current.schedule,
    caseworkerId: input.caseworkerId ? text(input.caseworkerId, 'caseworkerId') : current.caseworkerId,
  };
  return { ...plan, actions: plan.actions.map((a) => (a.id === current.id ? updated : a)) };
}

export interface FollowUpInput {
  date: string;
  findings: string;
  decision: 'CONTINUE' | 'REVISE';
}

/** When the next follow-up is due: the first within three months of the start, then every six months after the last. */
export function nextFollowUpDue(plan: Pick<PlanDocument, 'status' | 'startDate' | 'followUps'>): string | null {
  if (plan.status !== 'ACTIVE') return null;
  const last = plan.followUps
    .map((f) => f.date)
    .sort()
    .at(-1);
  return last ? addMonths(last, FOLLOW_UP_INTERVAL_MONTHS) : addMonths(plan.startDate, FIRST_FOLLOW_UP_MONTHS);
}

/** Whether the plan's next follow-up is overdue on `today`. */
export function followUpOverdue(plan: Pick<PlanDocument, 'status' | 'startDate' | 'followUps'>, today: string): boolean {
  const due = nextFollowUpDue(plan);
  return due !== null && due < today;
}

/** Records a follow-up held: on or after the start, not after today; the first within three months of the start. */
export function recordFollowUp(plan: PlanDocument, input: FollowUpInput, ctx: ChangeContext): PlanDocument {
  running(plan);
  const date = checkDate(input.date, 'date');
  if (date < plan.startDate) throw new PlanRuleViolation('date', 'A follow-up cannot be before the plan starts');
  if (date > ctx.today) throw new PlanRuleViolation('date', 'Record a follow-up once it is held: the date is after today');
  if (plan.followUps.length === 0 && date > addMonths(plan.startDate, FIRST_FOLLOW_UP_MONTHS)) {
    throw new PlanRuleViolation(
      'date',
      `The first follow-up must be within ${FIRST_FOLLOW_UP_MONTHS} months of the plan's start (by ${addMonths(plan.startDate, FIRST_FOLLOW_UP_MONTHS)})`,
    );
  }
  const followUp: PlanFollowUp = {
    id: newId(),
    date,
    caseworkerId: ctx.actor.caseworkerId,
    department: ctx.actor.department,
    findings: text(input.findings, 'findings'),
    decision: input.decision,
  };
  return { ...plan, followUps: [...plan.followUps, followUp].sort((a, b) => a.date.localeCompare(b.date)) };
}

/** Names the coordinator and deputy, from the plan's departments. */
export function setCoordinator(plan: PlanDocument, input: CoordinatorInput, ctx: ChangeContext): PlanDocument {
  running(plan);
  return { ...plan, ...coordinators(input, ctx, planDepartments(plan)) };
}

/** Closes the plan, with the reason; it stays readable. */
export function closePlan(plan: PlanDocument, input: { reason: string }, ctx: ChangeContext): PlanDocument {
  running(plan);
  return { ...plan, status: 'CLOSED', closedOn: ctx.today, closingReason: text(input.reason, 'reason') };
}
