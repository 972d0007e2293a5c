import { readReminderPolicy } from '@hp/accounts';
import { describe, expect, it } from 'vitest';
import {
  type InterviewState,
  nextDigestTime,
  planChallenge,
  planInterviewUpcoming,
  planRejectionNotice,
  planScorecardDue,
  zonedTime,
} from './reminder-rules.js';

const MINUTE = 60_000;
const policy = readReminderPolicy({});
const now = new Date('2026-12-01T10:00:00Z');

const interview = (overrides: Partial<InterviewState> = {}): InterviewState => ({
  id: 'interview-1',
  applicationId: 'application-1',
  candidateId: 'candidate-1',
  status: 'scheduled',
  startsAt: new Date('2026-12-03T14:00:00Z'),
  endsAt: new Date('2026-12-03T15:00:00Z'),
  panelUserIds: ['ada', 'bob'],
  submittedUserIds: [],
  escalationUserIds: ['rita'],
  ...overrides,
});

describe('upcoming-interview reminders', () => {
  it('go at each offset to each interviewer and the candidate', () => {
    const planned = planInterviewUpcoming(interview(), policy, now);
    expect(planned.map((r) => [r.dueAt.toISOString(), 'userId' in r.recipient ? r.recipient.userId : 'candidate'])).toEqual([
      ['2026-12-02T14:00:00.000Z', 'ada'],
      ['2026-12-02T14:00:00.000Z', 'bob'],
      ['2026-12-02T14:00:00.000Z', 'candidate'],
      ['2026-12-03T13:00:00.000Z', 'ada'],
      ['2026-12-03T13:00:00.000Z', 'bob'],
      ['2026-12-03T13:00:00.000Z', 'candidate'],
    ]);
    expect(planned.every((r) => r.skipReason === undefined)).toBe(true);
  });

  it('name the interview time in their key, so a moved interview plans new reminders', () => {
    const [before] = planInterviewUpcoming(interview(), policy, now);
    const [after] = planInterviewUpcoming(interview({ startsAt: new Date('2026-12-03T16:00:00Z') }), policy, now);
    expect(before!.dedupeKey).not.toBe(after!.dedupeKey);
    expect(planInterviewUpcoming(interview(), policy, now)[0]!.dedupeKey).toBe(before!.dedupeKey);
  });

  it('are recorded as skipped when their time has already passed', () => {
    const soon = planInterviewUpcoming(interview({ startsAt: new Date(now.getTime() + 61 * MINUTE) }), policy, now);
    expect(soon.filter((r) => r.skipReason).map((r) => r.details.offsetMinutes)).toEqual([1440, 1440, 1440]);
    expect(soon.filter((r) => !r.skipReason).map((r) => r.dueAt.getTime() - now.getTime())).toEqual([MINUTE, MINUTE, MINUTE]);
  });

  it('are not planned for an interview that is not scheduled, nor when the policy turns them off', () => {
    expect(planInterviewUpcoming(interview({ status: 'cancelled' }), policy, now)).toEqual([]);
    const off = readReminderPolicy({ interviewUpcoming: { enabled: false } });
    expect(planInterviewUpcoming(interview(), off, now)).toEqual([]);
  });
});

