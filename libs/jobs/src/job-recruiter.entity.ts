import { UserAssignment } from '@hp/accounts';
import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Job } from './job.entity.js';

/** The recruiters who own a job (they receive its digests and reminders). */
@Entity({ name: 'job_recruiters' })
@Index('job_recruiters_user_id_idx', ['userId'])
export class JobRecruiter extends UserAssignment {
  @PrimaryColumn({ type: 'uuid' })
  jobId: string;

  @ManyToOne(() => Job, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: Job;
}
