import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { Dialog } from '../../components/dialog';
import { fieldErrorsOf, FormError, SelectField, TextArea } from '../../components/form';
import { useNotify } from '../../components/notices';
import { ErrorMessage, Loading } from '../../components/states';

export interface RejectApplicationDialogProps {
  /** The application to reject and the candidate's name, for the dialog's title. */
  application: { id: string; candidateName: string };
  open: boolean;
  onClose: () => void;
  /** Called after the API accepted the rejection (the dialog has already closed). */
  onRejected?: () => void;
}

export const rejectionReasonsKey = ['rejection-reasons'] as const;

/** Rejects an application with one of the organisation's reasons, a note, and whether to tell the candidate. */
export function RejectApplicationDialog({ application, open, onClose, onRejected }: RejectApplicationDialogProps) {
  return (
    <Dialog title={`Reject ${application.candidateName}`} open={open} onClose={onClose}>
      {/* Keyed by application: a fresh form (and no stale error) for each candidate. */}
      <RejectForm key={application.id} application={application} onClose={onClose} onRejected={onRejected} />
    </Dialog>
  );
}

function RejectForm({ application, onClose, onRejected }: Omit<RejectApplicationDialogProps, 'open'>) {
  const notify = useNotify();
  const reasons = useQuery({
    queryKey: rejectionReasonsKey,
    queryFn: () => unwrap(api.GET('/api/v1/rejection-reasons')),
    staleTime: 5 * 60_000,
  });
  const reject = useMutation({
    mutationFn: (body: { reasonId: string; note?: string; notifyCandidate: boolean }) =>
      unwrap(api.POST('/api/v1/applications/{id}/reject', { params: { path: { id: application.id } }, body })),
    onSuccess: () => {
      onClose();
      notify.success(`${application.candidateName} was rejected.`);
      onRejected?.();
    },
  });
  const errors = fieldErrorsOf(reject.error);
  if (reasons.isPending) return <Loading label="Loading rejection reasons…" />;
  if (reasons.isError) return <ErrorMessage error={reasons.error} onRetry={() => void reasons.refetch()} />;
  const ours = reasons.data.filter((reason) => reason.type === 'we_rejected');

  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const note = String(data.get('note') ?? '').trim();
        reject.mutate({
          reasonId: String(data.get('reasonId')),
          ...(note ? { note } : {}),
          notifyCandidate: data.get('notifyCandidate') === 'on',
        });
      }}
    >
      <FormError error={reject.error} />
      <SelectField label="Reason" name="reasonId" required defaultValue="" error={errors.reasonId}>
        <option value="" disabled>
          Choose a reason
        </option>
        {ours.map((reason) => (
          <option key={reason.id} value={reason.id}>
            {reason.name}
          </option>
        ))}
      </SelectField>
      <TextArea
        label="Note (optional)"
        name="note"
        maxLength={5_000}
        hint="Kept in the application's history; the candidate does not see it."
        error={errors.note}
      />
      <label className="checkbox">
        <input type="checkbox" name="notifyCandidate" />
        Notify the candidate by email
      </label>
      <p className="field-hint">The email goes out after a short delay, and is not sent if the application is reopened meanwhile.</p>
      <div className="row">
        <button type="submit" className="button button-danger" disabled={reject.isPending}>
          {reject.isPending ? 'Rejecting…' : 'Reject application'}
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
