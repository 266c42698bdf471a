/**
 * Cost, not just shape: every operation is priced before it runs (gateway/src/cost.ts), then
 * refused when one request costs more than the ceiling (COST_LIMIT, HTTP 400), or when the caller
 * has spent its budget for the minute (RATE_LIMITED, HTTP 429 with `retry-after`). The budget is
 * counted where the request rate is (rate-limiter-flexible, Redis when configured), with points =
 * cost, so a caller who sends a few heavy requests waits as one who sends many light ones. Both
 * refusals happen before any subgraph is asked, so nothing is read and nothing is logged.
 */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { costRefusal } from '../../../services/shared/src/errors.ts';
import type { CostOutcomeLabel } from '../../../services/shared/src/metrics.ts';
import { operationCost, type CostOutcome, type FieldCost } from '../cost.ts';
import { callerKey, type LimiterStore } from './useRateLimit.ts';

export interface CostLimitOptions {
  /** The most one request may cost. */
  maxRequestCost: number;
  /** The cost a caller may spend a minute; at least `maxRequestCost`. */
  budgetPerMinute: number;
  /** Where the budgets are counted (shared with the request rate limit). */
  store: LimiterStore;
  /** The prices of fields, when not the hub's (tests of other schemas). */
  costs?: Readonly<Record<string, FieldCost>>;
  /** Told each priced operation's cost and what became of it (the process's metrics). */
  observe?: (cost: number, outcome: CostOutcomeLabel) => void;
  /** How long a refusal is held before it is answered (ms); `REFUSAL_DELAY_MS` unless given. */
  refusalDelayMs?: number;
}

/**
 * A refusal for cost is answered after a second (less when the budget returns sooner). A client
 * that retries at once, ignoring Retry-After, then asks once a second instead of hundreds of times:
 * measured, such a flood of refusals doubled another caller's latency (docs/benchmarks.md). A held
 * request costs a timer, no CPU; a client that honours Retry-After loses nothing.
 */
export const REFUSAL_DELAY_MS = 1000;

const held = (ms: number) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

/** The refusal an outcome calls for with this ceiling, or null when the operation may go on. */
export function ceilingRefusal(outcome: CostOutcome, maxRequestCost: number): GraphQLError | null {
  // An argument refused (BAD_USER_INPUT) is the client's fault: HTTP 400, as a document error.
  if ('refused' in outcome) return new GraphQLError(outcome.refused.message, { extensions: { ...outcome.refused.extensions, http: { status: 400 } } });
  if ('unpriced' in outcome) {
    return outcome.unpriced === 'too-many-fields' ? costRefusal('COST_LIMIT', 'The operation has too many fields to price', { limit: maxRequestCost }) : null;
  }
  if (outcome.cost <= maxRequestCost) return null;
  return costRefusal('COST_LIMIT', `The operation costs ${outcome.cost}, more than the ${maxRequestCost} one request may`, {
    cost: outcome.cost,
    limit: maxRequestCost,
  });
}

export function useCostLimits(options: CostLimitOptions): GatewayPlugin {
  const budget = options.store.limiter({ keyPrefix: 'hub-cost', points: options.budgetPerMinute, durationSeconds: 60 });
  const delay = options.refusalDelayMs ?? REFUSAL_DELAY_MS;
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const outcome = operationCost(args.schema, args.document, args.variableValues ?? undefined, args.operationName, options.costs);
      const refusal = ceilingRefusal(outcome, options.maxRequestCost);
      if (refusal) {
        if ('cost' in outcome) options.observe?.(outcome.cost, 'COST_LIMIT');
        // Bad input (BAD_USER_INPUT) is answered at once; a refusal for cost is held.
        if (!('refused' in outcome)) await held(delay);
        return setResultAndStopExecution({ errors: [refusal] });
      }
      // Variables that do not fit: execution refuses them before any subgraph is asked.
      if (!('cost' in outcome)) return;
      const key = callerKey((args.contextValue as { request: Request }).request);
      if (!key || outcome.cost === 0) return options.observe?.(outcome.cost, 'ALLOWED');
      try {
        await budget.consume(key, outcome.cost);
        options.observe?.(outcome.cost, 'ALLOWED');
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        // A refused operation does no work: its points are given back, so a lighter one may still fit.
        await budget.reward(key, outcome.cost).catch(() => {});
        options.observe?.(outcome.cost, 'RATE_LIMITED');
        await held(Math.min(delay, rejection.msBeforeNext));
        const retryAfter = Math.max(1, Math.ceil(Math.max(0, rejection.msBeforeNext - delay) / 1000));
        setResultAndStopExecution({
          errors: [
            costRefusal(
              'RATE_LIMITED',
              `The operation costs ${outcome.cost}; this caller's budget of ${options.budgetPerMinute} a minute is spent`,
              { cost: outcome.cost, limit: options.budgetPerMinute },
              retryAfter,
            ),
          ],
        });
      }
    },
  };
}
