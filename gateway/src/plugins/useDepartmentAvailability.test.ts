import { afterEach, describe, expect, it } from 'vitest';
import { gatewayOver, post, stubSubgraph } from './testing.ts';
import { useDepartmentAvailability } from './useDepartmentAvailability.ts';

const OPTIONS = { errorThresholdPercentage: 50, volumeThreshold: 4, resetTimeoutMs: 60_000 };
let gateway: ReturnType<typeof gatewayOver> | undefined;
afterEach(async () => {
  await gateway?.dispose();
});

describe('useDepartmentAvailability', () => {
  it('stops calling a subgraph that keeps failing (circuit breaker), and answers with an error instead', async () => {
    const stub = stubSubgraph('jobcentre');
    gateway = gatewayOver(stub, [useDepartmentAvailability(OPTIONS)]);
    for (let i = 0; i < 6; i++) await post(gateway, '{ brokenRequired }');
    const reached = stub.calls.length;
    // Open: the next requests are answered at the gateway, without a call.
    const answer = await post(gateway, '{ brokenRequired }');
    expect(answer.body.errors?.length).toBeGreaterThan(0);
    expect(answer.body.data ?? null).toBeNull();
    expect(stub.calls.length).toBe(reached);
    expect(reached).toBeLessThan(7);
    // Every subgraph has its own breaker: another one is still asked.
    const registry = stubSubgraph('registry');
    await gateway.dispose();
    gateway = gatewayOver(registry, [useDepartmentAvailability(OPTIONS)]);
    expect((await post(gateway, '{ citizen(cpr: "720385-1235") { name } }')).body.data.citizen.name).toBe('Citizen 720385-1235');
    expect(registry.calls).toHaveLength(1);
  });

  it('keeps asking a subgraph that answers, however many requests pass', async () => {
    const stub = stubSubgraph('jobcentre');
    gateway = gatewayOver(stub, [useDepartmentAvailability(OPTIONS)]);
    for (let i = 0; i < 8; i++) {
      const answer = await post(gateway, '{ citizen(cpr: "720385-1235") { name } }');
      expect(answer.body.data.citizen.name).toBe('Citizen 720385-1235');
    }
    expect(stub.calls).toHaveLength(8);
  });
});
