/**
 * `Query.myCaseload` is declared by every department subgraph (@shareable), but each answers only
 * for its own caseworkers (see docs/decisions/0004-caseload-routing.md). The gateway plans each
 * request on the supergraph as the caller's department sees it: one where only that department
 * declares `myCaseload`, so the query planner sends the caseload, and the department's own fields
 * of the citizens on it, to the caller's department. The subgraph still refuses anyone else, so a
 * plan that went astray fails as FORBIDDEN, never as another department's list.
 */
import type { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { DEPARTMENTS, departmentEnum, type Caller, type Department } from '../../services/shared/src/identity.ts';

type Handler = typeof unifiedGraphHandler;

const CASELOAD_FIELD = /(\n\s*myCaseload\([^)]*\): [^\n@]+?)((?: @join__field\(graph: [A-Z_]+\))+)/;

/** The supergraph with `myCaseload` resolved by `department` alone. */
export function caseloadVariant(supergraphSdl: string, department: Department): string {
  if (!CASELOAD_FIELD.test(supergraphSdl)) throw new Error('the supergraph has no Query.myCaseload to route');
  return supergraphSdl.replace(CASELOAD_FIELD, (_, field: string) => `${field} @join__field(graph: ${departmentEnum(department)})`);
}

/** The router runtime's handler, planning each request on the caller's department's variant. */
export function routeCaseloads(handler: Handler): Handler {
  return async (opts) => {
    const supergraphSdl = opts.getUnifiedGraphSDL();
    const variants = new Map(
      await Promise.all(
        DEPARTMENTS.map(
          async (department) => [department, await handler({ ...opts, getUnifiedGraphSDL: () => caseloadVariant(supergraphSdl, department) })] as const,
        ),
      ),
    );
    const base = variants.get(DEPARTMENTS[0])!;
    return {
      ...base,
      executor(request) {
        // A request reaches the executor only with a verified caller (useCallerIdentity answers 401 first).
        const caller = (request.context as { caller?: Caller } | undefined)?.caller;
        // A citizen has no department and no caseload: any plan serves (the departments refuse the caseload to them).
        const variant = caller ? variants.get(caller.department ?? DEPARTMENTS[0]) : undefined;
        if (!variant?.executor) throw new Error('no verified caller to plan the request for');
        return variant.executor(request);
      },
    };
  };
}
