/**
 * Shaping a department's field on `Citizen`: the department's view when anything is released,
 * otherwise `Restricted` with the reason. The restricted answer depends only on the decision,
 * never on whether the department holds data on the citizen.
 */
import { departmentEnum, type Department } from './identity.ts';
import { isReleased, restrictionOf, type DataCategory, type ReleaseDecision } from './consent-rule.ts';

export interface DepartmentView {
  __typename: string;
  cpr: string;
  decision: ReleaseDecision;
}

export interface RestrictedValue {
  __typename: 'Restricted';
  department: string;
  reason: string;
}

export function viewOrRestricted(viewTypename: string, department: Department, decision: ReleaseDecision): DepartmentView | RestrictedValue {
  const reason = restrictionOf(decision);
  if (reason) return { __typename: 'Restricted', department: departmentEnum(department), reason };
  return { __typename: viewTypename, cpr: decision.cpr, decision };
}

/** Loads a category's records only if the decision released it; `null` means withheld. */
export async function releasedOrNull<T>(view: DepartmentView, category: DataCategory, load: (cpr: string) => Promise<T>): Promise<T | null> {
  return isReleased(view.decision, category) ? load(view.cpr) : null;
}

/** The categories the view leaves out, with the reason each was refused. */
export const withheldCategories = (view: DepartmentView) =>
  view.decision.categories.filter((c) => !c.released).map((c) => ({ category: c.category, reason: c.reason ?? ('NO_CONSENT' as const) }));

export const resolveTypeByTypename = (value: { __typename: string }) => value.__typename;
