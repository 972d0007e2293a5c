import { z } from 'zod';

const minutes = (max: number) => z.number().int().min(1).max(max);

/**
 * An organisation's reminder policy. Every field has a default, so `{}` (an organisation that
 * never changed it) parses to the full default policy; a PATCH names only what it changes.
 */
export const reminderPolicySchema = z.object({
  interviewUpcoming: z
    .object({
      enabled: z.boolean().default(true),
      offsetsMinutes: z
        .array(minutes(20_160))
        .max(5)
        .refine((offsets) => new Set(offsets).size === offsets.length, 'must not repeat an offset')
        .default([1440, 60])
        .describe('How long before the interview starts each reminder goes out.'),
    })
    .prefault({}),
  scorecardDue: z
    .object({
      enabled: z.boolean().default(true),
      firstAfterMinutes: minutes(20_160).default(120).describe("After the interview's end."),
      repeatEveryMinutes: minutes(20_160).default(1440),
      maxReminders: z.number().int().min(1).max(10).default(3),
    })
    .prefault({}),
  stageStale: z
    .object({
      enabled: z.boolean().default(true),
      defaultSlaDays: z.number().int().min(1).max(365).default(5).describe('For stages without their own SLA.'),
      digestHour: z.number().int().min(0).max(23).default(9).describe("Hour of the daily digest, in the recipient's timezone."),
    })
    .prefault({}),
  challengeDue: z
    .object({
      enabled: z.boolean().default(true),
      beforeMinutes: minutes(20_160).default(1440),
    })
    .prefault({}),
  candidateNotifications: z
    .object({
      applicationReceived: z.boolean().default(true).describe('Confirm an application made on the career page.'),
      rejectionNoticeDelayMinutes: z
        .number()
        .int()
        .min(0)
        .max(20_160)
        .default(120)
        .describe('Delay before a rejection notice goes out; reopening the application meanwhile cancels it.'),
    })
    .prefault({}),
});

export type ReminderPolicy = z.output<typeof reminderPolicySchema>;

/** The stored policy (possibly partial, possibly from an older version) with defaults filled in. */
export function readReminderPolicy(stored: unknown): ReminderPolicy {
  const parsed = reminderPolicySchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : reminderPolicySchema.parse({});
}

type SectionName = keyof ReminderPolicy;
export type ReminderPolicyPatch = { [Section in SectionName]?: Partial<ReminderPolicy[Section]> };

/**
 * What a PATCH may send: any subset of sections and fields, nothing unknown. Derived from the
 * policy schema (same rules, defaults removed), so a rule is written once.
 */
export const reminderPolicyPatchSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(reminderPolicySchema.shape).map(([section, schema]) => {
      const fields = Object.entries(schema.unwrap().shape).map(([field, rule]) => [
        field,
        (rule as z.ZodDefault<z.ZodType>).unwrap().optional(),
      ]);
      return [section, z.strictObject(Object.fromEntries(fields)).optional()];
    }),
  ),
) as unknown as z.ZodType<ReminderPolicyPatch>;

export function applyReminderPolicyPatch(current: ReminderPolicy, patch: ReminderPolicyPatch): ReminderPolicy {
  const next = structuredClone(current) as Record<string, Record<string, unknown>>;
  for (const [section, fields] of Object.entries(patch)) {
    if (fields) next[section] = { ...next[section], ...fields };
  }
  return reminderPolicySchema.parse(next);
}

/**
 * The reminder kinds a user can turn off for themselves (`/me/notification-preferences`).
 * Security emails (invitations, password resets) are not among them.
 */
export const userNotificationKinds = ['interviewUpcoming', 'scorecardDue', 'stageStale', 'challengeExpired'] as const;
export type UserNotificationKind = (typeof userNotificationKinds)[number];

export const notificationPreferencesSchema = z.object(
  Object.fromEntries(userNotificationKinds.map((kind) => [kind, z.boolean()])) as Record<UserNotificationKind, z.ZodBoolean>,
);
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** Stored as the kinds turned off (`{"stageStale": false}`); everything else is on. */
export function readNotificationPreferences(stored: unknown): NotificationPreferences {
  const off = (stored ?? {}) as Record<string, unknown>;
  return Object.fromEntries(userNotificationKinds.map((kind) => [kind, off[kind] !== false])) as NotificationPreferences;
}
