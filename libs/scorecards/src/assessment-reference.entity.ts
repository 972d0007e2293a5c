import { TenantOwnedEntity } from '@hp/accounts';
import { CodingChallenge } from '@hp/challenges';
import { Interview } from '@hp/interviews';
import { Column, JoinColumn, ManyToOne } from 'typeorm';

/** A row about one interview or one coding challenge of the organisation (a scorecard, a reminder); gone with it. */
export abstract class AssessmentReference extends TenantOwnedEntity {
  @Column({ type: 'uuid', nullable: true })
  interviewId: string | null;

  @ManyToOne(() => Interview, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'interview_id' })
  interview?: Interview | null;

  @Column({ type: 'uuid', nullable: true })
  challengeId: string | null;

  @ManyToOne(() => CodingChallenge, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: CodingChallenge | null;
}
