import { ApiProblem } from '../../api/problem';
import type { BodyOf, ResponseOf } from '../../api/types';

export type OrganizationSettings = ResponseOf<'/api/v1/organization/settings', 'get'>;
export type SettingsPatch = BodyOf<'/api/v1/organization/settings', 'patch'>;
type Policy = OrganizationSettings['reminderPolicy'];

export interface PolicyField {
  /** The API's field path, also the input's name, so its field errors land next to it. */
  path: string;
  label: string;
  hint?: string;
  kind: 'number' | 'minutes' | 'minutes-list' | 'checkbox';
  min?: number;
  max?: number;
}

export interface PolicySection {
  key: keyof Policy;
  legend: string;
  fields: PolicyField[];
}

const p = (section: keyof Policy, field: string) => `reminderPolicy.${section}.${field}`;

/** The reminder policy as the form shows it; limits as the API checks them. */
export const policySections: PolicySection[] = [
  {
    key: 'interviewUpcoming',
    legend: 'Before interviews',
    fields: [
      { path: p('interviewUpcoming', 'enabled'), label: 'Remind the panel before each interview', kind: 'checkbox' },
      {
        path: p('interviewUpcoming', 'offsetsMinutes'),
        label: 'Minutes before the interview',
        hint: 'Up to 5 reminders, separated by commas: 1440, 60 is a day and an hour before.',
        kind: 'minutes-list',
      },
    ],
  },
  {
    key: 'scorecardDue',
    legend: 'Scorecards',
    fields: [
      { path: p('scorecardDue', 'enabled'), label: 'Remind interviewers of missing scorecards', kind: 'checkbox' },
      {
        path: p('scorecardDue', 'firstAfterMinutes'),
        label: 'First reminder, minutes after the interview',
        kind: 'minutes',
        min: 1,
        max: 20_160,
      },
      { path: p('scorecardDue', 'repeatEveryMinutes'), label: 'Then again every (minutes)', kind: 'minutes', min: 1, max: 20_160 },
      { path: p('scorecardDue', 'maxReminders'), label: 'At most this many reminders', kind: 'number', min: 1, max: 10 },
    ],
  },
  {
    key: 'stageStale',
    legend: 'Candidates waiting too long',
    fields: [
      { path: p('stageStale', 'enabled'), label: 'Send a daily digest of candidates waiting too long', kind: 'checkbox' },
      {
        path: p('stageStale', 'defaultSlaDays'),
        label: 'Days a candidate may wait in a stage',
        hint: 'For stages without their own limit.',
        kind: 'number',
        min: 1,
        max: 365,
      },
      {
        path: p('stageStale', 'digestHour'),
        label: 'Hour of the daily digest',
        hint: "0 to 23, in each recipient's timezone.",
        kind: 'number',
        min: 0,
        max: 23,
      },
    ],
  },
  {
    key: 'challengeDue',
    legend: 'Coding challenges',
    fields: [
      { path: p('challengeDue', 'enabled'), label: 'Remind candidates before a challenge is due', kind: 'checkbox' },
      { path: p('challengeDue', 'beforeMinutes'), label: 'Minutes before the deadline', kind: 'minutes', min: 1, max: 20_160 },
    ],
  },
  {
    key: 'candidateNotifications',
    legend: 'Emails to candidates',
    fields: [
      { path: p('candidateNotifications', 'applicationReceived'), label: 'Confirm applications made on the career page', kind: 'checkbox' },
      {
        path: p('candidateNotifications', 'rejectionNoticeDelayMinutes'),
        label: 'Minutes before a rejection notice goes out',
        hint: 'Reopening the application meanwhile cancels the notice.',
        kind: 'minutes',
        min: 0,
        max: 20_160,
      },
    ],
  },
];

/** A field's current value in the settings, by its path. */
export function valueAt(settings: OrganizationSettings, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], settings);
}

/** "1440, 60" → [1440, 60]; null when it is not a list of whole numbers. */
export function parseMinutesList(text: string): number[] | null {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.every((part) => /^\d+$/.test(part)) ? parts.map(Number) : null;
}

/**
 * The PATCH body from the form's values (by field path). Every field is sent, so what the form
 * shows is what is saved; an unchecked checkbox is absent from the form data, hence false.
 */
export function settingsPatchFromForm(values: Record<string, string>): SettingsPatch {
  const policy: Record<string, Record<string, unknown>> = {};
  const listErrors: { field: string; message: string }[] = [];
  for (const section of policySections) {
    const fields: Record<string, unknown> = {};
    for (const field of section.fields) {
      const name = field.path.split('.').at(-1)!;
      const raw = values[field.path] ?? '';
      if (field.kind === 'checkbox') fields[name] = raw === 'on';
      else if (field.kind === 'minutes-list') {
        const list = parseMinutesList(raw);
        if (list) fields[name] = list;
        else listErrors.push({ field: field.path, message: 'must be whole numbers of minutes, separated by commas' });
      } else fields[name] = Number(raw);
    }
    policy[section.key] = fields;
  }
  if (listErrors.length > 0) throw new ApiProblem({ status: 400, code: 'VALIDATION_FAILED', errors: listErrors });
  const retention = (values.retentionMonths ?? '').trim();
  return {
    timezone: values.timezone,
    retentionMonths: retention === '' ? null : Number(retention),
    reminderPolicy: policy as SettingsPatch['reminderPolicy'],
  };
}

/**
 * The error for a field, including those of its elements (`offsetsMinutes.1`), named by the
 * field's label: the API's path (`reminderPolicy.interviewUpcoming.offsetsMinutes`) means nothing
 * to a recruiter.
 */
export function errorAt(error: unknown, path: string, label: string): string | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  const found = (error.document.errors ?? []).find((item) => item.field === path || item.field.startsWith(`${path}.`));
  return found && `${label}: ${found.message}`;
}
