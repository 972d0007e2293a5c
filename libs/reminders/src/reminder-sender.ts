import { Clock } from '@hp/common';
import { MailService } from '@hp/mail';
import { QueueJobHandler, QueueJobName, type QueueJobPayload } from '@hp/queue';
import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { type DueReminderRow, ReminderMessages } from './reminder-messages.js';
import { ReminderMetrics } from './reminder-metrics.js';

/** A queue job this early (clocks of Redis and of this process disagree a little) waits here rather than going back. */
const EARLY_TOLERANCE_MS = 30_000;

export type ReminderFireOutcome = 'sent' | 'skipped' | 'stale';

/**
 * Fires reminders. Under a row lock, a reminder still `scheduled` for the due time its queue job
 * was made for becomes either a mail delivery (`sent`: the foundation's claim/lease sending then
 * carries it, so a retry or a second worker never sends it twice) or `skipped` with the reason.
 * Anything else — already handled, or re-timed since — makes the job a no-op.
 */
@Injectable()
export class ReminderSender {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messages: ReminderMessages,
    private readonly mail: MailService,
    private readonly metrics: ReminderMetrics,
    private readonly clock: Clock,
  ) {}

  @QueueJobHandler(QueueJobName.ReminderDue)
  async onDue({ reminderId, dueAt }: QueueJobPayload<QueueJobName.ReminderDue>): Promise<ReminderFireOutcome> {
    const earlyMs = new Date(dueAt).getTime() - this.clock.now().getTime();
    if (earlyMs > EARLY_TOLERANCE_MS) {
      // Failing hands the job back to BullMQ's retries; once they are spent, the reconciler re-queues it.
      throw new Error(`Reminder ${reminderId} fired ${earlyMs} ms before it is due`);
    }
    if (earlyMs > 0) await sleep(earlyMs);
    return this.fire(reminderId, dueAt);
  }

  async fire(reminderId: string, dueAt: string): Promise<ReminderFireOutcome> {
    const result = await this.dataSource.transaction(async (manager) => {
      const [reminder]: DueReminderRow[] = await manager.query(
        `SELECT id, organization_id, kind, recipient_user_id, recipient_candidate_id, application_id, interview_id, challenge_id,
                due_at, details, send_count
           FROM reminders WHERE id = $1 AND status = 'scheduled'
           FOR UPDATE`,
        [reminderId],
      );
      if (!reminder || reminder.due_at.toISOString() !== dueAt) return { outcome: 'stale' as const };
      const now = this.clock.now();
      const decision = await this.messages.decide(manager, reminder, now);
      if ('skip' in decision) {
        await manager.query(
          `UPDATE reminders SET status = 'skipped', status_reason = $2, processed_at = $3, updated_at = now() WHERE id = $1`,
          [reminder.id, decision.skip, now],
        );
        return { outcome: 'skipped' as const, reminder, now };
      }
      const { deliveryId } = await this.mail.enqueue(manager, {
        dedupeKey: `reminder:${reminder.id}:${reminder.send_count}`,
        to: decision.send.to,
        template: 'reminder',
        data: decision.send.data,
        organizationId: reminder.organization_id,
      });
      await manager.query(
        `UPDATE reminders SET status = 'sent', status_reason = NULL, mail_delivery_id = $2, processed_at = $3, updated_at = now() WHERE id = $1`,
        [reminder.id, deliveryId, now],
      );
      return { outcome: 'sent' as const, reminder, now };
    });
    if (result.outcome === 'sent' || result.outcome === 'skipped') {
      const lateness = (result.now.getTime() - result.reminder.due_at.getTime()) / 1000;
      this.metrics.outcome(result.reminder.kind, result.outcome, result.outcome === 'sent' ? lateness : undefined);
    }
    return result.outcome;
  }

  /** The email of a sent reminder was given up on: the reminder failed (an admin may retry it). */
  @QueueJobHandler(QueueJobName.MailFailed)
  async onMailFailed({ deliveryId }: QueueJobPayload<QueueJobName.MailFailed>): Promise<void> {
    // TypeORM answers an UPDATE with [rows, count].
    const [failed]: [{ kind: DueReminderRow['kind'] }[], number] = await this.dataSource.query(
      `UPDATE reminders r
          SET status = 'failed', status_reason = 'The email could not be delivered: ' || coalesce(d.last_error, 'unknown error'),
              processed_at = $2, updated_at = now()
         FROM mail_deliveries d
        WHERE r.mail_delivery_id = $1 AND d.id = r.mail_delivery_id AND r.status = 'sent'
        RETURNING r.kind`,
      [deliveryId, this.clock.now()],
    );
    for (const reminder of failed) this.metrics.outcome(reminder.kind, 'failed');
  }
}
