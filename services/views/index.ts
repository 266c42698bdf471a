/**
 * The views subgraph: caseworkers' views of a citizen across departments, computed from what each
 * department released to the caller in the same request (schema/views.graphql, `@requires`). A
 * "service API" over the departments' "platform APIs": it keeps no data and has no database.
 */
import type { HubConfig } from '../shared/src/config.ts';
import type { Caller, GatewayKeySet } from '../shared/src/identity.ts';
import type { HubMetrics } from '../shared/src/metrics.ts';
import type { ReplayGuard } from '../shared/src/replay.ts';
import { startSubgraph, type RunningSubgraph } from '../shared/src/subgraph.ts';
import type { ComplexityThresholds } from './complexity.ts';
import { resolvers } from './resolvers.ts';

export interface ViewsContext {
  caller: Caller;
  /** The coordination markers' thresholds configured for this deployment. */
  thresholds: Partial<ComplexityThresholds>;
  now: () => Date;
}

/** Starts the views subgraph; resolves once it listens. */
export function startViews(
  config: Pick<HubConfig, 'coordination'>,
  options: { port: number; host?: string; gatewayKeys: GatewayKeySet; replayGuard: ReplayGuard; metrics?: HubMetrics; now?: () => Date },
): Promise<RunningSubgraph> {
  return startSubgraph<ViewsContext>({
    name: 'views',
    resolvers,
    gatewayKeys: options.gatewayKeys,
    replayGuard: options.replayGuard,
    port: options.port,
    host: options.host,
    metrics: options.metrics,
    createContext: (caller) => ({ caller, thresholds: config.coordination, now: options.now ?? (() => new Date()) }),
  });
}
