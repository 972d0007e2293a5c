import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeTable } from '../../apps/api/src/http/route-table.js';
import { cloneTemplateDatabase, startTestApi, testConfig, type TestDatabase } from '../utils/index.js';

/** Routes that serve the documentation itself rather than the product. */
const documentationRoutes = /^\/docs/;

describe('OpenAPI document', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let document: { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    app = await startTestApi(testConfig({ DATABASE_URL: database.url }));
    const response = await app.inject({ method: 'GET', url: '/docs/openapi.json' });
    expect(response.statusCode).toBe(200);
    document = response.json();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('describes exactly the routes the server serves', () => {
    const served = routeTable(app.getHttpAdapter().getInstance())
      .filter((route) => !documentationRoutes.test(route.path))
      .map((route) => `${route.method} ${route.path}`)
      .sort();
    const documented = Object.entries(document.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(served.length).toBeGreaterThan(0);
    expect(documented).toEqual(served);
  });

  it('lists a success response and the problem responses for every operation', () => {
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const statuses = Object.keys(operation.responses);
        expect(
          statuses.some((status) => status.startsWith('2')),
          `${method} ${path} has no success response`,
        ).toBe(true);
        expect(statuses, `${method} ${path}`).toContain('500');
      }
    }
    expect(document.paths['/health/ready']!.get!.responses).toHaveProperty('503');
  });

  it('serves Swagger UI', async () => {
    const response = await app.inject({ method: 'GET', url: '/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger-ui');
  });
});
