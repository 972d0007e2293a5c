import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/session';
import { FieldFrame, FormError, formValues, TextField } from '../../components/form';
import { useNotify } from '../../components/notices';
import { QueryState } from '../../components/states';
import { TimezoneSelect } from '../auth';
import { errorAt, type OrganizationSettings, type PolicyField, policySections, settingsPatchFromForm, valueAt } from './policy';

export function PolicyTab() {
  const query = useQuery({ queryKey: ['organization', 'settings'], queryFn: () => unwrap(api.GET('/api/v1/organization/settings')) });
  return (
    <section className="settings-section" aria-labelledby="policy-title">
      <header>
        <h2 id="policy-title">Reminders and retention</h2>
      </header>
      <QueryState query={query} loadingLabel="Loading the organisation's settings…">
        {(settings) => <PolicyForm settings={settings} />}
      </QueryState>
    </section>
  );
}

export function PolicyForm({ settings }: { settings: OrganizationSettings }) {
  const me = useMe();
  const canManage = me.can('organization:manage');
  const queryClient = useQueryClient();
  const notify = useNotify();
  const save = useMutation({
    mutationFn: async (values: Record<string, string>) =>
      unwrap(api.PATCH('/api/v1/organization/settings', { body: settingsPatchFromForm(values) })),
    onSuccess: (data) => {
      queryClient.setQueryData(['organization', 'settings'], data);
      notify.success('Settings saved.');
    },
  });
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(formValues(event.currentTarget));
      }}
    >
      {!canManage && <p className="form-notice">Only an administrator can change these settings.</p>}
      <FormError error={save.error} />
      <fieldset className="stack policy-fields" disabled={!canManage || save.isPending}>
        <fieldset className="policy-section">
          <legend>Organisation</legend>
          <TimezoneSelect
            label="Organisation timezone"
            name="timezone"
            value={settings.timezone}
            error={errorAt(save.error, 'timezone', 'Organisation timezone')}
            hint="For people who have not chosen their own, and for emails to candidates."
          />
          <TextField
            label="Erase inactive candidates after (months)"
            name="retentionMonths"
            type="number"
            min={1}
            max={120}
            defaultValue={settings.retentionMonths ?? ''}
            error={errorAt(save.error, 'retentionMonths', 'Erase inactive candidates after')}
            hint="Candidates with no open application and no activity for this long are erased. Leave empty to keep them."
          />
        </fieldset>
        {policySections.map((section) => (
          <fieldset key={section.key} className="policy-section">
            <legend>{section.legend}</legend>
            {section.fields.map((field) => (
              <PolicyInput
                key={field.path}
                field={field}
                value={valueAt(settings, field.path)}
                error={errorAt(save.error, field.path, field.label)}
              />
            ))}
          </fieldset>
        ))}
      </fieldset>
      {canManage && (
        <div className="row">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save settings'}
          </button>
        </div>
      )}
    </form>
  );
}

function PolicyInput({ field, value, error }: { field: PolicyField; value: unknown; error?: string }) {
  if (field.kind === 'checkbox') {
    return (
      <label className="checkbox">
        <input type="checkbox" name={field.path} defaultChecked={value === true} />
        {field.label}
      </label>
    );
  }
  const hint = field.hint ?? (field.kind === 'minutes' ? minutesHint(value) : undefined);
  return (
    <FieldFrame label={field.label} error={error} hint={hint}>
      {(wiring) =>
        field.kind === 'minutes-list' ? (
          <input name={field.path} defaultValue={Array.isArray(value) ? value.join(', ') : ''} inputMode="numeric" {...wiring} />
        ) : (
          <input
            name={field.path}
            type="number"
            required
            min={field.min}
            max={field.max}
            step={1}
            defaultValue={String(value)}
            {...wiring}
          />
        )
      }
    </FieldFrame>
  );
}

/** 1440 minutes read better as "1 day". */
function minutesHint(value: unknown): string | undefined {
  if (typeof value !== 'number' || value < 60) return undefined;
  const days = Math.floor(value / 1440);
  const hours = Math.floor((value % 1440) / 60);
  const minutes = value % 60;
  const parts = [
    days && `${days} day${days === 1 ? '' : 's'}`,
    hours && `${hours} hour${hours === 1 ? '' : 's'}`,
    minutes && `${minutes} min`,
  ];
  return `Now: ${parts.filter(Boolean).join(' ')}.`;
}
