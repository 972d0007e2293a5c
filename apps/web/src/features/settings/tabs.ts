import type { PermissionName } from '../../app/session';

/** The settings' tabs, each shown only to roles that may open it. */
export const settingsTabs = [
  { path: 'team', label: 'Team', permission: 'users:read' },
  { path: 'reminder-policy', label: 'Reminders and retention', permission: 'organization:read' },
  { path: 'rejection-reasons', label: 'Rejection reasons', permission: 'rejection-reasons:manage' },
  { path: 'reminders', label: 'Reminders sent', permission: 'reminders:read' },
  { path: 'audit-log', label: 'Audit log', permission: 'audit:read' },
] as const satisfies readonly { path: string; label: string; permission: PermissionName }[];

export type SettingsTabPath = (typeof settingsTabs)[number]['path'];
