import { BaseEntity } from '@hp/database';
import { Check, Column, Entity, Index } from 'typeorm';

export const mailDeliveryStatuses = ['pending', 'sending', 'sent', 'failed'] as const;
export type MailDeliveryStatus = (typeof mailDeliveryStatuses)[number];

/** One logical email; `dedupeKey` makes asking twice for the same email a no-op. */
@Entity({ name: 'mail_deliveries' })
@Check('mail_deliveries_status_check', `status IN ('pending', 'sending', 'sent', 'failed')`)
@Index('mail_deliveries_due_idx', ['nextAttemptAt'], { where: `status IN ('pending', 'sending')` })
export class MailDelivery extends BaseEntity {
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'text', unique: true })
  dedupeKey: string;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  template: string;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'text', default: 'pending' })
  status: MailDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leaseExpiresAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** RFC 5322 Message-ID, derived from the delivery id: every attempt of one email carries the same one. */
  @Column({ type: 'text', nullable: true })
  messageId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
