import { Public } from '@hp/auth';
import { PlatformError, ValidBody, ValidQuery } from '@hp/common';
import { Controller, Get, Module, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cloneTemplateDatabase, startTcpProxy, startTestApi, testConfig, type TcpProxy, type TestDatabase } from '../utils/index.js';

/** Routes that exist only in this test, to drive the platform's error paths. */
const probeSchema = z.strictObject({ name: z.string().min(2), count: z.number().int().positive(), tags: z.array(z.string()).optional() });
const probeQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) });

@Controller('probe')
@Public({ rateLimited: false })
class ProbeController {
  @Post()
  create(@ValidBody(probeSchema) body: z.infer<typeof probeSchema>) {
    return { received: body };
  }

  @Get()
  list(@ValidQuery(probeQuery) query: z.infer<typeof probeQuery>) {
    return { limit: query.limit };
  }

  @Get('crash')
  crash(): never {
    throw new Error('database password is hunter2');
  }

  @Get('conflict')
  conflict(): never {
    throw new PlatformError('CONFLICT', 'Already there.', { currentVersion: 3 });
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('API platform', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    // The API reaches PostgreSQL through a proxy the test can cut, to see readiness fail for real.
    proxy = await startTcpProxy('127.0.0.1', 5432);
    const url = new URL(database.url);
    url.host = `127.0.0.1:${proxy.port}`;
    app = await startTestApi(testConfig({ DATABASE_URL: url.toString() }), [ProbeModule]);
  });

  afterAll(async () => {
    await app?.close();
    await proxy?.close();
    await database?.drop();
  });

  it('answers liveness and readiness', async () => {
    const live = await app.inject({ method: 'GET', url: '/health/live' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ok', checks: { database: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('turns readiness to 503 while PostgreSQL is unreachable, and back', async () => {
    await proxy.cut();
    try {
      const ready = await app.inject({ method: 'GET', url: '/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ status: 'unavailable', checks: { database: { status: 'down' }, redis: { status: 'up' } } });
      expect((await app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    } finally {
      await proxy.restore();
    }
    // The pool reconnects by itself once the database is back.
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
      status = (await app.inject({ method: 'GET', url: '/health/ready' })).statusCode;
    }
    expect(status).toBe(200);
  });

  it('rejects an invalid body with problem+json naming each field', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/probe', payload: { name: 'x', count: 'three', extra: true } });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json();
    expect(problem).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      title: 'Validation failed',
      type: expect.stringContaining('validation-failed'),
    });
    expect(problem.requestId).toBe(response.headers['x-request-id']);
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'name', message: expect.any(String) },
        { field: 'count', message: expect.any(String) },
        { field: 'extra', message: 'is not a known field' },
      ]),
    );
    expect(problem.errors).toHaveLength(3);
  });

  it('says a missing field is required', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/probe', payload: { name: 'Ada' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'count', message: 'is required' }]);
  });

  it('accepts a valid body', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/probe', payload: { name: 'Ada', count: 2 } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ received: { name: 'Ada', count: 2 } });
  });

  it('validates and coerces query parameters', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/probe?limit=20' })).json()).toEqual({ limit: 20 });
    expect((await app.inject({ method: 'GET', url: '/api/v1/probe' })).json()).toEqual({ limit: 50 });
    const bad = await app.inject({ method: 'GET', url: '/api/v1/probe?limit=999&sort=name' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['limit', 'sort']);
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/probe',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'MALFORMED_REQUEST', status: 400 });
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND', status: 404 });
  });

  it('answers a body over 1 MiB with 413 problem+json', async () => {
    const payload = JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10), count: 1 });
    const response = await app.inject({ method: 'POST', url: '/api/v1/probe', headers: { 'content-type': 'application/json' }, payload });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', status: 413 });
  });

  it('hides an unhandled exception behind a correlation id', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/probe/crash' });
    expect(response.statusCode).toBe(500);
    const problem = response.json();
    expect(problem).toEqual({
      type: 'urn:hiring-pipeline:problem:internal-error',
      title: 'Internal error',
      status: 500,
      code: 'INTERNAL_ERROR',
      requestId: response.headers['x-request-id'],
      detail: `An unexpected error occurred. Quote ${response.headers['x-request-id']} when reporting it.`,
    });
    expect(response.body).not.toContain('hunter2');
  });

  it('carries a domain error code and its extensions', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/probe/conflict' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'CONFLICT', detail: 'Already there.', currentVersion: 3 });
  });

  it('keeps a well-formed x-request-id from a proxy and replaces a malformed one', async () => {
    const kept = await app.inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'trace-abc-12345' } });
    expect(kept.headers['x-request-id']).toBe('trace-abc-12345');
    const replaced = await app.inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'bad id\n' } });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/health/live' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('exposes request counts and latency by route and status in Prometheus format', async () => {
    await app.inject({ method: 'GET', url: '/health/live' });
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body).toMatch(/http_requests_total\{method="GET",route="\/health\/live",status="200"\} [1-9]/);
    expect(response.body).toMatch(/http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/health\/live",status="200"\}/);
    expect(response.body).toContain('process_resident_memory_bytes');
  });
});
