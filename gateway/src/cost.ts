/**
 * What an operation costs, computed at the gateway before it runs: graphql-query-complexity walks
 * the document against the gateway's schema (fragments, `@skip`/`@include`, variables and argument
 * defaults resolved as execution will), and the estimator below prices each field from this table.
 * Why a cost and why these weights: docs/decisions/0015-operation-cost.md.
 *
 * A field costs its weight plus what is selected under it, times its list size: the size comes from
 * an argument where the caller states it (`citizens(cprs:)` counts its numbers, `first:` a page), so
 * everything under a list of citizens is paid once per citizen. The unit is one object the hub
 * builds; a department's field and the views weigh more because each costs a consent decision, an
 * access-log entry and reads in the departments' databases per citizen.
 */
import { getNamedType, GraphQLError, isCompositeType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { badUserInput } from '../../services/shared/src/errors.ts';
import { MAX_CITIZENS_PER_LOOKUP } from '../../services/shared/src/limits.ts';

/** The weights, in objects built. */
export const COST_WEIGHTS = {
  /** A field that returns an object; a scalar costs nothing beyond its object. */
  object: 1,
  /** A citizen looked up by number: a register read and its access-log entries. */
  lookup: 2,
  /** A department's view of one citizen: a consent decision, an access-log entry, the department's reads. */
  department: 5,
  /** A citizen's consents, read from the consent store. */
  consents: 2,
  /** A view of one citizen (timeline, conflicts, conflictCount, complexity) reads all three departments and the consents. */
  view: 3 * 5 + 2,
  /** Which departments the views could not include: each department's answer (decision and log entry). */
  viewGaps: 3 * 5,
  /** Relations of the register (children, custody holders) have no size argument: this many are assumed. */
  assumedRelations: 4,
  /** Every mutation writes: a consent event or an emergency access, with its log entry, in one transaction. */
  mutation: 10,
  /** A walk of the access log's chain (auditors), or a citizen's whole access report. */
  logWalk: 1000,
  logReport: 50,
} as const;

/** How one field is priced beyond the default: a weight, and a list size from its arguments. */
export interface FieldCost {
  weight?: number;
  /** How many items the field returns, from its arguments (defaults applied); may refuse them. */
  size?: (args: Record<string, unknown>) => number;
}

/** A page's size: the `first:` the caller asked for (its schema default when not given). */
const pageSize = (args: Record<string, unknown>) => (typeof args.first === 'number' && args.first > 0 ? args.first : 1);

/** The numbers `citizens(cprs:)` names; more than the maximum are refused here, before any subgraph is asked. */
function lookupSize(args: Record<string, unknown>): number {
  const cprs = Array.isArray(args.cprs) ? args.cprs : [];
  if (cprs.length > MAX_CITIZENS_PER_LOOKUP) throw badUserInput(`At most ${MAX_CITIZENS_PER_LOOKUP} citizens at once`, { argumentName: 'cprs' });
  return Math.max(cprs.length, 1);
}

const W = COST_WEIGHTS;

/** The fields priced otherwise than "one per object", by schema coordinate. */
export const FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  'Query.citizen': { weight: W.lookup },
  'Query.citizens': { weight: W.lookup, size: lookupSize },
  'Query.myCaseload': { size: pageSize },
  'Query.accessLog': { size: pageSize },
  'Query.verifyAccessLog': { weight: W.logWalk },
  'Query.citizenAccessReport': { weight: W.logReport },
  // A bounded walk of the log (from the newest checkpoint), as an auditor's verification.
  'CitizenAccessReport.verification': { weight: W.logWalk },
  'Query.consentHistory': { weight: W.logReport },
  'Citizen.jobcentre': { weight: W.department },
  'Citizen.family': { weight: W.department },
  'Citizen.adultSocial': { weight: W.department },
  'Citizen.consents': { weight: W.consents },
  'Citizen.timeline': { weight: W.view },
  'Citizen.conflicts': { weight: W.view },
  'Citizen.conflictCount': { weight: W.view },
  'Citizen.complexity': { weight: W.view },
  'Citizen.viewGaps': { weight: W.viewGaps },
  'Citizen.children': { size: () => W.assumedRelations },
  'Citizen.custodyHolders': { size: () => W.assumedRelations },
};

/** The estimator graphql-query-complexity asks for each field of the operation. */
export function costEstimator(schema: GraphQLSchema, costs: Readonly<Record<string, FieldCost>> = FIELD_COSTS): ComplexityEstimator {
  return ({ type, field, args, childComplexity }: ComplexityEstimatorArgs) => {
    const rule = costs[`${type.name}.${field.name}`];
    const own = rule?.weight ?? (isCompositeType(getNamedType(field.type)) ? W.object : 0);
    const written = type === schema.getMutationType() ? W.mutation : 0;
    return (own + written + childComplexity) * (rule?.size?.(args) ?? 1);
  };
}

/**
 * The cost, or why there is none: an argument the cost refuses (too many CPR numbers); variables
 * that do not fit their types, which execution refuses with its own error before asking any
 * subgraph; or a document with more fields than the library prices (fail closed: too costly).
 */
export type CostOutcome = { cost: number } | { refused: GraphQLError } | { unpriced: 'variables' | 'too-many-fields' };

/** The cost of `document`'s operation with `variables`, before anything runs. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
  costs?: Readonly<Record<string, FieldCost>>,
): CostOutcome {
  try {
    const cost = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      ...(operationName ? { operationName } : {}),
      estimators: [costEstimator(schema, costs)],
    });
    return { cost };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    if (error.extensions.code) return { refused: error };
    return { unpriced: /^Variable "\$/.test(error.message) ? 'variables' : 'too-many-fields' };
  }
}
