import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { useMe, useSession } from '../../app/session';
import { fieldErrorsOf, FormError, formValues, TextField } from '../../components/form';
import { useNotify } from '../../components/notices';
import { Page } from '../../components/page';
import { QueryState } from '../../components/states';
import { formatDateTime } from '../../lib/format';
import { TimezoneSelect } from './timezone-select';
import { NewPasswordFields, passwordMismatch } from './token-pages';
import './auth.css';

type Preferences = ResponseOf<'/api/v1/me/notification-preferences', 'get'>;

export function ProfilePage() {
  return (
    <Page title="My profile">
      <div className="stack profile">
        <ProfileForm />
        <PasswordForm />
        <NotificationPreferences />
      </div>
    </Page>
  );
}

function ProfileForm() {
  const me = useMe();
  const { reload } = useSession();
  const notify = useNotify();
  const save = useMutation({
    mutationFn: async (values: Record<string, string>) =>
      unwrap(api.PATCH('/api/v1/me', { body: { name: values.name!, timezone: values.timezone ? values.timezone : null } })),
    onSuccess: async () => {
      await reload();
      notify.success('Profile saved.');
    },
  });
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      className="form"
      aria-labelledby="profile-details"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(formValues(event.currentTarget));
      }}
    >
      <h2 id="profile-details">Your details</h2>
      <FormError error={save.error} />
      <p className="muted">
        {me.user.email} · {me.organization.name}
      </p>
      <TextField label="Name" name="name" required maxLength={120} autoComplete="name" defaultValue={me.user.name} error={errors.name} />
      <TimezoneSelect
        label="Timezone"
        name="timezone"
        value={me.user.timezone}
        defaultOption={`Organisation's default (${me.organization.timezone})`}
        error={errors.timezone}
        hint="Dates and times of interviews, reminders and activity are shown in this timezone."
      />
      <p className="profile-now" data-testid="effective-timezone">
        Times are shown in <strong>{me.effectiveTimezone}</strong>: it is now{' '}
        {formatDateTime(new Date().toISOString(), me.effectiveTimezone)}.
      </p>
      <div className="row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save profile'}
        </button>
      </div>
    </form>
  );
}

function PasswordForm() {
  const notify = useNotify();
  const change = useMutation({
    mutationFn: async ({ form, values }: { form: HTMLFormElement; values: Record<string, string> }) => {
      if (values.newPassword !== values.repeatPassword) throw passwordMismatch();
      await unwrap(
        api.POST('/api/v1/me/password', { body: { currentPassword: values.currentPassword!, newPassword: values.newPassword! } }),
      );
      form.reset();
    },
    onSuccess: () => notify.success('Password changed. Your other sessions have been signed out.'),
  });
  const errors = fieldErrorsOf(change.error);
  return (
    <form
      className="form"
      aria-labelledby="profile-password"
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate({ form: event.currentTarget, values: formValues(event.currentTarget) });
      }}
    >
      <h2 id="profile-password">Change password</h2>
      <FormError error={change.error} />
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        required
        autoComplete="current-password"
        error={errors.currentPassword}
      />
      <NewPasswordFields name="newPassword" label="New password" repeatLabel="Repeat the new password" errors={errors} />
      <div className="row">
        <button type="submit" className="button button-primary" disabled={change.isPending}>
          {change.isPending ? 'Changing…' : 'Change password'}
        </button>
      </div>
    </form>
  );
}

const preferenceLabels: Record<keyof Preferences, { label: string; hint: string }> = {
  interviewUpcoming: { label: 'Upcoming interviews', hint: 'A reminder before each interview you sit on.' },
  scorecardDue: { label: 'Scorecards due', hint: 'A reminder when a scorecard of yours is still missing after an interview.' },
  stageStale: { label: 'Daily digest of stale candidates', hint: 'Candidates waiting longer than their stage allows, in your jobs.' },
  challengeExpired: { label: 'Expired coding challenges', hint: 'When a candidate lets a coding challenge you sent expire.' },
};

const key = ['me', 'notification-preferences'];

function NotificationPreferences() {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const query = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/api/v1/me/notification-preferences')),
  });
  // The boxes being saved, set in the click's own render: the mutation's optimistic update runs a
  // tick later, and a controlled checkbox would spring back in between.
  const [saving, setSaving] = useState<Partial<Preferences>>({});
  const save = useMutation({
    mutationFn: async (body: Partial<Preferences>) => unwrap(api.PATCH('/api/v1/me/notification-preferences', { body })),
    onSettled: (_data, _error, body) =>
      setSaving((current) => Object.fromEntries(Object.entries(current).filter(([kind]) => !(kind in body)))),
    // The box shows its new state at once; a refusal puts it back.
    onMutate: (body) => {
      // A refetch still in flight (saving the profile refreshes everything under "me") would
      // land after this and put the box back as it was.
      void queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<Preferences>(key);
      if (before) queryClient.setQueryData(key, { ...before, ...body });
      return { before };
    },
    onSuccess: (data) => {
      queryClient.setQueryData(key, data);
      notify.success('Email preferences saved.');
    },
    onError: (error, _body, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
      notify.error(error.message);
    },
  });
  return (
    <section className="form" aria-labelledby="profile-notifications">
      <h2 id="profile-notifications">Email reminders</h2>
      <p className="muted">Choose which reminders reach your inbox. Invitations and password emails are always sent.</p>
      <QueryState query={query} loadingLabel="Loading your email preferences…">
        {(preferences) => (
          <fieldset className="preferences">
            <legend className="visually-hidden">Reminders to receive by email</legend>
            {(Object.keys(preferenceLabels) as (keyof Preferences)[]).map((kind) => (
              <label key={kind} className="checkbox preference">
                <input
                  type="checkbox"
                  name={kind}
                  checked={saving[kind] ?? preferences[kind]}
                  onChange={(event) => {
                    const checked = event.currentTarget.checked;
                    setSaving((current) => ({ ...current, [kind]: checked }));
                    save.mutate({ [kind]: checked });
                  }}
                />
                <span>
                  {preferenceLabels[kind].label}
                  <span className="field-hint">{preferenceLabels[kind].hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
      </QueryState>
    </section>
  );
}
