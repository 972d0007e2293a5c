import { APP_CONFIG, type AppConfig } from '@hp/config';
import { PeriodicTaskRunner, QueueJobHandler, QueueJobName, type QueueJobPayload, QueueRegistry } from '@hp/queue';
import { OutboxWriter } from '@hp/outbox';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { mailAttemptJobId } from './mail-attempt-job-id.js';
import { MailTransport } from './mail-transport.js';
import type { ClaimedDelivery } from './mail.service.js';
import { renderMail } from './templates/index.js';

export type MailSendOutcome = 'sent' | 'retry-scheduled' | 'failed' | 'not-claimable';

const MAX_RETRY_DELAY_MS = 3_600_000;

/** Exponential backoff with jitter between half and all of the step, capped at an hour. */
export function mailRetryDelayMs(baseMs: number, failedAttempts: number, random: () => number = Math.random): number {
  const step = Math.min(baseMs * 2 ** (failedAttempts - 1), MAX_RETRY_DELAY_MS);
  return Math.round(step / 2 + (random() * step) / 2);
}

/**
 * Sends `mail_deliveries` rows. PostgreSQL holds the truth (status, attempts, next attempt, lease);
 * a queue job only says "try this delivery now". The claim is one atomic UPDATE, so two workers
 * (or a stalled job run again) never send the same email twice, except when a worker dies after
 * the SMTP server accepted the message and before the row says so.
 */
@Injectable()
export class MailDeliveryProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(MailDeliveryProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly queues: QueueRegistry,
    private readonly periodic: PeriodicTaskRunner,
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.periodic.schedule({ name: 'mail.sweep', everyMs: this.config.MAIL_SWEEP_INTERVAL_MS, run: () => this.sweep() });
  }

  @QueueJobHandler(QueueJobName.MailSend)
  async send({ deliveryId }: QueueJobPayload<QueueJobName.MailSend>): Promise<MailSendOutcome> {
    const delivery = await this.claim(deliveryId);
    if (!delivery) return 'not-claimable';
    return this.deliver(delivery);
  }

  /**
   * One attempt of a delivery this process has claimed (here, or created claimed by
   * `MailService.claimNew`): SMTP, then the outcome on the row.
   */
  async deliver(delivery: ClaimedDelivery): Promise<MailSendOutcome> {
    let messageId: string;
    try {
      messageId = await this.transport.send(delivery.id, delivery.recipient, renderMail(delivery.template, delivery.data));
    } catch (error) {
      return this.recordFailure(delivery, error as Error);
    }
    await this.dataSource.query(
      `UPDATE mail_deliveries
          SET status = 'sent', sent_at = now(), message_id = $2, lease_expires_at = NULL, last_error = NULL, updated_at = now()
        WHERE id = $1`,
      [delivery.id, messageId],
    );
    return 'sent';
  }

  private async claim(deliveryId: string): Promise<ClaimedDelivery | undefined> {
    const [claimed] = await this.dataSource.query(
      `WITH claimed AS (
         UPDATE mail_deliveries
            SET status = 'sending', attempts = attempts + 1,
                lease_expires_at = now() + make_interval(secs => $2), updated_at = now()
          WHERE id = $1
            -- A queued job for a pending row may send it whatever the clocks say: refusing an
            -- early job would strand the row, since its job id is then spent.
            AND (status = 'pending' OR (status = 'sending' AND lease_expires_at < now()))
          RETURNING id, recipient, template, data, attempts)
       SELECT * FROM claimed`,
      [deliveryId, this.config.MAIL_LEASE_SECONDS],
    );
    return claimed as ClaimedDelivery | undefined;
  }

  private async recordFailure(delivery: ClaimedDelivery, error: Error): Promise<MailSendOutcome> {
    const message = error.message.slice(0, 2_000);
    if (delivery.attempts >= this.config.MAIL_MAX_ATTEMPTS) {
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `UPDATE mail_deliveries SET status = 'failed', last_error = $2, lease_expires_at = NULL, updated_at = now() WHERE id = $1`,
          [delivery.id, message],
        );
        // Whoever asked for the email (a reminder) learns it failed, with the same commit.
        await this.outbox.publish(manager, { name: QueueJobName.MailFailed, payload: { deliveryId: delivery.id } });
      });
      this.logger.error({ deliveryId: delivery.id, attempts: delivery.attempts, error: message }, 'Email failed for good');
      return 'failed';
    }
    const delayMs = mailRetryDelayMs(this.config.MAIL_RETRY_BASE_MS, delivery.attempts);
    await this.dataSource.query(
      `UPDATE mail_deliveries
          SET status = 'pending', last_error = $2, lease_expires_at = NULL,
              next_attempt_at = now() + make_interval(secs => $3 / 1000.0), updated_at = now()
        WHERE id = $1`,
      [delivery.id, message, delayMs],
    );
    // After the commit above: if this add is lost (crash, Redis down), the sweeper re-adds it.
    await this.queues.add([
      {
        name: QueueJobName.MailSend,
        payload: { deliveryId: delivery.id },
        jobId: mailAttemptJobId(delivery.id, delivery.attempts + 1),
        delayMs,
      },
    ]);
    this.logger.warn({ deliveryId: delivery.id, attempts: delivery.attempts, retryInMs: delayMs, error: message }, 'Email attempt failed');
    return 'retry-scheduled';
  }

  /**
   * Re-adds the queue job of every delivery that is due (or whose sender's lease ran out) under
   * the id of its next attempt: a no-op while that job is still queued, a rescue when it was lost.
   */
  async sweep(): Promise<number> {
    const due: { id: string; attempts: number }[] = await this.dataSource.query(
      `SELECT id, attempts FROM mail_deliveries
        WHERE (status = 'pending' AND next_attempt_at <= now() - interval '5 seconds')
           OR (status = 'sending' AND lease_expires_at < now())
        ORDER BY next_attempt_at
        LIMIT 1000`,
    );
    if (due.length === 0) return 0;
    await this.queues.add(
      due.map((delivery) => ({
        name: QueueJobName.MailSend,
        payload: { deliveryId: delivery.id },
        jobId: mailAttemptJobId(delivery.id, delivery.attempts + 1),
      })),
    );
    return due.length;
  }
}
