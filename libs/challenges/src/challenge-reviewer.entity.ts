import { Organization, User } from '@hp/accounts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CodingChallenge } from './coding-challenge.entity.js';

/** Who reviews (and scores) a challenge's submission. */
@Entity({ name: 'challenge_reviewers' })
@Index('challenge_reviewers_user_id_idx', ['userId'])
export class ChallengeReviewer {
  @PrimaryColumn({ type: 'uuid' })
  challengeId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => CodingChallenge, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: CodingChallenge;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
