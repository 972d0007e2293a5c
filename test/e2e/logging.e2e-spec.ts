import { PassThrough } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, cloneTemplateDatabase, signUp, startTestApi, testConfig, type TestDatabase, waitFor } from '../utils/index.js';

describe('request logs', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  const lines: Record<string, any>[] = [];

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    const destination = new PassThrough();
    let buffer = '';
    destination.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        lines.push(JSON.parse(buffer.slice(0, newline)));
        buffer = buffer.slice(newline + 1);
      }
    });
    app = await startTestApi(testConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'info' }), [], destination);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('writes one JSON line per request with id, method, route, status and duration, and no credentials', async () => {
    const admin = await signUp(app, { password: 'very secret password 42' });
    const response = await call(app, 'GET', '/api/v1/auth/me', { token: admin.accessToken, headers: { cookie: 'session=abc123cookie' } });
    const requestId = response.headers['x-request-id'];
    const line = await waitFor('the log line', () =>
      lines.find((entry) => entry.req?.id === requestId && entry.msg === 'request completed'),
    );
    expect(line).toMatchObject({
      level: 'info',
      service: 'api',
      route: '/api/v1/auth/me',
      req: { method: 'GET', url: '/api/v1/auth/me' },
      res: { statusCode: 200 },
    });
    expect(typeof line.responseTime).toBe('number');
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain(admin.accessToken);
    expect(everything).not.toContain(admin.refreshToken);
    expect(everything).not.toContain('very secret password 42');
    expect(everything).not.toContain('abc123cookie');
  });

  it('logs a failed request with its status', async () => {
    const response = await call(app, 'GET', '/api/v1/users', {});
    expect(response.status).toBe(401);
    const line = await waitFor('the log line', () => lines.find((entry) => entry.req?.id === response.headers['x-request-id']));
    expect(line.res.statusCode).toBe(401);
  });
});
