/**
 * One use per gateway token: a subgraph refuses a token id it has already seen while the token is
 * still valid, so a token taken off the wire cannot be sent again, even with its own body. With
 * REDIS_URL the ids are shared by every instance of every subgraph (SET NX with the token's
 * remaining life); without it, or while Redis is unreachable, each process remembers its own, so
 * an outage of Redis narrows the protection to one instance and never lifts it.
 */
import { createClient, type RedisClientType } from 'redis';
import { logger } from './logger.ts';

export interface ReplayGuard {
  /** True the first time `tokenId` is seen before `expiresAt` (ms since the epoch); false after that. */
  firstUse(tokenId: string, expiresAt: number): Promise<boolean>;
  /** Resolves once the shared store is reached (at once without one); never rejects. */
  connected: Promise<void>;
  close(): Promise<void>;
}

/** In this process: ids kept until their token expires, swept as new ones arrive. */
export function memoryReplayGuard(now: () => number = Date.now): ReplayGuard {
  const seen = new Map<string, number>();
  let nextSweep = 0;
  return {
    async firstUse(tokenId, expiresAt) {
      const at = now();
      if (at >= nextSweep) {
        for (const [id, until] of seen) if (until <= at) seen.delete(id);
        nextSweep = at + 10_000;
      }
      const until = seen.get(tokenId);
      if (until !== undefined && until > at) return false;
      seen.set(tokenId, expiresAt);
      return true;
    },
    connected: Promise.resolve(),
    close: async () => {},
  };
}

/** Shared through Redis when a URL is given, with the process's memory standing in while Redis is away. */
export function createReplayGuard(redisUrl: string | undefined): ReplayGuard {
  const memory = memoryReplayGuard();
  if (!redisUrl) return memory;
  const redis: RedisClientType = createClient({
    url: redisUrl,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(retries * 200, 5000) },
  });
  redis.on('error', (error: Error) => logger.warn({ err: error }, 'replay guard: Redis unavailable, remembering token ids in memory'));
  const connected = redis.connect().then(
    () => {},
    () => {},
  );
  return {
    connected,
    async firstUse(tokenId, expiresAt) {
      // Remembered here too, so that a Redis outage later still finds the ids this instance saw.
      const local = await memory.firstUse(tokenId, expiresAt);
      if (!local) return false;
      if (!redis.isReady) return true;
      try {
        const ttl = Math.max(1, expiresAt - Date.now());
        return (await redis.set(`hub-token:${tokenId}`, '1', { NX: true, PX: ttl })) === 'OK';
      } catch {
        return true;
      }
    },
    close: async () => {
      if (redis.isReady) await redis.close().catch(() => redis.destroy());
      else if (redis.isOpen) redis.destroy();
    },
  };
}
