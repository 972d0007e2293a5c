import { randomBytes } from 'node:crypto';
import { QueueJobName, QueueName, QueueRegistry } from '@hp/queue';
import type { AppConfig } from '@hp/config';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountedRoutes } from '../../apps/api/src/http/route-table.js';
import { QUEUE_DASHBOARD_PREFIX } from '../../apps/api/src/queue-dashboard/queue-dashboard.plugin.js';
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

describe('the queue dashboard at /admin/queues', () => {
  let database: TestDatabase;
  let config: AppConfig;
  let app: NestFastifyApplication;
  let admin: SignedIn;
  let recruiter: SignedIn;
  const otherPrefix = `test-other-${randomBytes(5).toString('hex')}`;

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    config = testConfig({ DATABASE_URL: database.url });
    app = await startTestApi(config);
    admin = await signUp(app, { organizationName: 'Queue Watchers' });
    recruiter = await addMember(app, admin, 'recruiter');
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    if (config) await deleteQueueKeys(config.REDIS_URL, config.QUEUE_PREFIX);
    if (config) await deleteQueueKeys(config.REDIS_URL, otherPrefix);
  });

  /** Every route bull-board mounted, with a sample value in each path parameter. */
  const dashboardUrls = () =>
    mountedRoutes(app.getHttpAdapter().getInstance()).map(({ method, path }) => ({
      method,
      url: path.replace(/\{[^}]+\}/g, 'sample').replace(/\*$/, 'sample.js'),
    }));

  it('shows an admin the HTML page of the dashboard', async () => {
    const page = await call(app, 'GET', QUEUE_DASHBOARD_PREFIX, { token: admin.accessToken });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<base href="/admin/queues/" />');
    expect(page.body).toContain('Hiring Pipeline queues');

    // Its static assets are behind the same check, and served to the admin.
    const stylesheet = /href="(static\/css\/[^"]+\.css)"/.exec(page.body as string)?.[1];
    expect(stylesheet).toBeDefined();
    expect((await call(app, 'GET', `${QUEUE_DASHBOARD_PREFIX}/${stylesheet}`, { token: admin.accessToken })).status).toBe(200);
    expect((await call(app, 'GET', `${QUEUE_DASHBOARD_PREFIX}/${stylesheet}`)).status).toBe(401);
  });

  it('lists every queue of QueueName in its JSON API, and a queue job added under QUEUE_PREFIX shows up', async () => {
    const listed = await call(app, 'GET', `${QUEUE_DASHBOARD_PREFIX}/api/queues`, { token: admin.accessToken });
    expect(listed.status).toBe(200);
    const names = (listed.body.queues as { name: string }[]).map((queue) => queue.name);
    expect(names).toEqual(expect.arrayContaining(['mail', 'domain-events']));
    expect([...names].sort()).toEqual(Object.values(QueueName).sort());

    // No worker runs in this test: delayed an hour, the queue job stays put. The same queue under
    // another prefix (another install sharing this Redis) gets one too, which the board must not show.
    const registry = app.get(QueueRegistry);
    const jobId = `dashboard-probe-${Date.now()}`;
    await registry.queue(QueueName.Mail).add(QueueJobName.MailSend, { deliveryId: 'dashboard-probe' }, { jobId, delay: 60 * 60_000 });
    const elsewhere = new Queue(QueueName.Mail, { connection: registry.connection, prefix: otherPrefix });
    await elsewhere.add(QueueJobName.MailSend, { deliveryId: 'another install' }, { jobId: 'elsewhere', delay: 60 * 60_000 });
    await elsewhere.close();

    const mail = await call(app, 'GET', `${QUEUE_DASHBOARD_PREFIX}/api/queues?activeQueue=mail&status=delayed&page=1&jobsPerPage=50`, {
      token: admin.accessToken,
    });
    expect(mail.status).toBe(200);
    const queue = (
      mail.body.queues as { name: string; counts: Record<string, number>; jobs: { id: string; name: string; data: unknown }[] }[]
    ).find((candidate) => candidate.name === 'mail')!;
    expect(queue.counts.delayed).toBe(1);
    expect(queue.jobs).toEqual([
      expect.objectContaining({ id: jobId, name: QueueJobName.MailSend, data: { deliveryId: 'dashboard-probe' } }),
    ]);
  });

  it('refuses every dashboard route without a token (401), with a bad token (401) and to a recruiter (403), as problem+json', async () => {
    const urls = dashboardUrls();
    // The page, its static files and its JSON API (GET, PUT, POST, DELETE…) all are tracked.
    expect(urls.map((url) => url.url)).toEqual(
      expect.arrayContaining([
        QUEUE_DASHBOARD_PREFIX,
        `${QUEUE_DASHBOARD_PREFIX}/api/queues`,
        `${QUEUE_DASHBOARD_PREFIX}/static/sample.js`,
      ]),
    );
    expect(new Set(urls.map((url) => url.method)).size).toBeGreaterThan(1);

    const wrong: string[] = [];
    for (const { method, url } of urls) {
      for (const [who, token, status, code] of [
        ['nobody', undefined, 401, 'AUTHENTICATION_REQUIRED'],
        ['bad token', `${admin.accessToken}x`, 401, 'INVALID_TOKEN'],
        ['recruiter', recruiter.accessToken, 403, 'PERMISSION_DENIED'],
      ] as const) {
        const result = await call(app, method, url, { token });
        const problem = String(result.headers['content-type']).startsWith('application/problem+json') && result.body?.code === code;
        if (result.status !== status || !problem || result.body.requestId !== result.headers['x-request-id']) {
          wrong.push(
            `${who}: ${method} ${url} → ${result.status} ${result.headers['content-type']} ${JSON.stringify(result.body).slice(0, 200)}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps its routes out of the API route table and out of the OpenAPI document', async () => {
    const document = (await app.inject({ method: 'GET', url: '/docs/openapi.json' })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths).filter((path) => path.startsWith(QUEUE_DASHBOARD_PREFIX))).toEqual([]);
  });

  // Last: it adds a second organisation to this install.
  it("belongs to the operator: another organisation's admin is refused, and so is everyone once there are several but none is named", async () => {
    const otherAdmin = await signUp(app, { organizationName: 'Another Tenant' });
    expect((await call(app, 'GET', QUEUE_DASHBOARD_PREFIX, { token: otherAdmin.accessToken })).body.code).toBe('PERMISSION_DENIED');
    expect((await call(app, 'GET', `${QUEUE_DASHBOARD_PREFIX}/api/queues`, { token: admin.accessToken })).status).toBe(403);

    const named = await startTestApi({ ...config, QUEUE_DASHBOARD_ORGANIZATION: admin.organization.slug });
    try {
      expect((await call(named, 'GET', `${QUEUE_DASHBOARD_PREFIX}/api/queues`, { token: admin.accessToken })).status).toBe(200);
      expect((await call(named, 'GET', `${QUEUE_DASHBOARD_PREFIX}/api/queues`, { token: otherAdmin.accessToken })).status).toBe(403);
    } finally {
      await named.close();
    }
  });
});
