/**
 * The permission matrix: the one machine-readable statement of who may do what. Routes declare the
 * permission they need (`@RequirePermission`); the global guard refuses any role not listed here.
 * `docs/permissions.md` is generated from this file (`npm run docs:permissions`).
 * Object-level rules (a hiring manager's own jobs, an interviewer's own panels) are applied by the
 * services on top of these.
 */
export const roles = ['admin', 'recruiter', 'hiring_manager', 'interviewer'] as const;
export type Role = (typeof roles)[number];

export enum Permission {
  /** Read the organisation's own profile and settings. */
  OrganizationRead = 'organization:read',
  /** Change the organisation's settings. */
  OrganizationManage = 'organization:manage',
  /** List the team. */
  UsersRead = 'users:read',
  /** Invite, change roles, deactivate. */
  UsersManage = 'users:manage',
  /** Read the security audit trail. */
  AuditRead = 'audit:read',
}

export const permissionDescriptions: Record<Permission, string> = {
  [Permission.OrganizationRead]: "Read the organisation's profile and settings",
  [Permission.OrganizationManage]: "Change the organisation's settings",
  [Permission.UsersRead]: 'List the team',
  [Permission.UsersManage]: 'Invite users, change roles, deactivate',
  [Permission.AuditRead]: 'Read the security audit trail',
};

export const rolePermissions: Readonly<Record<Role, readonly Permission[]>> = {
  admin: Object.values(Permission),
  recruiter: [Permission.OrganizationRead, Permission.UsersRead],
  hiring_manager: [Permission.OrganizationRead, Permission.UsersRead],
  interviewer: [Permission.OrganizationRead],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
