import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/session';
import { QueryState } from '../../components/states';
import { InterviewActions, InterviewFacts } from './interview-actions';
import { interviewKeys } from './model';
import { ScorecardList } from './scorecards';
import './interviews.css';

export { ScheduleInterviewButton } from './schedule-interview';

/** The scorecards of an application as the blind rule lets the viewer see them (the API decides). */
export function useApplicationScorecards(applicationId: string) {
  return useQuery({
    queryKey: interviewKeys.scorecards(applicationId),
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/scorecards', { params: { path: { id: applicationId } } })),
  });
}

/** The application's interviews and their scorecards, as the blind rule lets the viewer see them. */
export function ApplicationInterviews({ applicationId }: { applicationId: string }) {
  const { effectiveTimezone } = useMe();
  const interviews = useQuery({
    queryKey: interviewKeys.ofApplication(applicationId),
    queryFn: () => unwrap(api.GET('/api/v1/interviews', { params: { query: { applicationId, limit: 200 } } })),
  });
  const scorecards = useApplicationScorecards(applicationId);
  return (
    <section className="stack application-interviews" aria-label="Interviews">
      <QueryState
        query={interviews}
        loadingLabel="Loading interviews…"
        isEmpty={(page) => page.data.length === 0}
        empty="No interviews yet."
      >
        {(page) => (
          <ul className="stack interview-list">
            {page.data.map((interview) => (
              <li key={interview.id} className="card stack">
                <div className="row interview-heading">
                  <h3>
                    <Link to={`/interviews/${interview.id}`}>{interview.title}</Link>
                  </h3>
                </div>
                <InterviewFacts interview={interview} />
                <InterviewActions interview={interview} />
                {interview.status !== 'cancelled' && interview.status !== 'no_show' && (
                  <div className="stack">
                    <h4>Scorecards</h4>
                    <QueryState query={scorecards} loadingLabel="Loading scorecards…">
                      {(data) => <ScorecardList scorecards={data} timeZone={effectiveTimezone} only={{ interviewId: interview.id }} />}
                    </QueryState>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
