/**
 * The plan service's resolvers. Every read decides the caller's access through the release gate and
 * logs it before a plan is loaded; every change decides it the same way, validates with the pure
 * rules (model.ts), and stores the new version with its access-log entries in one unit (store.ts).
 */
import { normaliseCpr } from '../shared/src/cpr.ts';
import { badUserInput, forbidden } from '../shared/src/errors.ts';
import { departmentEnum, departmentFromEnum, type Caller, type Department } from '../shared/src/identity.ts';
import { requireRole } from '../shared/src/subgraph.ts';
import { danishDate } from '../shared/src/time.ts';
import { visibleIds, visiblePlan, withheldParts, type PlanAccess } from './access.ts';
import { accessEntries, decidePlanAccess } from './decisions.ts';
import {
  addAction,
  addGoal,
  closePlan,
  createPlan,
  followUpOverdue,
  nextFollowUpDue,
  recordFollowUp,
  setCoordinator,
  updateAction,
  type ChangeContext,
  type PlanChangeKind,
  type PlanDocument,
} from './model.ts';
import { changePlan, insertPlan, planVersion } from './store.ts';
import type { PlanContext } from './index.ts';
import type { Resolvers } from './generated/graphql.ts';

/** A plan version as the caller sees it, with what its fields need. */
export interface JointPlanValue {
  /** Only the items the caller may see. */
  shown: PlanDocument;
  /** The whole version: the follow-up schedule counts every follow-up held. */
  whole: PlanDocument;
  version: number;
  latestVersion: number;
  access: PlanAccess;
  today: string;
}

const dept = (department: Department) => departmentEnum(department);
const optionalDepartment = (value: string | null | undefined, field: string): Department | null => {
  if (!value) return null;
  try {
    return departmentFromEnum(value);
  } catch {
    throw badUserInput(`${field} is not a department`, { field });
  }
};

function cprOf(value: string): string {
  const cpr = normaliseCpr(value);
  if (!cpr) throw badUserInput('Not a valid CPR number', { field: 'cpr' });
  return cpr;
}

const planValue = (ctx: PlanContext, access: PlanAccess, whole: PlanDocument, version: number, latestVersion: number): JointPlanValue => ({
  shown: visiblePlan(whole, access, ctx.caller),
  whole,
  version,
  latestVersion,
  access,
  today: danishDate(ctx.now()),
});

/** The criterion a change is logged with: which change, never its content. */
const CHANGE_CRITERION: Record<PlanChangeKind, string> = {
  CREATED: 'createJointPlan',
  GOAL_ADDED: 'addPlanGoal',
  ACTION_ADDED: 'addPlanAction',
  ACTION_UPDATED: 'updatePlanAction',
  FOLLOW_UP_RECORDED: 'recordFollowUp',
  COORDINATOR_SET: 'setPlanCoordinator',
  CLOSED: 'closeJointPlan',
};

/**
 * Decides the caller's access for a change. A caller outside the plan group is refused (FORBIDDEN,
 * with the restriction reason) after the refusal is logged; a caller inside it only on emergency
 * access may read, not change, a plan.
 */
async function accessForChange(ctx: PlanContext, cpr: string, change: PlanChangeKind) {
  requireRole(ctx.caller, 'caseworker', 'Changing a joint plan needs the caseworker role');
  const { access, at } = await decidePlanAccess(ctx.caller, ctx.consents, [cpr]);
  const [decided] = access;
  if (!decided) throw new Error('no decision');
  if (decided.restricted) {
    await ctx.accessLog.append(accessEntries(ctx.caller, decided, at, `refused ${CHANGE_CRITERION[change]}`));
    throw forbidden('The consent for a joint plan does not cover your department', { reason: decided.restricted.reason });
  }
  if (!decided.group.has(staffDepartment(ctx.caller))) {
    await ctx.accessLog.append(accessEntries(ctx.caller, decided, at, `refused ${CHANGE_CRITERION[change]}`));
    throw forbidden('A joint plan is changed only under a consent for it', { reason: 'NO_CONSENT' });
  }
  return { access: decided, entries: accessEntries(ctx.caller, decided, at, CHANGE_CRITERION[change]) };
}

/** A plan is changed by a department's staff only: a citizen signed in as themselves is refused. */
function staffDepartment(caller: Caller): Department {
  if (caller.department === null) throw forbidden("Only a department's caseworkers change a joint plan", { reason: 'ROLE_NOT_PERMITTED' });
  return caller.department;
}

