/**
 * The plan service's use of the release gate: the plan categories decided for every department
 * whose part a plan may hold, with one consent lookup and one confirmation for a batch of citizens.
 * A read logs its decisions before anything of a plan is loaded; a change gets them unlogged and
 * stores their entries with the change (store.ts).
 */
import DataLoader from 'dataloader';
import type { AccessLogEntry, AccessLogWriter } from '../shared/src/access-log.ts';
import { PLAN_CATEGORIES } from '../shared/src/consent-rule.ts';
import { DEPARTMENTS, type Caller } from '../shared/src/identity.ts';
import { decideReleases, logEntriesFor, type ConsentLookup } from '../shared/src/release-gate.ts';
import { planAccess, type PlanAccess } from './access.ts';

export type { PlanAccess } from './access.ts';

/** The caller's access to each citizen's plan, decided through the release gate; `at` is the release point. */
export async function decidePlanAccess(caller: Caller, consents: ConsentLookup, cprs: readonly string[]): Promise<{ access: PlanAccess[]; at: Date }> {
  const { decisions, at } = await decideReleases({ caller, sourceDepartments: DEPARTMENTS, categories: () => PLAN_CATEGORIES, consents }, cprs);
  return {
    access: cprs.map((cpr) =>
      planAccess(
        caller,
        decisions.filter((d) => d.cpr === cpr),
      ),
    ),
    at,
  };
}

/** The access-log entries of a plan access: one per department and outcome, with what was done (`criterion`). */
export const accessEntries = (caller: Caller, access: PlanAccess, at: Date, criterion: string | null = null): AccessLogEntry[] =>
  access.decisions.flatMap((d) => logEntriesFor(caller, d, at)).map((entry) => ({ ...entry, criterion }));

/** Per request: decides and logs the caller's access to each citizen's plan, before any plan is read. */
export function createAccessLoader(caller: Caller, consents: ConsentLookup, log: AccessLogWriter): DataLoader<string, PlanAccess> {
  return new DataLoader(async (cprs) => {
    const { access, at } = await decidePlanAccess(caller, consents, cprs);
    await log.append(access.flatMap((a) => accessEntries(caller, a, at)));
    return access;
  });
}
