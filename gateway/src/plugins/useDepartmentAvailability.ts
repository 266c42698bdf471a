/**
 * One department down costs only that department. Every subgraph call has a time budget (the
 * runtime's upstream timeout) and a circuit breaker (opossum) per subgraph: after repeated failures
 * the subgraph is not asked for a while, so a dead or slow department does not slow every request.
 * A department's `_entities` fetch that fails, times out or meets an open breaker is answered by
 * the gateway: each citizen's department field becomes `Unavailable { department cause }`, and the
 * rest of the answer (the other departments, the caseload, the views) stands. Nothing is released
 * in its place, and nothing is retried: a mutation is never sent twice.
 */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import CircuitBreaker from 'opossum';
import { Kind, type DocumentNode, type FieldNode, type SelectionNode } from 'graphql';
import { departmentEnum, type Department } from '../../../services/shared/src/identity.ts';
import { logger } from '../../../services/shared/src/logger.ts';

/** Each department's field on `Citizen`. */
const DEPARTMENT_FIELD: Record<Department, string> = { jobcentre: 'jobcentre', family: 'family', 'adult-social': 'adultSocial' };

export interface AvailabilityOptions {
  /** Share of failed calls (percent) over which a subgraph's breaker opens. */
  errorThresholdPercentage: number;
  /** Calls in the rolling window before the breaker may open. */
  volumeThreshold: number;
  /** How long an open breaker waits before it lets one call try again (ms). */
  resetTimeoutMs: number;
}

export const DEFAULT_AVAILABILITY: AvailabilityOptions = { errorThresholdPercentage: 50, volumeThreshold: 10, resetTimeoutMs: 10_000 };

type Result = { data?: Record<string, unknown> | null; errors?: readonly unknown[] };
type Executor = (request: { document: DocumentNode; variables?: Record<string, unknown> }) => unknown;

/** A call that answered, but with errors and without its data: a failure to the breaker. */
class FailedCall extends Error {
  readonly result: Result;
  constructor(result: Result) {
    super('subgraph answered with errors and no data');
    this.result = result;
  }
}

/** The names (aliases included) under which a selection asks for `field`, through fragments. */
function responseKeys(document: DocumentNode, selections: readonly SelectionNode[], field: string): string[] {
  return selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === field ? [selection.alias?.value ?? field] : [];
    if (selection.kind === Kind.INLINE_FRAGMENT) return responseKeys(document, selection.selectionSet.selections, field);
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
    return fragment?.kind === Kind.FRAGMENT_DEFINITION ? responseKeys(document, fragment.selectionSet.selections, field) : [];
  });
}

/**
 * The root `_entities` fields of a fetch: the name each answers under, how many citizens it asks
 * for, and the names under which it asks for the department's field. Null for any other fetch.
 */
function entityFields(
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  departmentField: string,
): { key: string; count: number; fieldKeys: string[] }[] | null {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'query') return null;
  const fields = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
  if (fields.length === 0 || fields.some((f) => f.name.value !== '_entities')) return null;
  return fields.map((field) => {
    const argument = field.arguments?.find((a) => a.name.value === 'representations')?.value;
    const representations = argument?.kind === Kind.VARIABLE ? variables[argument.name.value] : null;
    return {
      key: field.alias?.value ?? field.name.value,
      count: Array.isArray(representations) ? representations.length : 0,
      fieldKeys: responseKeys(document, field.selectionSet?.selections ?? [], departmentField),
    };
  });
}

/** Refusals of the caller's request: answers, not failures of the subgraph, so they never open the breaker. */
const REFUSALS = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

/** A failure of the subgraph itself: data missing, and an error that is not a refusal of the request. */
const failed = (result: Result) =>
  Boolean(result?.errors?.length) &&
  (!result.data || Object.values(result.data).some((value) => value === null || value === undefined)) &&
  (result.errors as { extensions?: { code?: string } }[]).some((e) => !REFUSALS.has(e.extensions?.code ?? ''));

export function useDepartmentAvailability(options: AvailabilityOptions = DEFAULT_AVAILABILITY): GatewayPlugin {
  const breakers = new Map<string, CircuitBreaker<[Executor, Parameters<Executor>[0]], Result>>();
  const breakerFor = (subgraph: string) => {
    let breaker = breakers.get(subgraph);
    if (!breaker) {
      breaker = new CircuitBreaker(
        async (execute: Executor, request: Parameters<Executor>[0]) => {
          const result = (await execute(request)) as Result;
          if (failed(result)) throw new FailedCall(result);
          return result;
        },
        {
          // The runtime's upstream timeout bounds each call; the breaker only counts and opens.
          timeout: false,
          errorThresholdPercentage: options.errorThresholdPercentage,
          volumeThreshold: options.volumeThreshold,
          resetTimeout: options.resetTimeoutMs,
        },
      );
      breaker.on('open', () => logger.warn({ subgraph }, 'subgraph failing: circuit breaker open'));
      breaker.on('close', () => logger.info({ subgraph }, 'subgraph answering again: circuit breaker closed'));
      breakers.set(subgraph, breaker);
    }
    return breaker;
  };

  return {
    onSubgraphExecute({ subgraphName, executor, setExecutor }) {
      const field = DEPARTMENT_FIELD[subgraphName as Department];
      const breaker = breakerFor(subgraphName);
      setExecutor((async (request: Parameters<Executor>[0]) => {
        try {
          return await breaker.fire(executor as Executor, request);
        } catch (error) {
          const entities = field ? entityFields(request.document, request.variables, field) : null;
          if (!entities) {
            // Not a department's citizens: the error is the caller's to see, as it was.
            if (error instanceof FailedCall) return error.result;
            throw error;
          }
          const cause = breaker.opened
            ? 'CIRCUIT_OPEN'
            : (error as { extensions?: { code?: string } }).extensions?.code === 'GATEWAY_TIMEOUT'
              ? 'TIMED_OUT'
              : 'FAILED';
          logger.warn({ subgraph: subgraphName, cause }, 'department unavailable: its citizens are answered as Unavailable');
          const unavailable = { __typename: 'Unavailable', department: departmentEnum(subgraphName as Department), cause };
          const citizen = (fieldKeys: string[]) => ({ __typename: 'Citizen', ...Object.fromEntries(fieldKeys.map((k) => [k, unavailable])) });
          return { data: Object.fromEntries(entities.map(({ key, count, fieldKeys }) => [key, Array.from({ length: count }, () => citizen(fieldKeys))])) };
        }
      }) as never);
    },
  } as GatewayPlugin;
}
