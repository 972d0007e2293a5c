import type { RequestContext } from '@hp/auth';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Object-level rule on top of the permission matrix: admins and recruiters see every candidate of
 * the organisation; a hiring manager sees those with an application to a job they manage (the
 * rule of `restrictToVisibleJobs` in @hp/jobs, applied through the candidate's applications).
 * Erased candidates are gone from the API for everyone.
 *
 * The applications table is read by SQL: @hp/applications imports this library, so importing it
 * back would be a cycle. A read of its rows in the query is the accepted way across that line.
 */
export function restrictToVisibleCandidates<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  context: RequestContext,
  alias: string,
): SelectQueryBuilder<T> {
  query.andWhere(`${alias}.erased_at IS NULL`);
  if (context.actor.role === 'admin' || context.actor.role === 'recruiter') return query;
  if (context.actor.role === 'hiring_manager') {
    return query.andWhere(
      `EXISTS (SELECT 1 FROM applications visible_application JOIN jobs visible_job ON visible_job.id = visible_application.job_id
               WHERE visible_application.candidate_id = ${alias}.id AND visible_job.hiring_manager_id = :visibleCandidatesManagerId)`,
      { visibleCandidatesManagerId: context.actor.userId },
    );
  }
  // Interviewers meet candidates only through the panels they sit on, never through this library.
  return query.andWhere('false');
}
