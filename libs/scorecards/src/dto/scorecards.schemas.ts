import { scorecardSummarySchema } from '@hp/applications';
import { z } from 'zod';
import { ratingValues, recommendations } from '../scale.js';

const ratingSchema = z.strictObject({
  attribute: z.string().trim().min(1).max(200).describe('One of the scorecard attributes of the stage of the interview (or challenge).'),
  rating: z.enum(ratingValues).describe('`no_decision` when the attribute was not assessed (left out of means).'),
  note: z.string().trim().max(5_000).optional(),
});

export const submitScorecardSchema = z.strictObject({
  ratings: z
    .array(ratingSchema)
    .max(100)
    .describe('Each attribute of the stage of the interview (or challenge) at most once.')
    .meta({ example: [{ attribute: 'Communication', rating: 'yes', note: 'Explained trade-offs clearly.' }] }),
  recommendation: z.enum(recommendations),
  notes: z.string().trim().max(20_000).optional(),
});

export const scorecardViewSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  interviewId: z.uuid().nullable(),
  challengeId: z.uuid().nullable(),
  author: z.object({ id: z.uuid(), name: z.string() }),
  ratings: z.array(z.object({ attribute: z.string(), rating: z.enum(ratingValues), note: z.string().optional() })),
  recommendation: z.enum(recommendations),
  notes: z.string().nullable(),
  submittedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const applicationScorecardsSchema = z.object({
  blind: z
    .boolean()
    .describe(
      'True for a panel member or challenge reviewer who has not submitted their own scorecard yet: they see nothing else until they do.',
    ),
  scorecards: z.array(scorecardViewSchema),
  summary: scorecardSummarySchema.nullable(),
});

export type SubmitScorecardInput = z.infer<typeof submitScorecardSchema>;
export type ScorecardView = z.infer<typeof scorecardViewSchema>;
export type ApplicationScorecards = z.infer<typeof applicationScorecardsSchema>;
