import type { AppConfig } from '@hp/config';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  type CallResult,
  cloneTemplateDatabase,
  deleteQueueKeys,
  signUp,
  startTestApi,
  testConfig,
  type TestDatabase,
} from '../utils/index.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await cloneTemplateDatabase();
});
afterAll(async () => {
  await database?.drop();
});

/**
 * An API of its own for one describe block: each block tests one limit with its own setting.
 * Passport keeps its strategies in one registry per process (the API created last serves every
 * API's bearer tokens), so a block closes its API before the next one starts.
 */
function useApi(overrides: Record<string, string> = {}) {
  const state = {} as { app: NestFastifyApplication; config: AppConfig };
  beforeAll(async () => {
    state.config = testConfig({ DATABASE_URL: database.url, ...overrides });
    state.app = await startTestApi(state.config);
  });
  afterAll(async () => {
    await state.app?.close();
    if (state.config) await deleteQueueKeys(state.config.REDIS_URL, state.config.QUEUE_PREFIX);
  });
  return state;
}

const retryAfterOf = (response: CallResult) => Number(response.headers['retry-after']);

describe('failed logins of one account', () => {
  const api = useApi({ LOGIN_MAX_FAILURES: '5' });
  const login = (body: Record<string, unknown>, remoteAddress = '10.0.0.1') =>
    call(api.app, 'POST', '/api/v1/auth/login', { body, remoteAddress });

  it('lock the account after LOGIN_MAX_FAILURES, even for the right password from another address', async () => {
    const target = await signUp(api.app, { email: 'locked.out@example.com' });
    const bystander = await signUp(api.app, { email: 'bystander@example.com' });
    expect(api.config.LOGIN_MAX_FAILURES).toBe(5);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const failed = await login({ email: target.user.email, password: `wrong guess ${attempt}` }, `10.0.0.${attempt}`);
      expect(failed.status, `attempt ${attempt}`).toBe(401);
      expect(failed.body.code).toBe('INVALID_CREDENTIALS');
    }

    const locked = await login({ email: target.user.email, password: target.password }, '10.0.0.9');
    expect(locked.status).toBe(429);
    expect(locked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(locked.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(retryAfterOf(locked)).toBeGreaterThan(0);
    expect(retryAfterOf(locked)).toBeLessThanOrEqual(api.config.LOGIN_LOCKOUT_MINUTES * 60);
    // The lock is on the account, not on the spelling of its address.
    expect((await login({ email: 'LOCKED.OUT@example.com', password: target.password }, '10.0.0.10')).status).toBe(429);

    // Another account, even from an address that took part in the guessing, signs in.
    const other = await login({ email: bystander.user.email, password: bystander.password }, '10.0.0.1');
    expect(other.status).toBe(200);
  });

  it('evaluate no more than LOGIN_MAX_FAILURES guesses when they arrive all at once', async () => {
    const target = await signUp(api.app, { email: 'burst.target@example.com' });
    // Ten guesses in parallel from ten addresses, as a distributed attacker would send them.
    const guesses = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        login({ email: target.user.email, password: `parallel guess ${index}` }, `10.1.0.${index + 1}`),
      ),
    );
    const statuses = guesses.map((response) => response.status).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
    expect((await login({ email: target.user.email, password: target.password }, '10.1.0.99')).status).toBe(429);
  });

  it('start counting again after a successful login', async () => {
    const user = await signUp(api.app, { email: 'forgetful@example.com' });
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect((await login({ email: user.user.email, password: `wrong guess ${attempt}` })).status).toBe(401);
    }
    expect((await login({ email: user.user.email, password: user.password })).status).toBe(200);
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect((await login({ email: user.user.email, password: `wrong again ${attempt}` })).status).toBe(401);
    }
    expect((await login({ email: user.user.email, password: user.password })).status).toBe(200);
  });

  it('do not count a right password that only lacks the organisation’s slug', async () => {
    const first = await signUp(api.app, { email: 'two.hats@example.com', password: 'same password 99' });
    await signUp(api.app, { email: 'two.hats@example.com', password: 'same password 99' });
    for (let attempt = 1; attempt <= 6; attempt++) {
      const ambiguous = await login({ email: 'two.hats@example.com', password: 'same password 99' });
      expect(ambiguous.status, `attempt ${attempt}`).toBe(400);
      expect(ambiguous.body.code).toBe('ORGANIZATION_SLUG_REQUIRED');
    }
    const signedIn = await login({
      email: 'two.hats@example.com',
      password: 'same password 99',
      organizationSlug: first.organization.slug,
    });
    expect(signedIn.status).toBe(200);
  });

  it('lock an address that matches no account the same way as a real one', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await login({ email: 'no-such-user@example.com', password: 'wrong guess' })).status).toBe(401);
    }
    const locked = await login({ email: 'no-such-user@example.com', password: 'wrong guess' });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
  });
});

