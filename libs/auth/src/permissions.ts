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
  /** See jobs and their pipelines (hiring managers: the jobs they manage). */
  JobsRead = 'jobs:read',
  /** Create and edit jobs, their stages and status. */
  JobsManage = 'jobs:manage',
  /** See candidates (hiring managers: those who applied to their jobs). */
  CandidatesRead = 'candidates:read',
  /** Add and edit candidates, upload résumés, merge duplicates. */
  CandidatesManage = 'candidates:manage',
  /** Export or erase everything about a candidate (GDPR). */
  CandidatesPrivacy = 'candidates:privacy',
  /** See applications, their history and notes (hiring managers: of their jobs; interviewers: those they interview or whose coding challenges they review, without notes). */
  ApplicationsRead = 'applications:read',
  /** Add applications, move them through stages, reject, reopen, write notes. */
  ApplicationsManage = 'applications:manage',
  /** Edit the organisation's rejection reasons. */
  RejectionReasonsManage = 'rejection-reasons:manage',
  /** See interviews (hiring managers: of their jobs; interviewers: those on their panels). */
  InterviewsRead = 'interviews:read',
  /** Schedule, reschedule, cancel and close interviews (hiring managers: of their jobs). */
  InterviewsManage = 'interviews:manage',
  /** Send coding challenges and extend their deadlines. */
  ChallengesManage = 'challenges:manage',
  /** See the organisation's reminders and what became of them. */
  RemindersRead = 'reminders:read',
  /** Send a failed or skipped reminder again. */
  RemindersManage = 'reminders:manage',
  /** Read the interviewer follow-through report (hiring managers: interviews of their jobs; interviewers: their own row). */
  InterviewerReportRead = 'reports:interviewers:read',
  /** Read the pipeline reports: funnel, time in stage, time to hire, sources (hiring managers: of their jobs). */
  PipelineReportsRead = 'reports:pipeline:read',
  /** Open the queue dashboard at /admin/queues (every organisation's queue jobs: an operator's tool). */
  QueuesDashboard = 'queues:dashboard',
}

export const permissionDescriptions: Record<Permission, string> = {
  [Permission.OrganizationRead]: "Read the organisation's profile and settings",
  [Permission.OrganizationManage]: "Change the organisation's settings",
  [Permission.UsersRead]: 'List the team',
  [Permission.UsersManage]: 'Invite users, change roles, deactivate',
  [Permission.AuditRead]: 'Read the security audit trail',
  [Permission.JobsRead]: 'See jobs and their pipelines (hiring managers: the jobs they manage)',
  [Permission.JobsManage]: 'Create and edit jobs, their stages and status',
  [Permission.CandidatesRead]: 'See candidates (hiring managers: those who applied to their jobs)',
  [Permission.CandidatesManage]: 'Add and edit candidates, upload résumés, merge duplicates',
  [Permission.CandidatesPrivacy]: 'Export or erase everything stored about a candidate (GDPR)',
  [Permission.ApplicationsRead]:
    'See applications, their history and notes (hiring managers: of their jobs; interviewers: those they interview or whose coding challenges they review, without notes)',
  [Permission.ApplicationsManage]: 'Add applications, move them through stages, reject, reopen, write notes',
  [Permission.RejectionReasonsManage]: "Edit the organisation's rejection reasons",
  [Permission.InterviewsRead]: 'See interviews (hiring managers: of their jobs; interviewers: those on their panels)',
  [Permission.InterviewsManage]: 'Schedule, reschedule, cancel and close interviews (hiring managers: of their jobs)',
  [Permission.ChallengesManage]: 'Send coding challenges and extend their deadlines',
  [Permission.RemindersRead]: "See the organisation's reminders and what became of them",
  [Permission.RemindersManage]: 'Send a failed or skipped reminder again',
  [Permission.InterviewerReportRead]:
    'Read the interviewer follow-through report (hiring managers: interviews of their jobs; interviewers: their own row only)',
  [Permission.PipelineReportsRead]:
    'Read the pipeline reports: funnel, time in stage, time to hire, sources (hiring managers: of their jobs)',
  [Permission.QueuesDashboard]: "Open the queue dashboard at /admin/queues: every organisation's queue jobs, with retry and clean actions",
};

export const rolePermissions: Readonly<Record<Role, readonly Permission[]>> = {
  admin: Object.values(Permission),
  recruiter: [
    Permission.OrganizationRead,
    Permission.UsersRead,
    Permission.JobsRead,
    Permission.JobsManage,
    Permission.CandidatesRead,
    Permission.CandidatesManage,
    Permission.ApplicationsRead,
    Permission.ApplicationsManage,
    Permission.RejectionReasonsManage,
    Permission.InterviewsRead,
    Permission.InterviewsManage,
    Permission.ChallengesManage,
    Permission.RemindersRead,
    Permission.RemindersManage,
    Permission.InterviewerReportRead,
    Permission.PipelineReportsRead,
  ],
  hiring_manager: [
    Permission.OrganizationRead,
    Permission.UsersRead,
    Permission.JobsRead,
    Permission.CandidatesRead,
    Permission.ApplicationsRead,
    Permission.ApplicationsManage,
    Permission.InterviewsRead,
    Permission.InterviewsManage,
    Permission.InterviewerReportRead,
    Permission.PipelineReportsRead,
  ],
  // Applications: only those with an interview on the interviewer's panel or a challenge they review, without notes (object-level rule in the applications service).
  // Reports: only their own row of the interviewer report (object-level rule in the reports service); never the pipeline reports.
  interviewer: [Permission.OrganizationRead, Permission.ApplicationsRead, Permission.InterviewsRead, Permission.InterviewerReportRead],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
