import { User } from '@hp/accounts';
import { Application } from '@hp/applications';
import { Candidate } from '@hp/candidates';
import { MailDelivery } from '@hp/mail';
import { AssessmentReference } from '@hp/scorecards';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import type { ReminderKind, ReminderStatus } from './reminder-kinds.js';

/**
 * One logical reminder: what, to whom, when, and what became of it. PostgreSQL is its source of
 * truth; a queue job only says "look at it now". `dedupeKey` names the reminder (kind, subject,
 * recipient, and the time it is about), so planning the same thing twice finds the same row.
 */
@Entity({ name: 'reminders' })
@Unique('reminders_organization_dedupe_key_unique', ['organizationId', 'dedupeKey'])
@Check(
  'reminders_kind_check',
  `kind IN ('interview_upcoming', 'scorecard_due', 'scorecard_overdue', 'stage_stale_digest', 'challenge_due', 'challenge_expired', 'application_received', 'rejection_notice')`,
)
@Check('reminders_status_check', `status IN ('scheduled', 'sent', 'skipped', 'cancelled', 'failed')`)
@Check('reminders_recipient_check', `num_nonnulls(recipient_user_id, recipient_candidate_id) = 1`)
@Index('reminders_scheduled_due_at_idx', ['dueAt'], { where: `status = 'scheduled'` })
@Index('reminders_organization_id_idx', ['organizationId', 'id'])
@Index('reminders_application_id_idx', ['applicationId'])
@Index('reminders_interview_id_idx', ['interviewId'])
@Index('reminders_challenge_id_idx', ['challengeId'])
@Index('reminders_mail_delivery_id_idx', ['mailDeliveryId'])
@Index('reminders_recipient_candidate_id_idx', ['recipientCandidateId'])
export class Reminder extends AssessmentReference {
  @Column({ type: 'text' })
  kind: ReminderKind;

  @Column({ type: 'text' })
  dedupeKey: string;

  @Column({ type: 'uuid', nullable: true })
  recipientUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'recipient_user_id' })
  recipientUser?: User | null;

  @Column({ type: 'uuid', nullable: true })
  recipientCandidateId: string | null;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'recipient_candidate_id' })
  recipientCandidate?: Candidate | null;

  @Column({ type: 'uuid', nullable: true })
  applicationId: string | null;

  @ManyToOne(() => Application, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'application_id' })
  application?: Application | null;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'text', default: 'scheduled' })
  status: ReminderStatus;

  /** Why it was skipped, cancelled or failed, in words. */
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  /** Kind-specific facts fixed at planning (the offset, the reminder's number in a series, the digest's date). */
  @Column({ type: 'jsonb', default: {} })
  details: object;

  /** Bumped by each retry: the email of a retry is a new mail delivery. */
  @Column({ type: 'integer', default: 0 })
  sendCount: number;

  @Column({ type: 'uuid', nullable: true })
  mailDeliveryId: string | null;

  @ManyToOne(() => MailDelivery, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'mail_delivery_id' })
  mailDelivery?: MailDelivery | null;

  /** When its queue job was last handed to Redis; null means the reconciler must queue it. */
  @Column({ type: 'timestamptz', nullable: true })
  enqueuedAt: Date | null;

  /** When it was sent, skipped, cancelled or failed. */
  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
