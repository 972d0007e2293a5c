import { TenantOwnedEntity } from '@hp/accounts';
import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { Job } from './job.entity.js';

export const stageKinds = [
  'applied',
  'screening',
  'technical_interview',
  'coding_challenge',
  'onsite',
  'offer',
  'hired',
  'custom',
] as const;
export type StageKind = (typeof stageKinds)[number];

@Entity({ name: 'stages' })
@Check(
  'stages_kind_check',
  `kind IN ('applied', 'screening', 'technical_interview', 'coding_challenge', 'onsite', 'offer', 'hired', 'custom')`,
)
@Check('stages_sla_days_check', `sla_days IS NULL OR sla_days BETWEEN 1 AND 365`)
@Check('stages_position_check', `(archived_at IS NULL) = (position IS NOT NULL)`)
@Unique('stages_job_position_unique', ['jobId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
export class Stage extends TenantOwnedEntity {
  @Column({ type: 'uuid' })
  jobId: string;

  @ManyToOne(() => Job, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: Job;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: StageKind;

  /** 0-based order within the job's pipeline (`applied` first, `hired` last); null once archived. */
  @Column({ type: 'integer', nullable: true })
  position: number | null;

  /** Days an application may sit here before it counts as stale; null means the organisation's default. */
  @Column({ type: 'integer', nullable: true })
  slaDays: number | null;

  @Column({ type: 'jsonb', default: [] })
  scorecardAttributes: string[];

  /** Set when the stage is deleted from the pipeline; history and reports keep referring to it. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
