import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/session';
import { Page } from '../../components/page';
import { QueryState } from '../../components/states';
import { useApplicationScorecards } from './application-interviews';
import { InterviewActions, InterviewFacts } from './interview-actions';
import { type Interview, interviewKeys } from './model';
import { ScorecardList } from './scorecards';
import './interviews.css';

export function useInterview(id: string) {
  return useQuery({
    queryKey: interviewKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/interviews/{id}', { params: { path: { id } } })),
  });
}

/** An interview (reminder emails link here): when, who, what the viewer can do, and its scorecards. */
export function InterviewPage() {
  const { interviewId = '' } = useParams();
  const interview = useInterview(interviewId);
  return (
    <QueryState query={interview} loadingLabel="Loading the interview…">
      {(data) => <InterviewDetail interview={data} />}
    </QueryState>
  );
}

function InterviewDetail({ interview }: { interview: Interview }) {
  const me = useMe();
  const scorecards = useApplicationScorecards(interview.applicationId);
  const scorable = interview.status !== 'cancelled' && interview.status !== 'no_show';
  return (
    <Page title={`${interview.title} with ${interview.candidate.name}`} actions={<InterviewActions interview={interview} />}>
      <div className="stack">
        <div className="card stack">
          <p className="muted">
            {interview.job.title} ·{' '}
            {me.can('applications:read') && <Link to={`/applications/${interview.applicationId}`}>Open the application</Link>}
          </p>
          <InterviewFacts interview={interview} />
        </div>
        {scorable && (
          <section className="stack" aria-labelledby="scorecards-heading">
            <h2 id="scorecards-heading">Scorecards</h2>
            <QueryState query={scorecards} loadingLabel="Loading scorecards…">
              {(data) => <ScorecardList scorecards={data} timeZone={me.effectiveTimezone} only={{ interviewId: interview.id }} />}
            </QueryState>
          </section>
        )}
      </div>
    </Page>
  );
}
