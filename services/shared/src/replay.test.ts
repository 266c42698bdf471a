import { describe, expect, it } from 'vitest';
import { createReplayGuard, memoryReplayGuard } from './replay.ts';

describe('the replay guard', () => {
  it('lets a token id through once while its token is valid, and again only after it expired', async () => {
    let now = 1_000_000;
    const guard = memoryReplayGuard(() => now);
    expect(await guard.firstUse('t1', now + 60_000)).toBe(true);
    expect(await guard.firstUse('t1', now + 60_000)).toBe(false);
    expect(await guard.firstUse('t2', now + 60_000)).toBe(true);
    now += 61_000;
    // Expired tokens are refused by their verification anyway; the guard need not remember them.
    expect(await guard.firstUse('t1', now + 60_000)).toBe(true);
  });

  const redisUrl = process.env.HUB_TEST_REDIS_URL;
  it.skipIf(!redisUrl)('shares the ids it has seen between instances through Redis', async () => {
    const one = createReplayGuard(redisUrl);
    const other = createReplayGuard(redisUrl);
    try {
      // Until both are connected each instance stands alone, which is not what this tests.
      await Promise.all([one.connected, other.connected]);
      const id = `shared-${Math.random()}`;
      expect(await one.firstUse(id, Date.now() + 60_000)).toBe(true);
      expect(await other.firstUse(id, Date.now() + 60_000)).toBe(false);
    } finally {
      await one.close();
      await other.close();
    }
  });

  it('keeps guarding, in memory, while Redis cannot be reached', async () => {
    const guard = createReplayGuard('redis://127.0.0.1:1');
    try {
      expect(await guard.firstUse('t', Date.now() + 60_000)).toBe(true);
      expect(await guard.firstUse('t', Date.now() + 60_000)).toBe(false);
    } finally {
      await guard.close();
    }
  });
});
