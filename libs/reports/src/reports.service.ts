import type { RequestContext } from '@hp/auth';
import { Clock } from '@hp/common';
import { scopedQuery } from '@hp/database';
import { Job, restrictToVisibleJobs, seesEveryJob } from '@hp/jobs';
import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import type {
  FunnelQuery,
  FunnelReport,
  InterviewersQuery,
  InterviewersReport,
  SourcesQuery,
  SourcesReport,
  TimeInStageQuery,
  TimeInStageReport,
  TimeToHireQuery,
  TimeToHireReport,
} from './dto/reports.schemas.js';
import {
  type AppliedWindow,
  funnelByKindSql,
  funnelByStageSql,
  interviewersSql,
  sourcesSql,
  timeInStageByKindSql,
  timeInStageByStageSql,
  timeToHireSql,
  windowOn,
} from './report-sql.js';

type Row = Record<string, unknown>;

/**
 * The hiring reports. Each one is a single SQL statement over the organisation's rows (see
 * report-sql.ts): the database aggregates, Node only shapes the answer. Jobs are those the caller
 * may see (`restrictToVisibleJobs`: hiring managers, their own), further narrowed by the filters.
 */
@Injectable()
export class ReportsService {
  constructor(private readonly clock: Clock) {}

  async funnel(context: RequestContext, query: FunnelQuery): Promise<FunnelReport> {
    const jobs = this.visibleJobs(context, { jobId: query.jobId });
    const { window, months } = appliedWindow(query);
    const rows = await this.run(context, jobs, query.jobId ? funnelByStageSql(window) : funnelByKindSql(window), { ...query, ...months });
    return { filters: { jobId: query.jobId ?? null, from: query.from ?? null, to: query.to ?? null }, rows: rows as FunnelReport['rows'] };
  }

  async timeInStage(context: RequestContext, query: TimeInStageQuery): Promise<TimeInStageReport> {
    const jobs = this.visibleJobs(context, { jobId: query.jobId });
    const applied = windowOn('visit.applied_at', query);
    const rows = await this.run(context, jobs, query.jobId ? timeInStageByStageSql(applied) : timeInStageByKindSql(applied), {
      ...query,
      now: this.clock.now(),
    });
    return {
      filters: { jobId: query.jobId ?? null, from: query.from ?? null, to: query.to ?? null },
      rows: rows as TimeInStageReport['rows'],
    };
  }

  async timeToHire(context: RequestContext, query: TimeToHireQuery): Promise<TimeToHireReport> {
    const jobs = this.visibleJobs(context, { department: query.department });
    const rows = await this.run(
      context,
      jobs,
      timeToHireSql(windowOn('application.hired_at', query), windowOn('first_hires.first_hired_at', query)),
      query,
    );
    const [overall] = rows.filter((row) => row.scope === 'overall');
    return {
      filters: { from: query.from ?? null, to: query.to ?? null, department: query.department ?? null },
      rows: rows
        .filter((row) => row.scope === 'job')
        .map((row) => ({
          jobId: row.jobId as string,
          jobTitle: row.jobTitle as string,
          department: row.department as string | null,
          hires: row.hires as number,
          medianDaysToHire: row.medianDaysToHire as number | null,
          p90DaysToHire: row.p90DaysToHire as number | null,
          openedAt: row.openedAt ? (row.openedAt as Date).toISOString() : null,
          firstHiredAt: (row.firstHiredAt as Date).toISOString(),
          daysToFirstHire: row.daysToFirstHire as number | null,
        })),
      overall: {
        hires: overall!.hires as number,
        medianDaysToHire: overall!.medianDaysToHire as number | null,
        p90DaysToHire: overall!.p90DaysToHire as number | null,
        jobsWithFirstHire: overall!.jobsWithFirstHire as number,
        medianDaysToFirstHire: overall!.medianDaysToFirstHire as number | null,
        p90DaysToFirstHire: overall!.p90DaysToFirstHire as number | null,
      },
    };
  }

