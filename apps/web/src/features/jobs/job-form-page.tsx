import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { BodyOf } from '../../api/types';
import { useMe } from '../../app/session';
import { fieldErrorsOf, FormError, SelectField, TextArea, TextField } from '../../components/form';
import { Page } from '../../components/page';
import { QueryState } from '../../components/states';
import { useNotify } from '../../components/notices';
import { allowedJobTransitions, employmentTypeLabels, type EmploymentType, type Job, type JobStatus, jobStatusLabels } from './labels';
import { fetchActiveUsers, fetchJob, jobKeys } from './queries';
import { type DraftStage, draftOf, StagesEditor, stageInput } from './stages-editor';
import './jobs.css';

type JobFields = Omit<BodyOf<'/api/v1/jobs', 'post'>, 'stages'>;

const defaultStages: DraftStage[] = [
  draftOf({ name: 'Applied', kind: 'applied', slaDays: null, scorecardAttributes: [] }),
  draftOf({ name: 'Screening', kind: 'screening', slaDays: 5, scorecardAttributes: ['Motivation', 'Communication', 'Role fit'] }),
  draftOf({
    name: 'Technical interview',
    kind: 'technical_interview',
    slaDays: 7,
    scorecardAttributes: ['Problem solving', 'Technical depth', 'Communication'],
  }),
  draftOf({ name: 'Offer', kind: 'offer', slaDays: 5, scorecardAttributes: [] }),
  draftOf({ name: 'Hired', kind: 'hired', slaDays: null, scorecardAttributes: [] }),
];

/** The job's own fields from the form; blank optional text is "not set". */
function jobFieldsOf(form: HTMLFormElement): JobFields {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const openings = text('openings');
  return {
    title: text('title'),
    department: text('department') || null,
    location: text('location') || null,
    employmentType: (text('employmentType') || null) as EmploymentType | null,
    description: text('description') || null,
    ...(data.has('hiringManagerId') ? { hiringManagerId: text('hiringManagerId') || null } : {}),
    ...(data.has('recruitersShown') ? { recruiterIds: data.getAll('recruiterIds').map(String) } : {}),
    ...(openings ? { openings: Number(openings) } : {}),
  };
}

/** A stage call's field errors, renamed to the stage's place in the form (`name` → `stages.2.name`). */
function asStageProblem(error: unknown, index: number, prefix: string): unknown {
  if (!(error instanceof ApiProblem)) return error;
  const errors = (error.document.errors ?? []).map((item) => ({ ...item, field: `stages.${index}.${item.field}` }));
  return new ApiProblem({ ...error.document, errors, detail: `${prefix}: ${error.message}` });
}

/**
 * Saves an edited job: its fields, then its pipeline as the few stage calls the differences need.
 * Each stage created is given its id in the form at once, so a retry after a partial failure does
 * not create it twice.
 */
async function saveJob(job: Job, fields: JobFields & { status?: JobStatus }, stages: DraftStage[], setStages: (s: DraftStage[]) => void) {
  const jobId = job.id;
  await unwrap(api.PATCH('/api/v1/jobs/{id}', { params: { path: { id: jobId } }, body: fields }));
  const kept = new Set(stages.flatMap((stage) => (stage.id ? [stage.id] : [])));
  for (const removed of job.stages.filter((stage) => !kept.has(stage.id))) {
    await unwrap(api.DELETE('/api/v1/jobs/{id}/stages/{stageId}', { params: { path: { id: jobId, stageId: removed.id } } })).catch(
      (error: unknown) => {
        throw error instanceof ApiProblem
          ? new ApiProblem({ ...error.document, detail: `Could not remove “${removed.name}”: ${error.message}` })
          : error;
      },
    );
  }
  const current = [...stages];
  for (const [index, stage] of current.entries()) {
    const input = stageInput(stage);
    const before = job.stages.find((other) => other.id === stage.id);
    if (stage.id && before) {
      const same = JSON.stringify(stageInput(draftOf(before))) === JSON.stringify(input);
      if (same) continue;
      await unwrap(
        api.PATCH('/api/v1/jobs/{id}/stages/{stageId}', { params: { path: { id: jobId, stageId: stage.id } }, body: input }),
      ).catch((error: unknown) => {
        throw asStageProblem(error, index, `Stage ${index + 1}`);
      });
    } else if (!stage.id) {
      const created = await unwrap(api.POST('/api/v1/jobs/{id}/stages', { params: { path: { id: jobId } }, body: input })).catch(
        (error: unknown) => {
          throw asStageProblem(error, index, `Stage ${index + 1}`);
        },
      );
      current[index] = { ...stage, id: created.id };
      setStages([...current]);
    }
  }
  // New stages went in before "hired"; one reorder puts everything where the form shows it.
  const serverOrder = [
    ...job.stages.filter((stage) => kept.has(stage.id) && stage.kind !== 'hired').map((stage) => stage.id),
    ...current.filter((stage) => !job.stages.some((other) => other.id === stage.id)).map((stage) => stage.id!),
    ...job.stages.filter((stage) => stage.kind === 'hired').map((stage) => stage.id),
  ];
  const wanted = current.map((stage) => stage.id!);
  if (wanted.join() !== serverOrder.join()) {
    await unwrap(api.PUT('/api/v1/jobs/{id}/stages/order', { params: { path: { id: jobId } }, body: { stageIds: wanted } }));
  }
}

