import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../app/session';
import { FormError, SelectField } from '../../components/form';
import { useNotify } from '../../components/notices';
import { Page } from '../../components/page';
import { CandidateFields, candidateInput, readCandidateForm } from './candidate-fields';
import { applyToJob, createCandidate, uploadResume } from './candidate-mutations';
import { candidateKeys, fullName, useOpenJobs } from './candidates-api';
import { RESUME_MAX_BYTES, ResumeField } from './resume-field';
import './candidates.css';
import { FormActions, JobOptions } from './form-actions';

/**
 * Add a candidate; optionally upload their résumé and apply them to an open job (`?jobId=` picks
 * it). The candidate is the one thing that must succeed: a failed upload or application is reported
 * on their page, where it can be done again, rather than losing what was typed.
 */
export function NewCandidatePage() {
  const me = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const canApply = me.can('applications:manage') && me.can('jobs:read');
  const jobs = useOpenJobs(canApply);
  const [resume, setResume] = useState<File | null>(null);

  const add = useMutation({
    mutationFn: async ({ values, consent }: { values: Record<string, string>; consent: boolean }) => {
      const candidate = await createCandidate(candidateInput(values, consent));
      const problems: string[] = [];
      if (resume)
        await uploadResume(candidate.id, resume).catch((error: Error) => problems.push(`The résumé was not saved: ${error.message}`));
      let applicationId: string | undefined;
      if (values.jobId) {
        await applyToJob(candidate.id, values.jobId)
          .then((application) => (applicationId = application.id))
          .catch((error: Error) => problems.push(`The application was not made: ${error.message}`));
      }
      return { candidate, applicationId, problems };
    },
    onSuccess: ({ candidate, applicationId, problems }) => {
      void queryClient.invalidateQueries({ queryKey: candidateKeys.all });
      notify.success(`${fullName(candidate)} was added.`);
      problems.forEach((problem) => notify.error(problem));
      navigate(`/candidates/${candidate.id}${applicationId ? `?application=${applicationId}` : ''}`);
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (resume && resume.size > RESUME_MAX_BYTES) return;
    add.mutate(readCandidateForm(event.currentTarget));
  };

  const presetJob = params.get('jobId') ?? '';
  return (
    <Page title="Add candidate">
      <form className="form card candidate-form" onSubmit={onSubmit}>
        <FormError error={add.error} />
        <CandidateFields error={add.error} />
        <ResumeField file={resume} onChange={setResume} />
        {canApply && (
          <SelectField
            label="Apply to job"
            name="jobId"
            defaultValue={presetJob}
            key={jobs.data ? 'loaded' : 'loading'}
            disabled={jobs.isPending}
            hint={
              jobs.isError
                ? 'The open jobs could not be loaded; you can apply the candidate from their page.'
                : 'Optional: only open jobs take applications.'
            }
          >
            <option value="">No job for now</option>
            <JobOptions jobs={jobs.data?.data ?? []} />
          </SelectField>
        )}
        <FormActions label="Add candidate" busyLabel="Adding…" busy={add.isPending} cancelTo="/candidates" />
      </form>
    </Page>
  );
}
