import { paginationQueryShape } from '@hp/common';
import { z } from 'zod';
import { employmentTypes, jobStatuses } from '../job.entity.js';
import { stageKinds } from '../stage.entity.js';

const scorecardAttributes = z
  .array(z.string().trim().min(1).max(80))
  .max(20)
  .meta({ example: ['Problem solving', 'Communication'] });

export const stageInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(80).meta({ example: 'Technical interview' }),
  kind: z.enum(stageKinds).meta({ example: 'technical_interview' }),
  slaDays: z.number().int().min(1).max(365).nullable().optional(),
  scorecardAttributes: scorecardAttributes.optional(),
});

const jobFields = {
  title: z.string().trim().min(1).max(200).meta({ example: 'Senior Backend Engineer' }),
  department: z.string().trim().max(120).nullable().optional().meta({ example: 'Engineering' }),
  location: z.string().trim().max(120).nullable().optional().meta({ example: 'Berlin or remote' }),
  employmentType: z.enum(employmentTypes).nullable().optional(),
  description: z.string().max(50_000).nullable().optional(),
  hiringManagerId: z.uuid().nullable().optional().describe('An active user of the organisation.'),
  recruiterIds: z.array(z.uuid()).max(20).optional().describe('Active admins or recruiters of the organisation.'),
  openings: z.number().int().min(1).max(1_000).optional(),
};

export const createJobSchema = z.strictObject({
  ...jobFields,
  stages: z
    .array(stageInputSchema)
    .min(2)
    .max(30)
    .optional()
    .describe(
      'The pipeline; exactly one "applied" stage first and one "hired" stage last. Default: Applied → Screening → Technical interview → Coding challenge → Offer → Hired.',
    ),
});

export const updateJobSchema = z.strictObject({
  title: jobFields.title.optional(),
  department: jobFields.department,
  location: jobFields.location,
  employmentType: jobFields.employmentType,
  description: jobFields.description,
  hiringManagerId: jobFields.hiringManagerId,
  recruiterIds: jobFields.recruiterIds,
  openings: jobFields.openings,
  status: z.enum(jobStatuses).optional().describe('draft→open|closed, open→on_hold|closed, on_hold→open|closed, closed→open.'),
});

export const listJobsQuerySchema = z.strictObject({
  status: z.enum(jobStatuses).optional(),
  department: z.string().max(120).optional(),
  q: z.string().trim().min(1).max(200).optional().describe('Words of the title.'),
  ...paginationQueryShape,
});

export const createStageSchema = z.strictObject({
  ...stageInputSchema.shape,
  position: z.number().int().min(1).max(29).optional().describe('Where to insert (0 is "applied"); default: just before "hired".'),
});

export const updateStageSchema = z.strictObject({
  name: stageInputSchema.shape.name.optional(),
  kind: z.enum(stageKinds).optional(),
  slaDays: stageInputSchema.shape.slaDays,
  scorecardAttributes: scorecardAttributes.optional(),
});

export const reorderStagesSchema = z.strictObject({
  stageIds: z.array(z.uuid()).min(2).max(30).describe('Every stage of the job, in the new order.'),
});

export const stageViewSchema = z.object({
  id: z.uuid(),
  jobId: z.uuid(),
  name: z.string(),
  kind: z.enum(stageKinds),
  position: z.number().int(),
  slaDays: z.number().int().nullable(),
  scorecardAttributes: z.array(z.string()),
});

export const jobViewSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  department: z.string().nullable(),
  location: z.string().nullable(),
  employmentType: z.enum(employmentTypes).nullable(),
  description: z.string().nullable(),
  status: z.enum(jobStatuses),
  hiringManagerId: z.uuid().nullable(),
  recruiterIds: z.array(z.uuid()),
  openings: z.number().int(),
  openedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const jobDetailSchema = jobViewSchema.extend({ stages: z.array(stageViewSchema) });

export type CreateJobInput = z.infer<typeof createJobSchema>;
export type UpdateJobInput = z.infer<typeof updateJobSchema>;
export type ListJobsQuery = z.infer<typeof listJobsQuerySchema>;
export type CreateStageInput = z.infer<typeof createStageSchema>;
export type UpdateStageInput = z.infer<typeof updateStageSchema>;
export type StageView = z.infer<typeof stageViewSchema>;
export type JobView = z.infer<typeof jobViewSchema>;
export type JobDetail = z.infer<typeof jobDetailSchema>;
