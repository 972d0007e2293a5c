import { User } from '@hp/accounts';
import { Application } from '@hp/applications';
import type { RequestContext } from '@hp/auth';
import { APP_CONFIG, type AppConfig } from '@hp/config';
import { decodeCursor, encodeCursor, type Page, PlatformError } from '@hp/common';
import { scopedQuery, type TenantScope } from '@hp/database';
import { restrictToVisibleJobs, Stage } from '@hp/jobs';
import { MailService } from '@hp/mail';
import { OutboxWriter } from '@hp/outbox';
import { QueueJobName, type QueueJobPayload } from '@hp/queue';
import { Inject, Injectable } from '@nestjs/common';
import { In, type SelectQueryBuilder } from 'typeorm';
import type {
  CancelInterviewInput,
  CreateInterviewInput,
  InterviewChangeResult,
  InterviewView,
  InterviewWarning,
  ListInterviewsQuery,
  MyInterviewsQuery,
  UpdateInterviewInput,
} from './dto/interviews.schemas.js';
import { buildInterviewIcs, type CalendarPerson, describeInterviewTime, domainOfAddress, emailOfAddress } from './interview-calendar.js';
import { InterviewInterviewer } from './interview-interviewer.entity.js';
import { Interview, type InterviewStatus } from './interview.entity.js';
import { InterviewsError } from './interviews.errors.js';

type ChangeType = QueueJobPayload<QueueJobName.InterviewChanged>['type'];

interface PanelMember {
  id: string;
  name: string;
  email: string;
  /** The user's own timezone, else the organisation's. */
  timezone: string;
}

interface Attendees {
  organizationName: string;
  jobTitle: string;
  candidate: { name: string; email: string | null };
  panel: PanelMember[];
}

interface ViewRow {
  id: string;
  application_id: string;
  candidate_id: string;
  candidate_name: string;
  job_id: string;
  job_title: string;
  stage_id: string;
  stage_name: string;
  stage_scorecard_attributes: string[];
  title: string;
  status: InterviewStatus;
  starts_at: Date;
  ends_at: Date;
  timezone: string;
  location: string | null;
  meeting_url: string | null;
  sequence: number;
  cancel_reason: string | null;
  panel: { id: string; name: string }[];
  created_at: Date;
  updated_at: Date;
}

interface FeedbackRow {
  id: string;
  scorecards_due: { interviewerId: string; name: string }[];
  awaiting_feedback: boolean;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const minutes = (start: Date, end: Date) => Math.round((end.getTime() - start.getTime()) / 60_000);

/**
 * Interviews of an application: scheduling, changes and their outcome. Every change locks the
 * interview row and, in the same transaction, writes an outbox event and queues the calendar
 * emails (iCalendar REQUEST or CANCEL, one stable UID per interview, SEQUENCE bumped by every
 * change the attendees' calendars must apply).
 */
@Injectable()
export class InterviewsService {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async schedule(context: RequestContext, input: CreateInterviewInput): Promise<InterviewChangeResult> {
    const id = await context.transaction(async (tx) => {
      const application = await restrictToVisibleJobs(scopedQuery(tx, Application, 'application'), tx, 'application.job_id')
        .andWhere('application.id = :applicationId', { applicationId: input.applicationId })
        .setLock('pessimistic_read')
        .getOne();
      if (!application) throw new InterviewsError('APPLICATION_NOT_FOUND', 'No such application.');
      if (application.status !== 'active') {
        throw new InterviewsError(
          'APPLICATION_NOT_ACTIVE',
          `The application is ${application.status}; only active applications get interviews.`,
          {
            status: application.status,
          },
        );
      }
      const stageId = input.stageId ?? application.stageId;
      const stageExists = await scopedQuery(tx, Stage, 'stage')
        .andWhere('stage.id = :stageId AND stage.job_id = :jobId AND stage.archived_at IS NULL', { stageId, jobId: application.jobId })
        .getExists();
      if (!stageExists) {
        throw new InterviewsError('STAGE_NOT_IN_JOB', "The stage is not in this application's job.", {
          errors: [{ field: 'stageId', message: "is not a stage of the application's job" }],
        });
      }
      await this.requireActiveUsers(tx, input.interviewerIds);
      const startsAt = new Date(input.startsAt);
      const interview = await tx.manager.save(
        tx.manager.create(Interview, {
          organizationId: tx.organizationId,
          applicationId: application.id,
          stageId,
          title: input.title,
          startsAt,
          endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000),
          timezone: input.timezone,
          location: input.location ?? null,
          meetingUrl: input.meetingUrl ?? null,
          status: 'scheduled',
          sequence: 0,
          cancelReason: null,
          createdByUserId: tx.actor.userId,
        }),
      );
      await this.addPanel(tx, interview.id, input.interviewerIds);
      await this.publish(tx, interview, 'scheduled');
      await this.sendCalendar(tx, interview, { requestTo: input.interviewerIds, cancelTo: [], update: false });
      return interview.id;
    });
    return this.withWarnings(context, id);
  }

