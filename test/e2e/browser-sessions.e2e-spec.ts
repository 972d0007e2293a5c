import { readFileSync } from 'node:fs';
import type { AppConfig } from '@hp/config';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClientTypesPath, renderApiClientTypes } from '../../scripts/api-client.js';
import { rolePermissions } from '@hp/auth';
import {
  addMember,
  call,
  cloneTemplateDatabase,
  deleteQueueKeys,
  signUp,
  startTestApi,
  testConfig,
  type TestDatabase,
} from '../utils/index.js';

const cookieTransport = { 'x-refresh-token-transport': 'cookie' };

/** `hp_session=<value>` and its attributes, from a Set-Cookie header. */
function sessionCookieOf(headers: Record<string, unknown>) {
  const setCookie = [headers['set-cookie'] ?? []].flat() as string[];
  const line = setCookie.find((each) => each.startsWith('hp_session='));
  if (!line) return undefined;
  const [pair, ...attributes] = line.split(';').map((part) => part.trim());
  return { value: pair!.slice('hp_session='.length), attributes: attributes.map((each) => each.toLowerCase()) };
}

describe('browser sessions and the web app client', () => {
  let database: TestDatabase;
  let config: AppConfig;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    config = testConfig({ DATABASE_URL: database.url, PUBLIC_RATE_LIMIT_PER_MINUTE: '100000' });
    app = await startTestApi(config);
  });

  afterAll(async () => {
    await app?.close();
    if (config) await deleteQueueKeys(config.REDIS_URL, config.QUEUE_PREFIX);
    await database?.drop();
  });

  it('keeps the generated web client types equal to the OpenAPI document (run `npm run api:client` after changing the API)', async () => {
    expect(await renderApiClientTypes(app)).toBe(readFileSync(apiClientTypesPath, 'utf8'));
  });

  it('sets the refresh token as an httpOnly SameSite=Strict cookie when asked, and leaves it out of the body', async () => {
    const admin = await signUp(app);
    const login = await call(app, 'POST', '/api/v1/auth/login', {
      body: { email: admin.user.email, password: admin.password },
      headers: cookieTransport,
    });
    expect(login.status).toBe(200);
    expect(login.body.refreshToken).toBeUndefined();
    expect(login.body.accessToken).toEqual(expect.any(String));
    const cookie = sessionCookieOf(login.headers)!;
    expect(cookie.value.length).toBeGreaterThan(20);
    expect(cookie.attributes).toEqual(
      expect.arrayContaining(['httponly', 'samesite=strict', 'path=/', expect.stringMatching(/^max-age=\d+$/)]),
    );

    // API clients that do not ask keep the JSON body and get no cookie.
    const plain = await call(app, 'POST', '/api/v1/auth/login', { body: { email: admin.user.email, password: admin.password } });
    expect(plain.body.refreshToken).toEqual(expect.any(String));
    expect(sessionCookieOf(plain.headers)).toBeUndefined();

    // Refresh from the cookie alone rotates it; the spent cookie replayed ends the session and clears the cookie.
    const refreshed = await call(app, 'POST', '/api/v1/auth/refresh', {
      body: {},
      headers: { ...cookieTransport, cookie: `hp_session=${cookie.value}` },
    });
    expect(refreshed.status).toBe(200);
    const rotated = sessionCookieOf(refreshed.headers)!;
    expect(rotated.value).not.toBe(cookie.value);
    const replay = await call(app, 'POST', '/api/v1/auth/refresh', {
      body: {},
      headers: { ...cookieTransport, cookie: `hp_session=${cookie.value}` },
    });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('REFRESH_TOKEN_REUSED');
    expect(sessionCookieOf(replay.headers)).toMatchObject({ value: '' });
    const afterTheft = await call(app, 'POST', '/api/v1/auth/refresh', {
      body: {},
      headers: { ...cookieTransport, cookie: `hp_session=${rotated.value}` },
    });
    expect(afterTheft.status).toBe(401);
  });

  it('logs out from the cookie and clears it; without a token anywhere, 400 names refreshToken', async () => {
    const admin = await signUp(app);
    const login = await call(app, 'POST', '/api/v1/auth/login', {
      body: { email: admin.user.email, password: admin.password },
      headers: cookieTransport,
    });
    const cookie = sessionCookieOf(login.headers)!;
    const logout = await call(app, 'POST', '/api/v1/auth/logout', {
      body: {},
      headers: { ...cookieTransport, cookie: `hp_session=${cookie.value}` },
    });
    expect(logout.status).toBe(204);
    expect(sessionCookieOf(logout.headers)).toMatchObject({ value: '' });
    const refresh = await call(app, 'POST', '/api/v1/auth/refresh', { body: {}, headers: { cookie: `hp_session=${cookie.value}` } });
    expect(refresh.status).toBe(401);

    const nothing = await call(app, 'POST', '/api/v1/auth/refresh', { body: {} });
    expect(nothing.status).toBe(400);
    expect(nothing.body.errors).toEqual([{ field: 'refreshToken', message: expect.stringContaining('is required') }]);
  });

  it("tells the signed-in user exactly what their role may do (the matrix's row)", async () => {
    const admin = await signUp(app);
    const me = await call(app, 'GET', '/api/v1/auth/me', { token: admin.accessToken });
    expect(me.body.permissions).toEqual([...rolePermissions.admin]);
    const interviewer = await addMember(app, admin, 'interviewer');
    const interviewerMe = await call(app, 'GET', '/api/v1/auth/me', { token: interviewer.accessToken });
    expect(interviewerMe.body.permissions).toEqual([...rolePermissions.interviewer]);
    expect(interviewerMe.body.permissions).not.toContain('jobs:manage');
  });
});