describe('scorecard reminders', () => {
  it('go to each interviewer without a scorecard: first after the end, then repeated, then the recruiters are told', () => {
    const planned = planScorecardDue(interview({ submittedUserIds: ['ada'] }), policy);
    const minutesAfterEnd = (at: Date) => (at.getTime() - new Date('2026-12-03T15:00:00Z').getTime()) / MINUTE;
    expect(planned.map((r) => [r.kind, 'userId' in r.recipient && r.recipient.userId, minutesAfterEnd(r.dueAt), r.details.number])).toEqual(
      [
        ['scorecard_due', 'bob', 120, 1],
        ['scorecard_due', 'bob', 1560, 2],
        ['scorecard_due', 'bob', 3000, 3],
        ['scorecard_overdue', 'rita', 4440, undefined],
      ],
    );
  });

  it('stop when every scorecard is in, and are never planned for a cancelled or no-show interview', () => {
    expect(planScorecardDue(interview({ submittedUserIds: ['ada', 'bob'] }), policy)).toEqual([]);
    expect(planScorecardDue(interview({ status: 'cancelled' }), policy)).toEqual([]);
    expect(planScorecardDue(interview({ status: 'no_show' }), policy)).toEqual([]);
    expect(planScorecardDue(interview({ status: 'completed' }), policy)).toHaveLength(7);
  });

  it('follow the policy’s count and spacing', () => {
    const custom = readReminderPolicy({ scorecardDue: { firstAfterMinutes: 30, repeatEveryMinutes: 60, maxReminders: 1 } });
    const planned = planScorecardDue(interview({ panelUserIds: ['ada'] }), custom);
    expect(planned.map((r) => [r.kind, r.dueAt.toISOString()])).toEqual([
      ['scorecard_due', '2026-12-03T15:30:00.000Z'],
      ['scorecard_overdue', '2026-12-03T16:30:00.000Z'],
    ]);
  });
});

describe('coding-challenge reminders', () => {
  const challenge = {
    id: 'challenge-1',
    applicationId: 'application-1',
    candidateId: 'candidate-1',
    dueAt: new Date('2026-12-05T18:00:00Z'),
    submitted: false,
    reviewerUserIds: ['ada'],
  };

  it('remind the candidate before the deadline and tell the reviewers at it', () => {
    expect(planChallenge(challenge, policy, now).map((r) => [r.kind, r.dueAt.toISOString()])).toEqual([
      ['challenge_due', '2026-12-04T18:00:00.000Z'],
      ['challenge_expired', '2026-12-05T18:00:00.000Z'],
    ]);
  });

  it('plan nothing once submitted; skip the candidate’s reminder when the deadline is too close', () => {
    expect(planChallenge({ ...challenge, submitted: true }, policy, now)).toEqual([]);
    const close = planChallenge({ ...challenge, dueAt: new Date(now.getTime() + 60 * MINUTE) }, policy, now);
    expect(close.map((r) => [r.kind, r.skipReason !== undefined])).toEqual([
      ['challenge_due', true],
      ['challenge_expired', false],
    ]);
  });
});

it('sends the rejection notice after the policy’s delay', () => {
  const notice = planRejectionNotice({ applicationId: 'a', candidateId: 'c', rejectedAt: now }, policy);
  expect(notice.dueAt.getTime() - now.getTime()).toBe(120 * MINUTE);
});

describe('digest times', () => {
  it('fall at the digest hour of the recipient’s timezone, the same day or the next', () => {
    expect(nextDigestTime(new Date('2026-12-01T07:00:00Z'), 'Europe/Paris', 9)).toEqual({
      dueAt: new Date('2026-12-01T08:00:00Z'),
      localDate: '2026-12-01',
    });
    expect(nextDigestTime(new Date('2026-12-01T08:00:00Z'), 'Europe/Paris', 9)).toEqual({
      dueAt: new Date('2026-12-02T08:00:00Z'),
      localDate: '2026-12-02',
    });
    expect(nextDigestTime(new Date('2026-12-01T03:00:00Z'), 'America/New_York', 9)).toEqual({
      dueAt: new Date('2026-12-01T14:00:00Z'),
      localDate: '2026-12-01',
    });
    // 23:30 in Tokyo is already the next day there.
    expect(nextDigestTime(new Date('2026-12-01T14:30:00Z'), 'Asia/Tokyo', 9).localDate).toBe('2026-12-02');
  });

  it('keep the wall-clock hour across daylight-saving changes', () => {
    expect(zonedTime('2026-03-28', 9, 'Europe/Lisbon').toISOString()).toBe('2026-03-28T09:00:00.000Z');
    expect(zonedTime('2026-03-29', 9, 'Europe/Lisbon').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(zonedTime('2026-11-01', 9, 'America/New_York').toISOString()).toBe('2026-11-01T14:00:00.000Z');
    expect(zonedTime('2026-10-31', 9, 'America/New_York').toISOString()).toBe('2026-10-31T13:00:00.000Z');
  });
});
