/**
 * `npm run bench:fairness`: does one caller's heavy work stall another's? Two callers loop the
 * heaviest request the limits allow while a third caller's single-citizen view is timed, alone and
 * then beside them: with the cost limits as configured by default (the heavy callers retrying at
 * once when refused, and, separately, waiting as Retry-After says), and with the limits lifted
 * (the attack of issue 12). Prints the third caller's p50 and p90 in each case and what the heavy
 * callers got.
 *
 *   npm run bench:fairness                       2,000 citizens, 15 s alone, 60 s loaded (one budget minute)
 *   npm run bench:fairness -- --quick            20 s loaded
 *   npm run bench:fairness -- --only limits      one of the cases (limits | polite | none)
 *
 * It is a measurement, not a test (test/fairness.test.ts asserts the structural bound): the hub
 * runs in its own process on an embedded Postgres server (bench/serve.ts), production mode.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../services/shared/src/config.ts';
import { loadKeys, mintDevToken } from '../services/shared/src/identity.ts';
import { measureFairness, type FairnessFigures } from './fairness-loops.ts';
import { childEnv, startMeasured } from './processes.ts';
import type { HubChildOptions, HubReady } from './serve.ts';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    citizens: { type: 'string', default: '2000' },
    only: { type: 'string' },
  },
});
const progress = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
const defaults = loadConfig({}).cost;
const LIFTED = { maxRequestCost: 100_000_000, budgetPerMinute: 1_000_000_000 };
const limits = `cost limits (defaults: ${defaults.maxRequestCost} a request, ${defaults.budgetPerMinute} a minute)`;
const cases = [
  { name: 'limits', title: `${limits}, heavy callers retry at once when refused`, cost: defaults, polite: false },
  { name: 'polite', title: `${limits}, heavy callers wait as Retry-After says`, cost: defaults, polite: true },
  { name: 'none', title: 'cost limits lifted', cost: LIFTED, polite: false },
].filter((c) => !args.only || c.name === args.only);

/** Starts the hub with `cost`, runs one measurement, stops it. */
async function run(cost: { maxRequestCost: number; budgetPerMinute: number }, polite: boolean): Promise<FairnessFigures> {
  const options: HubChildOptions = {
    citizens: Number(args.citizens),
    sample: 200,
    // The request rate limit as configured by default in both cases: it was in place for the attack too.
    env: {
      MAX_REQUEST_COST: String(cost.maxRequestCost),
      COST_BUDGET_PER_MINUTE: String(cost.budgetPerMinute),
      RATE_LIMIT_PER_MINUTE: String(loadConfig({}).rateLimitPerMinute),
    },
  };
  const hub = startMeasured('hub', 'bench/serve.ts', ['hub'], { env: childEnv({ BENCH_CHILD: JSON.stringify(options) }) });
  try {
    const ready = (await hub.ready) as HubReady;
    const config = loadConfig({ HUB_DATA_DIR: ready.dataDir });
    const keys = await loadKeys(ready.dataDir);
    const token = (sub: string) =>
      mintDevToken(keys, { sub, department: 'jobcentre', roles: ['caseworker'] }, { issuer: config.jwt.issuer, audience: config.jwt.audience });
    progress(`hub ready; ${ready.sample.length} citizens with consents; measuring...`);
    return await measureFairness({
      url: ready.gatewayUrl,
      heavyTokens: [await token('cw-heavy-1'), await token('cw-heavy-2')],
      probeToken: await token('cw-probe'),
      sample: ready.sample,
      maxRequestCost: cost.maxRequestCost,
      unloadedMs: args.quick ? 8_000 : 15_000,
      loadedMs: args.quick ? 20_000 : 60_000,
      politeHeavyCallers: polite,
    });
  } finally {
    await hub.stop();
  }
}

const rows: string[] = [];
for (const c of cases) {
  progress(`${c.title}: starting the hub (${Number(args.citizens).toLocaleString('en')} citizens; seeding)...`);
  const f = await run(c.cost, c.polite);
  const tally = (t: FairnessFigures['tallies'][number]) =>
    `${t.answered} answered (${t.answered ? Math.round(t.answeredMs / t.answered) : '-'} ms each), ${t.rateLimited} RATE_LIMITED, ${t.costLimited} COST_LIMIT, ${t.other} other`;
  rows.push(
    [
      `## ${c.title}`,
      `heavy request: ${f.heavy.aliases} alias(es) x ${f.heavy.citizens} citizens, every department and view; cost ${f.heavy.cost}`,
      `third caller alone:   p50 ${f.unloaded.p50} ms, p90 ${f.unloaded.p90} ms (${f.unloaded.count} requests, ${f.unloaded.failures} failed)`,
      `third caller loaded:  p50 ${f.loaded.p50} ms, p90 ${f.loaded.p90} ms (${f.loaded.count} requests, ${f.loaded.failures} failed); p50 ${(f.loaded.p50 / f.unloaded.p50).toFixed(2)}x alone`,
      `heavy caller 1: ${tally(f.tallies[0])}`,
      `heavy caller 2: ${tally(f.tallies[1])}`,
    ].join('\n'),
  );
}
process.stdout.write(`${rows.join('\n\n')}\n`);
