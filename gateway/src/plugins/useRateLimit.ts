/**
 * A per-caller request rate limit at the gateway (rate-limiter-flexible). With REDIS_URL the count
 * is shared by every gateway instance; without it, or while Redis is unreachable, each instance
 * counts in memory (the insurance limiter), so an outage of Redis never lifts the limit. The store
 * (one Redis client) is shared with the caller's cost budget (useCostLimits.ts).
 */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { decodeJwt } from 'jose';
import { createClient, type RedisClientType } from 'redis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { errorResponse } from '../../../services/shared/src/errors.ts';
import { logger } from '../../../services/shared/src/logger.ts';

/** Where per-caller counts are kept: Redis when configured (with a memory insurance), else memory. */
export interface LimiterStore {
  /** A limiter of `points` per `durationSeconds` under its own key prefix. */
  limiter(options: { keyPrefix: string; points: number; durationSeconds: number }): RateLimiterAbstract;
  close(): Promise<void>;
}

/** The store of the gateway's counts; one Redis client for every limiter made from it. */
export function createLimiterStore(redisUrl?: string): LimiterStore {
  let redis: RedisClientType | undefined;
  if (redisUrl) {
    redis = createClient({
      url: redisUrl,
      disableOfflineQueue: true,
      socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(retries * 200, 5000) },
    });
    // Connection errors are expected while Redis is away; the insurance limiter takes over.
    redis.on('error', (error: Error) => logger.warn({ err: error }, 'rate limit: Redis unavailable, counting in memory'));
    redis.connect().catch(() => {});
  }
  return {
    limiter({ keyPrefix, points, durationSeconds }) {
      const memory = new RateLimiterMemory({ keyPrefix, points, duration: durationSeconds });
      if (!redis) return memory;
      return new RateLimiterRedis({
        storeClient: redis,
        useRedisPackage: true,
        rejectIfRedisNotReady: true,
        keyPrefix,
        points,
        duration: durationSeconds,
        insuranceLimiter: memory,
      });
    },
    close: async () => {
      if (!redis) return;
      // A client still trying to reconnect is dropped; a connected one closes cleanly.
      if (redis.isReady) await redis.close().catch(() => redis!.destroy());
      else if (redis.isOpen) redis.destroy();
    },
  };
}

/**
 * Whom a request counts for: the token's issuer and subject (a caller, not a token), or null without
 * a bearer token. Read after useCallerIdentity verified the token, so the claims are trusted.
 */
export function callerKey(request: Request): string | null {
  const token = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
  if (!token) return null;
  const { iss, sub } = decodeJwt(token);
  return `${iss}|${sub}`;
}

export interface RateLimitOptions {
  /** Requests a caller may make per minute. */
  perMinute: number;
  redisUrl?: string;
  graphqlPath?: string;
}

export interface RateLimit {
  plugin: GatewayPlugin;
  close(): Promise<void>;
}

export function createRateLimit(options: RateLimitOptions & { store?: LimiterStore }): RateLimit {
  const ownStore = options.store === undefined;
  const store = options.store ?? createLimiterStore(options.redisUrl);
  const limiter = store.limiter({ keyPrefix: 'hub-rate', points: options.perMinute, durationSeconds: 60 });
  const graphqlPath = options.graphqlPath ?? '/graphql';

  const plugin: GatewayPlugin = {
    // Runs after the caller's token was verified (useCallerIdentity comes first), so `sub` is trusted.
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== graphqlPath) return;
      const key = callerKey(request);
      if (!key) return;
      try {
        await limiter.consume(key);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        endResponse(
          errorResponse('RATE_LIMITED', `More than ${options.perMinute} requests a minute`, {
            headers: { 'retry-after': String(Math.ceil(rejection.msBeforeNext / 1000)) },
          }),
        );
      }
    },
  };
  return {
    plugin,
    close: async () => {
      if (ownStore) await store.close();
    },
  };
}