const changeContext = (ctx: PlanContext): ChangeContext => ({
  actor: { caseworkerId: ctx.caller.id, department: staffDepartment(ctx.caller) },
  today: danishDate(ctx.now()),
});

/** Applies a change to the citizen's active plan and returns the new version as the caller sees it. */
async function change(
  ctx: PlanContext,
  cprInput: string,
  kind: PlanChangeKind,
  apply: (plan: PlanDocument, visible: (id: string) => boolean, c: ChangeContext) => PlanDocument,
): Promise<JointPlanValue> {
  const cpr = cprOf(cprInput);
  const { access, entries } = await accessForChange(ctx, cpr, kind);
  const c = changeContext(ctx);
  const stored = await changePlan(
    ctx.knex,
    ctx.accessLog,
    cpr,
    { actorId: ctx.caller.id, actorDepartment: staffDepartment(ctx.caller), change: kind },
    (plan) => {
      const ids = visibleIds(plan, access, ctx.caller);
      return apply(plan, (id) => ids.has(id), c);
    },
    entries,
  );
  return planValue(ctx, access, stored.document, stored.version, stored.version);
}

const restrictedValue = (access: PlanAccess) => ({
  __typename: 'Restricted' as const,
  department: dept(access.restricted!.department),
  reason: access.restricted!.reason,
});

const requireCoordinator = (caller: Caller, what: string) => requireRole(caller, 'coordinator', `${what} needs the coordinator role`);

