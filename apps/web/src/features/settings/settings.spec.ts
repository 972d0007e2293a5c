import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../api/problem';
import { describeAuditData, nestedAuditData } from './labels';
import { errorAt, parseMinutesList, settingsPatchFromForm } from './policy';

/** What the policy form submits when nothing is touched (checkboxes ticked are "on"). */
const untouched: Record<string, string> = {
  timezone: 'Europe/Paris',
  retentionMonths: '',
  'reminderPolicy.interviewUpcoming.enabled': 'on',
  'reminderPolicy.interviewUpcoming.offsetsMinutes': '1440, 60',
  'reminderPolicy.scorecardDue.enabled': 'on',
  'reminderPolicy.scorecardDue.firstAfterMinutes': '120',
  'reminderPolicy.scorecardDue.repeatEveryMinutes': '1440',
  'reminderPolicy.scorecardDue.maxReminders': '3',
  'reminderPolicy.stageStale.defaultSlaDays': '5',
  'reminderPolicy.stageStale.digestHour': '9',
  'reminderPolicy.challengeDue.enabled': 'on',
  'reminderPolicy.challengeDue.beforeMinutes': '1440',
  'reminderPolicy.candidateNotifications.applicationReceived': 'on',
  'reminderPolicy.candidateNotifications.rejectionNoticeDelayMinutes': '0',
};

describe('the reminder policy form', () => {
  it('sends every field as the API names it: numbers as numbers, an unticked box as false, an empty retention as keep-forever', () => {
    const patch = settingsPatchFromForm(untouched);
    expect(patch.timezone).toBe('Europe/Paris');
    expect(patch.retentionMonths).toBeNull();
    expect(patch.reminderPolicy?.interviewUpcoming).toEqual({ enabled: true, offsetsMinutes: [1440, 60] });
    expect(patch.reminderPolicy?.stageStale).toEqual({ enabled: false, defaultSlaDays: 5, digestHour: 9 });
    expect(patch.reminderPolicy?.candidateNotifications).toEqual({ applicationReceived: true, rejectionNoticeDelayMinutes: 0 });
    expect(settingsPatchFromForm({ ...untouched, retentionMonths: ' 24 ' }).retentionMonths).toBe(24);
  });

  it('refuses offsets that are not whole minutes before asking the API, on that field', () => {
    expect(parseMinutesList(' 60,, 15 ')).toEqual([60, 15]);
    expect(parseMinutesList('an hour')).toBeNull();
    expect(parseMinutesList('1.5')).toBeNull();
    let thrown: unknown;
    try {
      settingsPatchFromForm({ ...untouched, 'reminderPolicy.interviewUpcoming.offsetsMinutes': 'an hour before' });
    } catch (error) {
      thrown = error;
    }
    expect(errorAt(thrown, 'reminderPolicy.interviewUpcoming.offsetsMinutes', 'Minutes before')).toBe(
      'Minutes before: must be whole numbers of minutes, separated by commas',
    );
  });

  it("names the API's errors by the field's label, including those of a list's elements", () => {
    const problem = new ApiProblem({
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [
        { field: 'reminderPolicy.interviewUpcoming.offsetsMinutes.1', message: 'must be at most 20160' },
        { field: 'reminderPolicy.stageStale.digestHour', message: 'must be at most 23' },
      ],
    });
    expect(errorAt(problem, 'reminderPolicy.interviewUpcoming.offsetsMinutes', 'Minutes before')).toBe(
      'Minutes before: must be at most 20160',
    );
    expect(errorAt(problem, 'reminderPolicy.stageStale.digestHour', 'Hour')).toBe('Hour: must be at most 23');
    expect(errorAt(problem, 'reminderPolicy.stageStale.defaultSlaDays', 'Days')).toBeUndefined();
    expect(errorAt(new Error('network'), 'timezone', 'Timezone')).toBeUndefined();
  });
});

describe('audit event details', () => {
  it('reads a role change as words, and keeps a settings change’s before and after for on demand', () => {
    expect(describeAuditData({ from: 'interviewer', to: 'hiring_manager' })).toBe('from: Interviewer · to: Hiring manager');
    const settings = { changed: ['retentionMonths', 'reminderPolicy'], before: { retentionMonths: null }, after: { retentionMonths: 24 } };
    expect(describeAuditData(settings)).toBe('changed: retention months, reminder policy');
    expect(JSON.parse(nestedAuditData(settings)!)).toEqual({ before: { retentionMonths: null }, after: { retentionMonths: 24 } });
    expect(nestedAuditData({ kind: 'interview_upcoming' })).toBeUndefined();
    expect(describeAuditData({ kind: 'interview_upcoming', previousStatus: 'skipped', ip: null })).toBe(
      'kind: Upcoming interview · previous status: skipped',
    );
  });
});
