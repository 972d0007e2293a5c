import { paginationQueryShape } from '@hp/common';
import { z } from 'zod';
import { isTimezone } from '../interview-calendar.js';
import { interviewStatuses } from '../interview.entity.js';

const startsAt = z.iso
  .datetime({ offset: true, message: 'must be an RFC 3339 date-time with an offset, e.g. 2026-01-05T15:00:00+01:00' })
  .describe('RFC 3339 date-time with its offset (`Z` or `±hh:mm`).')
  .meta({ example: '2026-01-05T15:00:00+01:00' });
const durationMinutes = z
  .number()
  .int()
  .min(5)
  .max(24 * 60)
  .describe('Length of the interview in minutes (5–1440).');
const timezone = z
  .string()
  .refine(isTimezone, { message: 'must be an IANA timezone name, e.g. Europe/Paris' })
  .describe('IANA timezone the interview is worded in for the candidate.')
  .meta({ example: 'Europe/Paris' });
const title = z.string().trim().min(1).max(200);
const location = z.string().trim().max(500).nullable().optional();
const meetingUrl = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
  .max(2_000)
  .nullable()
  .optional();
const interviewerIds = z
  .array(z.uuid())
  .min(1)
  .max(20)
  .superRefine((ids, context) => {
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) context.addIssue({ code: 'custom', path: [index], message: 'is listed twice' });
    });
  })
  .describe('The panel: 1–20 active users of the organisation.');

export const createInterviewSchema = z.strictObject({
  applicationId: z.uuid(),
  stageId: z.uuid().optional().describe("Defaults to the application's current stage; must be a stage of its job."),
  title,
  startsAt,
  durationMinutes,
  timezone,
  location,
  meetingUrl,
  interviewerIds,
});

export const updateInterviewSchema = z.strictObject({
  title: title.optional(),
  startsAt: startsAt.optional(),
  durationMinutes: durationMinutes.optional(),
  timezone: timezone.optional(),
  location,
  meetingUrl,
  interviewerIds: interviewerIds.optional(),
});

export const cancelInterviewSchema = z.strictObject({ reason: z.string().trim().max(2_000).optional() });

export const listInterviewsQuerySchema = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional().describe('Interviews ending after this instant.'),
  to: z.iso.datetime({ offset: true }).optional().describe('Interviews starting before this instant.'),
  interviewerId: z.uuid().optional(),
  applicationId: z.uuid().optional(),
  status: z.enum(interviewStatuses).optional(),
  ...paginationQueryShape,
});

export const myInterviewsQuerySchema = z.strictObject({ ...paginationQueryShape });

const person = z.object({ id: z.string(), name: z.string() });

export const interviewViewSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  candidate: z.object({ id: z.uuid(), name: z.string() }),
  job: z.object({ id: z.uuid(), title: z.string() }),
  stage: z.object({
    id: z.uuid(),
    name: z.string(),
    scorecardAttributes: z.array(z.string()).describe("What the panel rates on this stage's scorecard."),
  }),
  title: z.string(),
  status: z.enum(interviewStatuses),
  startsAt: z.string().describe('UTC, ISO 8601.'),
  endsAt: z.string().describe('UTC, ISO 8601.'),
  durationMinutes: z.number().int(),
  timezone: z.string(),
  location: z.string().nullable(),
  meetingUrl: z.string().nullable(),
  sequence: z.number().int(),
  cancelReason: z.string().nullable(),
  panel: z.array(person),
  awaitingFeedback: z
    .boolean()
    .describe(
      'True once the interview has ended (and was not cancelled or a no-show) while some panel member has not submitted a scorecard.',
    ),
  scorecardsDue: z
    .array(z.object({ interviewerId: z.uuid(), name: z.string() }))
    .describe('Panel members who have not submitted their scorecard (none for a cancelled or no-show interview).'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const interviewWarningSchema = z.object({
  code: z.literal('INTERVIEWER_DOUBLE_BOOKED'),
  interviewerId: z.uuid(),
  conflictingInterviewId: z.uuid(),
});

export const interviewChangeResultSchema = interviewViewSchema.extend({
  warnings: z.array(interviewWarningSchema).describe('Panel members with another scheduled interview at that time (not a refusal).'),
});

export type CreateInterviewInput = z.infer<typeof createInterviewSchema>;
export type UpdateInterviewInput = z.infer<typeof updateInterviewSchema>;
export type CancelInterviewInput = z.infer<typeof cancelInterviewSchema>;
export type ListInterviewsQuery = z.infer<typeof listInterviewsQuerySchema>;
export type MyInterviewsQuery = z.infer<typeof myInterviewsQuerySchema>;
export type InterviewView = z.infer<typeof interviewViewSchema>;
export type InterviewWarning = z.infer<typeof interviewWarningSchema>;
export type InterviewChangeResult = z.infer<typeof interviewChangeResultSchema>;
