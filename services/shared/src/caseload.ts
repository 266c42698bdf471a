import type { Knex } from 'knex';
import { citizenConnection, parsePageArgs, type PageArgs } from './connection.ts';
import { forbidden } from './errors.ts';
import { logListing } from './release-gate.ts';
import { requireRole } from './subgraph.ts';
import type { DepartmentContext } from './service.ts';
import type { Caller, Department } from './identity.ts';

/**
 * A department answers `myCaseload` only for its own caseworkers: the gateway routes the field to the
 * caller's department, and a subgraph refuses any other caller rather than trusting the routing.
 */
export function requireOwnDepartmentCaseworker(caller: Caller, department: Department): void {
  requireRole(caller, 'caseworker', 'The caseload needs the caseworker role');
  if (caller.department !== department) throw forbidden(`The ${department} caseload is answered for ${department} caseworkers only`);
}

/**
 * `Query.myCaseload` for a department: the caller's own department only, a page of the citizens
 * with an open case there, and the listing recorded (criterion, and each citizen it named).
 */
export function caseloadResolver(
  department: Department,
  criterion: string,
  openCaseCprs: (knex: Knex, afterCpr: string | null, limit: number) => Promise<string[]>,
) {
  return async (_: unknown, args: PageArgs, ctx: DepartmentContext<unknown>) => {
    requireOwnDepartmentCaseworker(ctx.caller, department);
    const { first, afterCpr } = parsePageArgs(args);
    const cprs = await openCaseCprs(ctx.knex, afterCpr, first + 1);
    const page = cprs.slice(0, first);
    await logListing(ctx.accessLog, ctx.caller, {
      sourceDepartment: department,
      criterion: `myCaseload: ${criterion}, first=${first}${afterCpr ? ', after cursor' : ''}`,
      cprs: page,
    });
    return citizenConnection(cprs, first);
  };
}
