import { Permission, roles } from '@hp/auth';
import { paginationQueryShape } from '@hp/common';
import { z } from 'zod';
import { userStatuses } from '../entities/user.entity.js';

export function isTimezone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

export const timezoneSchema = z
  .string()
  .max(64)
  .refine(isTimezone, 'must be an IANA timezone such as Europe/Paris')
  .meta({ example: 'Europe/Paris' });
const email = z.email('must be an email address').max(254).meta({ example: 'ada@example.com' });
const newPassword = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(128, 'must be at most 128 characters')
  .meta({ example: 'correct horse battery' });
const opaqueToken = z.string().min(1).max(200).meta({ example: 'q8Jc2m0Yp1d9s3u4v5w6x7y8z9A0B1C2D3E4F5G6H7I' });
const personName = z.string().trim().min(1).max(120).meta({ example: 'Ada Lovelace' });

export const signupSchema = z.strictObject({
  organizationName: z.string().trim().min(2).max(120).meta({ example: 'Acme Robotics' }),
  name: personName,
  email,
  password: newPassword,
});

export const loginSchema = z.strictObject({
  email,
  password: z.string().min(1).max(128).meta({ example: 'correct horse battery' }),
  organizationSlug: z.string().max(64).optional().describe('Needed only when the email belongs to users of several organisations.'),
});

/** The token may instead come as the session cookie (browsers; see session-cookie.ts). */
export const refreshSchema = z.strictObject({ refreshToken: opaqueToken.optional() });

export const updateMeSchema = z.strictObject({ name: personName.optional(), timezone: timezoneSchema.nullable().optional() });

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(128).meta({ example: 'correct horse battery' }),
  newPassword,
});

export const passwordResetSchema = z.strictObject({ email, organizationSlug: z.string().max(64).optional() });

export const passwordResetConfirmSchema = z.strictObject({ token: opaqueToken, newPassword });

export const invitationSchema = z.strictObject({ email, name: personName, role: z.enum(roles) });

export const acceptInvitationSchema = z.strictObject({ token: opaqueToken, password: newPassword });

export const updateUserSchema = z.strictObject({
  role: z.enum(roles).optional(),
  name: personName.optional(),
  active: z.boolean().optional().describe('false deactivates the user (their sessions end); true reactivates.'),
});

export const listUsersQuerySchema = z.strictObject({
  role: z.enum(roles).optional(),
  status: z.enum(userStatuses).optional(),
  ...paginationQueryShape,
});

export const userViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  status: z.enum(userStatuses),
  timezone: z.string().nullable().describe("The user's own timezone; null means the organisation's."),
  lastLoginAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});

export const organizationViewSchema = z.object({ id: z.uuid(), name: z.string(), slug: z.string(), timezone: z.string() });

export const sessionTokensSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string().optional().describe('Absent when the request asked for the refresh token as a cookie.'),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int().describe('Seconds until the access token expires.'),
  user: userViewSchema,
  organization: organizationViewSchema,
});

export const meSchema = z.object({
  user: userViewSchema,
  organization: organizationViewSchema,
  effectiveTimezone: z.string(),
  permissions: z
    .array(z.enum(Permission))
    .describe("What the user's role may do (docs/permissions.md): clients show only what is allowed."),
});

export const invitationViewSchema = z.object({
  user: userViewSchema,
  invitationUrl: z.url().describe('The link the invitation email carries, to share by hand if needed.'),
  expiresAt: z.iso.datetime(),
});

export type SignupInput = z.infer<typeof signupSchema>;
export type LoginInput = z.infer<typeof loginSchema>;
export type UpdateMeInput = z.infer<typeof updateMeSchema>;
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
export type PasswordResetInput = z.infer<typeof passwordResetSchema>;
export type PasswordResetConfirmInput = z.infer<typeof passwordResetConfirmSchema>;
export type InvitationInput = z.infer<typeof invitationSchema>;
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;
export type UserView = z.infer<typeof userViewSchema>;
export type OrganizationView = z.infer<typeof organizationViewSchema>;
export type SessionTokens = z.infer<typeof sessionTokensSchema>;
