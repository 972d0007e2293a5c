import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/session';
import { DialogButton, SubmitRow } from '../interviews/dialog-button';
import { Dialog } from '../../components/dialog';
import { fieldErrorsOf, FormError, TextArea, TextField } from '../../components/form';
import { useNotify } from '../../components/notices';
import { QueryState } from '../../components/states';
import { formatDateTime } from '../../lib/format';
import { useApplicationScorecards } from '../interviews/application-interviews';
import { interviewKeys, type ScorecardBody } from '../interviews/model';
import { PeoplePicker, peopleError, useActiveTeam, useZonedDateTime, ZonedDateTimeFields } from '../interviews/people-fields';
import { ScorecardForm, ScorecardList } from '../interviews/scorecards';
import '../interviews/interviews.css';
import { type Challenge, challengeKeys, challengeStatusBadge, challengeStatusLabels, type CreatedChallenge } from './model';

/** Why a deadline cannot be used: unreadable, skipped by the clocks, or not in the future. */
function futureProblem(due: ReturnType<typeof useZonedDateTime>): string | undefined {
  if (due.problem) return due.problem;
  return due.result.ok && due.result.instant.getTime() <= Date.now() ? 'The deadline must be in the future.' : undefined;
}

/** Opens the send-challenge dialog for an application. */
export function SendChallengeButton({ applicationId, candidateName }: { applicationId: string; candidateName: string }) {
  return (
    <DialogButton permission="challenges:manage" label="Send coding challenge" title={`Send a coding challenge to ${candidateName}`}>
      {(close) => <SendChallengeForm applicationId={applicationId} onDone={close} />}
    </DialogButton>
  );
}

