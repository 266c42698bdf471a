/**
 * Prometheus metrics: the gateway and every subgraph answer `GET /metrics`; access-log commits,
 * failures and refused direct calls show; nothing a client sends (CPR numbers, variables, operation
 * names, tokens) becomes a label.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS } from '../services/shared/src/demo/world.ts';
import { CASEWORKERS, startTestHub, type TestHub } from './harness.ts';

let hub: TestHub;
let caseworker: string;

beforeAll(async () => {
  hub = await startTestHub();
  caseworker = await hub.token(CASEWORKERS.jobcentre);
});
afterAll(async () => {
  await hub?.stop();
});

const scrape = async (url: string): Promise<string> => {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
};
const gatewayMetrics = () => scrape(new URL('/metrics', hub.gateway.url).toString());
const subgraphMetrics = (name: 'jobcentre' | 'family') => scrape(new URL('/metrics', hub.subgraphs[name].url).toString());

/** The value of one sample, e.g. `hub_access_log_entries_total{legal_basis="CONSENT",...}`; 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) total += Number(line.split(' ').at(-1));
  }
  return total;
}

const ENTRIES = 'hub_access_log_entries_total';
const consentRelease = { source_department: 'family', outcome: 'RELEASED', legal_basis: 'CONSENT' };

describe('metrics', () => {
  it('count access-log entries by outcome and legal basis, and the gateway’s own GraphQL figures', async () => {
    const before = sample(await gatewayMetrics(), ENTRIES, consentRelease);
    const result = await hub.query(caseworker, `{ citizen(cpr: "${PERSONAS.anne}") { family { __typename } } }`, undefined, {
      'x-purpose': 'COORDINATED_EFFORT',
    });
    expect(result.body.data.citizen.family.__typename).toBe('FamilyView');
    const after = await gatewayMetrics();
    expect(sample(after, ENTRIES, consentRelease)).toBe(before + 1);
    expect(sample(after, 'hub_access_log_batch_entries_count')).toBeGreaterThan(0);
    expect(sample(after, 'graphql_envelop_request_duration_count')).toBeGreaterThan(0);
    expect(sample(after, 'graphql_gateway_subgraph_execute_duration_count', { subgraphName: 'family' })).toBeGreaterThan(0);
    // The department's own process serves the same registry on its port.
    expect(sample(await subgraphMetrics('family'), ENTRIES, consentRelease)).toBe(before + 1);
  });

  it('show calls a subgraph refused because the gateway did not sign them', async () => {
    const before = sample(await subgraphMetrics('jobcentre'), 'hub_subgraph_request_seconds_count', { service: 'jobcentre', status: '401' });
    const direct = await fetch(hub.subgraphs.jobcentre.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(direct.status).toBe(401);
    const after = await subgraphMetrics('jobcentre');
    expect(sample(after, 'hub_subgraph_request_seconds_count', { service: 'jobcentre', status: '401' })).toBe(before + 1);
  });

  it('count entries the log store refused (and whose data was not released)', async () => {
    const before = sample(await gatewayMetrics(), 'hub_access_log_failed_entries_total');
    await hub.owner('consent').raw('revoke insert on access_log from hub_log_writer');
    try {
      const result = await hub.query(caseworker, `{ citizen(cpr: "${PERSONAS.soren}") { jobcentre { __typename } } }`);
      expect(result.body.data?.citizen ?? null).toBeNull();
    } finally {
      await hub.owner('consent').raw('grant insert on access_log to hub_log_writer');
    }
    expect(sample(await gatewayMetrics(), 'hub_access_log_failed_entries_total')).toBeGreaterThan(before);
  });

  it('carry no CPR number, variable, operation name or token', async () => {
    const secretOperation = 'LookupFor0101701234';
    await hub.query(caseworker, `query ${secretOperation}($cpr: ID!) { citizen(cpr: $cpr) { name } }`, { cpr: PERSONAS.simon });
    // A subgraph error: Hive's error counter labels its calls by operation name unless told otherwise.
    const failing = await hub.query(caseworker, `query ${secretOperation} { citizen(cpr: "0101701234x") { name } }`);
    expect(failing.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(sample(await gatewayMetrics(), 'graphql_gateway_subgraph_execute_errors', { subgraphName: 'registry' })).toBeGreaterThan(0);
    // A GET request puts the query and its variables in the URL.
    const get = new URL(hub.gateway.url);
    get.searchParams.set('query', `query ${secretOperation}($cpr: ID!) { citizen(cpr: $cpr) { name } }`);
    get.searchParams.set('variables', JSON.stringify({ cpr: PERSONAS.anne }));
    await fetch(get, { headers: { authorization: `Bearer ${caseworker}` } });

    for (const text of [await gatewayMetrics(), await subgraphMetrics('jobcentre')]) {
      for (const cpr of Object.values(PERSONAS)) {
        expect(text).not.toContain(cpr);
        expect(text).not.toContain(cpr.replace('-', ''));
      }
      expect(text).not.toContain(secretOperation);
      expect(text).not.toContain(caseworker.slice(0, 40));
      expect(text).not.toMatch(/query=|variables/);
    }
  });
});

describe('metrics on a separate port (GATEWAY_METRICS_PORT)', () => {
  let separate: TestHub;
  beforeAll(async () => {
    separate = await startTestHub({ env: { GATEWAY_METRICS_PORT: '0' } });
  });
  afterAll(async () => {
    await separate?.stop();
  });

  it('are served there and not on the public port', async () => {
    expect(new URL(separate.gateway.metricsUrl).port).not.toBe(new URL(separate.gateway.url).port);
    expect(await scrape(separate.gateway.metricsUrl)).toContain('# TYPE hub_access_log_entries_total counter');
    const onPublic = await fetch(new URL('/metrics', separate.gateway.url));
    expect(onPublic.status).not.toBe(200);
    expect(await onPublic.text()).not.toContain('hub_access_log');
  });
});