  async update(context: RequestContext, interviewId: string, input: UpdateInterviewInput): Promise<InterviewChangeResult> {
    await context.transaction(async (tx) => {
      const interview = await this.lockScheduled(tx, interviewId);
      const startsAt = input.startsAt ? new Date(input.startsAt) : interview.startsAt;
      const duration = input.durationMinutes ?? minutes(interview.startsAt, interview.endsAt);
      const next = {
        title: input.title ?? interview.title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + duration * 60_000),
        timezone: input.timezone ?? interview.timezone,
        location: input.location === undefined ? interview.location : input.location,
        meetingUrl: input.meetingUrl === undefined ? interview.meetingUrl : input.meetingUrl,
      };
      const rescheduled =
        next.title !== interview.title ||
        next.startsAt.getTime() !== interview.startsAt.getTime() ||
        next.endsAt.getTime() !== interview.endsAt.getTime() ||
        next.timezone !== interview.timezone ||
        next.location !== interview.location ||
        next.meetingUrl !== interview.meetingUrl;

      const current = await this.panelIds(tx, interview.id);
      let added: string[] = [];
      let removed: string[] = [];
      if (input.interviewerIds) {
        await this.requireActiveUsers(tx, input.interviewerIds);
        added = input.interviewerIds.filter((id) => !current.includes(id));
        removed = current.filter((id) => !input.interviewerIds!.includes(id));
      }
      if (!rescheduled && added.length === 0 && removed.length === 0) return;

      if (removed.length) await tx.manager.delete(InterviewInterviewer, { interviewId: interview.id, userId: In(removed) });
      if (added.length) await this.addPanel(tx, interview.id, added);
      const changed = Object.assign(interview, next, { sequence: interview.sequence + 1 });
      await tx.manager.update(Interview, { id: interview.id }, { ...next, sequence: changed.sequence });
      if (rescheduled) await this.publish(tx, changed, 'rescheduled');
      if (added.length || removed.length) await this.publish(tx, changed, 'panel_changed');
      const panel = input.interviewerIds ?? current;
      await this.sendCalendar(tx, changed, { requestTo: panel, cancelTo: removed, update: true });
    });
    return this.withWarnings(context, interviewId);
  }

  async cancel(context: RequestContext, interviewId: string, input: CancelInterviewInput): Promise<InterviewView> {
    await context.transaction(async (tx) => {
      const interview = await this.lockScheduled(tx, interviewId);
      const changed = Object.assign(interview, {
        status: 'cancelled' as const,
        sequence: interview.sequence + 1,
        cancelReason: input.reason ?? null,
      });
      await tx.manager.update(
        Interview,
        { id: interview.id },
        { status: 'cancelled', sequence: changed.sequence, cancelReason: changed.cancelReason },
      );
      await this.publish(tx, changed, 'cancelled');
      await this.sendCalendar(tx, changed, {
        requestTo: [],
        cancelTo: await this.panelIds(tx, interview.id),
        update: true,
        cancelled: true,
      });
    });
    return this.get(context, interviewId);
  }

  async complete(context: RequestContext, interviewId: string): Promise<InterviewView> {
    return this.close(context, interviewId, 'completed', 'completed');
  }

  async markNoShow(context: RequestContext, interviewId: string): Promise<InterviewView> {
    return this.close(context, interviewId, 'no_show', 'no_show');
  }

  async get(context: RequestContext, interviewId: string): Promise<InterviewView> {
    const found = await this.visible(context)
      .andWhere('interview.id = :interviewId', { interviewId })
      .select('interview.id', 'id')
      .getRawOne<{ id: string }>();
    if (!found) throw notFound();
    const [view] = await this.views(context, [found.id]);
    return view!;
  }

  async list(context: RequestContext, query: ListInterviewsQuery): Promise<Page<InterviewView>> {
    const builder = this.visible(context);
    if (query.from) builder.andWhere('interview.ends_at > :from', { from: new Date(query.from) });
    if (query.to) builder.andWhere('interview.starts_at < :to', { to: new Date(query.to) });
    if (query.status) builder.andWhere('interview.status = :status', { status: query.status });
    if (query.applicationId) builder.andWhere('interview.application_id = :applicationId', { applicationId: query.applicationId });
    if (query.interviewerId) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM interview_interviewers filter_member WHERE filter_member.interview_id = interview.id AND filter_member.user_id = :filterInterviewerId)',
        { filterInterviewerId: query.interviewerId },
      );
    }
    return this.page(context, builder, query);
  }

  /** The caller's agenda: scheduled interviews on their panels that have not ended yet, soonest first. */
  async mine(context: RequestContext, query: MyInterviewsQuery): Promise<Page<InterviewView>> {
    const builder = scopedQuery(context, Interview, 'interview')
      .andWhere(`interview.status = 'scheduled' AND interview.ends_at > now()`)
      .andWhere(
        'EXISTS (SELECT 1 FROM interview_interviewers my_panel WHERE my_panel.interview_id = interview.id AND my_panel.user_id = :me)',
        { me: context.actor.userId },
      );
    return this.page(context, builder, query);
  }

  private async page(
    context: RequestContext,
    builder: SelectQueryBuilder<Interview>,
    query: { limit: number; cursor?: string },
  ): Promise<Page<InterviewView>> {
    if (query.cursor) {
      const [afterStartsAt, afterId] = decodeCursor(query.cursor, 2);
      if (
        typeof afterStartsAt !== 'string' ||
        Number.isNaN(Date.parse(afterStartsAt)) ||
        typeof afterId !== 'string' ||
        !uuidPattern.test(afterId)
      ) {
        throw PlatformError.validation([{ field: 'cursor', message: 'is not a cursor this list returned' }]);
      }
      builder.andWhere('(interview.starts_at, interview.id) > (:afterStartsAt, :afterId)', {
        afterStartsAt: new Date(afterStartsAt),
        afterId,
      });
    }
    const rows = await builder
      .select('interview.id', 'id')
      .addSelect('interview.starts_at', 'startsAt')
      .orderBy('interview.starts_at')
      .addOrderBy('interview.id')
      .limit(query.limit + 1)
      .getRawMany<{ id: string; startsAt: Date }>();
    const pageRows = rows.slice(0, query.limit);
    const views = await this.views(
      context,
      pageRows.map((row) => row.id),
    );
    const last = pageRows.at(-1);
    return {
      data: views,
      nextCursor: rows.length > query.limit && last ? encodeCursor([new Date(last.startsAt).toISOString(), last.id]) : null,
    };
  }

  private async close(context: RequestContext, interviewId: string, status: InterviewStatus, type: ChangeType): Promise<InterviewView> {
    await context.transaction(async (tx) => {
      const interview = await this.lockScheduled(tx, interviewId);
      await tx.manager.update(Interview, { id: interview.id }, { status });
      await this.publish(tx, Object.assign(interview, { status }), type);
    });
    return this.get(context, interviewId);
  }

  /**
   * Interviews of the caller's organisation they may see: admins and recruiters all, hiring
   * managers those of their jobs' applications, interviewers those whose panel they sit on.
   */
  private visible(context: RequestContext): SelectQueryBuilder<Interview> {
    const query = scopedQuery(context, Interview, 'interview').innerJoin('interview.application', 'application');
    if (context.actor.role === 'interviewer') {
      return query.andWhere(
        'EXISTS (SELECT 1 FROM interview_interviewers visible_member WHERE visible_member.interview_id = interview.id AND visible_member.user_id = :visibleMemberId)',
        { visibleMemberId: context.actor.userId },
      );
    }
    return restrictToVisibleJobs(query, context, 'application.job_id');
  }

  private async lockScheduled(context: RequestContext, interviewId: string): Promise<Interview> {
    const interview = await this.visible(context)
      .andWhere('interview.id = :interviewId', { interviewId })
      .setLock('pessimistic_write', undefined, ['interview'])
      .getOne();
    if (!interview) throw notFound();
    if (interview.status !== 'scheduled') {
      throw new InterviewsError('INTERVIEW_NOT_SCHEDULED', `The interview is ${interview.status}; only scheduled interviews change.`, {
        status: interview.status,
      });
    }
    return interview;
  }

  /** 400 naming `interviewerIds.N` for each id that is not an active user of the organisation. */
  private async requireActiveUsers(scope: TenantScope, ids: string[]): Promise<void> {
    const active = await scopedQuery(scope, User, 'user')
      .andWhere(`user.id IN (:...ids) AND user.status = 'active'`, { ids })
      .select('user.id', 'id')
      .getRawMany<{ id: string }>();
    const known = new Set(active.map((row) => row.id));
    const errors = ids.flatMap((id, index) =>
      known.has(id) ? [] : [{ field: `interviewerIds.${index}`, message: 'is not an active user of the organisation' }],
    );
    if (errors.length) throw PlatformError.validation(errors);
  }

  private async addPanel(scope: TenantScope, interviewId: string, userIds: string[]): Promise<void> {
    await scope.manager.insert(
      InterviewInterviewer,
      userIds.map((userId) => ({ interviewId, userId, organizationId: scope.organizationId })),
    );
  }

  private async panelIds(scope: TenantScope, interviewId: string): Promise<string[]> {
    const rows = await scopedQuery(scope, InterviewInterviewer, 'member')
      .andWhere('member.interview_id = :interviewId', { interviewId })
      .select('member.user_id', 'userId')
      .orderBy('member.created_at')
      .addOrderBy('member.user_id')
      .getRawMany<{ userId: string }>();
    return rows.map((row) => row.userId);
  }

  private async publish(scope: TenantScope, interview: Interview, type: ChangeType): Promise<void> {
    await this.outbox.publish(scope.manager, {
      name: QueueJobName.InterviewChanged,
      payload: {
        interviewId: interview.id,
        applicationId: interview.applicationId,
        type,
        sequence: interview.sequence,
        occurredAt: new Date().toISOString(),
      },
      organizationId: scope.organizationId,
    });
  }

  /**
   * Queues the calendar emails of a change: a REQUEST (invitation or update) to the panel in
   * `requestTo` and the candidate, a CANCEL to `cancelTo` (people taken off the panel, or everyone
   * when the interview is cancelled). One email per recipient and sequence.
   */
  private async sendCalendar(
    scope: TenantScope,
    interview: Interview,
    recipients: { requestTo: string[]; cancelTo: string[]; update: boolean; cancelled?: boolean },
  ): Promise<void> {
    const people = await this.attendees(scope, interview, [...recipients.requestTo, ...recipients.cancelTo]);
    const byId = new Map(people.panel.map((member) => [member.id, member]));
    const panel = recipients.requestTo.map((id) => byId.get(id)!).filter(Boolean);
    const candidate = people.candidate.email ? { name: people.candidate.name, email: people.candidate.email } : null;
    const everyone: CalendarPerson[] = [...panel.map(({ name, email }) => ({ name, email })), ...(candidate ? [candidate] : [])];
    const organizer = {
      name: this.config.MAIL_FROM.replace(/\s*<[^>]*>\s*$/, '') || 'Hiring Pipeline',
      email: emailOfAddress(this.config.MAIL_FROM),
    };
    const domain = domainOfAddress(this.config.MAIL_FROM);
    const calendarInterview = {
      id: interview.id,
      title: interview.title,
      startsAt: interview.startsAt,
      endsAt: interview.endsAt,
      location: interview.location,
      meetingUrl: interview.meetingUrl,
      sequence: interview.sequence,
    };
    const common = { organizationName: people.organizationName, title: interview.title, jobTitle: people.jobTitle };
    const key = (method: string, email: string) => `interview:${interview.id}:${interview.sequence}:${method}:${email.toLowerCase()}`;

    if (!recipients.cancelled) {
      const ics = buildInterviewIcs({ domain, method: 'REQUEST', organizer, attendees: everyone, interview: calendarInterview });
      const invite = async (to: CalendarPerson, timezone: string, withWhom?: string) =>
        this.mail.enqueue(scope.manager, {
          dedupeKey: key('request', to.email),
          to: to.email,
          organizationId: scope.organizationId,
          template: 'interviewInvitation',
          data: {
            ...common,
            recipientName: to.name,
            withWhom,
            when: describeInterviewTime(interview.startsAt, interview.endsAt, timezone),
            location: interview.location,
            meetingUrl: interview.meetingUrl,
            update: recipients.update,
            ics,
          },
        });
      for (const member of panel) await invite(member, member.timezone, `candidate: ${people.candidate.name}`);
      if (candidate) await invite(candidate, interview.timezone);
    }

    const cancelTo = recipients.cancelTo.map((id) => byId.get(id)!).filter(Boolean);
    const cancel = async (to: CalendarPerson, timezone: string, attendees: CalendarPerson[]) =>
      this.mail.enqueue(scope.manager, {
        dedupeKey: key('cancel', to.email),
        to: to.email,
        organizationId: scope.organizationId,
        template: 'interviewCancellation',
        data: {
          ...common,
          recipientName: to.name,
          when: describeInterviewTime(interview.startsAt, interview.endsAt, timezone),
          removedFromPanel: !recipients.cancelled,
          ics: buildInterviewIcs({ domain, method: 'CANCEL', organizer, attendees, interview: calendarInterview }),
        },
      });
    if (recipients.cancelled) {
      const all: CalendarPerson[] = [...cancelTo.map(({ name, email }) => ({ name, email })), ...(candidate ? [candidate] : [])];
      for (const member of cancelTo) await cancel(member, member.timezone, all);
      if (candidate) await cancel(candidate, interview.timezone, all);
    } else {
      // Someone taken off the panel: the CANCEL names only them, so the others' event stands.
      for (const member of cancelTo) await cancel(member, member.timezone, [{ name: member.name, email: member.email }]);
    }
  }

  private async attendees(scope: TenantScope, interview: Interview, userIds: string[]): Promise<Attendees> {
    const [context] = (await scope.manager.query(
      `SELECT organization.name AS "organizationName", job.title AS "jobTitle",
              candidate.first_name || ' ' || candidate.last_name AS "candidateName",
              CASE WHEN candidate.erased_at IS NULL THEN candidate.email END AS "candidateEmail"
         FROM applications application
         JOIN organizations organization ON organization.id = application.organization_id
         JOIN jobs job ON job.id = application.job_id
         JOIN candidates candidate ON candidate.id = application.candidate_id
        WHERE application.organization_id = $1 AND application.id = $2`,
      [scope.organizationId, interview.applicationId],
    )) as { organizationName: string; jobTitle: string; candidateName: string; candidateEmail: string | null }[];
    const panel = userIds.length
      ? ((await scope.manager.query(
          `SELECT member.id, member.name, member.email, COALESCE(member.timezone, organization.timezone) AS timezone
             FROM users member
             JOIN organizations organization ON organization.id = member.organization_id
            WHERE member.organization_id = $1 AND member.id = ANY($2::uuid[])`,
          [scope.organizationId, userIds],
        )) as PanelMember[])
      : [];
    return {
      organizationName: context!.organizationName,
      jobTitle: context!.jobTitle,
      candidate: { name: context!.candidateName, email: context!.candidateEmail },
      panel,
    };
  }

  private async withWarnings(context: RequestContext, interviewId: string): Promise<InterviewChangeResult> {
    const view = await this.get(context, interviewId);
    const conflicts = (await context.manager.query(
      `SELECT mine.user_id AS "interviewerId", other.id AS "conflictingInterviewId"
         FROM interview_interviewers mine
         JOIN interview_interviewers theirs ON theirs.user_id = mine.user_id AND theirs.organization_id = mine.organization_id
         JOIN interviews other ON other.id = theirs.interview_id
        WHERE mine.organization_id = $1 AND mine.interview_id = $2
          AND other.organization_id = $1 AND other.id <> $2 AND other.status = 'scheduled'
          AND other.starts_at < $4 AND other.ends_at > $3
        ORDER BY mine.user_id, other.starts_at, other.id`,
      [context.organizationId, interviewId, new Date(view.startsAt), new Date(view.endsAt)],
    )) as { interviewerId: string; conflictingInterviewId: string }[];
    const warnings: InterviewWarning[] =
      view.status === 'scheduled' ? conflicts.map((conflict) => ({ code: 'INTERVIEWER_DOUBLE_BOOKED', ...conflict })) : [];
    return { ...view, warnings };
  }

  /** Views of visible interviews, in the order of `ids`: two statements, whatever the number of interviews. */
  private async views(scope: TenantScope, ids: string[]): Promise<InterviewView[]> {
    if (ids.length === 0) return [];
    const [rows, feedback] = await Promise.all([this.viewRows(scope, ids), this.feedback(scope, ids)]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const feedbackOf = new Map(feedback.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      const startsAt = new Date(row.starts_at);
      const endsAt = new Date(row.ends_at);
      return [
        {
          id: row.id,
          applicationId: row.application_id,
          candidate: { id: row.candidate_id, name: row.candidate_name },
          job: { id: row.job_id, title: row.job_title },
          stage: { id: row.stage_id, name: row.stage_name, scorecardAttributes: row.stage_scorecard_attributes },
          title: row.title,
          status: row.status,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          durationMinutes: minutes(startsAt, endsAt),
          timezone: row.timezone,
          location: row.location,
          meetingUrl: row.meeting_url,
          sequence: row.sequence,
          cancelReason: row.cancel_reason,
          panel: row.panel,
          awaitingFeedback: feedbackOf.get(id)?.awaiting_feedback ?? false,
          scorecardsDue: feedbackOf.get(id)?.scorecards_due ?? [],
          createdAt: new Date(row.created_at).toISOString(),
          updatedAt: new Date(row.updated_at).toISOString(),
        },
      ];
    });
  }

  /**
   * Who on each panel still owes a scorecard, and whether the interview awaits feedback (it has
   * ended, took place, and someone owes one). Read in SQL over the scorecards table: the scorecards
   * library builds on this one, so it cannot be imported here (ADR 0012). A cancelled or no-show
   * interview takes no scorecards, so no one owes one.
   */
  private async feedback(scope: TenantScope, ids: string[]): Promise<FeedbackRow[]> {
    return (await scope.manager.query(
      `SELECT interview.id,
              COALESCE(json_agg(json_build_object('interviewerId', member.id, 'name', member.name) ORDER BY panel.created_at, member.id)
                         FILTER (WHERE member.id IS NOT NULL), '[]') AS scorecards_due,
              (interview.ends_at <= now() AND count(member.id) > 0) AS awaiting_feedback
         FROM interviews interview
         LEFT JOIN interview_interviewers panel
                ON panel.interview_id = interview.id
               AND interview.status NOT IN ('cancelled', 'no_show')
               AND NOT EXISTS (SELECT 1 FROM scorecards scorecard
                                WHERE scorecard.organization_id = interview.organization_id
                                  AND scorecard.interview_id = interview.id AND scorecard.author_user_id = panel.user_id)
         LEFT JOIN users member ON member.id = panel.user_id
        WHERE interview.organization_id = $1 AND interview.id = ANY($2::uuid[])
        GROUP BY interview.id`,
      [scope.organizationId, ids],
    )) as FeedbackRow[];
  }

  private async viewRows(scope: TenantScope, ids: string[]): Promise<ViewRow[]> {
    return (await scope.manager.query(
      `SELECT interview.*, candidate.first_name || ' ' || candidate.last_name AS candidate_name, candidate.id AS candidate_id,
              job.id AS job_id, job.title AS job_title, stage.name AS stage_name, stage.scorecard_attributes AS stage_scorecard_attributes,
              COALESCE((SELECT json_agg(json_build_object('id', member.id, 'name', member.name) ORDER BY panel.created_at, member.id)
                          FROM interview_interviewers panel JOIN users member ON member.id = panel.user_id
                         WHERE panel.interview_id = interview.id), '[]') AS panel
         FROM interviews interview
         JOIN applications application ON application.id = interview.application_id
         JOIN candidates candidate ON candidate.id = application.candidate_id
         JOIN jobs job ON job.id = application.job_id
         JOIN stages stage ON stage.id = interview.stage_id
        WHERE interview.organization_id = $1 AND interview.id = ANY($2::uuid[])`,
      [scope.organizationId, ids],
    )) as ViewRow[];
  }
}

const notFound = () => new InterviewsError('INTERVIEW_NOT_FOUND', 'No such interview.');
