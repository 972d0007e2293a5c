import type { AppConfig } from '@hp/config';
import { Redis, type RedisOptions } from 'ioredis';

/**
 * BullMQ's blocking workers need `maxRetriesPerRequest: null`; producers share the same settings
 * so a Redis restart is retried rather than failing every command at once.
 */
export function createRedisConnection(config: Pick<AppConfig, 'REDIS_URL'>, options: RedisOptions = {}): Redis {
  return new Redis(config.REDIS_URL, { maxRetriesPerRequest: null, enableReadyCheck: true, ...options });
}
