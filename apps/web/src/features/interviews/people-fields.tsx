import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { TextField } from '../../components/form';
import { ErrorMessage, Loading } from '../../components/states';
import type { TeamMember } from './model';
import { type ZonedResult, zonedToInstant } from '../../lib/zoned-time';

const roleLabels: Record<TeamMember['role'], string> = {
  admin: 'Admin',
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
  interviewer: 'Interviewer',
};

/** The organisation's active users (for panels and reviewers). */
export function useActiveTeam() {
  return useQuery({
    queryKey: ['users', 'active'],
    queryFn: () => unwrap(api.GET('/api/v1/users', { params: { query: { status: 'active', limit: 200 } } })),
  });
}

/**
 * The field errors of a list of user ids (`interviewerIds`, `interviewerIds.2`), as one message
 * naming each refused person.
 */
export function peopleError(
  errors: Record<string, string>,
  field: string,
  selected: string[],
  names: Map<string, string>,
): string | undefined {
  const entries = Object.entries(errors)
    .filter(([path]) => path.startsWith(`${field}.`))
    .map(
      ([path, message]) => `${names.get(selected[Number(path.split('.')[1])] ?? '') ?? 'Someone'} ${message.replace(/^[^ ]+ ids /, '')}`,
    );
  return errors[field] ?? (entries.length ? entries.join(' ') : undefined);
}

/** Checkboxes of the organisation's active users, in a labelled group with its error. */
export function PeoplePicker({
  legend,
  selected,
  onChange,
  error,
}: {
  legend: string;
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const team = useActiveTeam();
  const errorId = useId();
  return (
    <fieldset className={error ? 'panel-picker field-invalid' : 'panel-picker'} aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {team.isPending && <Loading label="Loading the team…" />}
      {team.isError && <ErrorMessage error={team.error} onRetry={() => void team.refetch()} />}
      {team.data && (
        <ul className="panel-options">
          {team.data.data.map((user) => (
            <li key={user.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  value={user.id}
                  checked={selected.includes(user.id)}
                  onChange={(event) => onChange(event.target.checked ? [...selected, user.id] : selected.filter((id) => id !== user.id))}
                />
                {user.name} <span className="muted">({roleLabels[user.role]})</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Why a date and time could not be read, in words; undefined when they could. */
export function zonedProblem(result: ZonedResult, time: string, timeZone: string): string | undefined {
  if (result.ok) return undefined;
  return result.reason === 'skipped'
    ? `${time} does not exist on that day in ${timeZone} (the clocks go forward): choose another time.`
    : 'Date and time are required.';
}

/** The state of a date and a time entered in `timeZone`: the instant they make, or why they make none. */
export function useZonedDateTime(timeZone: string, initial = { date: '', time: '' }) {
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const result = zonedToInstant(date, time, timeZone);
  return {
    result,
    problem: zonedProblem(result, time, timeZone),
    fields: { date, time, onDate: setDate, onTime: setTime, timeZone },
  };
}

/** A date and a time entered in the user's timezone, with the error of the instant they make. */
export function ZonedDateTimeFields({
  dateLabel,
  timeLabel,
  date,
  time,
  onDate,
  onTime,
  timeZone,
  error,
}: {
  dateLabel: string;
  timeLabel: string;
  date: string;
  time: string;
  onDate: (date: string) => void;
  onTime: (time: string) => void;
  timeZone: string;
  error?: string;
}) {
  return (
    <div className="grid-2">
      <TextField
        label={dateLabel}
        type="date"
        required
        value={date}
        onChange={(event) => onDate(event.target.value)}
        error={error}
        hint={`In your timezone (${timeZone}).`}
      />
      <TextField label={timeLabel} type="time" required value={time} onChange={(event) => onTime(event.target.value)} />
    </div>
  );
}
