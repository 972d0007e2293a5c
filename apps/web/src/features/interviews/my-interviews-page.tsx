import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/session';
import { Page } from '../../components/page';
import { QueryState } from '../../components/states';
import { type Interview, interviewKeys, scorecardDueFrom, statusBadge, statusLabels } from './model';
import { dayOf, formatDayHeading, formatTimeRange } from '../../lib/zoned-time';
import './interviews.css';

/** How far back "Past" looks: far enough for any scorecard still owed. */
const PAST_DAYS = 30;

/** Interviews grouped by their day in the user's timezone, in the order given. */
function byDay(interviews: Interview[], timeZone: string): [string, Interview[]][] {
  const days = new Map<string, Interview[]>();
  for (const interview of interviews) {
    const day = dayOf(interview.startsAt, timeZone);
    days.set(day, [...(days.get(day) ?? []), interview]);
  }
  return [...days];
}

function Agenda({ interviews, label }: { interviews: Interview[]; label: string }) {
  const me = useMe();
  const timeZone = me.effectiveTimezone;
  return (
    <div aria-label={label} role="region">
      {byDay(interviews, timeZone).map(([day, items]) => (
        <section key={day} className="agenda-day" aria-label={formatDayHeading(day)}>
          <h3>{formatDayHeading(day)}</h3>
          <ul className="stack">
            {items.map((interview) => {
              const due = scorecardDueFrom(interview, me.user.id);
              const scored =
                !due && interview.status !== 'cancelled' && interview.status !== 'no_show' && Date.parse(interview.startsAt) <= Date.now();
              return (
                <li key={interview.id} className="card agenda-item">
                  <span className="agenda-time">{formatTimeRange(interview.startsAt, interview.endsAt, timeZone)}</span>
                  <span>
                    <Link to={`/interviews/${interview.id}`}>{interview.title}</Link> with {interview.candidate.name}
                    <br />
                    <span className="muted">
                      {interview.job.title} · {interview.stage.name}
                      {interview.location ? ` · ${interview.location}` : ''}
                    </span>
                  </span>
                  <span className="row">
                    {interview.status !== 'scheduled' && (
                      <span className={statusBadge[interview.status]}>{statusLabels[interview.status]}</span>
                    )}
                    {due && (
                      <Link className="button button-primary button-small" to={`/interviews/${interview.id}/scorecard`}>
                        Submit scorecard
                      </Link>
                    )}
                    {scored && <span className="badge badge-success">Scorecard submitted</span>}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** "My interviews": the signed-in user's panels, upcoming and past, by day in their timezone. */
export function MyInterviewsPage() {
  const me = useMe();
  const upcoming = useQuery({
    queryKey: interviewKeys.mine,
    queryFn: () => unwrap(api.GET('/api/v1/me/interviews', { params: { query: { limit: 200 } } })),
  });
  const past = useQuery({
    queryKey: interviewKeys.past(me.user.id),
    queryFn: async () => {
      const now = new Date();
      const page = await unwrap(
        api.GET('/api/v1/interviews', {
          params: {
            query: {
              interviewerId: me.user.id,
              from: new Date(now.getTime() - PAST_DAYS * 86_400_000).toISOString(),
              to: now.toISOString(),
              limit: 200,
            },
          },
        }),
      );
      // Those that have ended, most recent first; the ones still running are upcoming.
      return page.data.filter((interview) => Date.parse(interview.endsAt) <= now.getTime()).reverse();
    },
  });
  return (
    <Page title="My interviews">
      <section className="stack" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Upcoming</h2>
        <QueryState
          query={upcoming}
          loadingLabel="Loading your interviews…"
          isEmpty={(page) => page.data.length === 0}
          empty="No interviews coming up. When you are put on a panel, it shows here."
        >
          {(page) => <Agenda interviews={page.data} label="Upcoming interviews" />}
        </QueryState>
      </section>
      <section className="stack" aria-labelledby="past-heading">
        <h2 id="past-heading">Past {PAST_DAYS} days</h2>
        <QueryState
          query={past}
          loadingLabel="Loading past interviews…"
          isEmpty={(data) => data.length === 0}
          empty="No interviews in the past 30 days."
        >
          {(data) => <Agenda interviews={data} label="Past interviews" />}
        </QueryState>
      </section>
    </Page>
  );
}
