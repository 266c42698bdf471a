/**
 * The load generator (autocannon, in this process) and what is read around each run: requests per
 * second, latency percentiles, errors (connection errors, non-2xx answers, and GraphQL `errors` in a
 * 200 answer), SQL statements per request (the measured processes' probes), and CPU ms per request
 * of each process involved.
 */
import autocannon from 'autocannon';
import type { Measured } from './processes.ts';

/** A system under test: where to send requests, and what to read before and after. */
export interface Target {
  /** hub, peer, peer-router, floor */
  system: string;
  url: string;
  headers: Record<string, string>;
  /** Whose statements count (every process of the system that talks to Postgres). */
  processes: Measured[];
  /** CPU sources shown per request: a process, or the Postgres server's process tree. */
  cpu: { label: string; read(): number }[];
}

export interface LoadOptions {
  connections: number;
  /** About how many seconds a measurement lasts. */
  duration: number;
  /** At least this many requests per connection in a measurement. */
  minimumRounds?: number;
  /** Requests of the warm-up (default: one per connection). */
  warmup?: number;
}

export interface Row {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  statementsPerRequest: number;
  cpuMsPerRequest: Record<string, number>;
  /** The first failed answer, shortened (what the errors column counts). */
  firstError?: string | null;
}

/** Sends exactly `amount` requests over `connections` and waits for every answer. */
async function fire(target: Target, bodies: readonly string[], connections: number, amount: number) {
  let next = 0;
  let graphqlErrors = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const result = await autocannon({
    url: target.url,
    connections: Math.min(connections, amount),
    amount,
    // A heavy request behind 31 others waits its turn: that is latency to report, not a timeout.
    timeout: 300,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    requests: [
      {
        method: 'POST',
        // Each request takes the next body: the workloads vary citizens, so no cache can answer them.
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length]! }),
        onResponse: (status, body) => {
          if (status === 200 && !body.includes('"errors"')) return;
          if (status === 200) graphqlErrors += 1;
          firstError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
        },
      },
    ],
  });
  return { result, graphqlErrors, firstError: firstError as string | null, seconds: (performance.now() - started) / 1000 };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Warms up, then measures one workload against one target.
 *
 * Both runs send a fixed number of requests and wait for all of them, so nothing is left in flight
 * to be charged to the next measurement, and the statements and CPU read afterwards belong to
 * exactly the requests counted. The warm-up (by default one request per connection) also gives the
 * rate (the server is saturated either way) from which the measured run is sized to last about `duration` seconds, and never fewer than
 * `minimumRounds` requests per connection.
 */
export async function measure(target: Target, bodies: readonly string[], options: LoadOptions): Promise<Row> {
  const warm = await fire(target, bodies, options.connections, options.warmup ?? options.connections);
  const rate = warm.result.requests.total / warm.seconds;
  const amount = Math.max(options.connections * (options.minimumRounds ?? 1), Math.round(rate * options.duration));
  const statementsBefore = sum(await Promise.all(target.processes.map((p) => p.statements())));
  const cpuBefore = target.cpu.map((c) => c.read());
  const { result, graphqlErrors, firstError, seconds } = await fire(target, bodies, options.connections, amount);
  const cpuAfter = target.cpu.map((c) => c.read());
  const statementsAfter = sum(await Promise.all(target.processes.map((p) => p.statements())));
  const requests = Math.max(1, result.requests.total);
  return {
    requests: result.requests.total,
    rps: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + graphqlErrors,
    statementsPerRequest: (statementsAfter - statementsBefore) / requests,
    cpuMsPerRequest: Object.fromEntries(target.cpu.map((c, i) => [c.label, (cpuAfter[i]! - cpuBefore[i]!) / requests])),
    firstError,
  };
}

/**
 * Statements of single requests sent one after another, per database: the median of each, since
 * the access log's group commit may merge two subgraphs' appends of one request into one
 * transaction, or not (fewer statements in the consent database, never more).
 */
export async function statementsPerRequest(target: Target, body: string, count: number): Promise<{ byDatabase: Record<string, number>; errors: number }> {
  const snapshot = async () => {
    const all: Record<string, number> = {};
    for (const counts of await Promise.all(target.processes.map((p) => p.statementsByDatabase()))) {
      for (const [database, n] of Object.entries(counts)) all[database] = (all[database] ?? 0) + n;
    }
    return all;
  };
  const samples: Record<string, number>[] = [];
  let errors = 0;
  for (let i = 0; i < count; i++) {
    const before = await snapshot();
    const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', ...target.headers }, body });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) errors += 1;
    const after = await snapshot();
    samples.push(Object.fromEntries(Object.keys(after).map((database) => [database, after[database]! - (before[database] ?? 0)])));
  }
  const databases = [...new Set(samples.flatMap((s) => Object.keys(s)))].sort();
  return { byDatabase: Object.fromEntries(databases.map((database) => [database, median(samples.map((s) => s[database] ?? 0))])), errors };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of each figure over rounds (CPU per source). */
export function medianRow(rows: Row[]): Row {
  const pick = (f: (r: Row) => number) => median(rows.map(f));
  return {
    requests: pick((r) => r.requests),
    rps: pick((r) => r.rps),
    p50: pick((r) => r.p50),
    p99: pick((r) => r.p99),
    errors: pick((r) => r.errors),
    statementsPerRequest: pick((r) => r.statementsPerRequest),
    cpuMsPerRequest: Object.fromEntries(Object.keys(rows[0]!.cpuMsPerRequest).map((k) => [k, pick((r) => r.cpuMsPerRequest[k]!)])),
    firstError: rows.find((r) => r.firstError)?.firstError ?? null,
  };
}