  async sources(context: RequestContext, query: SourcesQuery): Promise<SourcesReport> {
    const jobs = this.visibleJobs(context, { jobId: query.jobId });
    const { window, months } = appliedWindow(query);
    const rows = await this.run(context, jobs, sourcesSql(window), { ...query, ...months });
    return { filters: { from: query.from ?? null, to: query.to ?? null, jobId: query.jobId ?? null }, rows: rows as SourcesReport['rows'] };
  }

  /**
   * Interviewers reach interviews through their panels, not through jobs: they get their own row,
   * over every job of the organisation. Hiring managers get the panels of their jobs' interviews.
   */
  async interviewers(context: RequestContext, query: InterviewersQuery): Promise<InterviewersReport> {
    const ownRowOnly = context.actor.role === 'interviewer';
    const jobs = ownRowOnly ? scopedQuery(context, Job, 'job').select('job.id', 'id') : this.visibleJobs(context, {});
    const rows = await this.run(
      context,
      jobs,
      interviewersSql(
        windowOn('interview.ends_at', query),
        ownRowOnly ? 'AND member.user_id = :me' : '',
        ownRowOnly || seesEveryJob(context),
      ),
      { ...query, now: this.clock.now(), me: context.actor.userId },
    );
    return { filters: { from: query.from ?? null, to: query.to ?? null }, rows: rows as InterviewersReport['rows'] };
  }

  /**
   * The jobs the caller may see, narrowed by the filters. A `jobId` they may not see (another
   * organisation's, another manager's, or none at all) is a filter that matches nothing: no rows,
   * as for every list filtered by an id, so it tells nothing about whether the job exists.
   */
  private visibleJobs(context: RequestContext, filters: { jobId?: string; department?: string }): SelectQueryBuilder<Job> {
    const jobs = restrictToVisibleJobs(scopedQuery(context, Job, 'job'), context, 'job.id')
      .select('job.id', 'id')
      .addSelect('job.title', 'title')
      .addSelect('job.department', 'department')
      .addSelect('job.opened_at', 'opened_at');
    if (filters.department !== undefined) jobs.andWhere('job.department = :department', { department: filters.department });
    if (filters.jobId !== undefined) jobs.andWhere('job.id = :jobId', { jobId: filters.jobId });
    return jobs;
  }

  /** `WITH visible_jobs AS (<jobs>), <ctes and select>`, named parameters turned into `$n`, without JIT. */
  private async run(context: RequestContext, jobs: SelectQueryBuilder<Job>, statement: string, parameters: object): Promise<Row[]> {
    const defined = Object.fromEntries(Object.entries(parameters).filter(([, value]) => value !== undefined));
    const [sql, values] = context.manager.connection.driver.escapeQueryWithParameters(
      `WITH visible_jobs AS NOT MATERIALIZED (${jobs.getQuery()}),${statement}`,
      { ...defined, ...jobs.getParameters() },
    );
    // JIT compilation cost 100–160 ms per whole-organisation report on the benchmark data (EXPLAIN
    // ANALYZE) and saved less: these statements aggregate summaries, not millions of rows.
    return context.manager.transaction(async (manager) => {
      await manager.query('SET LOCAL jit = off');
      return manager.query(sql, values);
    });
  }
}

/**
 * The whole UTC months inside the window `[from, to)`, which the funnel and sources read from
 * counters: from the first month start at or after `from` to the month start at or before `to`
 * (an open side stays open). When they are empty (no whole month inside), the report reads every
 * application of the window one by one, as it does for the partial months at its ends.
 */
function appliedWindow(query: { from?: string; to?: string }): {
  window: AppliedWindow;
  months: { monthsFrom?: string; monthsTo?: string };
} {
  const monthStart = (instant: Date, next: boolean) => {
    const start = Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), 1);
    return new Date(next && start < instant.getTime() ? Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth() + 1, 1) : start);
  };
  const monthsFrom = query.from ? monthStart(new Date(query.from), true).toISOString() : undefined;
  const monthsTo = query.to ? monthStart(new Date(query.to), false).toISOString() : undefined;
  return {
    window: { applied: windowOn('application.applied_at', query), monthsFrom: monthsFrom !== undefined, monthsTo: monthsTo !== undefined },
    months: { monthsFrom, monthsTo },
  };
}
