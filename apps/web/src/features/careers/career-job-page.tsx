import { Link, useParams } from 'react-router';
import { Page } from '../../components/page';
import { ErrorMessage, Loading } from '../../components/states';
import { formatDate } from '../../lib/format';
import { ApplyForm } from './apply-form';
import { describeCareerProblem, jobFacts, useOpenJob, visitorTimeZone } from './careers-api';
import './careers.css';

/** /careers/:slug/jobs/:jobId — an open job, its description and the form to apply. */
export function CareerJobPage() {
  const { slug = '', jobId = '' } = useParams();
  const job = useOpenJob(slug, jobId);
  const back = (
    <Link to={`/careers/${slug}`} className="career-back">
      ← All open positions
    </Link>
  );
  if (job.isPending) return <Loading label="Loading the job…" />;
  if (job.isError)
    return (
      <Page title="Job not found">
        {back}
        <ErrorMessage error={describeCareerProblem(job.error)} onRetry={() => void job.refetch()} />
      </Page>
    );
  const facts = jobFacts(job.data);
  return (
    <Page title={job.data.title}>
      <div className="stack">
        {back}
        {(facts || job.data.postedAt) && (
          <p className="muted career-facts">
            {facts}
            {facts && job.data.postedAt && ' · '}
            {job.data.postedAt && `Posted ${formatDate(job.data.postedAt, visitorTimeZone())}`}
          </p>
        )}
        <section className="card" aria-labelledby="job-description">
          <h2 id="job-description">About the job</h2>
          {job.data.description ? (
            <div className="career-description">{job.data.description}</div>
          ) : (
            <p className="muted">No description yet.</p>
          )}
        </section>
        <ApplyForm slug={slug} job={job.data} />
      </div>
    </Page>
  );
}
