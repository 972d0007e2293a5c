import { createRedisConnection } from '@hp/common';
import { APP_CONFIG, type AppConfig } from '@hp/config';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AuthError } from './auth.errors.js';

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

/**
 * Counters kept in Redis so every API replica sees the same ones (rate-limiter-flexible's atomic
 * Redis limiter). When Redis is unreachable the limits fail open: an outage of the limiter must not
 * become an outage of the product; it is logged.
 */
@Injectable()
export class RateLimits implements OnApplicationShutdown {
  private readonly logger = new Logger(RateLimits.name);
  private readonly redis: Redis;
  private readonly perUser: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;
  private readonly loginFailures: RateLimiterRedis;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.redis = createRedisConnection(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    this.redis.on('error', () => undefined);
    const prefix = `${config.QUEUE_PREFIX}:rate`;
    this.perUser = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${prefix}:user`,
      points: config.RATE_LIMIT_PER_MINUTE,
      duration: 60,
    });
    this.perIp = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${prefix}:ip`,
      points: config.PUBLIC_RATE_LIMIT_PER_MINUTE,
      duration: 60,
    });
    this.loginFailures = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${prefix}:login`,
      points: config.LOGIN_MAX_FAILURES,
      duration: config.LOGIN_LOCKOUT_MINUTES * 60,
    });
  }

  /** Counts one request of a signed-in user; throws RATE_LIMITED past the limit. */
  consumeUser(userId: string): Promise<RateLimitState | undefined> {
    return this.consume(this.perUser, userId, this.config.RATE_LIMIT_PER_MINUTE);
  }

  /** Counts one request to a public route from an IP address. */
  consumeIp(ip: string): Promise<RateLimitState | undefined> {
    return this.consume(this.perIp, ip, this.config.PUBLIC_RATE_LIMIT_PER_MINUTE);
  }

  /**
   * Counts a login attempt for an account as a failure before its password is checked, and refuses
   * it once the account has LOGIN_MAX_FAILURES recent ones, whatever the IP. Counting first, in one
   * atomic increment, is what bounds a burst of parallel guesses: a check followed by a later
   * increment let every guess of the burst pass the check before any of them was counted.
   * A login that succeeds clears the count (`clearLoginFailures`).
   */
  async beginLoginAttempt(account: string): Promise<void> {
    try {
      await this.loginFailures.consume(account);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        throw new AuthError('TOO_MANY_LOGIN_ATTEMPTS', 'Too many failed logins for this account. Try again later.', {
          retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000),
        });
      }
      this.logger.warn({ error: (error as Error).message }, 'Login throttle unavailable; allowing the attempt');
    }
  }

  /** Gives back the attempt counted by `beginLoginAttempt`, for an outcome that was not a wrong password. */
  async refundLoginAttempt(account: string): Promise<void> {
    await this.loginFailures
      .reward(account, 1)
      .catch((error: Error) => this.logger.warn({ error: error.message }, 'Could not refund a login attempt'));
  }

  async clearLoginFailures(account: string): Promise<void> {
    await this.loginFailures.delete(account).catch(() => undefined);
  }

  private async consume(limiter: RateLimiterRedis, key: string, limit: number): Promise<RateLimitState | undefined> {
    try {
      const result = await limiter.consume(key);
      return { limit, remaining: result.remainingPoints, resetSeconds: Math.ceil(result.msBeforeNext / 1000) };
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        throw new AuthError('RATE_LIMITED', 'Too many requests. Slow down and retry later.', {
          retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000),
          rateLimit: { limit, remaining: 0, resetSeconds: Math.ceil(error.msBeforeNext / 1000) },
        });
      }
      this.logger.warn({ error: (error as Error).message }, 'Rate limiter unavailable; allowing the request');
      return undefined;
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
