import { Link, useParams } from 'react-router';
import { Page } from '../../components/page';
import { Empty, ErrorMessage, Loading } from '../../components/states';
import { formatDate } from '../../lib/format';
import { describeCareerProblem, jobFacts, useOpenJobs, visitorTimeZone } from './careers-api';
import './careers.css';

/** /careers/:slug — the organisation's open jobs, for anyone. */
export function CareerPage() {
  const { slug = '' } = useParams();
  const jobs = useOpenJobs(slug);
  const timeZone = visitorTimeZone();
  return (
    <Page title="Open positions">
      {jobs.isPending ? (
        <Loading label="Loading open positions…" />
      ) : jobs.isError ? (
        <ErrorMessage error={describeCareerProblem(jobs.error)} onRetry={() => void jobs.refetch()} />
      ) : jobs.data.pages[0]!.data.length === 0 ? (
        <Empty>There are no open positions right now. Come back soon.</Empty>
      ) : (
        <div className="stack">
          <ul className="career-jobs" aria-label="Open positions">
            {jobs.data.pages
              .flatMap((page) => page.data)
              .map((job) => (
                <li key={job.id} className="card career-job">
                  <h2>
                    <Link to={`/careers/${slug}/jobs/${job.id}`}>{job.title}</Link>
                  </h2>
                  {jobFacts(job) && <p className="muted">{jobFacts(job)}</p>}
                  {job.postedAt && <p className="muted career-posted">Posted {formatDate(job.postedAt, timeZone)}</p>}
                </li>
              ))}
          </ul>
          {jobs.hasNextPage && (
            <button type="button" className="button" onClick={() => void jobs.fetchNextPage()} disabled={jobs.isFetchingNextPage}>
              {jobs.isFetchingNextPage ? 'Loading more…' : 'Show more positions'}
            </button>
          )}
        </div>
      )}
    </Page>
  );
}
