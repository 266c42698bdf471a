/**
 * Fairness under abuse, measured: two callers loop the heaviest request the limits allow (a lookup
 * of as many citizens with every view as the cost ceiling lets through, in as many aliases as fit)
 * and retry at once when refused, while a third caller's single-citizen view is timed, first alone
 * and then beside them. Used by `npm run bench:fairness` (bench/fairness.ts) and by
 * test/fairness.test.ts, which asserts the structural bound on a small hub.
 */
import { buildSchema, parse } from 'graphql';
import { readCommittedSupergraph } from '../gateway/src/compose.ts';
import { operationCost } from '../gateway/src/cost.ts';
import { MAX_CITIZENS_PER_LOOKUP } from '../services/shared/src/limits.ts';
import { QUERY_LIMITS } from '../gateway/src/plugins/useQueryLimits.ts';
import { CITIZEN_VIEW } from './workloads.ts';

/**
 * Every department and every view of a citizen, in few tokens: the views require each department's
 * whole view (`@requires`), so the departments read, decide and log as for a full selection, and 15
 * aliases of it stay within the token limit (the attack of issue 12 was this shape).
 */
const EVERYTHING = /* GraphQL */ `
  cpr name
  jobcentre { __typename } family { __typename } adultSocial { __typename }
  timeline { kind } conflicts { kind } conflictCount complexity { yearlyCostDkk }
`;

export interface HeavyRequest {
  body: string;
  /** Citizens in each alias, aliases, and the cost the gateway prices the request at. */
  citizens: number;
  aliases: number;
  cost: number;
}

const schema = buildSchema(readCommittedSupergraph(), { assumeValidSDL: true });

/** `aliases` lookups of `citizens` numbers each, taken in turn from `sample`, with everything asked. */
function lookup(sample: readonly string[], citizens: number, aliases: number): { query: string; variables: Record<string, string[]> } {
  const variables: Record<string, string[]> = {};
  const fields: string[] = [];
  for (let a = 0; a < aliases; a++) {
    variables[`c${a}`] = Array.from({ length: citizens }, (_, i) => sample[(a * citizens + i) % sample.length]!);
    fields.push(`a${a}: citizens(cprs: $c${a}) { ${EVERYTHING} }`);
  }
  const declared = Object.keys(variables)
    .map((name) => `$${name}: [ID!]!`)
    .join(', ');
  return { query: `query Heavy(${declared}) { ${fields.join(' ')} }`, variables };
}

const priced = (query: string, variables: Record<string, unknown>) => {
  const outcome = operationCost(schema, parse(query), variables);
  if (!('cost' in outcome)) throw new Error('the heavy request could not be priced');
  return outcome.cost;
};

/**
 * The heaviest request within `maxRequestCost`: the most citizens a lookup takes (at most the
 * sample), then as many aliases of it as the ceiling and the alias limit allow; with the ceiling
 * lifted, the attack of issue 12 (15 aliases of the largest lookup).
 */
export function heaviestRequest(sample: readonly string[], maxRequestCost: number): HeavyRequest {
  const most = Math.min(MAX_CITIZENS_PER_LOOKUP, sample.length);
  let citizens = most;
  const costOf = (n: number, a: number) => {
    const { query, variables } = lookup(sample, n, a);
    return priced(query, variables);
  };
  while (citizens > 1 && costOf(citizens, 1) > maxRequestCost) citizens--;
  let aliases = 1;
  while (aliases < QUERY_LIMITS.aliases && costOf(citizens, aliases + 1) <= maxRequestCost) aliases++;
  const { query, variables } = lookup(sample, citizens, aliases);
  return { body: JSON.stringify({ query, variables }), citizens, aliases, cost: priced(query, variables) };
}

/** What the two heavy callers got: answered, refused for cost (COST_LIMIT / RATE_LIMITED), other. */
export interface HeavyTally {
  answered: number;
  /** Time spent waiting for the answered ones (ms). */
  answeredMs: number;
  costLimited: number;
  rateLimited: number;
  other: number;
}

export interface Latencies {
  count: number;
  p50: number;
  p90: number;
  /** Answers that were not 200 without errors. */
  failures: number;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : Number.NaN);

function latencies(times: number[], failures: number): Latencies {
  const sorted = [...times].sort((a, b) => a - b);
  return { count: times.length, p50: Math.round(percentile(sorted, 50)), p90: Math.round(percentile(sorted, 90)), failures };
}

const post = (url: string, token: string, body: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'COORDINATED_EFFORT' },
    body,
  });

