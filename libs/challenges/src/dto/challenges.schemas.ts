import { z } from 'zod';

export const challengeStatuses = ['sent', 'submitted', 'expired'] as const;
export type ChallengeStatus = (typeof challengeStatuses)[number];

/** RFC 3339 with an offset or Z, and later than now (checked when the request is read). */
const futureDateTime = () =>
  z.iso
    .datetime({ offset: true, abort: true })
    .refine((value) => Date.parse(value) > Date.now(), 'must be in the future')
    .meta({ example: '2030-01-15T09:30:00.000Z' });

export const createChallengeSchema = z.strictObject({
  title: z.string().trim().min(1).max(200).meta({ example: 'Build a rate limiter' }),
  instructions: z.string().trim().min(1).max(20_000).meta({ example: 'Implement a token bucket in the language of your choice.' }),
  dueAt: futureDateTime(),
  reviewerIds: z.array(z.uuid()).min(1).max(10),
});

export const updateChallengeSchema = z.strictObject({ dueAt: futureDateTime() });

const userRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const challengeViewSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  stage: z.object({
    id: z.uuid(),
    name: z.string(),
    scorecardAttributes: z.array(z.string()).describe("What the reviewers rate on this stage's scorecard."),
  }),
  title: z.string(),
  instructions: z.string(),
  dueAt: z.iso.datetime(),
  status: z.enum(challengeStatuses),
  submittedAt: z.iso.datetime().nullable(),
  repositoryUrl: z.string().nullable(),
  submissionNotes: z.string().nullable(),
  reviewers: z.array(userRefSchema),
  createdBy: userRefSchema.nullable(),
  createdAt: z.iso.datetime(),
});

export const createdChallengeSchema = z.object({
  challenge: challengeViewSchema,
  submissionUrl: z.url().describe('The link the candidate was emailed; single-use, shown once so a recruiter can resend it by hand.'),
});

export const publicChallengeSchema = z.object({
  title: z.string(),
  instructions: z.string(),
  dueAt: z.iso.datetime(),
  status: z.enum(challengeStatuses),
  organizationName: z.string(),
  jobTitle: z.string(),
});

export const challengeSubmissionSchema = z
  .strictObject({
    repositoryUrl: z
      .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
      .max(2_000)
      .optional()
      .meta({ example: 'https://github.com/ada/rate-limiter' }),
    notes: z.string().trim().min(1).max(10_000).optional(),
  })
  .refine((body) => body.repositoryUrl !== undefined || body.notes !== undefined, {
    message: 'give a repositoryUrl, notes, or both',
    path: ['repositoryUrl'],
  });

export const submissionReceivedSchema = z.object({ status: z.literal('submitted'), submittedAt: z.iso.datetime() });

/** Any string: a malformed token is answered 404, like an unknown one. */
export const challengeTokenParam = z.string();

export type CreateChallengeInput = z.infer<typeof createChallengeSchema>;
export type UpdateChallengeInput = z.infer<typeof updateChallengeSchema>;
export type ChallengeView = z.infer<typeof challengeViewSchema>;
export type CreatedChallenge = z.infer<typeof createdChallengeSchema>;
export type PublicChallenge = z.infer<typeof publicChallengeSchema>;
export type ChallengeSubmissionInput = z.infer<typeof challengeSubmissionSchema>;
export type SubmissionReceived = z.infer<typeof submissionReceivedSchema>;