export const resolvers: Resolvers = {
  Citizen: {
    __resolveReference: (reference: { cpr: string }) => ({ cpr: normaliseCpr(reference.cpr) ?? reference.cpr }),
    jointPlan: async (citizen: { cpr: string }, _: unknown, ctx: PlanContext) => {
      const access = await ctx.access.load(citizen.cpr);
      if (access.restricted) return restrictedValue(access);
      const current = await ctx.plans.load(citizen.cpr);
      return current ? { __typename: 'JointPlan', ...planValue(ctx, access, current.document, current.version, current.version) } : null;
    },
    jointPlanVersion: async (citizen: { cpr: string }, args: { version: number }, ctx: PlanContext) => {
      const access = await ctx.access.load(citizen.cpr);
      if (access.restricted) return restrictedValue(access);
      const current = await ctx.plans.load(citizen.cpr);
      if (!current) return null;
      if (!Number.isInteger(args.version) || args.version < 1 || args.version > current.version) {
        throw badUserInput(`The plan has versions 1 to ${current.version}`, { argumentName: 'version' });
      }
      const document = args.version === current.version ? current.document : await planVersion(ctx.knex, current.document.id, args.version);
      if (!document) throw new Error(`plan ${current.document.id} has no version ${args.version}`);
      return { __typename: 'JointPlan', ...planValue(ctx, access, document, args.version, current.version) };
    },
  },
  JointPlanResult: { __resolveType: (value: { __typename: string }) => value.__typename } as never,
  JointPlan: {
    id: (p: JointPlanValue) => p.whole.id,
    cpr: (p: JointPlanValue) => p.whole.cpr,
    version: (p: JointPlanValue) => p.version,
    latestVersion: (p: JointPlanValue) => p.latestVersion,
    status: (p: JointPlanValue) => p.whole.status,
    startDate: (p: JointPlanValue) => p.whole.startDate,
    closedOn: (p: JointPlanValue) => p.whole.closedOn,
    closingReason: (p: JointPlanValue) => p.whole.closingReason,
    coordinator: (p: JointPlanValue) => ({ caseworkerId: p.whole.coordinator.caseworkerId, department: dept(p.whole.coordinator.department) }),
    deputy: (p: JointPlanValue) => (p.whole.deputy ? { caseworkerId: p.whole.deputy.caseworkerId, department: dept(p.whole.deputy.department) } : null),
    parts: (p: JointPlanValue) => p.whole.parts.map((part) => ({ ...part, department: dept(part.department) })),
    goals: (p: JointPlanValue) => p.shown.goals.map((g) => ({ ...g, recordedBy: dept(g.recordedBy) })),
    subGoals: (p: JointPlanValue) => p.shown.subGoals.map((g) => ({ ...g, department: dept(g.department) })),
    actions: (p: JointPlanValue) =>
      p.shown.actions.map((a) => ({ ...a, department: dept(a.department), replacesActivationOfferId: a.replacesActivationOfferId ?? null })),
    followUps: (p: JointPlanValue) => p.shown.followUps.map((f) => ({ ...f, department: dept(f.department) })),
    nextFollowUpDue: (p: JointPlanValue) => nextFollowUpDue(p.whole),
    followUpOverdue: (p: JointPlanValue) => followUpOverdue(p.whole, p.today),
    versions: async (p: JointPlanValue, _: unknown, ctx: PlanContext) =>
      (await ctx.versions.load(p.whole.id)).map((v) => ({
        version: v.version,
        at: v.at.toISOString(),
        actorId: v.actorId,
        actorDepartment: dept(v.actorDepartment),
        change: v.change,
      })),
    withheld: (p: JointPlanValue) => withheldParts(p.whole, p.access).map((w) => ({ ...w, department: dept(w.department) })) as never,
  },
  Mutation: {
    createJointPlan: async (_: unknown, { input }, ctx: PlanContext) => {
      requireCoordinator(ctx.caller, 'Starting a joint plan');
      const cpr = cprOf(input.cpr);
      if (!(await ctx.register.factsFor(cpr))) throw badUserInput('The citizen is not in the register', { field: 'cpr' });
      const { access, entries } = await accessForChange(ctx, cpr, 'CREATED');
      const departments = input.departments.map((d) => departmentFromEnum(d));
      const plan = createPlan(
        {
          cpr,
          startDate: input.startDate,
          departments,
          coordinatorId: input.coordinatorId,
          coordinatorDepartment: optionalDepartment(input.coordinatorDepartment, 'coordinatorDepartment'),
          deputyId: input.deputyId,
          deputyDepartment: optionalDepartment(input.deputyDepartment, 'deputyDepartment'),
        },
        changeContext(ctx),
        access.group,
      );
      const stored = await insertPlan(
        ctx.knex,
        ctx.accessLog,
        plan,
        { actorId: ctx.caller.id, actorDepartment: staffDepartment(ctx.caller), change: 'CREATED' },
        entries,
      );
      return planValue(ctx, access, stored.document, stored.version, stored.version);
    },
    addPlanGoal: (_: unknown, { input }, ctx: PlanContext) =>
      change(ctx, input.cpr, 'GOAL_ADDED', (plan, visible, c) =>
        addGoal(
          plan,
          {
            text: input.text,
            expressedBy: input.expressedBy,
            expressedByName: input.expressedByName,
            servesGoalId: input.servesGoalId,
            department: optionalDepartment(input.department, 'department'),
            shareScope: input.shareScope,
          },
          c,
          visible,
        ),
      ),
    addPlanAction: (_: unknown, { input }, ctx: PlanContext) =>
      change(ctx, input.cpr, 'ACTION_ADDED', (plan, visible, c) =>
        addAction(
          plan,
          {
            what: input.what,
            department: optionalDepartment(input.department, 'department'),
            caseworkerId: input.caseworkerId,
            servesGoalId: input.servesGoalId,
            startDate: input.startDate,
            deadline: input.deadline,
            schedule: input.schedule,
            shareScope: input.shareScope,
            replacesActivationOfferId: input.replacesActivationOfferId,
          },
          c,
          visible,
        ),
      ),
    updatePlanAction: (_: unknown, { input }, ctx: PlanContext) =>
      change(ctx, input.cpr, 'ACTION_UPDATED', (plan, visible, c) =>
        updateAction(
          plan,
          { actionId: input.actionId, status: input.status, deadline: input.deadline, schedule: input.schedule, caseworkerId: input.caseworkerId },
          c,
          visible,
        ),
      ),
    recordFollowUp: (_: unknown, { input }, ctx: PlanContext) =>
      change(ctx, input.cpr, 'FOLLOW_UP_RECORDED', (plan, _visible, c) =>
        recordFollowUp(plan, { date: input.date, findings: input.findings, decision: input.decision }, c),
      ),
    setPlanCoordinator: (_: unknown, { input }, ctx: PlanContext) => {
      requireCoordinator(ctx.caller, 'Naming the coordinator');
      return change(ctx, input.cpr, 'COORDINATOR_SET', (plan, _visible, c) =>
        setCoordinator(
          plan,
          {
            coordinatorId: input.coordinatorId,
            coordinatorDepartment: optionalDepartment(input.coordinatorDepartment, 'coordinatorDepartment'),
            deputyId: input.deputyId,
            deputyDepartment: optionalDepartment(input.deputyDepartment, 'deputyDepartment'),
          },
          c,
        ),
      );
    },
    closeJointPlan: (_: unknown, { input }, ctx: PlanContext) => {
      requireCoordinator(ctx.caller, 'Closing a joint plan');
      return change(ctx, input.cpr, 'CLOSED', (plan, _visible, c) => closePlan(plan, { reason: input.reason }, c));
    },
  },
};
