import { MailService } from '@hp/mail';
import { OutboxRelay } from '@hp/outbox';
import { QueueJobHandler, QueueJobName, QueueWorkerHost } from '@hp/queue';
import { Injectable, type INestApplicationContext, Module } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import {
  cloneTemplateDatabase,
  createWorker,
  createWorkerContext,
  deleteQueueKeys,
  sleep,
  startWorkerHttp,
  testConfig,
  useWorkerTestEnvironment,
  waitFor,
} from '../utils/index.js';

describe('email delivery', () => {
  const environment = useWorkerTestEnvironment({ MAIL_MAX_ATTEMPTS: '3', MAIL_LEASE_SECONDS: '1' });
  const startWorker = async () => environment.track(await createWorker(environment.config));

  const queueNotice = (worker: INestApplicationContext, key: string, to = 'grace@example.com') =>
    worker.get(DataSource).transaction((manager) =>
      worker.get(MailService).enqueue(manager, {
        dedupeKey: key,
        to,
        template: 'notice',
        data: { title: `Subject ${key}`, message: `Body of ${key}`, actionUrl: 'http://localhost:3000/x', actionLabel: 'Open it' },
      }),
    );

  const received = (key: string) => environment.smtp.messages.filter((message) => message.subject === `Subject ${key}`);

  const deliveryRow = async (worker: INestApplicationContext, id: string) =>
    (
      await worker
        .get(DataSource)
        .query(`SELECT status, attempts, message_id, last_error, sent_at IS NOT NULL AS sent FROM mail_deliveries WHERE id = $1`, [id])
    )[0];

  it('delivers an email queued through the outbox exactly once, with text, HTML and a stable Message-ID', async () => {
    const worker = await startWorker();
    const { deliveryId, created } = await queueNotice(worker, 'welcome');
    expect(created).toBe(true);

    const [message] = await waitFor('the email', () => (received('welcome').length ? received('welcome') : undefined));
    await sleep(700);
    expect(received('welcome')).toHaveLength(1);
    expect(message!.to).toMatchObject({ text: 'grace@example.com' });
    expect(message!.from?.text).toContain('no-reply@hiring-pipeline.local');
    expect(message!.text).toContain('Body of welcome');
    expect(message!.text).toContain('Open it: http://localhost:3000/x');
    expect(message!.html).toContain('<a href="http://localhost:3000/x">Open it</a>');
    expect(message!.messageId).toBe(`<${deliveryId}@hiring-pipeline.local>`);

    expect(await deliveryRow(worker, deliveryId)).toEqual({
      status: 'sent',
      attempts: 1,
      message_id: `<${deliveryId}@hiring-pipeline.local>`,
      last_error: null,
      sent: true,
    });
  });

  it('queues one email per dedupe key, however often it is asked for', async () => {
    const worker = await startWorker();
    const first = await queueNotice(worker, 'same-key');
    const second = await queueNotice(worker, 'same-key');
    expect(second).toEqual({ deliveryId: first.deliveryId, created: false });
    await waitFor('the email', () => received('same-key').length > 0);
    await sleep(700);
    expect(received('same-key')).toHaveLength(1);
  });

  it('retries after the SMTP server refuses, and sends once', async () => {
    const worker = await startWorker();
    environment.smtp.refuseNext(1);
    const refusedBefore = environment.smtp.refusedCount();
    const { deliveryId } = await queueNotice(worker, 'retried');

    await waitFor('the retried email', () => received('retried').length > 0);
    await sleep(700);
    expect(environment.smtp.refusedCount() - refusedBefore).toBe(1);
    expect(received('retried')).toHaveLength(1);
    expect(await deliveryRow(worker, deliveryId)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
  });

  it('marks an email failed with the error after the last attempt', async () => {
    const worker = await startWorker();
    environment.smtp.refuseNext(10);
    const { deliveryId } = await queueNotice(worker, 'doomed');
    const row = await waitFor('the failure', async () => {
      const current = await deliveryRow(worker, deliveryId);
      return current.status === 'failed' ? current : undefined;
    });
    expect(row.attempts).toBe(3);
    expect(row.last_error).toMatch(/451/);
    expect(received('doomed')).toHaveLength(0);
  });

  it('sends an email whose queue job Redis lost', async () => {
    // Write and relay while no consumer runs, then wipe the queue's keys as a Redis restart would.
    // (The sweeper leaves a delivery alone for its first 5 seconds, so it cannot interfere here.)
    const staging = await createWorkerContext(environment.config);
    const { deliveryId } = await queueNotice(staging, 'lost-in-redis');
    expect(await staging.get(OutboxRelay).relayBatch()).toBe(1);
    await staging.close();
    expect(await deleteQueueKeys(environment.config.REDIS_URL, environment.config.QUEUE_PREFIX)).toBeGreaterThan(0);

    const worker = await startWorker();
    await waitFor('the rescued email', () => received('lost-in-redis').length > 0, { timeoutMs: 15_000 });
    await sleep(700);
    expect(received('lost-in-redis')).toHaveLength(1);
    expect(await deliveryRow(worker, deliveryId)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('takes over an email whose sender crashed mid-send once its lease has run out', async () => {
    const worker = await startWorker();
    const dataSource = worker.get(DataSource);
    // What a worker killed while talking to SMTP leaves behind: claimed, lease running, never finished.
    const [{ id }] = await dataSource.query(
      `INSERT INTO mail_deliveries (dedupe_key, recipient, template, data, status, attempts, lease_expires_at)
       VALUES ('crashed', 'linus@example.com', 'notice', '{"title":"Subject crashed","message":"Hi"}', 'sending', 1, now() + interval '1 second')
       RETURNING id`,
    );
    await sleep(400);
    expect(received('crashed')).toHaveLength(0);
    await waitFor('the taken-over email', () => received('crashed').length > 0, { timeoutMs: 15_000 });
    await sleep(700);
    expect(received('crashed')).toHaveLength(1);
    expect(await deliveryRow(worker, id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('reports queue depths, outbox lag and deliveries by status on the worker metrics endpoint', async () => {
    const worker = await startWorker();
    const http: FastifyInstance = await startWorkerHttp(worker, 0);
    try {
      const base = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(200);
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toMatch(/queue_jobs\{queue="mail",state="waiting"\} \d+/);
      expect(metrics).toMatch(/outbox_lag_seconds \d/);
      const sent = Number(/mail_deliveries\{status="sent"\} (\d+)/.exec(metrics)?.[1]);
      const [{ count }] = await worker.get(DataSource).query(`SELECT count(*)::int AS count FROM mail_deliveries WHERE status = 'sent'`);
      expect(sent).toBe(count);
      expect(sent).toBeGreaterThan(0);
    } finally {
      await http.close();
    }
  });
});

@Injectable()
class StrayMailSender {
  @QueueJobHandler(QueueJobName.MailSend)
  async send(): Promise<void> {}
}

@Module({ providers: [StrayMailSender] })
class StrayMailSenderModule {}

describe('worker boot', () => {
  it('refuses to start when a queue job name has two handlers', async () => {
    const database = await cloneTemplateDatabase();
    try {
      await expect(createWorker(testConfig({ DATABASE_URL: database.url }), { extraModules: [StrayMailSenderModule] })).rejects.toThrow(
        /mail\.send: several handlers \(MailDeliveryProcessor\.send, StrayMailSender\.send\)/,
      );
    } finally {
      await database.drop();
    }
  });

  it('starts when every queue job name has exactly one handler', async () => {
    const database = await cloneTemplateDatabase();
    const worker = await createWorker(testConfig({ DATABASE_URL: database.url, SMTP_URL: 'smtp://127.0.0.1:1' }));
    try {
      expect(worker.get(QueueWorkerHost)).toBeDefined();
    } finally {
      await worker.close();
      await database.drop();
    }
  });
});
