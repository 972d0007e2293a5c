import { MailService } from '@hp/mail';
import { OutboxRelay, OutboxWriter } from '@hp/outbox';
import { QueueJobName, QueueName, QueueRegistry, QueueWorkerHost } from '@hp/queue';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { createWorkerContext, sleep, useWorkerTestEnvironment, waitFor } from '../utils/index.js';

describe('transactional outbox', () => {
  // A one-second lease lets the test see a dead relay's claim expire; a long sweep interval keeps
  // the mail sweeper from re-adding jobs behind the relay's back in these tests.
  const environment = useWorkerTestEnvironment({ OUTBOX_LEASE_SECONDS: '1', MAIL_SWEEP_INTERVAL_MS: '3600000' });

  /** A worker process as far as this test needs it: the relay and consumers are driven by hand. */
  const worker = async () => environment.track(await createWorkerContext(environment.config));

  const notice = (dedupeKey: string) => ({
    dedupeKey,
    to: 'ada@example.com',
    template: 'notice' as const,
    data: { title: `Subject ${dedupeKey}`, message: 'Hello' },
  });

  it('never relays an event written in a transaction that rolled back', async () => {
    const context = await worker();
    const dataSource = context.get(DataSource);
    await expect(
      dataSource.transaction(async (manager) => {
        await context.get(MailService).enqueue(manager, notice('rolled-back'));
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');

    expect(await context.get(OutboxRelay).relayBatch()).toBe(0);
    expect(await dataSource.query(`SELECT id FROM outbox_events`)).toEqual([]);
    expect(await dataSource.query(`SELECT id FROM mail_deliveries WHERE dedupe_key = 'rolled-back'`)).toEqual([]);
    const counts = await context.get(QueueRegistry).queue(QueueName.Mail).getJobCounts('waiting', 'delayed', 'active', 'completed');
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(0);
  });

  it('refuses to write an event outside a transaction', async () => {
    const context = await worker();
    await expect(
      context.get(OutboxWriter).publish(context.get(DataSource).manager, { name: QueueJobName.MailSend, payload: { deliveryId: 'x' } }),
    ).rejects.toThrow(/transactional manager/);
  });

  it('relays a committed event once, even when the relay dies after queueing it and another takes over', async () => {
    // Not tracked: this test closes it itself, mid-way, as the crash.
    const first = await createWorkerContext(environment.config);
    const dataSource = first.get(DataSource);
    const { deliveryId } = await dataSource.transaction((manager) => first.get(MailService).enqueue(manager, notice('committed')));

    // The first relay claims the event and hands it to Redis, then dies before marking it dispatched.
    const deadRelay = first.get(OutboxRelay);
    const claimed = await deadRelay.claimBatch();
    expect(claimed).toHaveLength(1);
    await deadRelay.publish(claimed);
    await first.close();

    // While the dead relay's lease runs, nobody else may take the event.
    const second = await worker();
    const relay = second.get(OutboxRelay);
    expect(await relay.relayBatch()).toBe(0);
    await sleep(1_100);
    expect(await relay.relayBatch()).toBe(1);
    expect(await relay.relayBatch()).toBe(0);

    const [event] = await second.get(DataSource).query(`SELECT relay_attempts, dispatched_at FROM outbox_events`);
    expect(event.relay_attempts).toBe(2);
    expect(event.dispatched_at).not.toBeNull();

    const queue = second.get(QueueRegistry).queue(QueueName.Mail);
    expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 1 });

    const host = second.get(QueueWorkerHost);
    host.registerHandlers();
    host.start();
    await waitFor('the email', () => environment.smtp.messages.find((message) => message.subject === 'Subject committed'));
    await sleep(500);
    expect(environment.smtp.messages.filter((message) => message.subject === 'Subject committed')).toHaveLength(1);
    const [delivery] = await second.get(DataSource).query(`SELECT status, attempts FROM mail_deliveries WHERE id = $1`, [deliveryId]);
    expect(delivery).toEqual({ status: 'sent', attempts: 1 });
  });
});
