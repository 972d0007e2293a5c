import { User } from '@hp/accounts';
import type { RequestContext } from '@hp/auth';
import { decodeIdCursor, type Page, toPage } from '@hp/common';
import { scopedQuery } from '@hp/database';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { defaultPipeline, pipelineShapeProblem, type StageTemplate } from './default-pipeline.js';
import type { CreateJobInput, JobDetail, JobView, ListJobsQuery, StageView, UpdateJobInput } from './dto/jobs.schemas.js';
import { JobRecruiter } from './job-recruiter.entity.js';
import { allowedJobTransitions, canTransition } from './job-status.js';
import { restrictToVisibleJobs } from './job-visibility.js';
import { Job } from './job.entity.js';
import { JobsError } from './jobs.errors.js';
import { Stage } from './stage.entity.js';

export const toStageView = (stage: Stage): StageView => ({
  id: stage.id,
  jobId: stage.jobId,
  name: stage.name,
  kind: stage.kind,
  position: stage.position ?? -1,
  slaDays: stage.slaDays,
  scorecardAttributes: stage.scorecardAttributes,
});

const toJobView = (job: Job, recruiterIds: string[]): JobView => ({
  id: job.id,
  title: job.title,
  department: job.department,
  location: job.location,
  employmentType: job.employmentType,
  description: job.description,
  status: job.status,
  hiringManagerId: job.hiringManagerId,
  recruiterIds,
  openings: job.openings,
  openedAt: job.openedAt?.toISOString() ?? null,
  closedAt: job.closedAt?.toISOString() ?? null,
  createdAt: job.createdAt.toISOString(),
  updatedAt: job.updatedAt.toISOString(),
});

@Injectable()
export class JobsService {
  async create(context: RequestContext, input: CreateJobInput): Promise<JobDetail> {
    const stages: readonly StageTemplate[] = input.stages ?? defaultPipeline;
    const problem = pipelineShapeProblem(stages.map((stage) => stage.kind));
    if (problem) throw pipelineError('stages', problem);
    const jobId = await context.transaction(async (tx) => {
      await this.assertAssignable(tx, input.hiringManagerId, input.recruiterIds);
      const job = await tx.manager.save(
        tx.manager.create(Job, {
          organizationId: tx.organizationId,
          title: input.title,
          department: input.department ?? null,
          location: input.location ?? null,
          employmentType: input.employmentType ?? null,
          description: input.description ?? null,
          hiringManagerId: input.hiringManagerId ?? null,
          openings: input.openings ?? 1,
          status: 'draft',
        }),
      );
      await tx.manager.insert(
        Stage,
        stages.map((stage, position) => ({
          organizationId: tx.organizationId,
          jobId: job.id,
          name: stage.name,
          kind: stage.kind,
          position,
          slaDays: stage.slaDays ?? null,
          scorecardAttributes: (stage.scorecardAttributes ?? []) as never,
        })),
      );
      await this.replaceRecruiters(tx, job.id, input.recruiterIds ?? []);
      return job.id;
    });
    return this.get(context, jobId);
  }

  /** Newest first. */
  async list(context: RequestContext, query: ListJobsQuery): Promise<Page<JobView>> {
    const builder = restrictToVisibleJobs(scopedQuery(context, Job, 'job'), context, 'job.id')
      .orderBy('job.id', 'DESC')
      .limit(query.limit + 1);
    if (query.status) builder.andWhere('job.status = :status', { status: query.status });
    if (query.department) builder.andWhere('job.department = :department', { department: query.department });
    if (query.q) builder.andWhere(`job.title ILIKE :q`, { q: `%${escapeLike(query.q)}%` });
    if (query.cursor) builder.andWhere('job.id < :after', { after: decodeIdCursor(query.cursor) });
    const jobs = await builder.getMany();
    const recruiters = await this.recruiterIdsByJob(
      context,
      jobs.map((job) => job.id),
    );
    return toPage(
      jobs,
      query.limit,
      (job) => [job.id],
      (job) => toJobView(job, recruiters.get(job.id) ?? []),
    );
  }

  async get(context: RequestContext, jobId: string): Promise<JobDetail> {
    const job = await this.findVisible(context, jobId);
    const [recruiters, stages] = await Promise.all([this.recruiterIdsByJob(context, [job.id]), this.activeStages(context, job.id)]);
    return { ...toJobView(job, recruiters.get(job.id) ?? []), stages: stages.map(toStageView) };
  }

