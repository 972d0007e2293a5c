import { readNotificationPreferences, readReminderPolicy } from '@hp/accounts';
import { APP_CONFIG, type AppConfig } from '@hp/config';
import { describeInstant, describeInterviewTime } from '@hp/interviews';
import type { MailTemplateData } from '@hp/mail';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { preferenceOfKind, type ReminderKind } from './reminder-kinds.js';
import { staleApplicationsSql } from './reminder-recipients.js';

/** A reminder row as the sender reads it, locked. */
export interface DueReminderRow {
  id: string;
  organization_id: string;
  kind: ReminderKind;
  recipient_user_id: string | null;
  recipient_candidate_id: string | null;
  application_id: string | null;
  interview_id: string | null;
  challenge_id: string | null;
  due_at: Date;
  details: Record<string, string | number>;
  send_count: number;
}

export type ReminderDecision = { send: { to: string; data: MailTemplateData<'reminder'> } } | { skip: string };

interface Recipient {
  email: string;
  name: string;
  timezone: string;
  organizationName: string;
}

const DIGEST_ITEMS_SHOWN = 100;

/** From an interview or a challenge (`alias`) to its application `a`, job `j` and candidate `c`. */
const applicationJoins = (alias: string) =>
  `JOIN applications a ON a.id = ${alias}.application_id JOIN jobs j ON j.id = a.job_id JOIN candidates c ON c.id = a.candidate_id`;

/** "1 hour", "24 hours", "30 minutes", "2 days". */
export function describeDuration(minutes: number): string {
  const [value, unit] =
    minutes % 1440 === 0 && minutes > 1440 ? [minutes / 1440, 'day'] : minutes % 60 === 0 ? [minutes / 60, 'hour'] : [minutes, 'minute'];
  return `${value} ${unit}${value === 1 ? '' : 's'}`;
}

/**
 * Decides, when a reminder fires, whether its reason still holds and words its email: in the
 * recipient's timezone (a user's own, else the organisation's; a candidate's interview's, else
 * the organisation's). Every check reads the current rows, in the sender's transaction.
 */
@Injectable()
export class ReminderMessages {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async decide(manager: EntityManager, reminder: DueReminderRow, now: Date): Promise<ReminderDecision> {
    const recipient = reminder.recipient_user_id
      ? await this.user(manager, reminder)
      : await this.candidate(manager, reminder.recipient_candidate_id!);
    if ('skip' in recipient) return recipient;
    switch (reminder.kind) {
      case 'interview_upcoming':
        return this.interviewUpcoming(manager, reminder, recipient);
      case 'scorecard_due':
        return this.scorecardDue(manager, reminder, recipient);
      case 'scorecard_overdue':
        return this.scorecardOverdue(manager, reminder, recipient);
      case 'stage_stale_digest':
        return this.staleDigest(manager, reminder, recipient, now);
      case 'challenge_due':
      case 'challenge_expired':
        return this.challenge(manager, reminder, recipient);
      case 'application_received':
      case 'rejection_notice':
        return this.candidateNotice(manager, reminder, recipient);
    }
  }

  private link(path: string): string {
    return new URL(path, this.config.APP_URL).toString();
  }

  private async user(manager: EntityManager, reminder: DueReminderRow): Promise<Recipient | { skip: string }> {
    const [user] = await manager.query(
      `SELECT u.name, u.email, u.status, u.notification_preferences, coalesce(u.timezone, o.timezone) AS timezone, o.name AS organization_name
         FROM users u JOIN organizations o ON o.id = u.organization_id
        WHERE u.id = $1`,
      [reminder.recipient_user_id],
    );
    if (!user || user.status !== 'active') return { skip: 'The recipient is no longer an active user' };
    const preference = preferenceOfKind[reminder.kind];
    if (preference && !readNotificationPreferences(user.notification_preferences)[preference]) {
      return { skip: 'The recipient turned these reminders off' };
    }
    return { email: user.email, name: user.name, timezone: user.timezone, organizationName: user.organization_name };
  }

