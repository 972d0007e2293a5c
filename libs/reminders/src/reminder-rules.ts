import type { ReminderPolicy } from '@hp/accounts';
import type { ReminderKind } from './reminder-kinds.js';

/**
 * The reminder rules as pure functions: from the state of one subject (an interview, a challenge,
 * an application), the policy and the time, which reminders should exist. The planner stores the
 * difference; nothing here touches a database or a clock.
 */

export type ReminderRecipient = { userId: string } | { candidateId: string };

export interface PlannedReminder {
  kind: ReminderKind;
  dedupeKey: string;
  recipient: ReminderRecipient;
  dueAt: Date;
  applicationId: string | null;
  interviewId?: string | null;
  challengeId?: string | null;
  details: Record<string, unknown>;
  /** Set when the reminder is recorded but must not go out: its time had passed when it was planned. */
  skipReason?: string;
}

const MINUTE = 60_000;
const recipientKey = (recipient: ReminderRecipient) => ('userId' in recipient ? `u-${recipient.userId}` : `c-${recipient.candidateId}`);
const TOO_LATE = 'Its time had already passed when it was planned';

export interface InterviewState {
  id: string;
  applicationId: string;
  candidateId: string;
  status: 'scheduled' | 'completed' | 'cancelled' | 'no_show';
  startsAt: Date;
  endsAt: Date;
  panelUserIds: string[];
  /** Panel members who submitted their scorecard. */
  submittedUserIds: string[];
  /** Who is told when scorecards are still missing after the last reminder. */
  escalationUserIds: string[];
}

/** Before the interview: each offset, to each interviewer and to the candidate. */
export function planInterviewUpcoming(interview: InterviewState, policy: ReminderPolicy, now: Date): PlannedReminder[] {
  const rule = policy.interviewUpcoming;
  if (!rule.enabled || interview.status !== 'scheduled') return [];
  const recipients: ReminderRecipient[] = [...interview.panelUserIds.map((userId) => ({ userId })), { candidateId: interview.candidateId }];
  return rule.offsetsMinutes.flatMap((offsetMinutes) =>
    recipients.map((recipient) => {
      const dueAt = new Date(interview.startsAt.getTime() - offsetMinutes * MINUTE);
      return {
        kind: 'interview_upcoming' as const,
        dedupeKey: `interview_upcoming:${interview.id}:${interview.startsAt.toISOString()}:${offsetMinutes}:${recipientKey(recipient)}`,
        recipient,
        dueAt,
        applicationId: interview.applicationId,
        interviewId: interview.id,
        details: { offsetMinutes, startsAt: interview.startsAt.toISOString() },
        ...(dueAt <= now ? { skipReason: TOO_LATE } : {}),
      };
    }),
  );
}

/**
 * After the interview: reminders to each interviewer who has not submitted, the first
 * `firstAfterMinutes` after its end, then every `repeatEveryMinutes`, `maxReminders` in all; one
 * period after the last, the escalation recipients are told who is still due.
 */
export function planScorecardDue(interview: InterviewState, policy: ReminderPolicy): PlannedReminder[] {
  const rule = policy.scorecardDue;
  if (!rule.enabled || (interview.status !== 'scheduled' && interview.status !== 'completed')) return [];
  const due = interview.panelUserIds.filter((userId) => !interview.submittedUserIds.includes(userId));
  if (due.length === 0) return [];
  const end = interview.endsAt.getTime();
  const nthDueAt = (n: number) => new Date(end + (rule.firstAfterMinutes + (n - 1) * rule.repeatEveryMinutes) * MINUTE);
  const base = { applicationId: interview.applicationId, interviewId: interview.id };
  const reminders: PlannedReminder[] = due.flatMap((userId) =>
    Array.from({ length: rule.maxReminders }, (_, index) => ({
      ...base,
      kind: 'scorecard_due' as const,
      dedupeKey: `scorecard_due:${interview.id}:${interview.endsAt.toISOString()}:${index + 1}:u-${userId}`,
      recipient: { userId },
      dueAt: nthDueAt(index + 1),
      details: { number: index + 1, of: rule.maxReminders, endsAt: interview.endsAt.toISOString() },
    })),
  );
  const escalationAt = nthDueAt(rule.maxReminders + 1);
  for (const userId of interview.escalationUserIds) {
    reminders.push({
      ...base,
      kind: 'scorecard_overdue',
      dedupeKey: `scorecard_overdue:${interview.id}:${interview.endsAt.toISOString()}:u-${userId}`,
      recipient: { userId },
      dueAt: escalationAt,
      details: { endsAt: interview.endsAt.toISOString() },
    });
  }
  return reminders;
}

