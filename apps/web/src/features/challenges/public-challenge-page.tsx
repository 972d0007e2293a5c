import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect } from 'react';
import { useParams } from 'react-router';
import { publicApi, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { fieldErrorsOf, FormError, TextArea, TextField } from '../../components/form';
import { ErrorMessage, Loading } from '../../components/states';
import { formatDateTime } from '../../lib/format';
import '../interviews/interviews.css';
import { challengeKeys, type PublicChallenge } from './model';

/** The candidate's own device decides their timezone: they have no profile here. */
const candidateTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The candidate's coding challenge (from the emailed link): the brief, the deadline, the submission form. */
export function PublicChallengePage() {
  const { token = '' } = useParams();
  const challenge = useQuery({
    queryKey: challengeKeys.public(token),
    queryFn: () => unwrap(publicApi.GET('/api/v1/public/challenges/{token}', { params: { path: { token } } })),
  });
  const submission = useMutation({
    mutationFn: (body: { repositoryUrl?: string; notes?: string }) =>
      unwrap(publicApi.POST('/api/v1/public/challenges/{token}/submission', { params: { path: { token } }, body })),
  });
  useEffect(() => {
    document.title = challenge.data ? `${challenge.data.title} · ${challenge.data.organizationName}` : 'Coding challenge';
  }, [challenge.data]);

  if (challenge.isPending) return <Loading label="Loading your challenge…" />;
  if (challenge.isError) {
    const unknown = challenge.error instanceof ApiProblem && challenge.error.status === 404;
    return unknown ? (
      <Notice title="This link does not work">
        <p>
          It may be incomplete, or the challenge may have been withdrawn. Check the link in your email, or reply to it to ask for a new one.
        </p>
      </Notice>
    ) : (
      <ErrorMessage error={challenge.error} onRetry={() => void challenge.refetch()} />
    );
  }
  const data = challenge.data;
  const closed = submission.error instanceof ApiProblem ? submission.error.code : null;
  if (submission.data || data.status === 'submitted' || closed === 'CHALLENGE_ALREADY_SUBMITTED') {
    return (
      <Notice title="Your work has been submitted" brief={data}>
        <p>
          {submission.data
            ? `Received ${formatDateTime(submission.data.submittedAt, candidateTimeZone())}. `
            : 'We already have your submission. '}
          {data.organizationName} will review it and be in touch. There is nothing more to do on this page.
        </p>
      </Notice>
    );
  }
  if (data.status === 'expired' || closed === 'CHALLENGE_EXPIRED') {
    return (
      <Notice title="The deadline has passed" brief={data}>
        <p>
          This challenge closed on {formatDateTime(data.dueAt, candidateTimeZone())}. If you need more time, reply to the email you
          received: {data.organizationName} can extend the deadline.
        </p>
      </Notice>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const repositoryUrl = String(form.get('repositoryUrl') ?? '').trim();
    const notes = String(form.get('notes') ?? '').trim();
    submission.mutate({ ...(repositoryUrl ? { repositoryUrl } : {}), ...(notes ? { notes } : {}) });
  }
  const errors = fieldErrorsOf(submission.error);
  return (
    <article className="page stack public-challenge" aria-labelledby="page-title">
      <Brief challenge={data} />
      <section className="card stack" aria-labelledby="submit-heading">
        <h2 id="submit-heading">Submit your work</h2>
        <p>You can submit once. Give a link to your repository, notes, or both.</p>
        <form className="form" onSubmit={submit} noValidate>
          <FormError error={submission.error} />
          <TextField
            label="Repository URL"
            name="repositoryUrl"
            type="url"
            placeholder="https://"
            error={errors.repositoryUrl}
            hint="A link we can open, e.g. a public GitHub repository."
          />
          <TextArea label="Notes" name="notes" rows={6} maxLength={10_000} error={errors.notes} />
          <div className="row">
            <button type="submit" className="button button-primary" disabled={submission.isPending}>
              {submission.isPending ? 'Submitting…' : 'Submit your work'}
            </button>
          </div>
        </form>
      </section>
    </article>
  );
}

function Brief({ challenge }: { challenge: PublicChallenge }) {
  return (
    <header className="stack">
      <p className="muted">
        {challenge.organizationName} · {challenge.jobTitle}
      </p>
      <h1 id="page-title">{challenge.title}</h1>
      <p>
        <strong>Deadline:</strong> {formatDateTime(challenge.dueAt, candidateTimeZone())}{' '}
        <span className="muted">(your time, {candidateTimeZone()})</span>
      </p>
      <div className="card challenge-brief">{challenge.instructions}</div>
    </header>
  );
}

function Notice({ title, brief, children }: { title: string; brief?: PublicChallenge; children: ReactNode }) {
  return (
    <article className="page stack public-challenge" aria-labelledby="notice-title">
      {brief && (
        <p className="muted">
          {brief.organizationName} · {brief.jobTitle} · {brief.title}
        </p>
      )}
      <h1 id="notice-title">{title}</h1>
      <div className="card" role="status">
        {children}
      </div>
    </article>
  );
}
