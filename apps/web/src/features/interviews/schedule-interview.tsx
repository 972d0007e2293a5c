import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/session';
import { DialogButton, SubmitRow } from './dialog-button';
import { fieldErrorsOf, FormError, SelectField, TextField } from '../../components/form';
import { PeoplePicker, peopleError, useActiveTeam, useZonedDateTime, ZonedDateTimeFields } from './people-fields';
import { useNotify } from '../../components/notices';
import { type Interview, type InterviewChange, interviewKeys, type ScheduleBody } from './model';
import { formatTimeRange, overlaps, wallClockAt } from '../../lib/zoned-time';

const durations = [15, 30, 45, 60, 75, 90, 120, 180, 240];
/** "45 min", "1 h", "1 h 15 min". */
export function durationLabel(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [hours ? `${hours} h` : '', rest ? `${rest} min` : ''].filter(Boolean).join(' ');
}

/** Opens the schedule dialog for an application (time in the user's timezone, panel, conflicts). */
export function ScheduleInterviewButton({ applicationId, candidateName }: { applicationId: string; candidateName: string }) {
  return (
    <DialogButton permission="interviews:manage" label="Schedule interview" title={`Schedule an interview with ${candidateName}`} primary>
      {(close) => <InterviewForm applicationId={applicationId} onDone={close} />}
    </DialogButton>
  );
}

/** The form behind scheduling (POST) and rescheduling (PATCH, when `interview` is given). */
export function InterviewForm({ applicationId, interview, onDone }: { applicationId: string; interview?: Interview; onDone: () => void }) {
  const me = useMe();
  const timeZone = me.effectiveTimezone;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const initial = interview ? wallClockAt(interview.startsAt, timeZone) : { date: '', time: '' };
  const when = useZonedDateTime(timeZone, initial);
  const [duration, setDuration] = useState(String(interview?.durationMinutes ?? 60));
  const [panel, setPanel] = useState<string[]>(interview?.panel.map((member) => member.id) ?? []);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const team = useActiveTeam();

  const start = when.result;
  const slot = start.ok
    ? { startsAt: start.instant.toISOString(), endsAt: new Date(start.instant.getTime() + Number(duration) * 60_000).toISOString() }
    : null;
  const others = useQuery({
    queryKey: ['interviews', 'overlapping', slot?.startsAt, slot?.endsAt],
    enabled: slot !== null && panel.length > 0,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/interviews', { params: { query: { from: slot!.startsAt, to: slot!.endsAt, status: 'scheduled', limit: 200 } } }),
      ),
  });
  const names = useMemo(() => new Map((team.data?.data ?? []).map((user) => [user.id, user.name])), [team.data]);
  const conflicts =
    slot && others.data
      ? others.data.data
          .filter((other) => other.id !== interview?.id && overlaps(other, slot))
          .flatMap((other) =>
            other.panel.filter((member) => panel.includes(member.id)).map((member) => ({ member: member.name, interview: other })),
          )
      : [];

  const save = useMutation({
    mutationFn: (body: ScheduleBody): Promise<InterviewChange> =>
      interview
        ? unwrap(
            api.PATCH('/api/v1/interviews/{id}', {
              params: { path: { id: interview.id } },
              body: {
                title: body.title,
                startsAt: body.startsAt,
                durationMinutes: body.durationMinutes,
                // The interview's own timezone (how the candidate's emails word it) stays as scheduled.
                location: body.location,
                meetingUrl: body.meetingUrl,
                interviewerIds: body.interviewerIds,
              },
            }),
          )
        : unwrap(api.POST('/api/v1/interviews', { body })),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: interviewKeys.all });
      notify.success(
        interview
          ? 'Interview rescheduled; the panel and the candidate get an update.'
          : 'Interview scheduled; invitations are on their way.',
      );
      if (result.warnings.length) {
        const who = [...new Set(result.warnings.map((warning) => names.get(warning.interviewerId) ?? 'A panel member'))];
        notify.error(`${who.join(', ')} ${who.length === 1 ? 'has' : 'have'} another interview at that time.`);
      }
      onDone();
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const errors: Record<string, string> = {};
    if (when.problem) errors.startsAt = when.problem;
    if (panel.length === 0) errors.interviewerIds = 'Choose at least one interviewer.';
    setLocalErrors(errors);
    if (!start.ok || Object.keys(errors).length) return;
    save.mutate({
      applicationId,
      title: text('title'),
      startsAt: start.instant.toISOString(),
      durationMinutes: Number(duration),
      timezone: timeZone,
      location: text('location') || null,
      meetingUrl: text('meetingUrl') || null,
      interviewerIds: panel,
    });
  }

  const serverErrors = fieldErrorsOf(save.error);
  const errors = { ...serverErrors, ...localErrors };
  const panelError = peopleError(errors, 'interviewerIds', panel, names);

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError error={save.error} />
      <TextField label="Title" name="title" required maxLength={200} defaultValue={interview?.title ?? 'Interview'} error={errors.title} />
      <ZonedDateTimeFields dateLabel="Date" timeLabel="Start time" {...when.fields} error={errors.startsAt} />
      <SelectField
        label="Duration"
        name="durationMinutes"
        value={duration}
        onChange={(event) => setDuration(event.target.value)}
        error={errors.durationMinutes}
      >
        {[...new Set([...durations, Number(duration)])]
          .sort((a, b) => a - b)
          .map((minutes) => (
            <option key={minutes} value={minutes}>
              {durationLabel(minutes)}
            </option>
          ))}
      </SelectField>
      <TextField label="Location" name="location" maxLength={500} defaultValue={interview?.location ?? ''} error={errors.location} />
      <TextField
        label="Meeting link"
        name="meetingUrl"
        type="url"
        placeholder="https://"
        defaultValue={interview?.meetingUrl ?? ''}
        error={errors.meetingUrl}
      />
      <PeoplePicker legend="Panel" selected={panel} onChange={setPanel} error={panelError} />
      {conflicts.length > 0 && (
        <div className="conflicts" role="status">
          <p>
            <strong>Double booking:</strong>
          </p>
          <ul>
            {conflicts.map(({ member, interview: other }) => (
              <li key={`${member}-${other.id}`}>
                {member} already has “{other.title}” with {other.candidate.name}, {formatTimeRange(other.startsAt, other.endsAt, timeZone)}.
              </li>
            ))}
          </ul>
          <p className="muted">You can still schedule it; the panel member will need to choose.</p>
        </div>
      )}
      <SubmitRow
        label={save.isPending ? 'Saving…' : interview ? 'Save changes' : 'Schedule interview'}
        pending={save.isPending}
        onCancel={onDone}
      />
    </form>
  );
}
