import type { Role } from '@hp/auth';
import { BaseEntity } from '@hp/database';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Organization } from './organization.entity.js';

export const userStatuses = ['invited', 'active', 'deactivated'] as const;
export type UserStatus = (typeof userStatuses)[number];

@Entity({ name: 'users' })
@Check('users_role_check', `role IN ('admin', 'recruiter', 'hiring_manager', 'interviewer')`)
@Check('users_status_check', `status IN ('invited', 'active', 'deactivated')`)
@Index('users_organization_id_idx', ['organizationId', 'id'])
// Expression indexes on lower(email): written in the migration, which TypeORM cannot describe.
@Index('users_organization_email_unique', { synchronize: false })
@Index('users_email_idx', { synchronize: false })
export class User extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'users_organization_id_fkey' })
  organization?: Organization;

  /** Stored as given; unique per organisation case-insensitively (index on lower(email), in the migration). */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'text', default: 'active' })
  status: UserStatus;

  /** argon2id; null until an invited user sets a password. Never leaves the accounts library. */
  @Column({ type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  /** The reminder kinds this user turned off (`{"stageStale": false}`); read through `readNotificationPreferences`. */
  @Column({ type: 'jsonb', default: {} })
  notificationPreferences: Record<string, boolean>;

  /** IANA timezone; null means the organisation's. */
  @Column({ type: 'text', nullable: true })
  timezone: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;
}
