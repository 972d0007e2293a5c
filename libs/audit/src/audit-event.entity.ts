import { BaseEntity } from '@hp/database';
import { Column, Entity, Index } from 'typeorm';

export const auditEventTypes = [
  'organization.created',
  'login.succeeded',
  'login.failed',
  'session.refresh_reused',
  'password.changed',
  'password.reset',
  'user.invited',
  'user.invitation_accepted',
  'user.role_changed',
  'user.deactivated',
  'user.reactivated',
  'candidate.exported',
  'candidate.erased',
  'candidate.merged',
  'organization.settings_changed',
  'reminder.retried',
] as const;
export type AuditEventType = (typeof auditEventTypes)[number];

@Entity({ name: 'audit_events' })
@Index('audit_events_organization_id_idx', ['organizationId', 'id'])
export class AuditEvent extends BaseEntity {
  /** Null for a failed login that matched no account. */
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'text' })
  type: AuditEventType;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  targetUserId: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ type: 'jsonb', default: {} })
  data: Record<string, unknown>;
}