  private async candidate(manager: EntityManager, candidateId: string): Promise<Recipient | { skip: string }> {
    const [candidate] = await manager.query(
      `SELECT c.first_name, c.email, c.erased_at, o.timezone, o.name AS organization_name
         FROM candidates c JOIN organizations o ON o.id = c.organization_id
        WHERE c.id = $1`,
      [candidateId],
    );
    if (!candidate || candidate.erased_at || !candidate.email) return { skip: "The candidate's data was erased" };
    return {
      email: candidate.email,
      name: candidate.first_name,
      timezone: candidate.timezone,
      organizationName: candidate.organization_name,
    };
  }

  private async interviewUpcoming(manager: EntityManager, reminder: DueReminderRow, recipient: Recipient): Promise<ReminderDecision> {
    const [interview] = await manager.query(
      `SELECT i.title, i.status, i.starts_at, i.ends_at, i.timezone, i.location, i.meeting_url, a.status AS application_status,
              j.title AS job_title, c.first_name, c.last_name,
              EXISTS (SELECT 1 FROM interview_interviewers p WHERE p.interview_id = i.id AND p.user_id = $2) AS on_panel
         FROM interviews i ${applicationJoins('i')}
        WHERE i.id = $1`,
      [reminder.interview_id, reminder.recipient_user_id],
    );
    if (!interview) return { skip: 'The interview was deleted' };
    if (interview.status !== 'scheduled') return { skip: `The interview is ${interview.status.replace('_', ' ')}` };
    if (interview.starts_at.toISOString() !== reminder.details.startsAt) return { skip: 'The interview moved' };
    if (interview.application_status !== 'active') return { skip: `The application is ${interview.application_status}` };
    const inWhen = `in ${describeDuration(Number(reminder.details.offsetMinutes))}`;
    const where = [
      interview.location ? `Where: ${interview.location}` : '',
      interview.meeting_url ? `Join: ${interview.meeting_url}` : '',
    ].filter(Boolean);
    if (reminder.recipient_user_id) {
      if (!interview.on_panel) return { skip: 'The recipient is no longer on the panel' };
      const candidateName = `${interview.first_name} ${interview.last_name}`;
      return this.send(recipient, {
        subject: `Reminder: ${interview.title} with ${candidateName} ${inWhen}`,
        paragraphs: [
          `You interview ${candidateName} for ${interview.job_title}: ${interview.title}.`,
          `When: ${describeInterviewTime(interview.starts_at, interview.ends_at, recipient.timezone)}`,
          ...where,
        ],
        actionUrl: this.link(`/interviews/${reminder.interview_id}`),
        actionLabel: 'Open the interview',
      });
    }
    return this.send(recipient, {
      subject: `Reminder: your interview with ${recipient.organizationName} ${inWhen}`,
      paragraphs: [
        `This is a reminder of your interview for ${interview.job_title} with ${recipient.organizationName}: ${interview.title}.`,
        `When: ${describeInterviewTime(interview.starts_at, interview.ends_at, interview.timezone)}`,
        ...where,
      ],
    });
  }

  private async interviewForScorecards(manager: EntityManager, reminder: DueReminderRow) {
    const [interview] = await manager.query(
      `SELECT i.title, i.status, i.ends_at, j.title AS job_title, c.first_name, c.last_name
         FROM interviews i ${applicationJoins('i')}
        WHERE i.id = $1`,
      [reminder.interview_id],
    );
    if (!interview) return { skip: 'The interview was deleted' };
    if (interview.status === 'cancelled' || interview.status === 'no_show')
      return { skip: `The interview is ${interview.status.replace('_', ' ')}` };
    if (interview.ends_at.toISOString() !== reminder.details.endsAt) return { skip: 'The interview moved' };
    return interview as { title: string; ends_at: Date; job_title: string; first_name: string; last_name: string };
  }

