import { User } from '@hp/accounts';
import { Application } from '@hp/applications';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { AssessmentReference } from './assessment-reference.entity.js';
import type { Rating, Recommendation } from './scale.js';

/** One person's assessment of an interview they sat on (or of a coding challenge they reviewed). */
@Entity({ name: 'scorecards' })
@Check('scorecards_recommendation_check', `recommendation IN ('strong_no', 'no', 'yes', 'strong_yes')`)
@Check('scorecards_subject_check', `(interview_id IS NULL) <> (challenge_id IS NULL)`)
@Unique('scorecards_interview_author_unique', ['interviewId', 'authorUserId'])
@Unique('scorecards_challenge_author_unique', ['challengeId', 'authorUserId'])
@Index('scorecards_application_id_idx', ['applicationId'])
export class Scorecard extends AssessmentReference {
  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ type: 'uuid' })
  authorUserId: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'author_user_id' })
  author?: User;

  @Column({ type: 'jsonb' })
  ratings: Rating[];

  @Column({ type: 'text' })
  recommendation: Recommendation;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'timestamptz' })
  submittedAt: Date;
}
