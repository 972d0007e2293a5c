import { OutboxWriter } from '@hp/outbox';
import { QueueJobName } from '@hp/queue';
import { mailAttemptJobId } from './mail-attempt-job-id.js';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailError } from './mail.errors.js';
import { MailDelivery } from './mail-delivery.entity.js';
import { type MailTemplateData, type MailTemplateName, mailTemplates } from './templates/index.js';

export interface MailRequest<Name extends MailTemplateName> {
  /** One logical email (e.g. `invitation:<id>`): asking again with the same key queues nothing. */
  dedupeKey: string;
  to: string;
  template: Name;
  data: MailTemplateData<Name>;
  organizationId?: string | null;
}

export interface QueuedMail {
  deliveryId: string;
  /** False when an email with this dedupe key already existed. */
  created: boolean;
}

@Injectable()
export class MailService {
  constructor(private readonly outbox: OutboxWriter) {}

  /**
   * Queues an email as part of the caller's transaction: the delivery row and the outbox event
   * commit (or roll back) with the business change that wants the email.
   */
  async enqueue<Name extends MailTemplateName>(manager: EntityManager, request: MailRequest<Name>): Promise<QueuedMail> {
    const template = mailTemplates[request.template];
    if (!template) throw new MailError('MAIL_TEMPLATE_UNKNOWN', `Unknown mail template "${request.template}"`);
    const data = template.data.safeParse(request.data);
    if (!data.success) {
      throw new MailError('MAIL_TEMPLATE_DATA_INVALID', `Invalid data for mail template "${request.template}": ${data.error.message}`);
    }
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(MailDelivery)
      .values({
        organizationId: request.organizationId ?? null,
        dedupeKey: request.dedupeKey,
        recipient: request.to,
        template: request.template,
        data: data.data as never,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const row = (inserted.raw as { id: string }[])[0];
    if (!row) {
      const existing = await manager.findOneOrFail(MailDelivery, { where: { dedupeKey: request.dedupeKey }, select: { id: true } });
      return { deliveryId: existing.id, created: false };
    }
    await this.outbox.publish(manager, {
      name: QueueJobName.MailSend,
      payload: { deliveryId: row.id },
      organizationId: request.organizationId,
      queueJobId: mailAttemptJobId(row.id, 1),
    });
    return { deliveryId: row.id, created: true };
  }
}