export interface ChallengeState {
  id: string;
  applicationId: string;
  candidateId: string;
  dueAt: Date;
  submitted: boolean;
  reviewerUserIds: string[];
}

/** Before the deadline, the candidate is reminded; at the deadline, the reviewers learn it expired. */
export function planChallenge(challenge: ChallengeState, policy: ReminderPolicy, now: Date): PlannedReminder[] {
  const rule = policy.challengeDue;
  if (!rule.enabled || challenge.submitted) return [];
  const base = { applicationId: challenge.applicationId, challengeId: challenge.id };
  const deadline = challenge.dueAt.toISOString();
  const remindAt = new Date(challenge.dueAt.getTime() - rule.beforeMinutes * MINUTE);
  return [
    {
      ...base,
      kind: 'challenge_due',
      dedupeKey: `challenge_due:${challenge.id}:${deadline}:c-${challenge.candidateId}`,
      recipient: { candidateId: challenge.candidateId },
      dueAt: remindAt,
      details: { beforeMinutes: rule.beforeMinutes, challengeDueAt: deadline },
      ...(remindAt <= now ? { skipReason: TOO_LATE } : {}),
    },
    ...challenge.reviewerUserIds.map((userId) => ({
      ...base,
      kind: 'challenge_expired' as const,
      dedupeKey: `challenge_expired:${challenge.id}:${deadline}:u-${userId}`,
      recipient: { userId },
      dueAt: challenge.dueAt,
      details: { challengeDueAt: deadline },
    })),
  ];
}

export interface RejectionState {
  applicationId: string;
  candidateId: string;
  rejectedAt: Date;
}

/** Sent a while after the rejection, so a rejection undone at once never reaches the candidate. */
export function planRejectionNotice(rejection: RejectionState, policy: ReminderPolicy): PlannedReminder {
  return {
    kind: 'rejection_notice',
    dedupeKey: `rejection_notice:${rejection.applicationId}:${rejection.rejectedAt.toISOString()}:c-${rejection.candidateId}`,
    recipient: { candidateId: rejection.candidateId },
    dueAt: new Date(rejection.rejectedAt.getTime() + policy.candidateNotifications.rejectionNoticeDelayMinutes * MINUTE),
    applicationId: rejection.applicationId,
    details: { rejectedAt: rejection.rejectedAt.toISOString() },
  };
}

export function planApplicationReceived(application: { id: string; candidateId: string; appliedAt: Date }): PlannedReminder {
  return {
    kind: 'application_received',
    dedupeKey: `application_received:${application.id}:c-${application.candidateId}`,
    recipient: { candidateId: application.candidateId },
    dueAt: application.appliedAt,
    applicationId: application.id,
    details: {},
  };
}

/**
 * The next daily digest for a recipient: `hour`:00 in their timezone, strictly after `now`,
 * with the local date it is for (the digest's identity: one per recipient per day).
 */
export function nextDigestTime(now: Date, timezone: string, hour: number): { dueAt: Date; localDate: string } {
  const today = localDate(now, timezone);
  for (const date of [today, addDays(today, 1), addDays(today, 2)]) {
    const dueAt = zonedTime(date, hour, timezone);
    if (dueAt > now) return { dueAt, localDate: date };
  }
  throw new Error(`No digest time found after ${now.toISOString()} in ${timezone}`);
}

export function planStageStaleDigest(userId: string, now: Date, timezone: string, policy: ReminderPolicy): PlannedReminder {
  const { dueAt, localDate: date } = nextDigestTime(now, timezone, policy.stageStale.digestHour);
  return {
    kind: 'stage_stale_digest',
    dedupeKey: `stage_stale_digest:${date}:u-${userId}`,
    recipient: { userId },
    dueAt,
    applicationId: null,
    details: { localDate: date, timezone },
  };
}

/** "2026-12-01": the calendar date of `instant` in `timezone`. */
export function localDate(instant: Date, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
  return parts;
}

function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T12:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

/**
 * The instant when the wall clock in `timezone` shows `hour`:00 on `date`. Found by correcting a
 * UTC guess with the zone's offset at that instant (twice, for days when the offset changes); an
 * hour skipped by a DST jump resolves to the first instant after it.
 */
export function zonedTime(date: string, hour: number, timezone: string): Date {
  const wanted = Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
  let guess = wanted;
  for (let pass = 0; pass < 2; pass++) guess = wanted - offsetMs(new Date(guess), timezone);
  return new Date(guess);
}

function offsetMs(instant: Date, timezone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}
