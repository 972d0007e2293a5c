import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { SelectField, TextField } from '../../components/form';
import type { AnyReportDefinition } from './definitions';

export interface FilterValues {
  job: string;
  department: string;
  from: string;
  to: string;
}

/** The jobs the caller can see, for the job and department filters (the API narrows them by role). */
function useReportJobs(enabled: boolean) {
  return useQuery({
    queryKey: ['reports', 'jobs'],
    queryFn: () => unwrap(api.GET('/api/v1/jobs', { params: { query: { limit: 200 } } })),
    enabled,
    staleTime: 60_000,
  });
}

/**
 * The filters a report takes, applied as soon as they change. Dates are whole days in the user's
 * timezone, both ends included; an empty end leaves that side open.
 */
export function ReportFilters({
  report,
  values,
  errors,
  timeZone,
  onChange,
}: {
  report: AnyReportDefinition;
  values: FilterValues;
  errors: Record<string, string>;
  timeZone: string;
  onChange: (name: keyof FilterValues, value: string) => void;
}) {
  const jobs = useReportJobs(!!(report.filters.job || report.filters.department));
  const jobList = jobs.data?.data ?? [];
  const departments = [...new Set(jobList.map((job) => job.department).filter((department): department is string => !!department))].sort();
  return (
    <form className="report-filters" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
      {report.filters.job && (
        <SelectField
          label="Job"
          name="job"
          value={values.job}
          error={errors.jobId}
          hint={jobs.isError ? 'The list of jobs could not be loaded.' : undefined}
          onChange={(event) => onChange('job', event.target.value)}
        >
          <option value="">All jobs (by kind of stage)</option>
          {jobList.map((job) => (
            <option key={job.id} value={job.id}>
              {job.status === 'open' ? job.title : `${job.title} (${job.status.replace('_', ' ')})`}
            </option>
          ))}
          {values.job && !jobList.some((job) => job.id === values.job) && <option value={values.job}>Selected job</option>}
        </SelectField>
      )}
      {report.filters.department && (
        <SelectField
          label="Department"
          name="department"
          value={values.department}
          error={errors.department}
          onChange={(event) => onChange('department', event.target.value)}
        >
          <option value="">All departments</option>
          {departments.map((department) => (
            <option key={department} value={department}>
              {department}
            </option>
          ))}
          {values.department && !departments.includes(values.department) && <option value={values.department}>{values.department}</option>}
        </SelectField>
      )}
      <TextField
        label="From"
        name="from"
        type="date"
        value={values.from}
        error={errors.from}
        onChange={(event) => onChange('from', event.target.value)}
      />
      <TextField
        label="To"
        name="to"
        type="date"
        value={values.to}
        min={values.from || undefined}
        error={errors.to}
        onChange={(event) => onChange('to', event.target.value)}
      />
      <p className="field-hint report-window">
        Counts {report.window} between these days, both included, in your timezone ({timeZone}). Leave a date empty for no limit.
      </p>
    </form>
  );
}
