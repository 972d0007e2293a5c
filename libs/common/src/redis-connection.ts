import { Redis, type RedisOptions } from 'ioredis';

/**
 * BullMQ's blocking workers need `maxRetriesPerRequest: null`; other users pass their own options
 * (a rate limiter, for one, must fail fast rather than queue commands while Redis is away).
 */
export function createRedisConnection(redisUrl: string, options: RedisOptions = {}): Redis {
  return new Redis(redisUrl, { maxRetriesPerRequest: null, enableReadyCheck: true, ...options });
}
