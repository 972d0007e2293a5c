import { APP_CONFIG, type AppConfig } from '@hp/config';
import { OutboxWriter } from '@hp/outbox';
import { QueueJobName } from '@hp/queue';
import { mailAttemptJobId } from './mail-attempt-job-id.js';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailError } from './mail.errors.js';
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

/** A delivery owned by one sender under a lease: what an attempt needs to send it. */
export interface ClaimedDelivery {
  id: string;
  recipient: string;
  template: string;
  data: Record<string, unknown>;
  attempts: number;
}

export interface ClaimedMail extends QueuedMail {
  /** Set when the row was created, claimed for its first attempt; the caller sends it after its commit. */
  claimed?: ClaimedDelivery;
}

@Injectable()
export class MailService {
  constructor(
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Queues an email as part of the caller's transaction: the delivery row and the outbox event
   * commit (or roll back) with the business change that wants the email.
   */
  async enqueue<Name extends MailTemplateName>(manager: EntityManager, request: MailRequest<Name>): Promise<QueuedMail> {
    const [queued] = await this.insert(manager, [request], 'pending');
    const { deliveryId, created } = queued!;
    if (created) {
      await this.outbox.publish(manager, {
        name: QueueJobName.MailSend,
        payload: { deliveryId },
        organizationId: request.organizationId,
        queueJobId: mailAttemptJobId(deliveryId, 1),
      });
    }
    return { deliveryId, created };
  }

  /**
   * For a worker that sends the emails itself right after the caller's transaction commits
   * (`MailDeliveryProcessor.deliver`): the rows are created already claimed for their first
   * attempt, with the usual lease, and no queue job. If the worker dies before recording an
   * outcome, the lease runs out and the sweeper hands the row to the mail queue, as for any
   * crashed attempt. One statement for all of them; answers in the order asked.
   */
  async claimNew(manager: EntityManager, requests: MailRequest<MailTemplateName>[]): Promise<ClaimedMail[]> {
    const inserted = await this.insert(manager, requests, 'sending');
    return inserted.map(({ deliveryId, created, data }, index) =>
      created
        ? {
            deliveryId,
            created,
            claimed: { id: deliveryId, recipient: requests[index]!.to, template: requests[index]!.template, data, attempts: 1 },
          }
        : { deliveryId, created },
    );
  }

  private async insert(
    manager: EntityManager,
    requests: MailRequest<MailTemplateName>[],
    status: 'pending' | 'sending',
  ): Promise<(QueuedMail & { data: Record<string, unknown> })[]> {
    if (requests.length === 0) return [];
    const rows = requests.map((request) => ({
      organization_id: request.organizationId ?? null,
      dedupe_key: request.dedupeKey,
      recipient: request.to,
      template: request.template,
      data: validData(request),
    }));
    const inserted: { id: string; dedupe_key: string }[] = await manager.query(
      `INSERT INTO mail_deliveries (organization_id, dedupe_key, recipient, template, data, status, attempts, lease_expires_at)
       SELECT r.organization_id, r.dedupe_key, r.recipient, r.template, r.data, $2, $3,
              CASE WHEN $3 > 0 THEN now() + make_interval(secs => $4) END
         FROM jsonb_to_recordset($1::jsonb) AS r(organization_id uuid, dedupe_key text, recipient text, template text, data jsonb)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id, dedupe_key`,
      [JSON.stringify(rows), status, status === 'sending' ? 1 : 0, this.config.MAIL_LEASE_SECONDS],
    );
    const ids = new Map(inserted.map((row) => [row.dedupe_key, row.id]));
    const existing = new Map<string, string>();
    const known = rows.filter((row) => !ids.has(row.dedupe_key)).map((row) => row.dedupe_key);
    if (known.length > 0) {
      const found: { id: string; dedupe_key: string }[] = await manager.query(
        `SELECT id, dedupe_key FROM mail_deliveries WHERE dedupe_key = ANY($1)`,
        [known],
      );
      for (const row of found) existing.set(row.dedupe_key, row.id);
    }
    return rows.map((row) => {
      const id = ids.get(row.dedupe_key);
      return id
        ? { deliveryId: id, created: true, data: row.data }
        : { deliveryId: existing.get(row.dedupe_key)!, created: false, data: row.data };
    });
  }
}

/** Template data checked when the email is asked for, so a bad call fails in the business transaction. */
function validData(request: MailRequest<MailTemplateName>): Record<string, unknown> {
  const template = mailTemplates[request.template];
  if (!template) throw new MailError('MAIL_TEMPLATE_UNKNOWN', `Unknown mail template "${request.template}"`);
  const parsed = template.data.safeParse(request.data);
  if (!parsed.success) {
    throw new MailError('MAIL_TEMPLATE_DATA_INVALID', `Invalid data for mail template "${request.template}": ${parsed.error.message}`);
  }
  return parsed.data as Record<string, unknown>;
}
