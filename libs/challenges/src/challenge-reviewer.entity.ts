import { UserAssignment } from '@hp/accounts';
import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CodingChallenge } from './coding-challenge.entity.js';

/** Who reviews (and scores) a challenge's submission. */
@Entity({ name: 'challenge_reviewers' })
@Index('challenge_reviewers_user_id_idx', ['userId'])
export class ChallengeReviewer extends UserAssignment {
  @PrimaryColumn({ type: 'uuid' })
  challengeId: string;

  @ManyToOne(() => CodingChallenge, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: CodingChallenge;
}
