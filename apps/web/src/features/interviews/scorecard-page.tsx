import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/session';
import { useNotify } from '../../components/notices';
import { Page } from '../../components/page';
import { QueryState } from '../../components/states';
import { InterviewFacts } from './interview-actions';
import { useInterview } from './interview-page';
import { type Interview, interviewKeys, type ScorecardBody } from './model';
import { ScorecardForm } from './scorecards';
import './interviews.css';

/** The scorecard form of an interview (emails link here): its stage's attributes, a recommendation, notes. */
export function ScorecardPage() {
  const { interviewId = '' } = useParams();
  const interview = useInterview(interviewId);
  return (
    <QueryState query={interview} loadingLabel="Loading the interview…">
      {(data) => <ScorecardScreen interview={data} />}
    </QueryState>
  );
}

function ScorecardScreen({ interview }: { interview: Interview }) {
  const me = useMe();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const onPanel = interview.panel.some((member) => member.id === me.user.id);
  const owes = interview.scorecardsDue.some((due) => due.interviewerId === me.user.id);
  const back = <Link to={`/interviews/${interview.id}`}>Back to the interview</Link>;

  async function submit(body: ScorecardBody) {
    await unwrap(api.POST('/api/v1/interviews/{id}/scorecards', { params: { path: { id: interview.id } }, body }));
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: interviewKeys.all }),
      queryClient.invalidateQueries({ queryKey: interviewKeys.scorecards(interview.applicationId) }),
    ]);
    notify.success('Scorecard submitted. You can now see the other scorecards.');
    await navigate(`/interviews/${interview.id}`);
  }

  let body;
  if (!onPanel) {
    body = <p className="state state-empty">Only the interview’s panel submits scorecards for it. {back}</p>;
  } else if (interview.status === 'cancelled' || interview.status === 'no_show') {
    body = (
      <p className="state state-empty">
        This interview was {interview.status === 'cancelled' ? 'cancelled' : 'a no-show'}, so it takes no scorecards. {back}
      </p>
    );
  } else if (!owes) {
    body = <p className="state state-empty">You have submitted your scorecard for this interview. {back}</p>;
  } else {
    body = <ScorecardForm attributes={interview.stage.scorecardAttributes} onSubmit={submit} />;
  }
  return (
    <Page title={`Scorecard: ${interview.title} with ${interview.candidate.name}`}>
      <div className="stack">
        <div className="card">
          <InterviewFacts interview={interview} />
        </div>
        {body}
      </div>
    </Page>
  );
}
