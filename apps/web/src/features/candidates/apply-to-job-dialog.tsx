import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Dialog } from '../../components/dialog';
import { FormError, formValues, SelectField } from '../../components/form';
import { useNotify } from '../../components/notices';
import { Empty, QueryState } from '../../components/states';
import { applyToJob } from './candidate-mutations';
import { type Candidate, candidateKeys, fullName, useOpenJobs } from './candidates-api';
import { FormActions, JobOptions } from './form-actions';

/** Apply the candidate to another open job; the new application comes into focus. */
export function ApplyToJobButton({ candidate }: { candidate: Candidate }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Apply to a job
      </button>
      <Dialog title={`Apply ${fullName(candidate)} to a job`} open={open} onClose={() => setOpen(false)}>
        <ApplyForm candidate={candidate} onClose={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function ApplyForm({ candidate, onClose }: { candidate: Candidate; onClose: () => void }) {
  const jobs = useOpenJobs();
  const notify = useNotify();
  const [, setParams] = useSearchParams();
  const queryClient = useQueryClient();
  const applied = new Set(candidate.applications.map((application) => application.job.id));
  const apply = useMutation({
    mutationFn: (jobId: string) => applyToJob(candidate.id, jobId),
    onSuccess: async (application) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: candidateKeys.one(candidate.id) }),
        queryClient.invalidateQueries({ queryKey: ['jobs'] }),
      ]);
      onClose();
      setParams({ application: application.id }, { replace: true });
      notify.success(`${fullName(candidate)} applied to ${application.job.title}.`);
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { jobId } = formValues(event.currentTarget);
    if (jobId) apply.mutate(jobId);
  };
  return (
    <QueryState query={jobs} loadingLabel="Loading open jobs…">
      {(list) => {
        const available = list.data.filter((job) => !applied.has(job.id));
        if (available.length === 0) return <Empty>No open job is left that {fullName(candidate)} has not applied to.</Empty>;
        return (
          <form className="form" onSubmit={onSubmit}>
            <FormError error={apply.error} />
            <SelectField label="Job" name="jobId" required>
              <JobOptions jobs={available} />
            </SelectField>
            <FormActions label="Apply" busyLabel="Applying…" busy={apply.isPending} onCancel={onClose} />
          </form>
        );
      }}
    </QueryState>
  );
}
