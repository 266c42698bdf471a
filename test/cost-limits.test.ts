/**
 * Cost, not just shape, through the whole hub: the gateway prices each operation before any
 * department is asked, refuses one over the ceiling (COST_LIMIT) or beyond the caller's budget for
 * the minute (RATE_LIMITED), and a refused request reads nothing and writes no access-log entry.
 * The prices themselves: gateway/src/cost.test.ts; the plugin alone: useCostLimits.test.ts.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_NAMES } from '../services/shared/src/config.ts';
import { MAX_CITIZENS_PER_LOOKUP } from '../services/shared/src/limits.ts';
import { COST_WEIGHTS as W } from '../gateway/src/cost.ts';
import { startTestHub, type TestHub } from './harness.ts';

const CEILING = 200;
const BUDGET = 400;
const SOREN = '720385-1235';
const ANNE = '640790-2468';
const SIMON = '831101-3571';
/** A lookup with two views: what one citizen costs in it. */
const VIEWS = 'query ($cprs: [ID!]!) { citizens(cprs: $cprs) { name timeline { kind } conflictCount } }';
const PER_CITIZEN = W.lookup + W.view + W.view;

// A caller of its own per run: Redis keeps budgets for a minute, across test runs.
const caller = (name: string) => ({ sub: `${name}-${crypto.randomUUID()}`, department: 'jobcentre', roles: ['caseworker'] });

describe('cost limits through the hub', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ env: { MAX_REQUEST_COST: String(CEILING), COST_BUDGET_PER_MINUTE: String(BUDGET) } });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  /**
   * Runs `request` and says what it did: statements in any database, entries added to the access
   * log (read after the statements are counted: reading the log is a statement too).
   */
  async function footprintOf<T>(request: () => Promise<T>): Promise<{ result: T; statements: number; entries: number }> {
    const entriesBefore = (await hub.logEntries()).length;
    const statementsBefore = SERVICE_NAMES.map((s) => hub.queries(s));
    const result = await request();
    const statements = SERVICE_NAMES.reduce((sum, s, i) => sum + hub.queries(s) - statementsBefore[i]!, 0);
    return { result, statements, entries: (await hub.logEntries()).length - entriesBefore };
  }

  it('answers a lookup within the ceiling with the views composed', async () => {
    const token = await hub.token(caller('within'));
    const { result, statements, entries } = await footprintOf(() => hub.query(token, VIEWS, { cprs: [SOREN, ANNE] }));
    expect(statements).toBeGreaterThan(0);
    expect(entries).toBeGreaterThan(0);
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.citizens.map((c: { name: string }) => c.name)).toEqual(['Søren Jensen', 'Anne Larsen']);
  });

  it('refuses a request over the ceiling with HTTP 400 COST_LIMIT and its cost, without reading or logging anything', async () => {
    const token = await hub.token(caller('over'));
    const cprs = Array.from({ length: Math.floor(CEILING / PER_CITIZEN) + 1 }, (_, i) => [SOREN, ANNE, SIMON][i % 3]);
    const { result, statements, entries } = await footprintOf(() => hub.query(token, VIEWS, { cprs }));
    expect({ statements, entries }).toEqual({ statements: 0, entries: 0 });
    expect(result.status).toBe(400);
    expect(result.body.data ?? null).toBeNull();
    expect(result.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'COST_LIMIT', cost: cprs.length * PER_CITIZEN, limit: CEILING } })]);
  });

  it(`refuses more than ${MAX_CITIZENS_PER_LOOKUP} numbers with HTTP 400 BAD_USER_INPUT on cprs, without reading or logging anything`, async () => {
    const token = await hub.token(caller('many-numbers'));
    const cprs = Array.from({ length: MAX_CITIZENS_PER_LOOKUP + 1 }, () => SOREN);
    const { result, statements, entries } = await footprintOf(() => hub.query(token, 'query ($cprs: [ID!]!) { citizens(cprs: $cprs) { name } }', { cprs }));
    expect({ statements, entries }).toEqual({ statements: 0, entries: 0 });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'cprs' });
  });

  it("refuses a caller who spent the minute's budget with HTTP 429 RATE_LIMITED and Retry-After, and serves another caller", async () => {
    const token = await hub.token(caller('busy'));
    const cprs = [SOREN, ANNE, SIMON];
    const cost = cprs.length * PER_CITIZEN;
    const fitting = Math.floor(BUDGET / cost);
    for (let i = 0; i < fitting; i++) expect((await hub.query(token, VIEWS, { cprs })).status).toBe(200);
    const { result: refused, statements, entries } = await footprintOf(() => hub.query(token, VIEWS, { cprs }));
    expect({ statements, entries }).toEqual({ statements: 0, entries: 0 });
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', cost, limit: BUDGET });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await hub.query(await hub.token(caller('quiet')), VIEWS, { cprs })).status).toBe(200);
  });

  it('counts each priced operation in the gateway metrics by what became of it, for tuning the limits', async () => {
    const counts = async () => {
      const metrics = await (await fetch(hub.gateway.metricsUrl)).text();
      const count = (outcome: string) => Number(new RegExp(`^hub_operation_cost_count\\{outcome="${outcome}"\\} (\\d+)`, 'm').exec(metrics)?.[1] ?? 0);
      return { allowed: count('ALLOWED'), costLimited: count('COST_LIMIT') };
    };
    const before = await counts();
    const token = await hub.token(caller('metered'));
    expect((await hub.query(token, VIEWS, { cprs: [SOREN] })).status).toBe(200);
    expect((await hub.query(token, VIEWS, { cprs: Array.from({ length: Math.floor(CEILING / PER_CITIZEN) + 1 }, () => SOREN) })).status).toBe(400);
    expect(await counts()).toEqual({ allowed: before.allowed + 1, costLimited: before.costLimited + 1 });
  });
});
