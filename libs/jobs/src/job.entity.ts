import { TenantOwnedEntity, User } from '@hp/accounts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

export const jobStatuses = ['draft', 'open', 'on_hold', 'closed'] as const;
export type JobStatus = (typeof jobStatuses)[number];

export const employmentTypes = ['full_time', 'part_time', 'contract', 'temporary', 'internship'] as const;
export type EmploymentType = (typeof employmentTypes)[number];

@Entity({ name: 'jobs' })
@Check('jobs_status_check', `status IN ('draft', 'open', 'on_hold', 'closed')`)
@Check('jobs_employment_type_check', `employment_type IN ('full_time', 'part_time', 'contract', 'temporary', 'internship')`)
@Check('jobs_openings_check', `openings >= 1`)
@Index('jobs_organization_id_idx', ['organizationId', 'id'])
@Index('jobs_hiring_manager_id_idx', ['hiringManagerId'])
@Index('jobs_title_trgm_idx', { synchronize: false })
export class Job extends TenantOwnedEntity {
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  department: string | null;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'text', nullable: true })
  employmentType: EmploymentType | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', default: 'draft' })
  status: JobStatus;

  @Column({ type: 'uuid', nullable: true })
  hiringManagerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'hiring_manager_id' })
  hiringManager?: User | null;

  @Column({ type: 'integer', default: 1 })
  openings: number;

  /** First time the job was opened: where "time to fill" starts. */
  @Column({ type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