function SendChallengeForm({ applicationId, onDone }: { applicationId: string; onDone: () => void }) {
  const { effectiveTimezone: timeZone } = useMe();
  const queryClient = useQueryClient();
  const team = useActiveTeam();
  const due = useZonedDateTime(timeZone, { date: '', time: '18:00' });
  const [reviewers, setReviewers] = useState<string[]>([]);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const send = useMutation({
    mutationFn: (body: { title: string; instructions: string; dueAt: string; reviewerIds: string[] }) =>
      unwrap(api.POST('/api/v1/applications/{id}/challenges', { params: { path: { id: applicationId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: challengeKeys.ofApplication(applicationId) }),
  });
  const names = useMemo(() => new Map((team.data?.data ?? []).map((user) => [user.id, user.name])), [team.data]);

  if (send.data) return <ChallengeSent created={send.data} onDone={onDone} />;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const errors: Record<string, string> = {};
    const dueProblem = futureProblem(due);
    if (dueProblem) errors.dueAt = dueProblem;
    if (reviewers.length === 0) errors.reviewerIds = 'Choose at least one reviewer.';
    setLocalErrors(errors);
    if (!due.result.ok || Object.keys(errors).length) return;
    send.mutate({
      title: text('title'),
      instructions: text('instructions'),
      dueAt: due.result.instant.toISOString(),
      reviewerIds: reviewers,
    });
  }

  const errors = { ...fieldErrorsOf(send.error), ...localErrors };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError error={send.error} />
      <TextField label="Title" name="title" required maxLength={200} error={errors.title} />
      <TextArea
        label="Instructions"
        name="instructions"
        required
        rows={6}
        maxLength={20_000}
        error={errors.instructions}
        hint="What the candidate reads on their challenge page."
      />
      <ZonedDateTimeFields dateLabel="Deadline" timeLabel="Deadline time" {...due.fields} error={errors.dueAt} />
      <PeoplePicker
        legend="Reviewers"
        selected={reviewers}
        onChange={setReviewers}
        error={peopleError(errors, 'reviewerIds', reviewers, names)}
      />
      <SubmitRow label={send.isPending ? 'Sending…' : 'Send challenge'} pending={send.isPending} onCancel={onDone} />
    </form>
  );
}

/** The link is shown once: the candidate was emailed it, and a recruiter may need to pass it on by hand. */
function ChallengeSent({ created, onDone }: { created: CreatedChallenge; onDone: () => void }) {
  return (
    <div className="stack">
      <p role="status">The challenge “{created.challenge.title}” was sent. The candidate gets the link by email.</p>
      <TextField
        label="Candidate’s link (shown only now)"
        readOnly
        value={created.submissionUrl}
        onFocus={(event) => event.target.select()}
      />
      <div className="row">
        <button type="button" className="button button-primary" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}

/** The application's coding challenges, their status, submission and review scorecards. */
export function ApplicationChallenges({ applicationId }: { applicationId: string }) {
  const challenges = useQuery({
    queryKey: challengeKeys.ofApplication(applicationId),
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/challenges', { params: { path: { id: applicationId } } })),
  });
  return (
    <section className="stack application-challenges" aria-label="Coding challenges">
      <QueryState
        query={challenges}
        loadingLabel="Loading challenges…"
        isEmpty={(list) => list.length === 0}
        empty="No coding challenges sent."
      >
        {(list) => (
          <ul className="stack interview-list">
            {list.map((challenge) => (
              <ChallengeCard key={challenge.id} challenge={challenge} />
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

function ChallengeCard({ challenge }: { challenge: Challenge }) {
  const me = useMe();
  const timeZone = me.effectiveTimezone;
  const scorecards = useApplicationScorecards(challenge.applicationId);
  const [reviewing, setReviewing] = useState(false);
  const [extending, setExtending] = useState(false);
  const isReviewer = challenge.reviewers.some((reviewer) => reviewer.id === me.user.id);
  const hasScored = scorecards.data?.scorecards.some((card) => card.challengeId === challenge.id && card.author.id === me.user.id);
  const mayReview = isReviewer && challenge.status === 'submitted' && scorecards.data !== undefined && !hasScored;
  return (
    <li className="card stack">
      <div className="row interview-heading">
        <h3>{challenge.title}</h3>
        <span className={challengeStatusBadge[challenge.status]}>{challengeStatusLabels[challenge.status]}</span>
      </div>
      <dl className="interview-facts">
        <div>
          <dt>Deadline</dt>
          <dd>
            {formatDateTime(challenge.dueAt, timeZone)} <span className="muted">({timeZone})</span>
          </dd>
        </div>
        <div>
          <dt>Reviewers</dt>
          <dd>{challenge.reviewers.map((reviewer) => reviewer.name).join(', ')}</dd>
        </div>
        {challenge.submittedAt && (
          <div>
            <dt>Submitted</dt>
            <dd>{formatDateTime(challenge.submittedAt, timeZone)}</dd>
          </div>
        )}
        {challenge.repositoryUrl && (
          <div>
            <dt>Repository</dt>
            <dd>
              <a href={challenge.repositoryUrl} target="_blank" rel="noreferrer">
                {challenge.repositoryUrl}
              </a>
            </dd>
          </div>
        )}
        {challenge.submissionNotes && (
          <div>
            <dt>Candidate’s notes</dt>
            <dd className="challenge-brief">{challenge.submissionNotes}</dd>
          </div>
        )}
      </dl>
      <details>
        <summary>Instructions</summary>
        <p className="challenge-brief">{challenge.instructions}</p>
      </details>
      <div className="row interview-actions">
        {mayReview && !reviewing && (
          <button type="button" className="button button-primary button-small" onClick={() => setReviewing(true)}>
            Review submission
          </button>
        )}
        {me.can('challenges:manage') && challenge.status !== 'submitted' && (
          <button type="button" className="button button-small" onClick={() => setExtending(true)}>
            Extend deadline
          </button>
        )}
      </div>
      {reviewing && <ReviewForm challenge={challenge} onDone={() => setReviewing(false)} />}
      {challenge.status === 'submitted' && (
        <div className="stack">
          <h4>Review scorecards</h4>
          <QueryState query={scorecards} loadingLabel="Loading scorecards…">
            {(data) => <ScorecardList scorecards={data} timeZone={timeZone} only={{ challengeId: challenge.id }} />}
          </QueryState>
        </div>
      )}
      <Dialog title={`Extend the deadline of “${challenge.title}”`} open={extending} onClose={() => setExtending(false)}>
        <ExtendDeadlineForm challenge={challenge} onDone={() => setExtending(false)} />
      </Dialog>
    </li>
  );
}

function ReviewForm({ challenge, onDone }: { challenge: Challenge; onDone: () => void }) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  async function submit(body: ScorecardBody) {
    await unwrap(api.POST('/api/v1/challenges/{id}/scorecards', { params: { path: { id: challenge.id } }, body }));
    await queryClient.invalidateQueries({ queryKey: interviewKeys.scorecards(challenge.applicationId) });
    notify.success('Review submitted. You can now see the other scorecards.');
    onDone();
  }
  return (
    <section className="stack" aria-label={`Review of ${challenge.title}`}>
      <ScorecardForm attributes={challenge.stage.scorecardAttributes} onSubmit={submit} submitLabel="Submit review" />
    </section>
  );
}

function ExtendDeadlineForm({ challenge, onDone }: { challenge: Challenge; onDone: () => void }) {
  const { effectiveTimezone: timeZone } = useMe();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const due = useZonedDateTime(timeZone, { date: '', time: '18:00' });
  const [localError, setLocalError] = useState<string>();
  const extend = useMutation({
    mutationFn: (dueAt: string) =>
      unwrap(api.PATCH('/api/v1/challenges/{id}', { params: { path: { id: challenge.id } }, body: { dueAt } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: challengeKeys.ofApplication(challenge.applicationId) });
      notify.success('Deadline moved.');
      onDone();
    },
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = futureProblem(due);
    setLocalError(problem);
    if (!problem && due.result.ok) extend.mutate(due.result.instant.toISOString());
  }
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError error={extend.error} />
      <ZonedDateTimeFields
        dateLabel="New deadline"
        timeLabel="New deadline time"
        {...due.fields}
        error={localError ?? fieldErrorsOf(extend.error).dueAt}
      />
      <SubmitRow label="Move deadline" pending={extend.isPending} onCancel={onDone} />
    </form>
  );
}
