import { readReminderPolicy, type ReminderPolicy } from '@hp/accounts';
import { Clock } from '@hp/common';
import { PeriodicTaskRunner, QueueJobHandler, QueueJobName, type QueueJobPayload } from '@hp/queue';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ReminderDispatcher } from './reminder-dispatcher.js';
import { ReminderMetrics } from './reminder-metrics.js';
import { jobOwnerIds, staleApplicationsSql } from './reminder-recipients.js';
import {
  type InterviewState,
  planApplicationReceived,
  planChallenge,
  planInterviewUpcoming,
  planRejectionNotice,
  planScorecardDue,
  planStageStaleDigest,
} from './reminder-rules.js';
import { type DueReminder, ReminderStore } from './reminder-store.js';

const DIGEST_PLANNING_INTERVAL_MS = 5 * 60_000;
/** Interviews that ended longer ago than this no longer get scorecard reminders re-planned. */
const REPLAN_PAST_INTERVIEWS_DAYS = 60;

/**
 * Worker side of the domain events: each event says which subject changed; the planner reads
 * that subject's current state (never the event's copy), applies the rules and stores the
 * difference, so events arriving twice or out of order plan the same thing. The subject's row is
 * locked while planning, so two workers never plan one subject at once.
 */
@Injectable()
export class ReminderPlanner implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: ReminderStore,
    private readonly dispatcher: ReminderDispatcher,
    private readonly metrics: ReminderMetrics,
    private readonly periodic: PeriodicTaskRunner,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.periodic.schedule({ name: 'reminders.plan-digests', everyMs: DIGEST_PLANNING_INTERVAL_MS, run: () => this.planDigests() });
  }

  @QueueJobHandler(QueueJobName.InterviewChanged)
  async onInterviewChanged(event: QueueJobPayload<QueueJobName.InterviewChanged>): Promise<void> {
    this.metrics.domainEvent('interview', event.type);
    await this.planInterview(event.interviewId, new Date(event.occurredAt));
  }

  @QueueJobHandler(QueueJobName.ScorecardSubmitted)
  async onScorecardSubmitted(event: QueueJobPayload<QueueJobName.ScorecardSubmitted>): Promise<void> {
    this.metrics.domainEvent('scorecard', 'submitted');
    if (event.interviewId) await this.planInterview(event.interviewId, new Date(event.occurredAt));
  }

  @QueueJobHandler(QueueJobName.ChallengeChanged)
  async onChallengeChanged(event: QueueJobPayload<QueueJobName.ChallengeChanged>): Promise<void> {
    this.metrics.domainEvent('challenge', event.type);
    await this.planChallenge(event.challengeId, new Date(event.occurredAt));
  }

  @QueueJobHandler(QueueJobName.ApplicationChanged)
  async onApplicationChanged(event: QueueJobPayload<QueueJobName.ApplicationChanged>): Promise<void> {
    this.metrics.domainEvent('application', event.type);
    await this.planApplication(event);
  }

  @QueueJobHandler(QueueJobName.OrganizationSettingsChanged)
  async onSettingsChanged(event: QueueJobPayload<QueueJobName.OrganizationSettingsChanged>): Promise<void> {
    await this.replanOrganization(event.organizationId, new Date(event.occurredAt));
  }

  private async planned(work: (manager: EntityManager, now: Date) => Promise<DueReminder[]>): Promise<DueReminder[]> {
    const now = this.clock.now();
    const due = await this.dataSource.transaction((manager) => work(manager, now));
    this.metrics.scheduled(due);
    await this.dispatcher.enqueue(due);
    return due;
  }

  /**
   * `changedAt`: when the change being planned happened. A reminder whose time had passed by then
   * is recorded as skipped; one that fell due while the change waited in a queue backlog is sent,
   * late rather than lost.
   */
  async planInterview(interviewId: string, changedAt?: Date): Promise<DueReminder[]> {
    return this.planned(async (manager, now) => {
      const [row] = await manager.query(
        // Panel and scorecards in the same statement: one round trip fewer each, per planned interview.
        `SELECT i.id, i.organization_id, i.application_id, a.candidate_id, a.job_id, i.status, i.starts_at, i.ends_at, o.reminder_policy,
                ARRAY(SELECT p.user_id FROM interview_interviewers p WHERE p.interview_id = i.id ORDER BY p.user_id) AS panel_user_ids,
                ARRAY(SELECT s.author_user_id FROM scorecards s WHERE s.interview_id = i.id) AS submitted_user_ids
           FROM interviews i JOIN applications a ON a.id = i.application_id JOIN organizations o ON o.id = i.organization_id
          WHERE i.id = $1
          FOR UPDATE OF i`,
        [interviewId],
      );
      if (!row) return [];
      const interview: InterviewState = {
        id: row.id,
        applicationId: row.application_id,
        candidateId: row.candidate_id,
        status: row.status,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        panelUserIds: row.panel_user_ids,
        submittedUserIds: row.submitted_user_ids,
        escalationUserIds: await jobOwnerIds(manager, row.organization_id, row.job_id),
      };
      const policy = readReminderPolicy(row.reminder_policy);
      const planned = [...planInterviewUpcoming(interview, policy, changedAt ?? now), ...planScorecardDue(interview, policy)];
      const subject = {
        organizationId: row.organization_id,
        column: 'interview_id',
        id: interviewId,
        kinds: ['interview_upcoming', 'scorecard_due', 'scorecard_overdue'],
      } as const;
      return this.store.sync(manager, subject, planned, now, obsoleteInterviewReminderReason(interview));
    });
  }

  /** `changedAt`: as for `planInterview`. */
  async planChallenge(challengeId: string, changedAt?: Date): Promise<DueReminder[]> {
    return this.planned(async (manager, now) => {
      const [row] = await manager.query(
        `SELECT c.id, c.organization_id, c.application_id, a.candidate_id, c.due_at, c.submitted_at, o.reminder_policy,
                array(SELECT user_id FROM challenge_reviewers r WHERE r.challenge_id = c.id ORDER BY user_id) AS reviewer_ids
           FROM coding_challenges c JOIN applications a ON a.id = c.application_id JOIN organizations o ON o.id = c.organization_id
          WHERE c.id = $1
          FOR UPDATE OF c`,
        [challengeId],
      );
      if (!row) return [];
      const planned = planChallenge(
        {
          id: row.id,
          applicationId: row.application_id,
          candidateId: row.candidate_id,
          dueAt: row.due_at,
          submitted: row.submitted_at !== null,
          reviewerUserIds: row.reviewer_ids,
        },
        readReminderPolicy(row.reminder_policy),
        changedAt ?? now,
      );
      const subject = {
        organizationId: row.organization_id,
        column: 'challenge_id',
        id: challengeId,
        kinds: ['challenge_due', 'challenge_expired'],
      } as const;
      const reason = row.submitted_at ? 'The challenge was submitted' : 'The deadline, the reviewers or the reminder policy changed';
      return this.store.sync(manager, subject, planned, now, reason);
    });
  }

  /**
   * Confirms career-page applications, plans the rejection notice the recruiter asked for, and
   * cancels a pending notice when the application is reopened.
   */
  async planApplication(event: QueueJobPayload<QueueJobName.ApplicationChanged>): Promise<DueReminder[]> {
    return this.planned(async (manager, now) => {
      const [row] = await manager.query(
        `SELECT a.id, a.organization_id, a.candidate_id, a.status, a.source, a.applied_at, a.closed_at, o.reminder_policy
           FROM applications a JOIN organizations o ON o.id = a.organization_id
          WHERE a.id = $1
          FOR UPDATE OF a`,
        [event.applicationId],
      );
      if (!row) return [];
      const policy = readReminderPolicy(row.reminder_policy);
      const due: DueReminder[] = [];
      if (event.type === 'applied' && row.source === 'career_site' && policy.candidateNotifications.applicationReceived) {
        due.push(
          ...(await this.store.insert(
            manager,
            row.organization_id,
            [planApplicationReceived({ id: row.id, candidateId: row.candidate_id, appliedAt: row.applied_at })],
            now,
          )),
        );
      }
      if (event.type === 'rejected' && event.notifyCandidate && row.status === 'rejected' && row.closed_at) {
        const notice = planRejectionNotice({ applicationId: row.id, candidateId: row.candidate_id, rejectedAt: row.closed_at }, policy);
        due.push(...(await this.store.insert(manager, row.organization_id, [notice], now)));
      }
      if (row.status !== 'rejected') {
        const pending: { id: string }[] = await manager.query(
          `SELECT id FROM reminders WHERE application_id = $1 AND kind = 'rejection_notice' AND status = 'scheduled'`,
          [row.id],
        );
        const reason = row.status === 'active' ? 'The application was reopened' : `The application is now ${row.status}`;
        await this.store.close(
          manager,
          pending.map((notice) => notice.id),
          'cancelled',
          reason,
          now,
        );
      }
      return due;
    });
  }

  /** Plans the next stale-stage digest of every recipient with something stale by then. */
  async planDigests(organizationId?: string): Promise<number> {
    const organizations: { id: string; timezone: string; reminder_policy: unknown }[] = await this.dataSource.query(
      `SELECT id, timezone, reminder_policy FROM organizations WHERE $1::uuid IS NULL OR id = $1 ORDER BY id`,
      [organizationId ?? null],
    );
    let planned = 0;
    for (const organization of organizations) {
      const policy = readReminderPolicy(organization.reminder_policy);
      planned += (await this.planOrganizationDigests(organization.id, policy)).length;
    }
    return planned;
  }

  private async planOrganizationDigests(organizationId: string, policy: ReminderPolicy): Promise<DueReminder[]> {
    return this.planned(async (manager, now) => {
      if (!policy.stageStale.enabled) {
        const pending: { id: string }[] = await manager.query(
          `SELECT id FROM reminders WHERE organization_id = $1 AND kind = 'stage_stale_digest' AND status = 'scheduled'`,
          [organizationId],
        );
        await this.store.close(
          manager,
          pending.map((digest) => digest.id),
          'cancelled',
          'Stale-stage digests were turned off',
          now,
        );
        return [];
      }
      // Everyone with an application stale by the time of their next digest (within a day).
      const recipients: { user_id: string; timezone: string }[] = await manager.query(
        staleApplicationsSql(`DISTINCT recipient.id AS user_id,
               coalesce(recipient.timezone, (SELECT timezone FROM organizations WHERE id = $1)) AS timezone`),
        [organizationId, policy.stageStale.defaultSlaDays, new Date(now.getTime() + 24 * 3_600_000)],
      );
      const due: DueReminder[] = [];
      for (const recipient of recipients) {
        const digest = planStageStaleDigest(recipient.user_id, now, recipient.timezone, policy);
        const subject = { organizationId, column: 'recipient_user_id', id: recipient.user_id, kinds: ['stage_stale_digest'] } as const;
        // Only the next digest is planned; earlier scheduled ones (another hour, another day) make way.
        due.push(...(await this.store.sync(manager, subject, [digest], now, 'The digest hour or the timezone changed', { keepDue: true })));
      }
      return due;
    });
  }

  /** After a policy change: every reminder not yet sent is planned again under the new policy. */
  async replanOrganization(organizationId: string, changedAt?: Date): Promise<void> {
    const now = this.clock.now();
    const interviews: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM interviews
        WHERE organization_id = $1 AND status IN ('scheduled', 'completed') AND ends_at > $2
        ORDER BY id`,
      [organizationId, new Date(now.getTime() - REPLAN_PAST_INTERVIEWS_DAYS * 86_400_000)],
    );
    for (const interview of interviews) await this.planInterview(interview.id, changedAt);
    const challenges: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM coding_challenges WHERE organization_id = $1 AND submitted_at IS NULL AND due_at > $2 ORDER BY id`,
      [organizationId, now],
    );
    for (const challenge of challenges) await this.planChallenge(challenge.id, changedAt);
    await this.planned(async (manager) => {
      const [organization] = await manager.query(`SELECT reminder_policy FROM organizations WHERE id = $1`, [organizationId]);
      const delay = readReminderPolicy(organization?.reminder_policy).candidateNotifications.rejectionNoticeDelayMinutes;
      // TypeORM answers an UPDATE with [rows, count].
      const [rows]: [{ id: string; due_at: Date }[], number] = await manager.query(
        `UPDATE reminders
            SET due_at = (details->>'rejectedAt')::timestamptz + make_interval(mins => $2), enqueued_at = NULL, updated_at = now()
          WHERE organization_id = $1 AND kind = 'rejection_notice' AND status = 'scheduled'
            AND due_at <> (details->>'rejectedAt')::timestamptz + make_interval(mins => $2)
          RETURNING id, due_at`,
        [organizationId, delay],
      );
      return rows.map((row) => ({ id: row.id, kind: 'rejection_notice' as const, dueAt: row.due_at }));
    });
    await this.planDigests(organizationId);
  }
}

/** Why a scheduled interview reminder is no longer planned, in words for the reminders list. */
function obsoleteInterviewReminderReason(interview: InterviewState): string {
  if (interview.status === 'cancelled') return 'The interview was cancelled';
  if (interview.status === 'no_show') return 'The candidate did not show up';
  return 'The interview, its panel, its scorecards or the reminder policy changed';
}
