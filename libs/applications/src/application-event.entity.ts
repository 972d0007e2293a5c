import { TenantOwnedEntity, User } from '@hp/accounts';
import { Stage } from '@hp/jobs';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Application } from './application.entity.js';
import { RejectionReason } from './rejection-reason.entity.js';

export const applicationEventTypes = ['applied', 'moved', 'rejected', 'withdrawn', 'reopened', 'hired'] as const;
export type ApplicationEventType = (typeof applicationEventTypes)[number];

/** The application's history: one row per change, written in the change's transaction. */
@Entity({ name: 'application_events' })
@Check('application_events_type_check', `type IN ('applied', 'moved', 'rejected', 'withdrawn', 'reopened', 'hired')`)
@Index('application_events_application_id_idx', ['applicationId', 'occurredAt', 'id'])
export class ApplicationEvent extends TenantOwnedEntity {
  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ type: 'text' })
  type: ApplicationEventType;

  @Column({ type: 'uuid', nullable: true })
  fromStageId: string | null;

  @ManyToOne(() => Stage, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'from_stage_id' })
  fromStage?: Stage | null;

  @Column({ type: 'uuid', nullable: true })
  toStageId: string | null;

  @ManyToOne(() => Stage, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'to_stage_id' })
  toStage?: Stage | null;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_user_id' })
  actor?: User | null;

  @Column({ type: 'uuid', nullable: true })
  rejectionReasonId: string | null;

  @ManyToOne(() => RejectionReason, { nullable: true })
  @JoinColumn({ name: 'rejection_reason_id' })
  rejectionReason?: RejectionReason | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;
}