  /** A job the caller may see, or JOB_NOT_FOUND (also for another organisation's id). */
  async findVisible(context: RequestContext, jobId: string, lock = false): Promise<Job> {
    const query = restrictToVisibleJobs(scopedQuery(context, Job, 'job'), context, 'job.id').andWhere('job.id = :jobId', { jobId });
    if (lock) query.setLock('pessimistic_write');
    const job = await query.getOne();
    if (!job) throw new JobsError('JOB_NOT_FOUND', 'No such job.');
    return job;
  }

  async update(context: RequestContext, jobId: string, input: UpdateJobInput): Promise<JobDetail> {
    await context.transaction(async (tx) => {
      const job = await this.findVisible(tx, jobId, true);
      await this.assertAssignable(tx, input.hiringManagerId, input.recruiterIds);
      if (input.status !== undefined && input.status !== job.status) {
        if (!canTransition(job.status, input.status)) {
          const allowed = allowedJobTransitions[job.status];
          throw new JobsError(
            'JOB_STATUS_TRANSITION_NOT_ALLOWED',
            `A ${job.status} job can become ${allowed.join(' or ')}, not ${input.status}.`,
            {
              currentStatus: job.status,
              allowedTargets: allowed,
            },
          );
        }
        if (input.status === 'open') {
          job.openedAt ??= new Date();
          job.closedAt = null;
        }
        if (input.status === 'closed') job.closedAt = new Date();
        job.status = input.status;
      }
      for (const field of ['title', 'department', 'location', 'employmentType', 'description', 'hiringManagerId', 'openings'] as const) {
        if (input[field] !== undefined) (job as unknown as Record<string, unknown>)[field] = input[field];
      }
      await tx.manager.save(job);
      if (input.recruiterIds) await this.replaceRecruiters(tx, job.id, input.recruiterIds);
    });
    return this.get(context, jobId);
  }

  activeStages(context: RequestContext, jobId: string): Promise<Stage[]> {
    return scopedQuery(context, Stage, 'stage')
      .andWhere('stage.job_id = :jobId AND stage.archived_at IS NULL', { jobId })
      .orderBy('stage.position')
      .getMany();
  }

  private async recruiterIdsByJob(context: RequestContext, jobIds: string[]): Promise<Map<string, string[]>> {
    const byJob = new Map<string, string[]>();
    if (jobIds.length === 0) return byJob;
    const rows = await context.manager.find(JobRecruiter, {
      where: { organizationId: context.organizationId, jobId: In(jobIds) },
      order: { createdAt: 'ASC', userId: 'ASC' },
    });
    for (const row of rows) byJob.set(row.jobId, [...(byJob.get(row.jobId) ?? []), row.userId]);
    return byJob;
  }

  private async replaceRecruiters(context: RequestContext, jobId: string, userIds: string[]): Promise<void> {
    await context.manager.delete(JobRecruiter, { jobId, organizationId: context.organizationId });
    const unique = [...new Set(userIds)];
    if (unique.length)
      await context.manager.insert(
        JobRecruiter,
        unique.map((userId) => ({ jobId, userId, organizationId: context.organizationId })),
      );
  }

  /** The hiring manager must be an active user; recruiters active admins or recruiters, of this organisation. */
  private async assertAssignable(
    context: RequestContext,
    hiringManagerId: string | null | undefined,
    recruiterIds: string[] | undefined,
  ): Promise<void> {
    const wanted = [...new Set([...(hiringManagerId ? [hiringManagerId] : []), ...(recruiterIds ?? [])])];
    if (wanted.length === 0) return;
    const users = await scopedQuery(context, User, 'user')
      .andWhere(`user.id IN (:...wanted) AND user.status = 'active'`, { wanted })
      .getMany();
    const found = new Map(users.map((user) => [user.id, user]));
    const errors: { field: string; message: string }[] = [];
    if (hiringManagerId && !found.has(hiringManagerId))
      errors.push({ field: 'hiringManagerId', message: 'is not an active user of the organisation' });
    (recruiterIds ?? []).forEach((id, index) => {
      const user = found.get(id);
      if (!user || (user.role !== 'admin' && user.role !== 'recruiter')) {
        errors.push({ field: `recruiterIds.${index}`, message: 'is not an active admin or recruiter of the organisation' });
      }
    });
    if (errors.length) throw new JobsError('USER_NOT_ASSIGNABLE', 'Some people cannot be assigned to this job.', { errors });
  }
}

export const pipelineError = (field: string, message: string) =>
  new JobsError('PIPELINE_SHAPE_INVALID', `Invalid pipeline: ${message}.`, { errors: [{ field, message }] });

export const escapeLike = (value: string) => value.replace(/[\\%_]/g, (character) => `\\${character}`);
