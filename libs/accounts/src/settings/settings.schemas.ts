import { z } from 'zod';
import { timezoneSchema } from '../dto/accounts.schemas.js';
import { notificationPreferencesSchema, reminderPolicyPatchSchema, reminderPolicySchema } from './reminder-policy.js';

const retentionMonths = z
  .number()
  .int()
  .min(1)
  .max(120)
  .nullable()
  .describe('Erase candidates with no active application and no activity for this many months; null keeps them.');

export const organizationSettingsSchema = z.object({
  timezone: z.string().describe("The organisation's IANA timezone (users without their own, candidates' emails)."),
  reminderPolicy: reminderPolicySchema,
  retentionMonths,
});
export type OrganizationSettings = z.infer<typeof organizationSettingsSchema>;

export const updateOrganizationSettingsSchema = z.strictObject({
  timezone: timezoneSchema.optional(),
  reminderPolicy: reminderPolicyPatchSchema.optional(),
  retentionMonths: retentionMonths.optional(),
});
export type UpdateOrganizationSettingsInput = z.infer<typeof updateOrganizationSettingsSchema>;

export const updateNotificationPreferencesSchema = notificationPreferencesSchema.partial().strict();
export type UpdateNotificationPreferencesInput = z.infer<typeof updateNotificationPreferencesSchema>;
