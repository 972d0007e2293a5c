import { paginationQueryShape } from '@hp/common';
import { candidateSources } from '@hp/candidates';
import { stageKinds } from '@hp/jobs';
import { z } from 'zod';
import { applicationEventTypes } from '../application-event.entity.js';
import { applicationStatuses } from '../application.entity.js';
import { rejectionReasonTypes } from '../rejection-reason.entity.js';

export const createApplicationSchema = z.strictObject({
  candidateId: z.uuid(),
  jobId: z.uuid(),
  source: z.enum(candidateSources).optional().describe("Defaults to the candidate's source."),
});

export const listApplicationsQuerySchema = z.strictObject({
  jobId: z.uuid().optional(),
  stageId: z.uuid().optional(),
  status: z.enum(applicationStatuses).optional(),
  candidateId: z.uuid().optional(),
  ...paginationQueryShape,
});

export const moveApplicationSchema = z.strictObject({
  toStageId: z.uuid(),
  expectedVersion: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('The version the client saw; a stale one gets 409 with the current version.'),
});

export const rejectApplicationSchema = z.strictObject({
  reasonId: z.uuid().describe('A rejection reason of type we_rejected.'),
  note: z.string().trim().max(5_000).optional(),
  notifyCandidate: z.boolean().optional().describe('Email the candidate a rejection notice (sent after a delay, cancelled if reopened).'),
});

export const withdrawApplicationSchema = z.strictObject({
  reasonId: z.uuid().describe('A rejection reason of type they_withdrew.'),
  note: z.string().trim().max(5_000).optional(),
});

export const reopenApplicationSchema = z.strictObject({ note: z.string().trim().max(5_000).optional() });

export const createNoteSchema = z.strictObject({
  body: z.string().trim().min(1).max(20_000).meta({ example: 'Strong on distributed systems; probe testing habits next.' }),
});

export const createRejectionReasonSchema = z.strictObject({
  type: z.enum(rejectionReasonTypes),
  name: z.string().trim().min(1).max(120).meta({ example: 'Salary expectations too high' }),
});

export const boardQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(25).describe('Cards per stage.'),
  stageId: z.uuid().optional().describe('Only this stage (with `cursor`: its next page).'),
  cursor: z.string().max(512).optional().describe("A stage's `nextCursor`; needs `stageId`."),
});

export const rejectionReasonViewSchema = z.object({ id: z.uuid(), type: z.enum(rejectionReasonTypes), name: z.string() });

const stageRefSchema = z.object({ id: z.uuid(), name: z.string(), kind: z.enum(stageKinds) });

export const applicationViewSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: z.enum(applicationStatuses),
  source: z.enum(candidateSources),
  candidate: z.object({ id: z.uuid(), firstName: z.string(), lastName: z.string(), email: z.string().nullable() }),
  job: z.object({ id: z.uuid(), title: z.string() }),
  stage: stageRefSchema,
  stageEnteredAt: z.iso.datetime(),
  appliedAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
  hiredAt: z.iso.datetime().nullable(),
  rejectionReason: rejectionReasonViewSchema.nullable(),
});

export const applicationEventViewSchema = z.object({
  id: z.uuid(),
  type: z.enum(applicationEventTypes),
  fromStage: stageRefSchema.nullable(),
  toStage: stageRefSchema.nullable(),
  actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  rejectionReason: rejectionReasonViewSchema.nullable(),
  note: z.string().nullable(),
  occurredAt: z.iso.datetime(),
});

export const noteViewSchema = z.object({
  id: z.uuid(),
  body: z.string(),
  author: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
});

export const recommendationCountsSchema = z.object({
  strong_no: z.number().int(),
  no: z.number().int(),
  yes: z.number().int(),
  strong_yes: z.number().int(),
});

/**
 * The summary of an application's scorecards. Declared here, below the scorecards library, because
 * the application detail shows it (see APPLICATION_SCORECARD_SUMMARIES); the scorecards library
 * answers GET /applications/:id/scorecards with this same schema.
 */
export const scorecardSummarySchema = z.object({
  countByRecommendation: recommendationCountsSchema,
  meanScore: z.number().nullable().describe('Mean of every assessed rating (strong_no 1 … strong_yes 4), two decimals; null if none.'),
  submitted: z.number().int(),
  due: z
    .array(
      z.object({
        interviewId: z.uuid().nullable().describe('The interview to score, or null for a challenge.'),
        challengeId: z.uuid().nullable().describe('The coding challenge to score, or null for an interview.'),
        interviewerId: z.uuid().describe('The panel member or reviewer who owes the scorecard.'),
        name: z.string(),
      }),
    )
    .describe('Panel members of interviews not cancelled, and reviewers of submitted challenges, who have not submitted their scorecard.'),
});

export const applicationDetailSchema = applicationViewSchema.extend({
  history: z.array(applicationEventViewSchema),
  notes: z.array(noteViewSchema),
  submittedForm: z.record(z.string(), z.unknown()).nullable(),
  scorecardSummary: scorecardSummarySchema
    .nullable()
    .describe(
      "The summary of the application's scorecards; null for a panel member or challenge reviewer who has not submitted their own (blind scoring).",
    ),
});

export const boardCardSchema = z.object({
  applicationId: z.uuid(),
  version: z.number().int(),
  candidate: z.object({ id: z.uuid(), name: z.string() }),
  daysInStage: z.number().int(),
  tags: z.array(z.string()),
  scoreSummary: z
    .object({
      count: z.number().int().describe('Scorecards submitted.'),
      meanScore: z.number().nullable().describe('Mean of every assessed rating (strong_no 1 … strong_yes 4), two decimals; null if none.'),
      recommendations: z.object({ strong_no: z.number().int(), no: z.number().int(), yes: z.number().int(), strong_yes: z.number().int() }),
    })
    .nullable()
    .describe('Null until a scorecard is submitted.'),
});

export type BoardCardScoreSummary = NonNullable<z.infer<typeof boardCardSchema>['scoreSummary']>;

export const boardSchema = z.object({
  job: z.object({ id: z.uuid(), title: z.string(), status: z.string() }),
  stages: z.array(
    stageRefSchema.extend({
      position: z.number().int(),
      slaDays: z.number().int().nullable(),
      activeCount: z.number().int(),
      cards: z.array(boardCardSchema),
      nextCursor: z.string().nullable(),
    }),
  ),
});

export const mergeCandidatesSchema = z.strictObject({ primaryId: z.uuid(), duplicateId: z.uuid() });

export type CreateApplicationInput = z.infer<typeof createApplicationSchema>;
export type ListApplicationsQuery = z.infer<typeof listApplicationsQuerySchema>;
export type MoveApplicationInput = z.infer<typeof moveApplicationSchema>;
export type RejectApplicationInput = z.infer<typeof rejectApplicationSchema>;
export type WithdrawApplicationInput = z.infer<typeof withdrawApplicationSchema>;
export type BoardQuery = z.infer<typeof boardQuerySchema>;
export type ApplicationView = z.infer<typeof applicationViewSchema>;
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>;
export type ScorecardSummary = z.infer<typeof scorecardSummarySchema>;
export type ApplicationEventView = z.infer<typeof applicationEventViewSchema>;
export type NoteView = z.infer<typeof noteViewSchema>;
export type RejectionReasonView = z.infer<typeof rejectionReasonViewSchema>;
export type Board = z.infer<typeof boardSchema>;
