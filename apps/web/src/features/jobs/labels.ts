import type { ResponseOf } from '../../api/types';

export type Job = ResponseOf<'/api/v1/jobs/{id}', 'get'>;
export type JobStatus = Job['status'];
export type EmploymentType = NonNullable<Job['employmentType']>;
export type Stage = Job['stages'][number];
export type StageKind = Stage['kind'];

export const jobStatusLabels: Record<JobStatus, string> = { draft: 'Draft', open: 'Open', on_hold: 'On hold', closed: 'Closed' };

export const jobStatusBadges: Record<JobStatus, string> = {
  draft: 'badge',
  open: 'badge badge-success',
  on_hold: 'badge badge-warning',
  closed: 'badge badge-danger',
};

/** The server's rule (libs/jobs job-status), so the form offers only what it will accept. */
export const allowedJobTransitions: Record<JobStatus, JobStatus[]> = {
  draft: ['open', 'closed'],
  open: ['on_hold', 'closed'],
  on_hold: ['open', 'closed'],
  closed: ['open'],
};

export const employmentTypeLabels: Record<EmploymentType, string> = {
  full_time: 'Full time',
  part_time: 'Part time',
  contract: 'Contract',
  temporary: 'Temporary',
  internship: 'Internship',
};

export const stageKindLabels: Record<StageKind, string> = {
  applied: 'Applied',
  screening: 'Screening',
  technical_interview: 'Technical interview',
  coding_challenge: 'Coding challenge',
  onsite: 'Onsite',
  offer: 'Offer',
  hired: 'Hired',
  custom: 'Custom',
};

/** Kinds a stage between "applied" and "hired" may take. */
export const middleStageKinds = (Object.keys(stageKindLabels) as StageKind[]).filter((kind) => kind !== 'applied' && kind !== 'hired');
