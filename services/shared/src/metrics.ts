/**
 * Prometheus metrics of one process (prom-client): process figures, subgraph requests and the
 * access log. Labels are fixed, small sets (service, status, department, outcome, legal basis):
 * never a CPR number, a caller, an operation name or anything else a client chooses.
 */
import type http from 'node:http';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AccessLogEntry } from './access-log.ts';

/** What the access-log writer reports; kept apart from prom-client so the writer does not depend on it. */
export interface AccessLogMetrics {
  committed(entries: readonly AccessLogEntry[], seconds: number): void;
  failed(entries: number): void;
}

export interface HubMetrics {
  registry: Registry;
  accessLog: AccessLogMetrics;
  /** Observes one request to a subgraph's GraphQL endpoint. */
  subgraphRequest(service: string, status: number, seconds: number): void;
  /** Observes an operation's cost at the gateway, and what became of it (what to tune the limits by). */
  operationCost(cost: number, outcome: CostOutcomeLabel): void;
}

/** What the gateway did with a priced operation. */
export type CostOutcomeLabel = 'ALLOWED' | 'COST_LIMIT' | 'RATE_LIMITED';

export function createMetrics(): HubMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const entries = new Counter({
    name: 'hub_access_log_entries_total',
    help: 'Access-log entries committed, by source department, outcome and legal basis',
    labelNames: ['source_department', 'outcome', 'legal_basis'] as const,
    registers: [registry],
  });
  const commits = new Histogram({
    name: 'hub_access_log_commit_seconds',
    help: 'Time to commit one group of access-log entries (lock, chain, insert)',
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const batch = new Histogram({
    name: 'hub_access_log_batch_entries',
    help: 'Entries per access-log commit (group commit)',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
    registers: [registry],
  });
  const failures = new Counter({
    name: 'hub_access_log_failed_entries_total',
    help: 'Access-log entries that could not be stored; their data was not released',
    registers: [registry],
  });
  const requests = new Histogram({
    name: 'hub_subgraph_request_seconds',
    help: 'Requests to a subgraph, by service and HTTP status (401: not signed by the gateway)',
    labelNames: ['service', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  const costs = new Histogram({
    name: 'hub_operation_cost',
    help: 'Cost of each operation priced at the gateway, by outcome (ALLOWED, COST_LIMIT, RATE_LIMITED)',
    labelNames: ['outcome'] as const,
    buckets: [10, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 25000, 100000],
    registers: [registry],
  });

  return {
    registry,
    accessLog: {
      committed(written, seconds) {
        commits.observe(seconds);
        batch.observe(written.length);
        for (const entry of written) {
          entries.inc({ source_department: entry.sourceDepartment ?? 'none', outcome: entry.outcome, legal_basis: entry.legalBasis });
        }
      },
      failed(count) {
        failures.inc(count);
      },
    },
    subgraphRequest(service, status, seconds) {
      requests.observe({ service, status: String(status) }, seconds);
    },
    operationCost(cost, outcome) {
      costs.observe({ outcome }, cost);
    },
  };
}

/** Answers a scrape with the given registries' metrics in the Prometheus text format. */
export async function metricsText(registries: Registry[]): Promise<{ contentType: string; body: string }> {
  const merged = registries.length === 1 ? registries[0]! : Registry.merge(registries);
  return { contentType: merged.contentType, body: await merged.metrics() };
}

export async function sendMetrics(res: http.ServerResponse, registry: Registry): Promise<void> {
  const { contentType, body } = await metricsText([registry]);
  res.writeHead(200, { 'content-type': contentType });
  res.end(body);
}
