import { AuthError, type RequestContext } from '@hp/auth';
import { Candidate, type CandidateSource } from '@hp/candidates';
import { decodeIdCursor, type Page, toPage } from '@hp/common';
import { scopedQuery, type TenantScope } from '@hp/database';
import { Job, restrictToVisibleJobs, Stage } from '@hp/jobs';
import { OutboxWriter } from '@hp/outbox';
import { QueueJobName, type QueueJobPayload } from '@hp/queue';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { ApplicationEvent, type ApplicationEventType } from './application-event.entity.js';
import { APPLICATION_SCORECARD_SUMMARIES, type ApplicationScorecardSummaries } from './application-scorecard-summaries.js';
import { toApplicationView, toEventView, toNoteView } from './application-views.js';
import { Application } from './application.entity.js';
import { ApplicationNote } from './application-note.entity.js';
import { ApplicationsError } from './applications.errors.js';
import type {
  ApplicationDetail,
  ApplicationEventView,
  ApplicationView,
  CreateApplicationInput,
  ListApplicationsQuery,
  MoveApplicationInput,
  NoteView,
  RejectApplicationInput,
  WithdrawApplicationInput,
} from './dto/applications.schemas.js';
import { RejectionReasonsService } from './rejection-reasons.service.js';

const UNIQUE_VIOLATION = '23505';

interface Change {
  type: ApplicationEventType;
  fromStageId: string | null;
  toStageId: string | null;
  actorUserId: string | null;
  rejectionReasonId?: string | null;
  note?: string | null;
  notifyCandidate?: boolean;
}

