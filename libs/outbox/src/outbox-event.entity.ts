import { BaseEntity } from '@hp/database';
import { Column, Entity, Index } from 'typeorm';

/** A queue job decided inside a business transaction, waiting for the relay to hand it to the queue. */
@Entity({ name: 'outbox_events' })
@Index('outbox_events_pending_idx', ['id'], { where: 'dispatched_at IS NULL' })
@Index('outbox_events_dispatched_at_idx', ['dispatchedAt'], { where: 'dispatched_at IS NOT NULL' })
@Index('outbox_events_unprocessed_idx', ['dispatchedAt'], {
  where: 'dispatched_at IS NOT NULL AND processed_at IS NULL AND queue_job_id IS NULL',
})
export class OutboxEvent extends BaseEntity {
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'text' })
  queue: string;

  @Column({ type: 'text' })
  jobName: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  queueJobId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  @Column({ type: 'integer', default: 0 })
  relayAttempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  /**
   * When a worker's handler completed its queue job. Only tracked for events with the default
   * queue job id; those with their own (mail attempts, reminders) have their own repair.
   */
  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