describe('requests of a signed-in user', () => {
  const api = useApi({ RATE_LIMIT_PER_MINUTE: '5' });
  const me = (token: string) => call(api.app, 'GET', '/api/v1/auth/me', { token });

  it('carry RateLimit headers, and past RATE_LIMIT_PER_MINUTE get 429 RATE_LIMITED with Retry-After', async () => {
    const user = await signUp(api.app);
    const remaining: number[] = [];
    for (let request = 1; request <= 5; request++) {
      const response = await me(user.accessToken);
      expect(response.status, `request ${request}`).toBe(200);
      expect(response.headers['ratelimit-limit']).toBe('5');
      expect(Number(response.headers['ratelimit-reset'])).toBeGreaterThan(0);
      expect(Number(response.headers['ratelimit-reset'])).toBeLessThanOrEqual(60);
      remaining.push(Number(response.headers['ratelimit-remaining']));
    }
    expect(remaining).toEqual([4, 3, 2, 1, 0]);

    const limited = await me(user.accessToken);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(retryAfterOf(limited)).toBeGreaterThan(0);
    expect(retryAfterOf(limited)).toBeLessThanOrEqual(60);
    expect(limited.headers['ratelimit-limit']).toBe('5');
    expect(limited.headers['ratelimit-remaining']).toBe('0');
  });

  it('count per user: another user of the same address is not limited', async () => {
    const busy = await signUp(api.app);
    const calm = await signUp(api.app);
    for (let request = 1; request <= 5; request++) expect((await me(busy.accessToken)).status).toBe(200);
    expect((await me(busy.accessToken)).status).toBe(429);
    const response = await me(calm.accessToken);
    expect(response.status).toBe(200);
    expect(response.headers['ratelimit-remaining']).toBe('4');
  });

  it('count every session of the user together', async () => {
    const user = await signUp(api.app);
    const second = await call(api.app, 'POST', '/api/v1/auth/login', { body: { email: user.user.email, password: user.password } });
    expect(second.status).toBe(200);
    for (let request = 1; request <= 5; request++) {
      const token = request % 2 ? user.accessToken : second.body.accessToken;
      expect((await me(token)).status).toBe(200);
    }
    expect((await me(second.body.accessToken)).status).toBe(429);
  });
});

describe('public routes', () => {
  const api = useApi({ PUBLIC_RATE_LIMIT_PER_MINUTE: '3' });
  const askReset = (remoteAddress: string) =>
    call(api.app, 'POST', '/api/v1/auth/password-reset', { body: { email: 'someone@example.com' }, remoteAddress });

  it('are limited per address to PUBLIC_RATE_LIMIT_PER_MINUTE', async () => {
    for (let request = 1; request <= 3; request++) {
      const response = await askReset('172.16.0.1');
      expect(response.status, `request ${request}`).toBe(202);
      expect(response.headers['ratelimit-limit']).toBe('3');
      expect(response.headers['ratelimit-remaining']).toBe(String(3 - request));
    }
    const limited = await askReset('172.16.0.1');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(retryAfterOf(limited)).toBeGreaterThan(0);

    // Every public route shares the address's allowance.
    const login = await call(api.app, 'POST', '/api/v1/auth/login', {
      body: { email: 'someone@example.com', password: 'anything' },
      remoteAddress: '172.16.0.1',
    });
    expect(login.status).toBe(429);

    // Another address has its own.
    expect((await askReset('172.16.0.2')).status).toBe(202);
  });

  it('do not include the health checks', async () => {
    for (let request = 1; request <= 3; request++) expect((await askReset('172.16.0.3')).status).toBe(202);
    expect((await askReset('172.16.0.3')).status).toBe(429);
    for (let request = 1; request <= 6; request++) {
      const live = await call(api.app, 'GET', '/health/live', { remoteAddress: '172.16.0.3' });
      expect(live.status).toBe(200);
      expect(live.headers['ratelimit-limit']).toBeUndefined();
      expect((await call(api.app, 'GET', '/health/ready', { remoteAddress: '172.16.0.3' })).status).toBe(200);
    }
  });

  it('do not count a signed-in user’s requests against the address', async () => {
    const user = await signUp(api.app, {});
    // The sign-up above came from 127.0.0.1; from an exhausted address, authenticated routes still answer.
    for (let request = 1; request <= 3; request++) await askReset('172.16.0.4');
    expect((await askReset('172.16.0.4')).status).toBe(429);
    const me = await call(api.app, 'GET', '/api/v1/auth/me', { token: user.accessToken, remoteAddress: '172.16.0.4' });
    expect(me.status).toBe(200);
  });
});
