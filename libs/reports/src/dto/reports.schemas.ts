import { stageKinds } from '@hp/jobs';
import { z } from 'zod';

export const reportFormats = ['json', 'csv'] as const;
export type ReportFormat = (typeof reportFormats)[number];

const instant = (filters: string) =>
  z.iso
    .datetime({ offset: true, message: 'must be an ISO 8601 date-time with an offset, e.g. 2026-01-01T00:00:00Z' })
    .optional()
    .describe(filters);

const format = z.enum(reportFormats).optional().describe('`csv` answers text/csv (as does `Accept: text/csv`); the default is JSON.');

const jobId = z.uuid({ message: 'must be a UUID' }).optional();

/** `to` is exclusive and must come after `from`; the error names `to`. */
function windowed<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape).superRefine((value, context) => {
    const { from, to } = value as { from?: string; to?: string };
    if (from && to && Date.parse(to) <= Date.parse(from)) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'must be after `from`' });
    }
  });
}

const applicationsWindow = {
  from: instant('Applications applied at or after this instant.'),
  to: instant('Applications applied before this instant (exclusive).'),
};

export const funnelQuerySchema = windowed({
  jobId: jobId.describe("One job's stages; without it, the figures by stage kind across the jobs you can see (custom stages left out)."),
  ...applicationsWindow,
  format,
});
export type FunnelQuery = z.infer<typeof funnelQuerySchema>;

export const timeInStageQuerySchema = windowed({
  jobId: jobId.describe("One job's stages; without it, by stage kind across the jobs you can see (custom stages left out)."),
  ...applicationsWindow,
  format,
});
export type TimeInStageQuery = z.infer<typeof timeInStageQuerySchema>;

export const timeToHireQuerySchema = windowed({
  from: instant('Hires made at or after this instant.'),
  to: instant('Hires made before this instant (exclusive).'),
  department: z.string().trim().min(1).max(200).optional().describe("Only jobs of this department (the job's `department`, exactly)."),
  format,
});
export type TimeToHireQuery = z.infer<typeof timeToHireQuerySchema>;

export const sourcesQuerySchema = windowed({
  ...applicationsWindow,
  jobId: jobId.describe('Only applications to this job.'),
  format,
});
export type SourcesQuery = z.infer<typeof sourcesQuerySchema>;

export const interviewersQuerySchema = windowed({
  from: instant('Interviews ending at or after this instant.'),
  to: instant('Interviews ending before this instant (exclusive).'),
  format,
});
export type InterviewersQuery = z.infer<typeof interviewersQuerySchema>;

const count = z.number().int().min(0);
const rate = z.number().min(0).max(1).nullable().describe('A fraction between 0 and 1, to 4 decimals; null when nothing to divide by.');
const days = z.number().nullable().describe('Days, to 2 decimals; null without data.');

const filtersOf = <Schema extends z.ZodType>(schema: Schema) =>
  schema.describe('The filters the figures were computed with, as given (absent ones are null).');

const stageIdentity = {
  stageId: z.uuid().nullable().describe('Null in the figures by stage kind (without `jobId`).'),
  stageName: z.string().nullable(),
  position: z.number().int().nullable(),
  kind: z.enum(stageKinds),
};

export const funnelReportSchema = z.object({
  filters: filtersOf(z.object({ jobId: z.uuid().nullable(), from: z.string().nullable(), to: z.string().nullable() })),
  rows: z.array(
    z.object({
      ...stageIdentity,
      reached: count.describe('Applications that were ever in this stage or in a later one (by the positions the stages have now).'),
      current: count.describe('Applications in this stage now, not rejected or withdrawn.'),
      rejected: count.describe('Applications rejected in this stage and still rejected.'),
      withdrawn: count.describe('Applications withdrawn in this stage and still withdrawn.'),
      conversionRate: rate.describe('`reached` of the next row ÷ `reached` of this one; null on the last row.'),
    }),
  ),
});
export type FunnelReport = z.infer<typeof funnelReportSchema>;

export const timeInStageReportSchema = z.object({
  filters: filtersOf(z.object({ jobId: z.uuid().nullable(), from: z.string().nullable(), to: z.string().nullable() })),
  rows: z.array(
    z.object({
      ...stageIdentity,
      applications: count.describe('Applications that spent time in this stage.'),
      medianDays: days,
      p90Days: days,
    }),
  ),
});
export type TimeInStageReport = z.infer<typeof timeInStageReportSchema>;

const timeToHireFigures = {
  hires: count,
  medianDaysToHire: days.describe('From application to hire, median.'),
  p90DaysToHire: days.describe('From application to hire, 90th percentile.'),
};

export const timeToHireReportSchema = z.object({
  filters: filtersOf(z.object({ from: z.string().nullable(), to: z.string().nullable(), department: z.string().nullable() })),
  rows: z.array(
    z.object({
      jobId: z.uuid(),
      jobTitle: z.string(),
      department: z.string().nullable(),
      ...timeToHireFigures,
      openedAt: z.iso.datetime().nullable(),
      firstHiredAt: z.iso.datetime().describe("The job's first hire ever (possibly before the window)."),
      daysToFirstHire: days.describe("From the job's opening to its first hire."),
    }),
  ),
  overall: z.object({
    ...timeToHireFigures,
    jobsWithFirstHire: count.describe('Jobs listed whose first hire falls in the window.'),
    medianDaysToFirstHire: days.describe("Over those jobs: from the job's opening to its first hire, median."),
    p90DaysToFirstHire: days.describe('Over those jobs, 90th percentile.'),
  }),
});
export type TimeToHireReport = z.infer<typeof timeToHireReportSchema>;

export const sourcesReportSchema = z.object({
  filters: filtersOf(z.object({ from: z.string().nullable(), to: z.string().nullable(), jobId: z.uuid().nullable() })),
  rows: z.array(
    z.object({
      source: z.string(),
      applications: count,
      passedScreening: count.describe('Reached a stage after the `screening` stage (after `applied` where the job has none).'),
      offers: count.describe("Reached the job's `offer` stage."),
      hires: count,
      hireRate: rate.describe('hires ÷ applications.'),
    }),
  ),
});
export type SourcesReport = z.infer<typeof sourcesReportSchema>;

export const interviewersReportSchema = z.object({
  filters: filtersOf(z.object({ from: z.string().nullable(), to: z.string().nullable() })),
  rows: z.array(
    z.object({
      interviewerId: z.uuid(),
      interviewerName: z.string(),
      interviews: count.describe('Interviews on their panel that took place (completed, or scheduled and over), not cancelled or no-show.'),
      onTime: count.describe("Scorecards submitted within 24 hours of the interview's end."),
      late: count.describe('Scorecards submitted later than that.'),
      missing: count.describe('No scorecard yet.'),
      medianHoursToSubmit: z.number().nullable().describe("From the interview's end to the scorecard, median, in hours to 2 decimals."),
    }),
  ),
});
export type InterviewersReport = z.infer<typeof interviewersReportSchema>;
