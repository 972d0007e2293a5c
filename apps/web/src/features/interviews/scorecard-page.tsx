import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/session';
import { useNotify } from '../../components/notices';
import { Page } from '../../components/page';
import { QueryState } from '../../components/states';
import { useApplicationScorecards } from './application-interviews';
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

  async function submit(body: ScorecardBody, amend: boolean) {
    const path = { params: { path: { id: interview.id } }, body };
    await unwrap(amend ? api.PUT('/api/v1/interviews/{id}/scorecards/mine', path) : api.POST('/api/v1/interviews/{id}/scorecards', path));
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: interviewKeys.all }),
      queryClient.invalidateQueries({ queryKey: interviewKeys.scorecards(interview.applicationId) }),
    ]);
    notify.success(amend ? 'Scorecard updated.' : 'Scorecard submitted. You can now see the other scorecards.');
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
    body = <AmendScorecard interview={interview} onSubmit={(card) => submit(card, true)} back={back} />;
  } else {
    body = <ScorecardForm attributes={interview.stage.scorecardAttributes} onSubmit={(card) => submit(card, false)} />;
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

/** One's own submitted scorecard, amendable until the application leaves the interview's stage (the API decides). */
function AmendScorecard({
  interview,
  onSubmit,
  back,
}: {
  interview: Interview;
  onSubmit: (body: ScorecardBody) => Promise<void>;
  back: ReactNode;
}) {
  const me = useMe();
  const scorecards = useApplicationScorecards(interview.applicationId);
  const [amending, setAmending] = useState(false);
  const own = scorecards.data?.scorecards.find((card) => card.interviewId === interview.id && card.author.id === me.user.id);
  return (
    <div className="stack">
      <p className="state state-empty">You have submitted your scorecard for this interview. {back}</p>
      {own && !amending && (
        <div className="row">
          <button type="button" className="button" onClick={() => setAmending(true)}>
            Amend your scorecard
          </button>
        </div>
      )}
      {own && amending && (
        <ScorecardForm
          attributes={interview.stage.scorecardAttributes}
          initial={{ ratings: own.ratings, recommendation: own.recommendation, notes: own.notes ?? undefined }}
          onSubmit={onSubmit}
          submitLabel="Save changes"
        />
      )}
    </div>
  );
}
