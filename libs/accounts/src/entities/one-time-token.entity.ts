import { BaseEntity } from '@hp/database';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { Organization } from './organization.entity.js';
import { User } from './user.entity.js';

export type OneTimeTokenPurpose = 'invitation' | 'password_reset';

/** A single-use link (invitation, password reset); stored only as a keyed hash. */
@Entity({ name: 'one_time_tokens' })
@Index('one_time_tokens_user_id_idx', ['userId', 'purpose'])
@Unique('one_time_tokens_token_hash_unique', ['tokenHash'])
@Check('one_time_tokens_purpose_check', `purpose IN ('invitation', 'password_reset')`)
export class OneTimeToken extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'one_time_tokens_organization_id_fkey' })
  organization?: Organization;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'one_time_tokens_user_id_fkey' })
  user?: User;

  @Column({ type: 'text' })
  purpose: OneTimeTokenPurpose;

  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
