import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/session';
import { Page } from '../../components/page';
import { Empty, ErrorMessage, Loading } from '../../components/states';
import { formatDate } from '../../lib/format';
import { employmentTypeLabels, type JobStatus, jobStatusBadges, jobStatusLabels } from './labels';
import { jobKeys } from './queries';
import './jobs.css';

const filters: { value: JobStatus | ''; label: string }[] = [
  { value: '', label: 'All' },
  { value: 'open', label: 'Open' },
  { value: 'draft', label: 'Drafts' },
  { value: 'on_hold', label: 'On hold' },
  { value: 'closed', label: 'Closed' },
];

export function JobsListPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? '') as JobStatus | '';
  const q = params.get('q') ?? '';
  const jobs = useInfiniteQuery({
    queryKey: jobKeys.list(status, q),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/jobs', {
          params: { query: { limit: 50, ...(status ? { status } : {}), ...(q ? { q } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const rows = jobs.data?.pages.flatMap((page) => page.data) ?? [];
  const searchFor = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    return next.toString();
  };

  return (
    <Page
      title="Jobs"
      actions={
        me.can('jobs:manage') && (
          <Link className="button button-primary" to="/jobs/new">
            New job
          </Link>
        )
      }
    >
      <div className="jobs-toolbar">
        <nav className="tabs" aria-label="Job status">
          {filters.map((filter) => (
            <Link
              key={filter.value}
              to={{ search: searchFor('status', filter.value) }}
              className={status === filter.value ? 'active' : undefined}
              aria-current={status === filter.value ? 'page' : undefined}
              replace
            >
              {filter.label}
            </Link>
          ))}
        </nav>
        <form
          role="search"
          className="jobs-search"
          onSubmit={(event) => {
            event.preventDefault();
            setParams(searchFor('q', String(new FormData(event.currentTarget).get('q') ?? '').trim()), { replace: true });
          }}
        >
          <label htmlFor="jobs-search" className="visually-hidden">
            Search job titles
          </label>
          <input id="jobs-search" className="input" name="q" type="search" defaultValue={q} placeholder="Search job titles" />
          <button type="submit" className="button">
            Search
          </button>
        </form>
      </div>
      {jobs.isPending ? (
        <Loading label="Loading jobs…" />
      ) : jobs.isError ? (
        <ErrorMessage error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : rows.length === 0 ? (
        <Empty>
          {status || q ? (
            <p>No job matches this filter.</p>
          ) : (
            <p>No jobs yet.{me.can('jobs:manage') && ' Create the first one with “New job”.'}</p>
          )}
        </Empty>
      ) : (
        <>
          <table className="table">
            <caption className="visually-hidden">Jobs{status ? `: ${jobStatusLabels[status]}` : ''}</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Department</th>
                <th scope="col">Location</th>
                <th scope="col">Status</th>
                <th scope="col" className="number">
                  Openings
                </th>
                <th scope="col">Created</th>
                {me.can('jobs:manage') && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((job) => (
                <tr key={job.id}>
                  <td>
                    <Link to={`/jobs/${job.id}`}>{job.title}</Link>
                    {job.employmentType && <span className="muted"> · {employmentTypeLabels[job.employmentType]}</span>}
                  </td>
                  <td>{job.department ?? <span className="muted">—</span>}</td>
                  <td>{job.location ?? <span className="muted">—</span>}</td>
                  <td>
                    <span className={jobStatusBadges[job.status]}>{jobStatusLabels[job.status]}</span>
                  </td>
                  <td className="number">{job.openings}</td>
                  <td>{formatDate(job.createdAt, me.effectiveTimezone)}</td>
                  {me.can('jobs:manage') && (
                    <td>
                      <Link to={`/jobs/${job.id}/edit`} aria-label={`Edit ${job.title}`}>
                        Edit
                      </Link>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {jobs.hasNextPage && (
            <p className="jobs-more">
              <button type="button" className="button" onClick={() => void jobs.fetchNextPage()} disabled={jobs.isFetchingNextPage}>
                {jobs.isFetchingNextPage ? 'Loading…' : 'Show more jobs'}
              </button>
            </p>
          )}
        </>
      )}
    </Page>
  );
}
