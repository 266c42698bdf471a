/**
 * A per-caller request rate limit at the gateway (rate-limiter-flexible). With REDIS_URL the count
 * is shared by every gateway instance; without it, or while Redis is unreachable, each instance
 * counts in memory (the insurance limiter), so an outage of Redis never lifts the limit.
 */
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { decodeJwt } from 'jose';
import { createClient, type RedisClientType } from 'redis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { errorResponse } from '../../../services/shared/src/errors.ts';
import { logger } from '../../../services/shared/src/logger.ts';

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

export function createRateLimit(options: RateLimitOptions): RateLimit {
  const memory = new RateLimiterMemory({ keyPrefix: 'hub-rate', points: options.perMinute, duration: 60 });
  let limiter: RateLimiterAbstract = memory;
  let redis: RedisClientType | undefined;
  if (options.redisUrl) {
    redis = createClient({
      url: options.redisUrl,
      disableOfflineQueue: true,
      socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(retries * 200, 5000) },
    });
    // Connection errors are expected while Redis is away; the insurance limiter takes over.
    redis.on('error', (error: Error) => logger.warn({ err: error }, 'rate limit: Redis unavailable, counting in memory'));
    redis.connect().catch(() => {});
    limiter = new RateLimiterRedis({
      storeClient: redis,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      keyPrefix: 'hub-rate',
      points: options.perMinute,
      duration: 60,
      insuranceLimiter: memory,
    });
  }
  const graphqlPath = options.graphqlPath ?? '/graphql';

  const plugin: GatewayPlugin = {
    // Runs after the caller's token was verified (useCallerIdentity comes first), so `sub` is trusted.
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== graphqlPath) return;
      const token = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
      if (!token) return;
      const { iss, sub } = decodeJwt(token);
      try {
        await limiter.consume(`${iss}|${sub}`);
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
      if (!redis) return;
      // A client still trying to reconnect is dropped; a connected one closes cleanly.
      if (redis.isReady) await redis.close().catch(() => redis!.destroy());
      else if (redis.isOpen) redis.destroy();
    },
  };
}
