import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { Dialog } from '../../components/dialog';
import { fieldErrorsOf, FormError, formValues, SelectField, TextArea } from '../../components/form';
import { useNotify } from '../../components/notices';
import { type ApplicationDetail, useRejectionReasons } from './candidates-api';
import { FormActions } from './form-actions';

/** The candidate stepped back: record why (a "they withdrew" reason), optionally with a note. */
export function WithdrawApplicationDialog({
  application,
  candidateName,
  onClose,
  onDone,
}: {
  application: ApplicationDetail;
  candidateName: string;
  onClose: () => void;
  onDone: () => Promise<unknown>;
}) {
  const notify = useNotify();
  const reasons = useRejectionReasons();
  const withdrawReasons = reasons.data?.filter((reason) => reason.type === 'they_withdrew') ?? [];
  const withdraw = useMutation({
    mutationFn: (values: Record<string, string>) =>
      unwrap(
        api.POST('/api/v1/applications/{id}/withdraw', {
          params: { path: { id: application.id } },
          body: { reasonId: values.reasonId ?? '', ...(values.note?.trim() ? { note: values.note.trim() } : {}) },
        }),
      ),
    onSuccess: async () => {
      onClose();
      await onDone();
      notify.success(`${candidateName}’s application was marked as withdrawn.`);
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    withdraw.mutate(formValues(event.currentTarget));
  };
  const errors = fieldErrorsOf(withdraw.error);
  return (
    <Dialog title={`${candidateName} withdrew from ${application.job.title}`} open onClose={onClose}>
      <form className="form" onSubmit={onSubmit}>
        <FormError error={withdraw.error ?? reasons.error} />
        <SelectField label="Reason" name="reasonId" required disabled={reasons.isPending} error={errors.reasonId}>
          {reasons.isPending && <option value="">Loading reasons…</option>}
          {withdrawReasons.map((reason) => (
            <option key={reason.id} value={reason.id}>
              {reason.name}
            </option>
          ))}
        </SelectField>
        <TextArea label="Note (optional)" name="note" rows={3} maxLength={5_000} error={errors.note} />
        <FormActions
          label="Mark as withdrawn"
          busyLabel="Saving…"
          busy={withdraw.isPending}
          disabled={withdrawReasons.length === 0}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
