import { BaseEntity } from '@hp/database';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { Organization } from './organization.entity.js';
import { Session } from './session.entity.js';

/** One refresh token of a session; stored only as a keyed hash. Spent when exchanged for the next one. */
@Entity({ name: 'refresh_tokens' })
@Index('refresh_tokens_session_id_idx', ['sessionId'])
@Unique('refresh_tokens_token_hash_unique', ['tokenHash'])
export class RefreshToken extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'refresh_tokens_organization_id_fkey' })
  organization?: Organization;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'refresh_tokens_session_id_fkey' })
  session?: Session;

  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  spentAt: Date | null;
}
