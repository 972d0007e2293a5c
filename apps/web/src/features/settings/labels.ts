import type { ItemOf, ResponseOf } from '../../api/types';

export type User = ItemOf<ResponseOf<'/api/v1/users', 'get'>>;
export type Role = User['role'];
export type Reminder = ItemOf<ResponseOf<'/api/v1/reminders', 'get'>>;
export type AuditEvent = ItemOf<ResponseOf<'/api/v1/audit-events', 'get'>>;

export const roleLabels: Record<Role, string> = {
  admin: 'Admin',
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
  interviewer: 'Interviewer',
};
export const roles = Object.keys(roleLabels) as Role[];

export const userStatusLabels: Record<User['status'], { label: string; tone: string }> = {
  invited: { label: 'Invited', tone: 'badge-warning' },
  active: { label: 'Active', tone: 'badge-success' },
  deactivated: { label: 'Deactivated', tone: '' },
};

export const reminderKindLabels: Record<Reminder['kind'], string> = {
  interview_upcoming: 'Upcoming interview',
  scorecard_due: 'Scorecard due',
  scorecard_overdue: 'Scorecard overdue',
  stage_stale_digest: 'Stale candidates digest',
  challenge_due: 'Challenge due',
  challenge_expired: 'Challenge expired',
  application_received: 'Application received',
  rejection_notice: 'Rejection notice',
};

export const reminderStatusLabels: Record<Reminder['status'], { label: string; tone: string }> = {
  scheduled: { label: 'Scheduled', tone: 'badge-accent' },
  sent: { label: 'Sent', tone: 'badge-success' },
  skipped: { label: 'Skipped', tone: 'badge-warning' },
  cancelled: { label: 'Cancelled', tone: '' },
  failed: { label: 'Failed', tone: 'badge-danger' },
};

/** What the API lets a user send again (REMINDER_NOT_RETRYABLE otherwise). */
export const retryableStatuses: readonly Reminder['status'][] = ['failed', 'skipped'];

export const auditTypeLabels: Record<AuditEvent['type'], string> = {
  'organization.created': 'Organisation created',
  'login.succeeded': 'Signed in',
  'login.failed': 'Failed sign-in',
  'session.refresh_reused': 'Session reused (signed out for safety)',
  'password.changed': 'Password changed',
  'password.reset': 'Password reset',
  'user.invited': 'User invited',
  'user.invitation_accepted': 'Invitation accepted',
  'user.role_changed': 'Role changed',
  'user.deactivated': 'User deactivated',
  'user.reactivated': 'User reactivated',
  'candidate.exported': 'Candidate data exported',
  'candidate.erased': 'Candidate erased',
  'candidate.merged': 'Candidates merged',
  'organization.settings_changed': 'Settings changed',
  'reminder.retried': 'Reminder sent again',
};

/**
 * An audit event's extra data as short "key: value" words, e.g. a role change's from and to.
 * Nested values (a settings change's before and after) are left to `nestedAuditData`.
 */
export function describeAuditData(data: Record<string, unknown>): string {
  return Object.entries(data)
    .filter(([, value]) => value !== null && value !== undefined && value !== '' && !isNested(value))
    .map(([key, value]) => `${words(key)}: ${Array.isArray(value) ? value.map(shown).join(', ') : shown(value)}`)
    .join(' · ');
}

/** The nested part of an audit event's data, to show on demand; undefined when there is none. */
export function nestedAuditData(data: Record<string, unknown>): string | undefined {
  const nested = Object.entries(data).filter(([, value]) => isNested(value));
  return nested.length > 0 ? JSON.stringify(Object.fromEntries(nested), null, 2) : undefined;
}

function isNested(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shown(value: unknown): string {
  if (typeof value === 'string' && value in roleLabels) return roleLabels[value as Role];
  if (typeof value === 'string' && value in reminderKindLabels) return reminderKindLabels[value as Reminder['kind']];
  if (typeof value === 'string' && /^[a-z]+[A-Z]/.test(value)) return words(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** `retentionMonths` → "retention months". */
function words(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