/**
 * A caseworker looking at citizens: starts one single-citizen view every `PROBE_INTERVAL_MS` (or as
 * soon as the last one answered) until `until`, at least `minimum`. At that pace its own cost stays
 * well within its budget, as a person's would.
 */
const PROBE_INTERVAL_MS = 250;

async function probe(url: string, token: string, cprs: readonly string[], until: number, minimum: number): Promise<Latencies> {
  const times: number[] = [];
  let failures = 0;
  for (let i = 0; performance.now() < until || i < minimum; i++) {
    const started = performance.now();
    const response = await post(url, token, JSON.stringify({ query: CITIZEN_VIEW, variables: { cpr: cprs[i % cprs.length] } }));
    const body = (await response.json()) as { errors?: unknown[] };
    const took = performance.now() - started;
    times.push(took);
    if (response.status !== 200 || body.errors) failures++;
    if (took < PROBE_INTERVAL_MS) await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS - took));
  }
  return latencies(times, failures);
}

/** Waits `ms`, or less when `until` comes true first. */
async function pause(ms: number, until: () => boolean): Promise<void> {
  const end = performance.now() + ms;
  while (!until() && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, Math.min(250, end - performance.now())));
}

/**
 * A heavy caller: the request again and again until `until`; when refused, again at once (a hostile
 * client), or after the `Retry-After` the refusal gave (`polite`).
 */
async function heavyLoop(url: string, token: string, request: HeavyRequest, until: () => boolean, tally: HeavyTally, polite: boolean): Promise<void> {
  while (!until()) {
    const started = performance.now();
    const response = await post(url, token, request.body);
    const body = (await response.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[] };
    const code = body.errors?.[0]?.extensions?.code;
    if (response.status === 200 && !body.errors) {
      tally.answered++;
      tally.answeredMs += performance.now() - started;
    } else if (code === 'COST_LIMIT') tally.costLimited++;
    else if (code === 'RATE_LIMITED') tally.rateLimited++;
    else tally.other++;
    const retryAfter = Number(response.headers.get('retry-after'));
    if (polite && retryAfter > 0) await pause(retryAfter * 1000, until);
  }
}

export interface FairnessOptions {
  url: string;
  /** Tokens of the two heavy callers and of the measured one. */
  heavyTokens: [string, string];
  probeToken: string;
  /** Citizens the requests name (each with a consent, so the departments release). */
  sample: readonly string[];
  maxRequestCost: number;
  /** How long the third caller is timed alone, and beside the heavy callers (ms). */
  unloadedMs: number;
  loadedMs: number;
  /** Requests the third caller sends at least in each phase. */
  minimumProbes?: number;
  /** Keep each heavy caller going after the measurement until it is refused once (2 minutes at most). */
  untilRefused?: boolean;
  /** The heavy callers wait as `Retry-After` says when refused; by default they retry at once. */
  politeHeavyCallers?: boolean;
}

export interface FairnessFigures {
  heavy: HeavyRequest;
  unloaded: Latencies;
  loaded: Latencies;
  /** Per heavy caller. */
  tallies: [HeavyTally, HeavyTally];
}

/** One measurement: the third caller alone, then beside the two heavy callers. */
export async function measureFairness(o: FairnessOptions): Promise<FairnessFigures> {
  const heavy = heaviestRequest(o.sample, o.maxRequestCost);
  const minimum = o.minimumProbes ?? 10;
  const probeCprs = o.sample.slice(0, 20);
  const unloaded = await probe(o.url, o.probeToken, probeCprs, performance.now() + o.unloadedMs, minimum);
  const tallies: [HeavyTally, HeavyTally] = [
    { answered: 0, answeredMs: 0, costLimited: 0, rateLimited: 0, other: 0 },
    { answered: 0, answeredMs: 0, costLimited: 0, rateLimited: 0, other: 0 },
  ];
  let probing = true;
  // A heavy caller stops when the third caller is done and it has met a refusal (when the limits
  // refuse anything), so that every measurement shows where the limits stop it.
  const cap = performance.now() + o.loadedMs + 120_000;
  const done = (t: HeavyTally) => !probing && (t.rateLimited + t.costLimited > 0 || !o.untilRefused || performance.now() > cap);
  const loops = o.heavyTokens.map((token, i) => heavyLoop(o.url, token, heavy, () => done(tallies[i]!), tallies[i]!, o.politeHeavyCallers ?? false));
  // The heavy callers start first; the third caller's first request meets them at work.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const loaded = await probe(o.url, o.probeToken, probeCprs, performance.now() + o.loadedMs, minimum);
  probing = false;
  await Promise.all(loops);
  return { heavy, unloaded, loaded, tallies };
}
