import type { RequestContext } from '@hp/auth';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Object-level rule on top of the permission matrix: admins and recruiters see every job of the
 * organisation; a hiring manager sees the jobs they manage, and what hangs off them. Every query
 * over jobs, or over rows that belong to a job, goes through here.
 */
export function restrictToVisibleJobs<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  context: RequestContext,
  jobIdColumn: string,
): SelectQueryBuilder<T> {
  if (seesEveryJob(context)) return query;
  if (context.actor.role === 'hiring_manager') {
    return query.andWhere(
      `${jobIdColumn} IN (SELECT visible_job.id FROM jobs visible_job WHERE visible_job.hiring_manager_id = :visibleJobsManagerId)`,
      {
        visibleJobsManagerId: context.actor.userId,
      },
    );
  }
  // Interviewers reach applications only through the panels they sit on, never through jobs.
  return query.andWhere('false');
}

/** Admins and recruiters: `restrictToVisibleJobs` leaves their queries as they are. */
export function seesEveryJob(context: Pick<RequestContext, 'actor'>): boolean {
  return context.actor.role === 'admin' || context.actor.role === 'recruiter';
}