/**
 * Applications move through their job's pipeline. Every change locks the application row, bumps
 * its version, and writes a history row and an outbox event in the same transaction.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly reasons: RejectionReasonsService,
    private readonly outbox: OutboxWriter,
    // Optional: without the scorecards library, the detail has no scorecard summary.
    @Optional() @Inject(APPLICATION_SCORECARD_SUMMARIES) private readonly scorecards: ApplicationScorecardSummaries | null = null,
  ) {}

  async create(context: RequestContext, input: CreateApplicationInput): Promise<ApplicationView> {
    const id = await context.transaction(async (tx) => {
      const candidate = await scopedQuery(tx, Candidate, 'candidate')
        .andWhere('candidate.id = :id AND candidate.erased_at IS NULL', { id: input.candidateId })
        .getOne();
      if (!candidate) throw new ApplicationsError('CANDIDATE_NOT_FOUND', 'No such candidate.');
      const job = await restrictToVisibleJobs(scopedQuery(tx, Job, 'job'), tx, 'job.id')
        .andWhere('job.id = :id', { id: input.jobId })
        .getOne();
      if (!job) throw new ApplicationsError('JOB_NOT_FOUND', 'No such job.');
      return (
        await this.apply(tx, { job, candidateId: candidate.id, source: input.source ?? candidate.source, actorUserId: tx.actor.userId })
      ).id;
    });
    return this.getView(context, id);
  }

  /**
   * Puts a candidate into a job's "applied" stage. Shared by recruiters and the career site,
   * which has no actor; the job must be open and the candidate must not have applied already.
   */
  async apply(
    scope: TenantScope,
    request: {
      job: Job;
      candidateId: string;
      source: CandidateSource;
      actorUserId: string | null;
      submittedForm?: Record<string, unknown>;
    },
  ): Promise<Application> {
    if (request.job.status !== 'open')
      throw new ApplicationsError('JOB_NOT_OPEN', `The job is ${request.job.status}; only open jobs take applications.`);
    const applied = await scopedQuery(scope, Stage, 'stage')
      .andWhere(`stage.job_id = :jobId AND stage.kind = 'applied' AND stage.archived_at IS NULL`, { jobId: request.job.id })
      .getOneOrFail();
    let application: Application;
    try {
      // A savepoint, so the duplicate case can be answered without aborting the caller's transaction.
      application = await scope.manager.transaction((manager) =>
        manager.save(
          manager.create(Application, {
            organizationId: scope.organizationId,
            candidateId: request.candidateId,
            jobId: request.job.id,
            stageId: applied.id,
            source: request.source,
            submittedForm: (request.submittedForm ?? null) as never,
          }),
        ),
      );
    } catch (error) {
      const { code, constraint } = error as { code?: string; constraint?: string };
      if (code === UNIQUE_VIOLATION && constraint === 'applications_job_candidate_unique') {
        const existing = await scope.manager.findOneByOrFail(Application, { jobId: request.job.id, candidateId: request.candidateId });
        throw new ApplicationsError('APPLICATION_EXISTS', 'The candidate has already applied to this job.', { applicationId: existing.id });
      }
      throw error;
    }
    await this.record(scope.manager, application, {
      type: 'applied',
      fromStageId: null,
      toStageId: applied.id,
      actorUserId: request.actorUserId,
    });
    return application;
  }

  async list(context: RequestContext, query: ListApplicationsQuery): Promise<Page<ApplicationView>> {
    const builder = this.visible(context)
      .orderBy('application.id')
      .limit(query.limit + 1);
    if (query.jobId) builder.andWhere('application.job_id = :jobId', { jobId: query.jobId });
    if (query.stageId) builder.andWhere('application.stage_id = :stageId', { stageId: query.stageId });
    if (query.status) builder.andWhere('application.status = :status', { status: query.status });
    if (query.candidateId) builder.andWhere('application.candidate_id = :candidateId', { candidateId: query.candidateId });
    if (query.cursor) builder.andWhere('application.id > :after', { after: decodeIdCursor(query.cursor) });
    return toPage(await this.withRelations(builder).getMany(), query.limit, (application) => [application.id], toApplicationView);
  }

  async get(context: RequestContext, applicationId: string): Promise<ApplicationDetail> {
    const application = await this.withRelations(
      this.visible(context).andWhere('application.id = :applicationId', { applicationId }),
    ).getOne();
    if (!application) throw notFound();
    // An interviewer sees the application they interview for, never what the team wrote about it.
    const [history, notes, scorecardSummary] = await Promise.all([
      this.history(context, applicationId, false),
      isInterviewer(context) ? [] : this.notes(context, applicationId, false),
      this.scorecards?.summaryFor(context, { id: application.id, jobHiringManagerId: application.job!.hiringManagerId }) ?? null,
    ]);
    return { ...toApplicationView(application), history, notes, submittedForm: application.submittedForm, scorecardSummary };
  }

  async move(context: RequestContext, applicationId: string, input: MoveApplicationInput): Promise<ApplicationView> {
    await context.transaction(async (tx) => {
      const application = await this.lockActive(tx, applicationId, input.expectedVersion);
      // A share lock on the target stage: a concurrent removal of that stage waits for this move.
      const stage = await scopedQuery(tx, Stage, 'stage')
        .andWhere('stage.id = :stageId AND stage.job_id = :jobId AND stage.archived_at IS NULL', {
          stageId: input.toStageId,
          jobId: application.jobId,
        })
        .setLock('pessimistic_read')
        .getOne();
      if (!stage) {
        throw new ApplicationsError('STAGE_NOT_IN_JOB', "The target stage is not in this application's job.", {
          errors: [{ field: 'toStageId', message: "is not a stage of the application's job" }],
        });
      }
      if (stage.id === application.stageId) return;
      const hired = stage.kind === 'hired';
      const now = new Date();
      await tx.manager.update(
        Application,
        { id: application.id },
        {
          stageId: stage.id,
          stageEnteredAt: now,
          version: application.version + 1,
          ...(hired ? { status: 'hired' as const, hiredAt: now, closedAt: now } : {}),
        },
      );
      await this.record(tx.manager, application, {
        type: hired ? 'hired' : 'moved',
        fromStageId: application.stageId,
        toStageId: stage.id,
        actorUserId: tx.actor.userId,
      });
    });
    return this.getView(context, applicationId);
  }

  async reject(context: RequestContext, applicationId: string, input: RejectApplicationInput): Promise<ApplicationView> {
    return this.close(context, applicationId, 'rejected', input.reasonId, input.note, input.notifyCandidate ?? false);
  }

  async withdraw(context: RequestContext, applicationId: string, input: WithdrawApplicationInput): Promise<ApplicationView> {
    return this.close(context, applicationId, 'withdrawn', input.reasonId, input.note, false);
  }

  /** Reopens a rejected or withdrawn application where it was. */
  async reopen(context: RequestContext, applicationId: string, note?: string): Promise<ApplicationView> {
    await context.transaction(async (tx) => {
      const application = await this.lock(tx, applicationId);
      if (application.status !== 'rejected' && application.status !== 'withdrawn') {
        throw new ApplicationsError(
          'APPLICATION_NOT_CLOSED',
          `Only a rejected or withdrawn application can be reopened; this one is ${application.status}.`,
        );
      }
      await tx.manager.update(
        Application,
        { id: application.id },
        { status: 'active', closedAt: null, rejectionReasonId: null, version: application.version + 1 },
      );
      await this.record(tx.manager, application, {
        type: 'reopened',
        fromStageId: application.stageId,
        toStageId: application.stageId,
        actorUserId: tx.actor.userId,
        note: note ?? null,
      });
    });
    return this.getView(context, applicationId);
  }

  async history(context: RequestContext, applicationId: string, check = true): Promise<ApplicationEventView[]> {
    if (check) await this.assertVisible(context, applicationId);
    const events = await scopedQuery(context, ApplicationEvent, 'event')
      .leftJoinAndSelect('event.fromStage', 'fromStage')
      .leftJoinAndSelect('event.toStage', 'toStage')
      .leftJoinAndSelect('event.actor', 'actor')
      .leftJoinAndSelect('event.rejectionReason', 'reason')
      .andWhere('event.application_id = :applicationId', { applicationId })
      .orderBy('event.occurred_at')
      .addOrderBy('event.id')
      .getMany();
    const views = events.map(toEventView);
    return isInterviewer(context) ? views.map((view) => ({ ...view, note: null })) : views;
  }

  async addNote(context: RequestContext, applicationId: string, body: string): Promise<NoteView> {
    await this.assertVisible(context, applicationId);
    const note = await context.manager.save(
      context.manager.create(ApplicationNote, {
        organizationId: context.organizationId,
        applicationId,
        authorUserId: context.actor.userId,
        body,
      }),
    );
    return toNoteView({ ...note, author: { id: context.actor.userId, name: context.actor.name } as never });
  }

  async notes(context: RequestContext, applicationId: string, check = true): Promise<NoteView[]> {
    if (check) await this.assertVisible(context, applicationId);
    // 403 rather than 404: the interviewer may see this application (a 404 would deny what GET
    // /applications/:id shows), but never its notes, a rule of their role, not of this object.
    if (isInterviewer(context)) throw new AuthError('PERMISSION_DENIED', "Interviewers do not see applications' notes.");
    const notes = await scopedQuery(context, ApplicationNote, 'note')
      .leftJoinAndSelect('note.author', 'author')
      .andWhere('note.application_id = :applicationId', { applicationId })
      .orderBy('note.id')
      .getMany();
    return notes.map(toNoteView);
  }

  private async close(
    context: RequestContext,
    applicationId: string,
    status: 'rejected' | 'withdrawn',
    reasonId: string,
    note: string | undefined,
    notifyCandidate: boolean,
  ) {
    await context.transaction(async (tx) => {
      const application = await this.lockActive(tx, applicationId);
      const reason = await this.reasons.require(tx, reasonId, status === 'rejected' ? 'we_rejected' : 'they_withdrew');
      await tx.manager.update(
        Application,
        { id: application.id },
        { status, closedAt: new Date(), rejectionReasonId: reason.id, version: application.version + 1 },
      );
      await this.record(tx.manager, application, {
        type: status,
        fromStageId: application.stageId,
        toStageId: null,
        actorUserId: tx.actor.userId,
        rejectionReasonId: reason.id,
        note: note ?? null,
        notifyCandidate,
      });
    });
    return this.getView(context, applicationId);
  }

  /** History row and outbox event, with the caller's transactional manager. */
  private async record(manager: EntityManager, application: Application, change: Change): Promise<void> {
    const event = await manager.save(
      manager.create(ApplicationEvent, {
        organizationId: application.organizationId,
        applicationId: application.id,
        type: change.type,
        fromStageId: change.fromStageId,
        toStageId: change.toStageId,
        actorUserId: change.actorUserId,
        rejectionReasonId: change.rejectionReasonId ?? null,
        note: change.note ?? null,
      }),
    );
    const payload: QueueJobPayload<QueueJobName.ApplicationChanged> = {
      applicationId: application.id,
      eventId: event.id,
      type: change.type,
      jobId: application.jobId,
      fromStageId: change.fromStageId,
      toStageId: change.toStageId,
      occurredAt: event.occurredAt.toISOString(),
      ...(change.notifyCandidate ? { notifyCandidate: true } : {}),
    };
    await this.outbox.publish(manager, { name: QueueJobName.ApplicationChanged, payload, organizationId: application.organizationId });
  }

  private async lock(context: RequestContext, applicationId: string): Promise<Application> {
    const application = await this.visible(context)
      .andWhere('application.id = :applicationId', { applicationId })
      .setLock('pessimistic_write')
      .getOne();
    if (!application) throw notFound();
    return application;
  }

  private async lockActive(context: RequestContext, applicationId: string, expectedVersion?: number): Promise<Application> {
    const application = await this.lock(context, applicationId);
    if (expectedVersion !== undefined && expectedVersion !== application.version) {
      throw new ApplicationsError('VERSION_CONFLICT', 'Someone changed this application since you loaded it.', {
        currentVersion: application.version,
      });
    }
    if (application.status !== 'active') {
      throw new ApplicationsError('APPLICATION_NOT_ACTIVE', `The application is ${application.status}; reopen it first.`, {
        status: application.status,
      });
    }
    return application;
  }

  private async assertVisible(context: RequestContext, applicationId: string): Promise<void> {
    if (!(await this.visible(context).andWhere('application.id = :applicationId', { applicationId }).getExists())) throw notFound();
  }

  async getView(context: RequestContext, applicationId: string): Promise<ApplicationView> {
    const application = await this.withRelations(
      this.visible(context).andWhere('application.id = :applicationId', { applicationId }),
    ).getOne();
    if (!application) throw notFound();
    return toApplicationView(application);
  }

  /**
   * Applications of the caller's organisation on jobs the caller may see; an interviewer sees those
   * with an interview whose panel includes them, or a coding challenge they review (read in SQL: the
   * interviews and challenges libraries sit above this one, see ADR 0012).
   */
  private visible(context: RequestContext): SelectQueryBuilder<Application> {
    const query = scopedQuery(context, Application, 'application');
    if (isInterviewer(context)) {
      return query.andWhere(
        `(EXISTS (SELECT 1 FROM interviews panel_interview
                   JOIN interview_interviewers panel_member ON panel_member.interview_id = panel_interview.id
                  WHERE panel_interview.application_id = application.id AND panel_interview.organization_id = application.organization_id
                    AND panel_member.user_id = :interviewerId)
         OR EXISTS (SELECT 1 FROM coding_challenges reviewed_challenge
                      JOIN challenge_reviewers challenge_reviewer ON challenge_reviewer.challenge_id = reviewed_challenge.id
                     WHERE reviewed_challenge.application_id = application.id
                       AND reviewed_challenge.organization_id = application.organization_id
                       AND challenge_reviewer.user_id = :interviewerId))`,
        { interviewerId: context.actor.userId },
      );
    }
    return restrictToVisibleJobs(query, context, 'application.job_id');
  }

  private withRelations(builder: SelectQueryBuilder<Application>): SelectQueryBuilder<Application> {
    return builder
      .innerJoinAndSelect('application.candidate', 'candidate')
      .innerJoinAndSelect('application.job', 'job')
      .innerJoinAndSelect('application.stage', 'stage')
      .leftJoinAndSelect('application.rejectionReason', 'rejectionReason');
  }
}

const notFound = () => new ApplicationsError('APPLICATION_NOT_FOUND', 'No such application.');
const isInterviewer = (context: RequestContext) => context.actor.role === 'interviewer';
