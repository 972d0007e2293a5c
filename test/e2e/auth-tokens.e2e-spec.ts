import type { AppConfig } from '@hp/config';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  call,
  cloneTemplateDatabase,
  deleteQueueKeys,
  type SignedIn,
  signUp,
  startTestApi,
  testConfig,
  type TestDatabase,
} from '../utils/index.js';

/**
 * Access tokens forged by hand with node:crypto, as an attacker would: what passport-jwt accepts
 * must be exactly an HS256 token of ours (issuer, audience, expiry) for a live session.
 */
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const hmac = (hash: 'sha256' | 'sha512', secret: string, input: string) => createHmac(hash, secret).update(input).digest('base64url');

function forge(header: Record<string, unknown>, payload: Record<string, unknown>, sign: (input: string) => string): string {
  const input = `${base64url(header)}.${base64url(payload)}`;
  return `${input}.${sign(input)}`;
}

const claimsOf = (token: string): Record<string, unknown> => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));

describe('access tokens', () => {
  let database: TestDatabase;
  let config: AppConfig;
  let app: NestFastifyApplication;
  let admin: SignedIn;
  let member: SignedIn;

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    config = testConfig({ DATABASE_URL: database.url });
    app = await startTestApi(config);
    admin = await signUp(app);
    member = await addMember(app, admin, 'recruiter');
  });

  afterAll(async () => {
    await app?.close();
    if (config) await deleteQueueKeys(config.REDIS_URL, config.QUEUE_PREFIX);
    await database?.drop();
  });

  const me = (token?: string) => call(app, 'GET', '/api/v1/auth/me', { token });
  const hs256 = (payload: Record<string, unknown>, secret = config.JWT_ACCESS_SECRET) =>
    forge({ alg: 'HS256', typ: 'JWT' }, payload, (input) => hmac('sha256', secret, input));
  const livePayload = () => {
    const now = Math.floor(Date.now() / 1000);
    return { ...claimsOf(admin.accessToken), iat: now, exp: now + 300 };
  };

  const expectInvalidToken = async (token: string) => {
    const response = await me(token);
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('INVALID_TOKEN');
  };

  it('carries the session claims, and a token forged the same way with the real secret is accepted', async () => {
    // The control for every forgery below: the forging code itself is right.
    expect(claimsOf(admin.accessToken)).toMatchObject({
      sub: admin.user.id,
      org: admin.organization.id,
      sid: expect.any(String),
      iss: 'hiring-pipeline',
      aud: 'hiring-pipeline-api',
    });
    const response = await me(hs256(livePayload()));
    expect(response.status).toBe(200);
    expect(response.body.user.id).toBe(admin.user.id);
  });

  it('asks for a token when there is none', async () => {
    const response = await me();
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('AUTHENTICATION_REQUIRED');
  });

  it('refuses a header that is not a bearer token', async () => {
    const response = await call(app, 'GET', '/api/v1/auth/me', {
      headers: { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
    });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('AUTHENTICATION_REQUIRED');
  });

  it('refuses a token whose payload was altered but whose signature was kept', async () => {
    const [header, , signature] = admin.accessToken.split('.');
    // The admin's token, rewritten to claim the recruiter's identity.
    const payload = base64url({ ...claimsOf(admin.accessToken), sub: member.user.id });
    await expectInvalidToken(`${header}.${payload}.${signature}`);
  });

  it('refuses a token signed with another secret', async () => {
    await expectInvalidToken(hs256(livePayload(), 'another-secret-of-at-least-32-characters!!'));
  });

  it('refuses an unsigned token (alg none)', async () => {
    const payload = livePayload();
    await expectInvalidToken(forge({ alg: 'none', typ: 'JWT' }, payload, () => ''));
    await expectInvalidToken(forge({ alg: 'none', typ: 'JWT' }, payload, (input) => hmac('sha256', config.JWT_ACCESS_SECRET, input)));
  });

  it('refuses an HS512 token even when signed with the real secret: the algorithm is pinned to HS256', async () => {
    await expectInvalidToken(
      forge({ alg: 'HS512', typ: 'JWT' }, livePayload(), (input) => hmac('sha512', config.JWT_ACCESS_SECRET, input)),
    );
  });

  it('refuses an expired token with a valid signature', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expectInvalidToken(hs256({ ...claimsOf(admin.accessToken), iat: now - 3600, exp: now - 60 }));
  });

  it('refuses a token of another issuer or audience', async () => {
    await expectInvalidToken(hs256({ ...livePayload(), iss: 'someone-else' }));
    await expectInvalidToken(hs256({ ...livePayload(), aud: 'another-api' }));
  });

  it('refuses a well-signed token for a session that does not exist', async () => {
    await expectInvalidToken(hs256({ ...livePayload(), sid: '01900000-0000-7000-8000-000000000000' }));
  });

  it('refuses a well-signed token naming a user of another organisation', async () => {
    const stranger = await signUp(app);
    // A real user and a real session, paired with the wrong organisation.
    await expectInvalidToken(hs256({ ...claimsOf(stranger.accessToken), org: admin.organization.id, iat: Math.floor(Date.now() / 1000) }));
  });

  it('stops accepting a user’s token as soon as an admin deactivates them', async () => {
    const leaving = await addMember(app, admin, 'interviewer');
    expect((await me(leaving.accessToken)).status).toBe(200);
    const deactivated = await call(app, 'PATCH', `/api/v1/users/${leaving.user.id}`, { token: admin.accessToken, body: { active: false } });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.status).toBe('deactivated');
    await expectInvalidToken(leaving.accessToken);
    // Their refresh token cannot mint a new one either.
    const refreshed = await call(app, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: leaving.refreshToken } });
    expect(refreshed.status).toBe(401);
  });
});