  private async scorecardDue(manager: EntityManager, reminder: DueReminderRow, recipient: Recipient): Promise<ReminderDecision> {
    const interview = await this.interviewForScorecards(manager, reminder);
    if ('skip' in interview) return interview;
    const [state] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM interview_interviewers WHERE interview_id = $1 AND user_id = $2) AS on_panel,
              EXISTS (SELECT 1 FROM scorecards WHERE interview_id = $1 AND author_user_id = $2) AS submitted`,
      [reminder.interview_id, reminder.recipient_user_id],
    );
    if (!state.on_panel) return { skip: 'The recipient is no longer on the panel' };
    if (state.submitted) return { skip: 'The scorecard was submitted' };
    const candidateName = `${interview.first_name} ${interview.last_name}`;
    return this.send(recipient, {
      subject: `Scorecard due: ${candidateName}, ${interview.title} (reminder ${reminder.details.number} of ${reminder.details.of})`,
      paragraphs: [
        `Your scorecard for ${candidateName} (${interview.job_title}, ${interview.title}) is still missing.`,
        `The interview ended ${describeInstant(interview.ends_at, recipient.timezone)}.`,
      ],
      actionUrl: this.link(`/interviews/${reminder.interview_id}/scorecard`),
      actionLabel: 'Submit your scorecard',
    });
  }

  private async scorecardOverdue(manager: EntityManager, reminder: DueReminderRow, recipient: Recipient): Promise<ReminderDecision> {
    const interview = await this.interviewForScorecards(manager, reminder);
    if ('skip' in interview) return interview;
    const missing: { name: string }[] = await manager.query(
      `SELECT u.name FROM interview_interviewers p JOIN users u ON u.id = p.user_id
        WHERE p.interview_id = $1 AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = $1 AND s.author_user_id = p.user_id)
        ORDER BY u.name`,
      [reminder.interview_id],
    );
    if (missing.length === 0) return { skip: 'Every scorecard was submitted' };
    const candidateName = `${interview.first_name} ${interview.last_name}`;
    return this.send(recipient, {
      subject: `Scorecards still missing: ${candidateName}, ${interview.title}`,
      paragraphs: [
        `After every reminder, these interviewers have still not submitted their scorecard for ${candidateName} (${interview.job_title}, ${interview.title}, ended ${describeInstant(interview.ends_at, recipient.timezone)}):`,
      ],
      items: missing.map((interviewer) => interviewer.name),
      actionUrl: this.link(`/interviews/${reminder.interview_id}`),
      actionLabel: 'Open the interview',
    });
  }

  private async staleDigest(manager: EntityManager, reminder: DueReminderRow, recipient: Recipient, now: Date): Promise<ReminderDecision> {
    const [organization] = await manager.query(`SELECT reminder_policy FROM organizations WHERE id = $1`, [reminder.organization_id]);
    const policy = readReminderPolicy(organization.reminder_policy);
    if (!policy.stageStale.enabled) return { skip: 'Stale-stage digests were turned off' };
    const stale: { id: string; first_name: string; last_name: string; job_title: string; stage_name: string; stage_entered_at: Date }[] =
      await manager.query(
        `${staleApplicationsSql(`a.id, c.first_name, c.last_name, j.title AS job_title, s.name AS stage_name, a.stage_entered_at`)}
           AND recipient.id = $4
         ORDER BY a.stage_entered_at, a.id`,
        [reminder.organization_id, policy.stageStale.defaultSlaDays, now, reminder.recipient_user_id],
      );
    if (stale.length === 0) return { skip: 'No application is over its stage’s time limit any more' };
    const days = (since: Date) => Math.floor((now.getTime() - since.getTime()) / 86_400_000);
    const shown = stale.slice(0, DIGEST_ITEMS_SHOWN);
    return this.send(recipient, {
      subject: `${stale.length} application${stale.length === 1 ? '' : 's'} waiting too long in a stage`,
      paragraphs: [
        `These active applications have been in their stage longer than its time limit (as of ${describeInstant(now, recipient.timezone)}):`,
        ...(stale.length > shown.length
          ? [`The ${shown.length} waiting longest are listed; ${stale.length - shown.length} more are on the pipeline boards.`]
          : []),
      ],
      items: shown.map(
        (application) =>
          `${application.first_name} ${application.last_name}: ${application.job_title}, ${application.stage_name}, ${days(application.stage_entered_at)} days (${this.link(`/applications/${application.id}`)})`,
      ),
      actionUrl: this.link('/jobs'),
      actionLabel: 'Open the pipelines',
    });
  }

  private async challenge(manager: EntityManager, reminder: DueReminderRow, recipient: Recipient): Promise<ReminderDecision> {
    const [challenge] = await manager.query(
      `SELECT ch.title, ch.due_at, ch.submitted_at, a.status AS application_status, j.title AS job_title, c.first_name, c.last_name,
              EXISTS (SELECT 1 FROM challenge_reviewers r WHERE r.challenge_id = ch.id AND r.user_id = $2) AS reviewer
         FROM coding_challenges ch ${applicationJoins('ch')}
        WHERE ch.id = $1`,
      [reminder.challenge_id, reminder.recipient_user_id],
    );
    if (!challenge) return { skip: 'The challenge was deleted' };
    if (challenge.submitted_at) return { skip: 'The challenge was submitted' };
    if (challenge.due_at.toISOString() !== reminder.details.challengeDueAt) return { skip: 'The deadline changed' };
    if (challenge.application_status !== 'active') return { skip: `The application is ${challenge.application_status}` };
    if (reminder.kind === 'challenge_due') {
      return this.send(recipient, {
        subject: `Reminder: your coding challenge for ${challenge.job_title} is due ${describeInstant(challenge.due_at, recipient.timezone)}`,
        paragraphs: [
          `We have not received your submission for "${challenge.title}" yet. Please submit it by ${describeInstant(challenge.due_at, recipient.timezone)}, using the personal link in the email that sent you the challenge.`,
        ],
      });
    }
    if (!challenge.reviewer) return { skip: 'The recipient no longer reviews this challenge' };
    const candidateName = `${challenge.first_name} ${challenge.last_name}`;
    return this.send(recipient, {
      subject: `Coding challenge expired unsubmitted: ${candidateName}`,
      paragraphs: [
        `${candidateName} did not submit "${challenge.title}" (${challenge.job_title}) by its deadline, ${describeInstant(challenge.due_at, recipient.timezone)}.`,
        'You can extend the deadline or move the application on.',
      ],
      actionUrl: this.link(`/applications/${reminder.application_id}`),
      actionLabel: 'Open the application',
    });
  }

  private async candidateNotice(manager: EntityManager, reminder: DueReminderRow, recipient: Recipient): Promise<ReminderDecision> {
    const [application] = await manager.query(
      `SELECT a.status, a.closed_at, j.title AS job_title FROM applications a JOIN jobs j ON j.id = a.job_id WHERE a.id = $1`,
      [reminder.application_id],
    );
    if (!application) return { skip: 'The application was deleted' };
    if (reminder.kind === 'application_received') {
      return this.send(recipient, {
        subject: `We received your application for ${application.job_title}`,
        paragraphs: [
          `Thank you for applying for ${application.job_title} at ${recipient.organizationName}. We have received your application and will come back to you.`,
        ],
      });
    }
    if (application.status !== 'rejected' || application.closed_at?.toISOString() !== reminder.details.rejectedAt) {
      return { skip: 'The application was reopened' };
    }
    return this.send(recipient, {
      subject: `Your application for ${application.job_title} at ${recipient.organizationName}`,
      paragraphs: [
        `Thank you for your interest in ${application.job_title} and for the time you gave us.`,
        'After careful consideration, we have decided not to move forward with your application. We wish you every success.',
      ],
    });
  }

  private send(recipient: Recipient, message: Omit<MailTemplateData<'reminder'>, 'greeting'>): ReminderDecision {
    return { send: { to: recipient.email, data: { greeting: `Hello ${recipient.name},`, ...message } } };
  }
}
