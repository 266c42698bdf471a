/**
 * Who sees what of a joint plan, as pure functions over the release gate's decisions. A plan's items
 * are held by the department that owns them: the gate decides the plan categories (PLAN_GOALS,
 * PLAN_ACTIONS, PLAN_FOLLOW_UPS) per owner department, as it decides any department's data. On top
 * of that: a caller whose department is released nothing of another department's plan is outside
 * the plan group and gets `Restricted` (decided before any plan is read, so the same whether one
 * exists or not), and an item scoped to its owner department is shown to that department alone.
 */
import { refused, restrictionOf, type CategoryDecision, type PlanCategory, type ReleaseDecision, type RestrictionReason } from '../shared/src/consent-rule.ts';
import type { Caller, Department } from '../shared/src/identity.ts';
import type { PlanDocument, ShareScope } from './model.ts';

export interface PlanAccess {
  /** Why the caller may not see the citizen's plan at all; `null` when they may. */
  restricted: { department: Department; reason: RestrictionReason } | null;
  /** The decisions as they are logged: a restricted caller's own department is refused too. */
  decisions: ReleaseDecision[];
  /** The departments that share the plan with the caller under a consent (and the caller's own), with that consent. */
  group: Map<Department, { consentId: string | null; consentVersion: number | null }>;
  /** Whether `category` of `department`'s part is released to the caller. */
  released(department: Department, category: PlanCategory): boolean;
}

const refusedWith = (c: CategoryDecision, reason: RestrictionReason): CategoryDecision => refused(c.category, reason);

/**
 * The caller's access to one citizen's plan, from the gate's decisions for that citizen (one per
 * source department, over the plan categories).
 */
export function planAccess(caller: Caller, decisions: ReleaseDecision[]): PlanAccess {
  if (caller.department === null) {
    // A citizen signed in as themselves is no department's caseworker: no plan through this path.
    const first = decisions[0];
    if (!first) throw new Error('no decision');
    const reason: RestrictionReason = 'ROLE_NOT_PERMITTED';
    return {
      restricted: { department: first.sourceDepartment, reason },
      decisions: decisions.map((d) => ({ ...d, categories: d.categories.map((c) => refusedWith(c, reason)) })),
      group: new Map(),
      released: () => false,
    };
  }
  const own = caller.department;
  const others = decisions.filter((d) => d.sourceDepartment !== own);
  const inGroup = others.some((d) => d.categories.some((c) => c.released));
  if (!inGroup) {
    const first = others[0];
    const reason: RestrictionReason = !caller.roles.includes('caseworker') ? 'ROLE_NOT_PERMITTED' : ((first && restrictionOf(first)) ?? 'NO_CONSENT');
    return {
      restricted: { department: first?.sourceDepartment ?? own, reason },
      decisions: decisions.map((d) => (d.sourceDepartment === own ? { ...d, categories: d.categories.map((c) => refusedWith(c, reason)) } : d)),
      group: new Map(),
      released: () => false,
    };
  }
  const group = new Map<Department, { consentId: string | null; consentVersion: number | null }>();
  for (const d of others) {
    const byConsent = d.categories.find((c) => c.released && c.legalBasis === 'CONSENT');
    if (byConsent) group.set(d.sourceDepartment, { consentId: byConsent.consentId, consentVersion: byConsent.consentVersion });
  }
  // The caller's own part rests on the same consent as what the others share with it.
  const [first] = group.values();
  if (first) group.set(own, first);
  const key = (department: Department, category: string) => `${department}|${category}`;
  const released = new Set(decisions.flatMap((d) => d.categories.filter((c) => c.released).map((c) => key(d.sourceDepartment, c.category))));
  return { restricted: null, decisions, group, released: (department, category) => released.has(key(department, category)) };
}

/** Whether an item of `department` in `category`, shared as `scope`, is shown to the caller. */
export function sees(access: PlanAccess, caller: Caller, department: Department, category: PlanCategory, scope: ShareScope = 'PLAN_GROUP'): boolean {
  if (scope === 'OWNER_DEPARTMENT') return department === caller.department && access.released(department, category);
  return access.released(department, category);
}

/** The plan as the caller may see it: only the items their access shows. */
export function visiblePlan(plan: PlanDocument, access: PlanAccess, caller: Caller): PlanDocument {
  const show = (department: Department, category: PlanCategory, scope?: ShareScope) => sees(access, caller, department, category, scope);
  return {
    ...plan,
    goals: plan.goals.filter((g) => show(g.recordedBy, 'PLAN_GOALS')),
    subGoals: plan.subGoals.filter((g) => show(g.department, 'PLAN_GOALS', g.shareScope)),
    actions: plan.actions.filter((a) => show(a.department, 'PLAN_ACTIONS', a.shareScope)),
    followUps: plan.followUps.filter((f) => show(f.department, 'PLAN_FOLLOW_UPS')),
  };
}

/** The ids of goals, sub-goals and actions the caller sees: what a change may refer to. */
export function visibleIds(plan: PlanDocument, access: PlanAccess, caller: Caller): Set<string> {
  const shown = visiblePlan(plan, access, caller);
  return new Set([...shown.goals, ...shown.subGoals, ...shown.actions].map((item) => item.id));
}

/** The plan categories withheld from the caller for the plan's departments, with the reason. */
export function withheldParts(plan: PlanDocument, access: PlanAccess): { department: Department; category: string; reason: RestrictionReason }[] {
  const departments = new Set(plan.parts.map((p) => p.department));
  return access.decisions
    .filter((d) => departments.has(d.sourceDepartment))
    .flatMap((d) =>
      d.categories.filter((c) => !c.released).map((c) => ({ department: d.sourceDepartment, category: c.category, reason: c.reason ?? 'NO_CONSENT' })),
    );
}
