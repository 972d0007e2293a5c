import { UserAssignment } from '@hp/accounts';
import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Interview } from './interview.entity.js';

/** A member of an interview's panel. */
@Entity({ name: 'interview_interviewers' })
@Index('interview_interviewers_user_id_idx', ['userId'])
export class InterviewInterviewer extends UserAssignment {
  @PrimaryColumn({ type: 'uuid' })
  interviewId: string;

  @ManyToOne(() => Interview, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id' })
  interview?: Interview;
}
