import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { fieldErrorsOf, FormError, formValues, SelectField, TextField } from '../../components/form';
import { useNotify } from '../../components/notices';
import { QueryState } from '../../components/states';

type Reason = ResponseOf<'/api/v1/rejection-reasons', 'get'>[number];

const reasonTypes: { type: Reason['type']; label: string }[] = [
  { type: 'we_rejected', label: 'We rejected the candidate' },
  { type: 'they_withdrew', label: 'The candidate withdrew' },
];

export function RejectionReasonsTab() {
  const query = useQuery({ queryKey: ['rejection-reasons'], queryFn: () => unwrap(api.GET('/api/v1/rejection-reasons')) });
  return (
    <section className="settings-section" aria-labelledby="reasons-title">
      <header>
        <h2 id="reasons-title">Rejection reasons</h2>
      </header>
      <p className="muted">Recruiters pick one of these when they reject an application or record a withdrawal; reports group by them.</p>
      <div className="grid-2">
        <QueryState query={query} loadingLabel="Loading the reasons…">
          {(reasons) => (
            <div className="stack">
              {reasonTypes.map(({ type, label }) => {
                const ofType = reasons.filter((reason) => reason.type === type);
                return (
                  <div key={type} className="card">
                    <h3>{label}</h3>
                    {ofType.length === 0 ? (
                      <p className="muted">No reasons yet.</p>
                    ) : (
                      <ul aria-label={label}>
                        {ofType.map((reason) => (
                          <li key={reason.id}>{reason.name}</li>
                        ))}
                      </ul>
                    )}
                  </div>
                );
              })}
            </div>
          )}
        </QueryState>
        <AddReasonForm />
      </div>
    </section>
  );
}

function AddReasonForm() {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const add = useMutation({
    mutationFn: async ({ values }: { form: HTMLFormElement; values: Record<string, string> }) =>
      unwrap(api.POST('/api/v1/rejection-reasons', { body: { name: values.name!, type: values.type as Reason['type'] } })),
    onSuccess: async (reason, { form }) => {
      form.reset();
      notify.success(`Reason “${reason.name}” added.`);
      await queryClient.invalidateQueries({ queryKey: ['rejection-reasons'] });
    },
  });
  const errors = fieldErrorsOf(add.error);
  return (
    <form
      className="form"
      aria-labelledby="add-reason-title"
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate({ form: event.currentTarget, values: formValues(event.currentTarget) });
      }}
    >
      <h3 id="add-reason-title">Add a reason</h3>
      <FormError error={add.error} />
      <TextField label="Reason" name="name" required maxLength={120} error={errors.name} />
      <SelectField label="Used when" name="type" defaultValue="we_rejected" error={errors.type}>
        {reasonTypes.map(({ type, label }) => (
          <option key={type} value={type}>
            {label}
          </option>
        ))}
      </SelectField>
      <div className="row">
        <button type="submit" className="button button-primary" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add reason'}
        </button>
      </div>
    </form>
  );
}
