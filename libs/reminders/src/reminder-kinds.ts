import type { UserNotificationKind } from '@hp/accounts';

export const reminderKinds = [
  'interview_upcoming',
  'scorecard_due',
  'scorecard_overdue',
  'stage_stale_digest',
  'challenge_due',
  'challenge_expired',
  'application_received',
  'rejection_notice',
] as const;
export type ReminderKind = (typeof reminderKinds)[number];

export const reminderStatuses = ['scheduled', 'sent', 'skipped', 'cancelled', 'failed'] as const;
export type ReminderStatus = (typeof reminderStatuses)[number];

/** The preference that lets a user turn a kind off; candidates' kinds have none. */
export const preferenceOfKind: Readonly<Record<ReminderKind, UserNotificationKind | null>> = {
  interview_upcoming: 'interviewUpcoming',
  scorecard_due: 'scorecardDue',
  scorecard_overdue: 'scorecardDue',
  stage_stale_digest: 'stageStale',
  challenge_due: null,
  challenge_expired: 'challengeExpired',
  application_received: null,
  rejection_notice: null,
};
