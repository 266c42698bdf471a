/**
 * Fairness under abuse (issue 12): two callers looping the heaviest request the limits allow do
 * not stall a third caller's single-citizen view. What is asserted is structural: the heavy callers
 * are refused (RATE_LIMITED) once their budget for the minute is spent, and the third caller is
 * never refused; its loaded p50 is held to a bound generous enough for a shared, noisy machine.
 * The figures themselves come from `npm run bench:fairness` (bench/fairness.ts).
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../services/shared/src/config.ts';
import { MAX_CITIZENS_PER_LOOKUP } from '../services/shared/src/limits.ts';
import { measureFairness } from '../bench/fairness-loops.ts';
import { startTestHub, type TestHub } from './harness.ts';

const { maxRequestCost } = loadConfig({}).cost;
/** One heaviest request a minute per caller: the budget is the ceiling. */
const BUDGET = maxRequestCost;
const PERSONAS = ['720385-1235', '640790-2468', '831101-3571'];

describe('fairness under abuse', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ env: { COST_BUDGET_PER_MINUTE: String(BUDGET) } });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("refuses two callers looping the heaviest request once their budget is spent, and keeps serving a third caller's view", async () => {
    // Callers of their own per run: Redis keeps budgets for a minute, across test runs.
    const token = (name: string) => hub.token({ sub: `${name}-${crypto.randomUUID()}`, department: 'jobcentre', roles: ['caseworker'] });
    const figures = await measureFairness({
      url: hub.gateway.url,
      heavyTokens: [await token('cw-heavy-1'), await token('cw-heavy-2')],
      probeToken: await token('cw-probe'),
      sample: Array.from({ length: MAX_CITIZENS_PER_LOOKUP }, (_, i) => PERSONAS[i % PERSONAS.length]!),
      maxRequestCost,
      unloadedMs: 2_000,
      loadedMs: 5_000,
      minimumProbes: 8,
      untilRefused: true,
    });
    expect(figures.heavy.cost).toBeLessThanOrEqual(maxRequestCost);
    expect(figures.heavy.cost).toBeGreaterThan(maxRequestCost / 2);
    const perMinute = Math.floor(BUDGET / figures.heavy.cost);
    for (const tally of figures.tallies) {
      expect(tally.answered).toBeLessThanOrEqual(perMinute);
      expect(tally.rateLimited).toBeGreaterThan(0);
      expect(tally.costLimited + tally.other).toBe(0);
    }
    expect(figures.unloaded.failures).toBe(0);
    expect(figures.loaded.failures).toBe(0);
    // Generous on purpose: other work on a shared machine moves these figures, the limits do not.
    expect(figures.loaded.p50).toBeLessThanOrEqual(10 * figures.unloaded.p50 + 1_000);
  });
});
