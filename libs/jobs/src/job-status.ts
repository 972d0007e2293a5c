import type { JobStatus } from './job.entity.js';

/** Which status a job may move to from each status; anything else is a 409 naming these. */
export const allowedJobTransitions: Readonly<Record<JobStatus, readonly JobStatus[]>> = {
  draft: ['open', 'closed'],
  open: ['on_hold', 'closed'],
  on_hold: ['open', 'closed'],
  closed: ['open'],
};

export const canTransition = (from: JobStatus, to: JobStatus) => allowedJobTransitions[from].includes(to);
