import { mailDeliveryStatuses } from '@hp/mail';
import { paginationQueryShape } from '@hp/common';
import { z } from 'zod';
import { reminderKinds, reminderStatuses } from '../reminder-kinds.js';

export const listRemindersQuerySchema = z.strictObject({
  status: z.enum(reminderStatuses).optional(),
  kind: z.enum(reminderKinds).optional(),
  applicationId: z.uuid().optional(),
  interviewId: z.uuid().optional(),
  ...paginationQueryShape,
});
export type ListRemindersQuery = z.infer<typeof listRemindersQuerySchema>;

export const reminderViewSchema = z.object({
  id: z.uuid(),
  kind: z.enum(reminderKinds),
  status: z.enum(reminderStatuses),
  statusReason: z.string().nullable().describe('Why it was skipped, cancelled or failed.'),
  dueAt: z.iso.datetime(),
  recipient: z.object({
    type: z.enum(['user', 'candidate']),
    id: z.uuid(),
    name: z.string(),
  }),
  applicationId: z.uuid().nullable(),
  interviewId: z.uuid().nullable(),
  challengeId: z.uuid().nullable(),
  details: z.record(z.string(), z.unknown()),
  sendCount: z.number().int().describe('How many times it was retried.'),
  mailDelivery: z
    .object({
      id: z.uuid(),
      status: z.enum(mailDeliveryStatuses),
      attempts: z.number().int(),
      sentAt: z.iso.datetime().nullable(),
      lastError: z.string().nullable(),
    })
    .nullable(),
  processedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type ReminderView = z.infer<typeof reminderViewSchema>;
