/**
 * What operations teams and orchestrators ask of every process: is it alive, is it ready (can it
 * answer now, its databases reachable), and the image's health check that asks it.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASEWORKERS, startTestHub, type TestHub } from './harness.ts';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

const portOf = (url: string) => new URL(url).port;
/** The check's exit code; run beside this process, which serves the hub it asks. */
const healthCheck = (service: string, env: Record<string, string>) =>
  new Promise<number | null>((resolve) => {
    spawn(process.execPath, ['scripts/health.ts', service], { env: { PATH: process.env.PATH, ...env }, stdio: 'ignore' }).on('exit', resolve);
  });

describe('readiness', () => {
  it('is reported by every subgraph and the gateway', async () => {
    for (const subgraph of Object.values(hub.subgraphs)) {
      const response = await fetch(new URL('/ready', subgraph.url));
      expect(response.status, subgraph.name).toBe(200);
    }
    expect((await fetch(new URL('/readiness', hub.gateway.url))).status).toBe(200);
  });

  it('is refused by a department whose consent store cannot be reached, while it stays alive', async () => {
    // Make the consent store unreachable for the application's role, as an outage would.
    await hub.superuser('consent').raw('revoke connect on database ?? from hub_app', [hub.testDatabases.consent.name]);
    await hub
      .superuser('consent')
      .raw(`select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and usename = 'hub_app'`, [hub.testDatabases.consent.name]);
    await hub.superuser('consent').raw('revoke connect on database ?? from public', [hub.testDatabases.consent.name]);
    try {
      const response = await fetch(new URL('/ready', hub.subgraphs.jobcentre.url));
      expect(response.status).toBe(503);
      expect((await fetch(new URL('/health', hub.subgraphs.jobcentre.url))).status).toBe(200);
    } finally {
      await hub.superuser('consent').raw('grant connect on database ?? to hub_app', [hub.testDatabases.consent.name]);
    }
    expect((await fetch(new URL('/ready', hub.subgraphs.jobcentre.url))).status).toBe(200);
    // And the hub answers again.
    const result = await hub.query(await hub.token(CASEWORKERS.jobcentre), '{ citizen(cpr: "720385-1235") { name } }');
    expect(result.body.data.citizen.name).toBe('Søren Jensen');
  });
});

describe("the image's health check (node scripts/health.ts)", () => {
  it('passes for a ready service and fails for one that does not answer', async () => {
    expect(await healthCheck('jobcentre', { JOBCENTRE_PORT: portOf(hub.subgraphs.jobcentre.url) })).toBe(0);
    expect(await healthCheck('views', { VIEWS_PORT: portOf(hub.subgraphs.views.url) })).toBe(0);
    expect(await healthCheck('gateway', { PORT: portOf(hub.gateway.url) })).toBe(0);
    expect(await healthCheck('jobcentre', { JOBCENTRE_PORT: '1' })).toBe(1);
  });

  it('refuses to guess which service it checks', async () => {
    expect(await healthCheck('nobody', {})).toBe(2);
  });
});
