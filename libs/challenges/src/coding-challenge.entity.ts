import { StageAssessment } from '@hp/applications';
import { Column, Entity, Index, Unique } from 'typeorm';

/**
 * A take-home coding challenge sent to a candidate. Its status is derived when read:
 * `submitted` once submitted, `expired` once `dueAt` passed without a submission, else `sent`.
 */
@Entity({ name: 'coding_challenges' })
@Unique('coding_challenges_token_hash_unique', ['tokenHash'])
@Index('coding_challenges_application_id_idx', ['applicationId'])
export class CodingChallenge extends StageAssessment {
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  instructions: string;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  /** Keyed hash of the single-use submission token the candidate's link carries. */
  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  repositoryUrl: string | null;

  @Column({ type: 'text', nullable: true })
  submissionNotes: string | null;
}
