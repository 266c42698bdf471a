/**
 * The per-caller rate limit at the gateway: shared by all gateway instances through Redis when
 * there is one, counted per instance without it. That a Redis outage never lifts it is the
 * plugin's own test (gateway/src/plugins/useRateLimit.test.ts).
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, testRedisUrl, type TestHub } from './harness.ts';

const LIMIT = 5;
const QUERY = '{ citizen(cpr: "720385-1235") { name } }';

async function ask(url: string, token: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: QUERY }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
}

// A caller of its own per run: Redis keeps counts for a minute, across test runs.
const caller = (name: string) => ({ sub: `${name}-${crypto.randomUUID()}`, department: 'jobcentre', roles: ['caseworker'] });

describe(`the rate limit ${testRedisUrl ? 'with Redis' : 'without Redis'}`, () => {
  let hub: TestHub;
  let second: { url: string };
  beforeAll(async () => {
    hub = await startTestHub({ env: { RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
    second = await hub.startGateway({});
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('refuses a caller beyond the limit with 429 RATE_LIMITED, and no one else', async () => {
    const token = await hub.token(caller('busy'));
    for (let i = 0; i < LIMIT; i++) expect((await ask(hub.gateway.url, token)).status).toBe(200);
    const refused = await ask(hub.gateway.url, token);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect((await ask(hub.gateway.url, await hub.token(caller('quiet')))).status).toBe(200);
  });

  it(testRedisUrl ? 'counts across gateway instances' : 'counts per gateway instance', async () => {
    const token = await hub.token(caller('spread'));
    for (let i = 0; i < LIMIT; i++) expect((await ask(hub.gateway.url, token)).status).toBe(200);
    expect((await ask(second.url, token)).status).toBe(testRedisUrl ? 429 : 200);
  });
});
