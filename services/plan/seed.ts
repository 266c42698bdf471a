/**
 * The demo joint plans (the world's `jointPlans`: Anne's), made the way a plan is made: each change
 * by the pure functions of `model.ts` on its own day, each stored as the next version. So the demo
 * plan keeps every rule a plan made through the graph keeps, and its versions tell its history.
 * Seeding is no read or change by staff, so it writes no access-log entry (as the consent seed).
 */
import type { Knex } from 'knex';
import type { JointPlanFacts, World } from '../shared/src/demo/world.ts';
import {
  addAction,
  addGoal,
  createPlan,
  nextFollowUpDue,
  recordFollowUp,
  updateAction,
  type ChangeContext,
  type PlanChangeKind,
  type PlanDocument,
} from './model.ts';

interface SeededVersion {
  document: PlanDocument;
  change: PlanChangeKind;
  ctx: ChangeContext;
}

const everything = () => true;

/** The versions of a demo plan, oldest first, each with who made it on which day. */
export function planVersions(facts: JointPlanFacts): SeededVersion[] {
  const versions: SeededVersion[] = [];
  const step = (change: PlanChangeKind, ctx: ChangeContext, make: (current: PlanDocument) => PlanDocument) => {
    versions.push({ document: make(versions.at(-1)?.document as PlanDocument), change, ctx });
  };
  const on = (today: string, caseworkerId: string, department: ChangeContext['actor']['department']): ChangeContext => ({
    actor: { caseworkerId, department },
    today,
  });
  const coordinator = on(facts.startDate, facts.coordinator.caseworkerId, facts.coordinator.department);
  const group = new Map(facts.departments.map((d) => [d, { consentId: facts.consent.id, consentVersion: 1 }]));
  step('CREATED', coordinator, () =>
    createPlan(
      {
        cpr: facts.cpr,
        startDate: facts.startDate,
        departments: facts.departments,
        coordinatorId: facts.coordinator.caseworkerId,
        coordinatorDepartment: facts.coordinator.department,
        deputyId: facts.deputy?.caseworkerId ?? null,
        deputyDepartment: facts.deputy?.department ?? null,
      },
      coordinator,
      group,
    ),
  );
  step('GOAL_ADDED', coordinator, (plan) =>
    addGoal(plan, { text: facts.goal.text, expressedBy: facts.goal.expressedBy, expressedByName: facts.goal.expressedByName }, coordinator, everything),
  );
  const goalId = () => versions.at(-1)!.document.goals[0]!.id;
  const subGoalIds = new Map<string, string>();
  for (const subGoal of facts.subGoals) {
    const ctx = on(facts.startDate, subGoal.caseworkerId, subGoal.department);
    step('GOAL_ADDED', ctx, (plan) => addGoal(plan, { text: subGoal.text, servesGoalId: goalId(), department: subGoal.department }, ctx, everything));
    subGoalIds.set(subGoal.key, versions.at(-1)!.document.subGoals.at(-1)!.id);
  }
  for (const action of facts.actions) {
    const ctx = on(action.startDate, action.caseworkerId, action.department);
    const servesGoalId = action.serves ? subGoalIds.get(action.serves)! : goalId();
    step('ACTION_ADDED', ctx, (plan) =>
      addAction(
        plan,
        {
          what: action.what,
          department: action.department,
          caseworkerId: action.caseworkerId,
          servesGoalId,
          startDate: action.startDate,
          deadline: action.deadline,
        },
        ctx,
        everything,
      ),
    );
    if (action.status !== 'NOT_STARTED') {
      const id = versions.at(-1)!.document.actions.at(-1)!.id;
      step('ACTION_UPDATED', ctx, (plan) => updateAction(plan, { actionId: id, status: action.status }, ctx, everything));
    }
  }
  for (const followUp of facts.followUps) {
    const ctx = on(followUp.date, followUp.caseworkerId, followUp.department);
    step('FOLLOW_UP_RECORDED', ctx, (plan) => recordFollowUp(plan, { date: followUp.date, findings: followUp.findings, decision: followUp.decision }, ctx));
  }
  return versions;
}

/** Writes the world's joint plans, each version stored at noon of the day it was made. */
export async function seedPlans(knex: Knex, world: World): Promise<void> {
  const present = new Set(world.persons.map((p) => p.cpr));
  for (const facts of world.jointPlans.filter((p) => present.has(p.cpr))) {
    const versions = planVersions(facts);
    const current = versions.at(-1)!.document;
    const at = (day: string) => new Date(`${day}T12:00:00Z`);
    await knex('joint_plan').insert({
      id: current.id,
      cpr: current.cpr,
      status: current.status,
      start_date: current.startDate,
      next_follow_up_due: nextFollowUpDue(current),
      current_version: versions.length,
      created_at: at(facts.startDate),
    });
    await knex('plan_version').insert(
      versions.map((v, i) => ({
        plan_id: current.id,
        version: i + 1,
        at: at(v.ctx.today),
        actor_id: v.ctx.actor.caseworkerId,
        actor_department: v.ctx.actor.department,
        change: v.change,
        document: JSON.stringify(v.document),
      })),
    );
  }
}