export function NewJobPage() {
  return <JobForm />;
}

export function EditJobPage() {
  const { jobId = '' } = useParams();
  const job = useQuery({ queryKey: jobKeys.detail(jobId), queryFn: () => fetchJob(jobId) });
  return (
    <QueryState query={job} loadingLabel="Loading the job…">
      {(data) => <JobForm key={data.id} job={data} />}
    </QueryState>
  );
}

function JobForm({ job }: { job?: Job }) {
  const me = useMe();
  const navigate = useNavigate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [stages, setStages] = useState<DraftStage[]>(() => (job ? job.stages.map(draftOf) : defaultStages));
  const users = useQuery({ queryKey: jobKeys.users, queryFn: fetchActiveUsers, enabled: me.can('users:read') });

  const save = useMutation({
    mutationFn: async ({ fields, status }: { fields: JobFields; status?: JobStatus }) => {
      if (!job) return unwrap(api.POST('/api/v1/jobs', { body: { ...fields, stages: stages.map(stageInput) } }));
      // Always against the latest copy: after a partial failure some changes are already saved.
      const latest = await queryClient.fetchQuery({ queryKey: jobKeys.detail(job.id), queryFn: () => fetchJob(job.id), staleTime: 0 });
      await saveJob(latest, { ...fields, ...(status && status !== latest.status ? { status } : {}) }, stages, setStages);
      return latest;
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: jobKeys.all });
      notify.success(job ? `Saved “${saved.title}”.` : `Created “${saved.title}” as a draft.`);
      navigate(`/jobs/${saved.id}`);
    },
    onError: () => {
      if (job) void queryClient.invalidateQueries({ queryKey: jobKeys.detail(job.id) });
    },
  });
  const errors = fieldErrorsOf(save.error);
  const title = job ? `Edit ${job.title}` : 'New job';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const status = new FormData(event.currentTarget).get('status');
    save.mutate({ fields: jobFieldsOf(event.currentTarget), status: (status || undefined) as JobStatus | undefined });
  };

  if (!me.can('jobs:manage')) {
    return (
      <Page title={title}>
        <p>Your role does not allow creating or editing jobs. An admin or a recruiter can do it for you.</p>
      </Page>
    );
  }
  return (
    <Page title={title}>
      <form className="form job-form" onSubmit={onSubmit} noValidate={false}>
        <FormError error={save.error} />
        <div className="grid-2">
          <TextField label="Title" name="title" required maxLength={200} defaultValue={job?.title} error={errors.title} />
          {job && (
            <SelectField label="Status" name="status" defaultValue={job.status} error={errors.status}>
              {[job.status, ...allowedJobTransitions[job.status]].map((status) => (
                <option key={status} value={status}>
                  {jobStatusLabels[status]}
                </option>
              ))}
            </SelectField>
          )}
          <TextField label="Department" name="department" maxLength={120} defaultValue={job?.department ?? ''} error={errors.department} />
          <TextField label="Location" name="location" maxLength={120} defaultValue={job?.location ?? ''} error={errors.location} />
          <SelectField label="Employment type" name="employmentType" defaultValue={job?.employmentType ?? ''} error={errors.employmentType}>
            <option value="">Not specified</option>
            {Object.entries(employmentTypeLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Openings"
            name="openings"
            type="number"
            min={1}
            max={1000}
            defaultValue={job?.openings ?? 1}
            error={errors.openings}
          />
          {users.data && (
            <SelectField
              label="Hiring manager"
              name="hiringManagerId"
              defaultValue={job?.hiringManagerId ?? ''}
              error={errors.hiringManagerId}
            >
              <option value="">None</option>
              {users.data.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                </option>
              ))}
            </SelectField>
          )}
          {users.data && (
            <fieldset className="field recruiters">
              <legend>Recruiters</legend>
              <input type="hidden" name="recruitersShown" value="1" />
              {users.data
                .filter((user) => user.role === 'admin' || user.role === 'recruiter')
                .map((user) => (
                  <label key={user.id} className="checkbox">
                    <input type="checkbox" name="recruiterIds" value={user.id} defaultChecked={job?.recruiterIds.includes(user.id)} />
                    {user.name}
                  </label>
                ))}
              {errors.recruiterIds && <p className="field-error">{errors.recruiterIds}</p>}
            </fieldset>
          )}
        </div>
        <TextArea
          label="Description"
          name="description"
          maxLength={50_000}
          defaultValue={job?.description ?? ''}
          error={errors.description}
        />
        <StagesEditor stages={stages} onChange={setStages} errors={errors} />
        <div className="row">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : job ? 'Save job' : 'Create job'}
          </button>
          <Link className="button button-quiet" to={job ? `/jobs/${job.id}` : '/jobs'}>
            Cancel
          </Link>
        </div>
      </form>
    </Page>
  );
}
