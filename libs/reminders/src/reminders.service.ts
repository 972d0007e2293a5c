import { AuditService } from '@hp/audit';
import type { RequestContext } from '@hp/auth';
import { Clock, decodeIdCursor, type Page, toPage } from '@hp/common';
import { scopedQuery, type TenantScope } from '@hp/database';
import { OutboxWriter } from '@hp/outbox';
import { QueueJobName } from '@hp/queue';
import { Injectable } from '@nestjs/common';
import type { ListRemindersQuery, ReminderView } from './dto/reminders.schemas.js';
import { reminderQueueJobId } from './reminder-dispatcher.js';
import { Reminder } from './reminder.entity.js';
import { RemindersError } from './reminders.errors.js';

const RETRYABLE = ['failed', 'skipped'];

@Injectable()
export class RemindersService {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  /** Newest first (ids are time-ordered), with the recipient's name and the email's fate. */
  async list(scope: TenantScope, query: ListRemindersQuery): Promise<Page<ReminderView>> {
    const builder = this.query(scope)
      .orderBy('reminder.id', 'DESC')
      .limit(query.limit + 1);
    if (query.status) builder.andWhere('reminder.status = :status', { status: query.status });
    if (query.kind) builder.andWhere('reminder.kind = :kind', { kind: query.kind });
    if (query.applicationId) builder.andWhere('reminder.application_id = :applicationId', { applicationId: query.applicationId });
    if (query.interviewId) builder.andWhere('reminder.interview_id = :interviewId', { interviewId: query.interviewId });
    if (query.cursor) builder.andWhere('reminder.id < :after', { after: decodeIdCursor(query.cursor) });
    return toPage(await builder.getMany(), query.limit, (reminder) => [reminder.id], toReminderView);
  }

  /**
   * Sends a failed or skipped reminder again, now: a new due time (so a new queue job), a new
   * mail delivery when it fires, and its reason checked again then.
   */
  async retry(context: RequestContext, id: string): Promise<ReminderView> {
    return context.transaction(async (tx) => {
      const reminder = await this.query(tx)
        .andWhere('reminder.id = :id', { id })
        .setLock('pessimistic_write', undefined, ['reminder'])
        .getOne();
      if (!reminder) throw new RemindersError('REMINDER_NOT_FOUND', 'No such reminder.');
      if (!RETRYABLE.includes(reminder.status)) {
        throw new RemindersError(
          'REMINDER_NOT_RETRYABLE',
          `Only failed or skipped reminders can be retried; this one is ${reminder.status}.`,
        );
      }
      const dueAt = this.clock.now();
      await tx.manager.update(
        Reminder,
        { id, organizationId: tx.organizationId },
        { status: 'scheduled', statusReason: null, processedAt: null, dueAt, sendCount: reminder.sendCount + 1, enqueuedAt: dueAt },
      );
      await this.outbox.publish(tx.manager, {
        name: QueueJobName.ReminderDue,
        payload: { reminderId: id, dueAt: dueAt.toISOString() },
        organizationId: tx.organizationId,
        queueJobId: reminderQueueJobId({ id, dueAt }),
      });
      await this.audit.record(tx.manager, {
        type: 'reminder.retried',
        organizationId: tx.organizationId,
        actorUserId: tx.actor.userId,
        client: tx.client,
        data: { reminderId: id, kind: reminder.kind, previousStatus: reminder.status },
      });
      const updated = await this.query(tx).andWhere('reminder.id = :id', { id }).getOneOrFail();
      return toReminderView(updated);
    });
  }

  private query(scope: TenantScope) {
    return scopedQuery(scope, Reminder, 'reminder')
      .leftJoin('reminder.recipientUser', 'user')
      .addSelect(['user.id', 'user.name'])
      .leftJoin('reminder.recipientCandidate', 'candidate')
      .addSelect(['candidate.id', 'candidate.firstName', 'candidate.lastName'])
      .leftJoinAndSelect('reminder.mailDelivery', 'delivery');
  }
}

function toReminderView(reminder: Reminder): ReminderView {
  const delivery = reminder.mailDelivery;
  return {
    id: reminder.id,
    kind: reminder.kind,
    status: reminder.status,
    statusReason: reminder.statusReason,
    dueAt: reminder.dueAt.toISOString(),
    recipient: reminder.recipientUser
      ? { type: 'user', id: reminder.recipientUser.id, name: reminder.recipientUser.name }
      : {
          type: 'candidate',
          id: reminder.recipientCandidateId!,
          name: [reminder.recipientCandidate?.firstName, reminder.recipientCandidate?.lastName].filter(Boolean).join(' '),
        },
    applicationId: reminder.applicationId,
    interviewId: reminder.interviewId,
    challengeId: reminder.challengeId,
    details: reminder.details as Record<string, unknown>,
    sendCount: reminder.sendCount,
    mailDelivery: delivery
      ? {
          id: delivery.id,
          status: delivery.status,
          attempts: delivery.attempts,
          sentAt: delivery.sentAt?.toISOString() ?? null,
          lastError: delivery.lastError,
        }
      : null,
    processedAt: reminder.processedAt?.toISOString() ?? null,
    createdAt: reminder.createdAt.toISOString(),
  };
}
