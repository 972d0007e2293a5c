import { TenantOwnedEntity } from '@hp/accounts';
import { Candidate, type CandidateSource } from '@hp/candidates';
import { Job, Stage } from '@hp/jobs';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { RejectionReason } from './rejection-reason.entity.js';

export const applicationStatuses = ['active', 'rejected', 'withdrawn', 'hired'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

@Entity({ name: 'applications' })
@Check('applications_status_check', `status IN ('active', 'rejected', 'withdrawn', 'hired')`)
@Check('applications_source_check', `source IN ('career_site', 'referral', 'job_board', 'agency', 'sourced', 'other')`)
@Unique('applications_job_candidate_unique', ['jobId', 'candidateId'])
// organization_id last: the board's per-stage count is answered from the index alone.
@Index('applications_board_idx', ['jobId', 'stageId', 'status', 'id', 'organizationId'])
@Index('applications_job_stage_idx', ['jobId', 'stageId', 'id'])
@Index('applications_organization_id_idx', ['organizationId', 'id'])
@Index('applications_candidate_id_idx', ['candidateId'])
@Index('applications_stage_id_idx', ['stageId'], { where: `status = 'active'` })
// Reports: hires by time, for time to hire (migration 1765200000000-Reports).
@Index('applications_hired_at_idx', ['organizationId', 'hiredAt', 'jobId', 'appliedAt'], { where: 'hired_at IS NOT NULL' })
export class Application extends TenantOwnedEntity {
  @Column({ type: 'uuid' })
  candidateId: string;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: Candidate;

  @Column({ type: 'uuid' })
  jobId: string;

  @ManyToOne(() => Job, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: Job;

  @Column({ type: 'uuid' })
  stageId: string;

  @ManyToOne(() => Stage)
  @JoinColumn({ name: 'stage_id' })
  stage?: Stage;

  @Column({ type: 'text', default: 'active' })
  status: ApplicationStatus;

  @Column({ type: 'text', default: 'other' })
  source: CandidateSource;

  /** Bumped by every change; `expectedVersion` on a move makes concurrent drags fail fast. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  stageEnteredAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  appliedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  hiredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  rejectionReasonId: string | null;

  @ManyToOne(() => RejectionReason, { nullable: true })
  @JoinColumn({ name: 'rejection_reason_id' })
  rejectionReason?: RejectionReason | null;

  /** What the candidate sent through the career site, kept apart from what recruiters recorded. */
  @Column({ type: 'jsonb', nullable: true })
  submittedForm: Record<string, unknown> | null;
}
