import type { AppConfig } from '@hp/config';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  call,
  type CallResult,
  cloneTemplateDatabase,
  deleteQueueKeys,
  signUp,
  startTestApi,
  testConfig,
  type TestDatabase,
} from '../utils/index.js';

const problemOf = ({ status, body }: CallResult) => ({ status, code: body.code, title: body.title, detail: body.detail, type: body.type });
const fieldsOf = (response: CallResult) => (response.body.errors ?? []).map((error: { field: string }) => error.field);
/** The claims of an access token (the test reads them; it does not trust them). */
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));

let database: TestDatabase;
beforeAll(async () => {
  database = await cloneTemplateDatabase();
});
afterAll(async () => {
  await database?.drop();
});

// Passport keeps its strategies in one registry per process, so the API created last serves every
// API's bearer tokens: each describe below runs its own API and closes it before the next starts.
describe('sign-up, login and sessions', () => {
  let config: AppConfig;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    // This file makes far more than 60 public requests a minute from one address; the public
    // per-IP limit is covered by rate-limits.e2e-spec.ts.
    config = testConfig({ DATABASE_URL: database.url, PUBLIC_RATE_LIMIT_PER_MINUTE: '100000' });
    app = await startTestApi(config);
  });

  afterAll(async () => {
    await app?.close();
    if (config) await deleteQueueKeys(config.REDIS_URL, config.QUEUE_PREFIX);
  });

  const login = (body: Record<string, unknown>) => call(app, 'POST', '/api/v1/auth/login', { body });
  const refresh = (refreshToken: string) => call(app, 'POST', '/api/v1/auth/refresh', { body: { refreshToken } });
  const me = (token: string) => call(app, 'GET', '/api/v1/auth/me', { token });

  describe('POST /auth/signup', () => {
    it('creates an organisation with its admin and signs them in', async () => {
      const response = await call(app, 'POST', '/api/v1/auth/signup', {
        body: { organizationName: 'Acme Robotics', name: 'Ada Lovelace', email: 'ada@acme.example', password: 'correct horse battery' },
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: config.ACCESS_TOKEN_TTL_SECONDS,
        user: { email: 'ada@acme.example', name: 'Ada Lovelace', role: 'admin', status: 'active', timezone: null },
        organization: { name: 'Acme Robotics', slug: 'acme-robotics', timezone: 'UTC' },
      });
      const whoami = await me(response.body.accessToken);
      expect(whoami.status).toBe(200);
      expect(whoami.body.user.id).toBe(response.body.user.id);
      expect(whoami.body.organization.id).toBe(response.body.organization.id);
    });

    it('gives two organisations of the same name different slugs', async () => {
      const first = await signUp(app, { organizationName: 'Globex Corporation' });
      const second = await signUp(app, { organizationName: 'Globex Corporation' });
      expect(first.organization.slug).toBe('globex-corporation');
      expect(second.organization.slug).toMatch(/^globex-corporation-[0-9a-f]+$/);
      expect(second.organization.id).not.toBe(first.organization.id);
    });

    it('gives distinct slugs to organisations of the same name signed up at the same moment', async () => {
      const responses = await Promise.all(
        [1, 2, 3].map((index) =>
          call(app, 'POST', '/api/v1/auth/signup', {
            body: {
              organizationName: 'Simultaneous Startup',
              name: `Founder ${index}`,
              email: `founder-${index}@example.com`,
              password: 'correct horse battery',
            },
          }),
        ),
      );
      expect(responses.map((response) => response.status)).toEqual([201, 201, 201]);
      const slugs = responses.map((response) => response.body.organization.slug);
      expect(new Set(slugs).size).toBe(3);
      expect(slugs).toContain('simultaneous-startup');
    });

    const valid = { organizationName: 'Initech', name: 'Peter Gibbons', email: 'peter@initech.example', password: 'correct horse battery' };
    it.each([
      ['a password shorter than 10 characters', { password: 'too-short' }, 'password'],
      ['a password over 128 characters', { password: 'x'.repeat(129) }, 'password'],
      ['a malformed email', { email: 'not-an-email' }, 'email'],
      ['an unknown field', { plan: 'enterprise' }, 'plan'],
      ['a one-letter organisation name', { organizationName: 'I' }, 'organizationName'],
    ])('refuses %s with 400 naming the field', async (_case, change, field) => {
      const response = await call(app, 'POST', '/api/v1/auth/signup', { body: { ...valid, ...change } });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(response)).toEqual([field]);
    });

    it('accepts a password of exactly 10 and of exactly 128 characters', async () => {
      for (const password of ['x'.repeat(10), 'y'.repeat(128)]) {
        const response = await call(app, 'POST', '/api/v1/auth/signup', {
          body: { ...valid, email: `len-${password.length}@initech.example`, password },
        });
        expect(response.status).toBe(201);
      }
    });
  });

  describe('POST /auth/login', () => {
    it('signs in with the right password, whatever the case of the email', async () => {
      const admin = await signUp(app, { email: 'Grace.Hopper@Navy.example' });
      const response = await login({ email: 'grace.hopper@navy.example', password: admin.password });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        tokenType: 'Bearer',
        user: { id: admin.user.id, role: 'admin', lastLoginAt: expect.any(String) },
        organization: { id: admin.organization.id },
      });
      expect((await me(response.body.accessToken)).status).toBe(200);
    });

    it('answers a wrong password and an unknown email with the identical 401', async () => {
      const admin = await signUp(app);
      const wrongPassword = await login({ email: admin.user.email, password: 'not the password' });
      const unknownEmail = await login({ email: 'nobody-here@example.com', password: 'not the password' });
      expect(wrongPassword.status).toBe(401);
      expect(problemOf(wrongPassword)).toMatchObject({ code: 'INVALID_CREDENTIALS' });
      expect(problemOf(unknownEmail)).toEqual(problemOf(wrongPassword));
      expect(Object.keys(unknownEmail.body).sort()).toEqual(Object.keys(wrongPassword.body).sort());
    });

    it('does not let an invited user who has not accepted sign in', async () => {
      const admin = await signUp(app);
      const invited = await call(app, 'POST', '/api/v1/users/invitations', {
        token: admin.accessToken,
        body: { email: 'pending@example.com', name: 'Pending Person', role: 'recruiter' },
      });
      expect(invited.status).toBe(201);
      for (const password of ['member password 123', 'anything at all']) {
        const response = await login({ email: 'pending@example.com', password });
        expect(response.status).toBe(401);
        expect(response.body.code).toBe('INVALID_CREDENTIALS');
      }
    });

    it('does not let a deactivated user sign in', async () => {
      const admin = await signUp(app);
      const member = await addMember(app, admin, 'recruiter');
      const deactivated = await call(app, 'PATCH', `/api/v1/users/${member.user.id}`, {
        token: admin.accessToken,
        body: { active: false },
      });
      expect(deactivated.status).toBe(200);
      const response = await login({ email: member.user.email, password: member.password });
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('INVALID_CREDENTIALS');
    });

    it('asks which organisation when one email and password sign in to two, and signs in to the one named', async () => {
      const email = 'consultant@example.com';
      const first = await signUp(app, { organizationName: 'First Client', email, password: 'shared password 42' });
      const second = await signUp(app, { organizationName: 'Second Client', email, password: 'shared password 42' });

      const ambiguous = await login({ email, password: 'shared password 42' });
      expect(ambiguous.status).toBe(400);
      expect(ambiguous.body.code).toBe('ORGANIZATION_SLUG_REQUIRED');
      expect(fieldsOf(ambiguous)).toEqual(['organizationSlug']);

      for (const target of [first, second]) {
        const response = await login({ email, password: 'shared password 42', organizationSlug: target.organization.slug });
        expect(response.status).toBe(200);
        expect(response.body.organization.id).toBe(target.organization.id);
        expect(response.body.user.id).toBe(target.user.id);
        expect((await me(response.body.accessToken)).body.organization.id).toBe(target.organization.id);
      }
    });

    it('refuses a malformed login with 400 naming the fields', async () => {
      const response = await login({ email: 'not-an-email', password: '' });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(response).sort()).toEqual(['email', 'password']);
    });
  });

  describe('POST /auth/refresh', () => {
    it('exchanges a refresh token for a new pair and spends the old one', async () => {
      const admin = await signUp(app);
      const renewed = await refresh(admin.refreshToken);
      expect(renewed.status).toBe(200);
      expect(renewed.body).toMatchObject({ tokenType: 'Bearer', user: { id: admin.user.id }, organization: { id: admin.organization.id } });
      expect(renewed.body.refreshToken).not.toBe(admin.refreshToken);
      // Same session, new tokens.
      expect(claimsOf(renewed.body.accessToken).sid).toBe(claimsOf(admin.accessToken).sid);
      expect((await me(renewed.body.accessToken)).status).toBe(200);

      const again = await refresh(renewed.body.refreshToken);
      expect(again.status).toBe(200);
    });

    it('ends the whole session when a spent refresh token is presented again, and leaves other sessions alone', async () => {
      const admin = await signUp(app);
      const otherSession = await login({ email: admin.user.email, password: admin.password });
      expect(otherSession.status).toBe(200);

      const renewed = await refresh(admin.refreshToken);
      expect(renewed.status).toBe(200);

      const replayed = await refresh(admin.refreshToken);
      expect(replayed.status).toBe(401);
      expect(replayed.body.code).toBe('REFRESH_TOKEN_REUSED');

      // The newest token of the family and the session's access tokens are dead too.
      const newest = await refresh(renewed.body.refreshToken);
      expect(newest.status).toBe(401);
      expect((await me(renewed.body.accessToken)).status).toBe(401);
      expect((await me(admin.accessToken)).status).toBe(401);

      // The user's other session carries on.
      expect((await me(otherSession.body.accessToken)).status).toBe(200);
      const otherRenewed = await refresh(otherSession.body.refreshToken);
      expect(otherRenewed.status).toBe(200);

      const events = await call(app, 'GET', '/api/v1/audit-events?type=session.refresh_reused', { token: otherRenewed.body.accessToken });
      expect(events.status).toBe(200);
      expect(events.body.data).toEqual([
        expect.objectContaining({
          type: 'session.refresh_reused',
          actorUserId: admin.user.id,
          targetUserId: admin.user.id,
          data: { sessionId: claimsOf(admin.accessToken).sid },
        }),
      ]);
    });

    it('refuses an unknown refresh token with 401', async () => {
      const response = await refresh('no-such-refresh-token');
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('INVALID_TOKEN');
    });
  });

  describe('POST /auth/logout', () => {
    it('ends the session: its refresh and access tokens stop working', async () => {
      const admin = await signUp(app);
      expect((await me(admin.accessToken)).status).toBe(200);
      const response = await call(app, 'POST', '/api/v1/auth/logout', { body: { refreshToken: admin.refreshToken } });
      expect(response.status).toBe(204);
      expect(response.body).toBeUndefined();

      const renewed = await refresh(admin.refreshToken);
      expect(renewed.status).toBe(401);
      const whoami = await me(admin.accessToken);
      expect(whoami.status).toBe(401);
      expect(whoami.body.code).toBe('INVALID_TOKEN');
    });

    it('answers 204 for a token it does not know', async () => {
      const response = await call(app, 'POST', '/api/v1/auth/logout', { body: { refreshToken: 'never-issued-token' } });
      expect(response.status).toBe(204);
    });
  });

  describe('GET /auth/me and PATCH /me', () => {
    it('shows the signed-in user, their organisation and their effective timezone', async () => {
      const admin = await signUp(app, { name: 'Margaret Hamilton' });
      const response = await me(admin.accessToken);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        user: expect.objectContaining({ id: admin.user.id, name: 'Margaret Hamilton', role: 'admin', timezone: null }),
        organization: { id: admin.organization.id, name: admin.organization.name, slug: admin.organization.slug, timezone: 'UTC' },
        effectiveTimezone: 'UTC',
        permissions: expect.arrayContaining(['users:manage']),
      });
    });

    it('asks for a token', async () => {
      const response = await call(app, 'PATCH', '/api/v1/me', { body: { name: 'Nobody' } });
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('AUTHENTICATION_REQUIRED');
    });

    it('changes my name', async () => {
      const admin = await signUp(app);
      const response = await call(app, 'PATCH', '/api/v1/me', { token: admin.accessToken, body: { name: '  Katherine Johnson ' } });
      expect(response.status).toBe(200);
      expect(response.body.user.name).toBe('Katherine Johnson');
      expect((await me(admin.accessToken)).body.user.name).toBe('Katherine Johnson');
    });

    it('refuses a timezone that is not an IANA zone with 400 naming timezone', async () => {
      const admin = await signUp(app);
      const response = await call(app, 'PATCH', '/api/v1/me', { token: admin.accessToken, body: { timezone: 'Mars/Olympus_Mons' } });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(response)).toEqual(['timezone']);
      expect((await me(admin.accessToken)).body.user.timezone).toBeNull();
    });

    it('uses my own timezone, and the organisation’s again once I clear it', async () => {
      const admin = await signUp(app);
      const paris = await call(app, 'PATCH', '/api/v1/me', { token: admin.accessToken, body: { timezone: 'Europe/Paris' } });
      expect(paris.status).toBe(200);
      expect(paris.body.user.timezone).toBe('Europe/Paris');
      expect(paris.body.effectiveTimezone).toBe('Europe/Paris');
      expect((await me(admin.accessToken)).body.effectiveTimezone).toBe('Europe/Paris');

      const cleared = await call(app, 'PATCH', '/api/v1/me', { token: admin.accessToken, body: { timezone: null } });
      expect(cleared.status).toBe(200);
      expect(cleared.body.user.timezone).toBeNull();
      expect(cleared.body.effectiveTimezone).toBe(cleared.body.organization.timezone);
      expect((await me(admin.accessToken)).body.effectiveTimezone).toBe('UTC');
    });
  });
});

describe('sign-up on an installation that closed it', () => {
  let config: AppConfig;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    config = testConfig({ DATABASE_URL: database.url, ALLOW_SIGNUP: 'false' });
    app = await startTestApi(config);
  });

  afterAll(async () => {
    await app?.close();
    if (config) await deleteQueueKeys(config.REDIS_URL, config.QUEUE_PREFIX);
  });

  it('is refused with 403 SIGNUP_DISABLED and creates nothing', async () => {
    const body = { organizationName: 'Closed Shop', name: 'Closed Person', email: 'closed@example.com', password: 'correct horse battery' };
    const response = await call(app, 'POST', '/api/v1/auth/signup', { body });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('SIGNUP_DISABLED');
    const login = await call(app, 'POST', '/api/v1/auth/login', { body: { email: body.email, password: body.password } });
    expect(login.status).toBe(401);
    expect(login.body.code).toBe('INVALID_CREDENTIALS');
  });
});
