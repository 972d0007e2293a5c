import type { BodyOf, ItemOf, ResponseOf } from '../../api/types';

export type Interview = ResponseOf<'/api/v1/interviews/{id}', 'get'>;
export type InterviewChange = ResponseOf<'/api/v1/interviews', 'post'>;
export type ScheduleBody = BodyOf<'/api/v1/interviews', 'post'>;
export type ApplicationScorecards = ResponseOf<'/api/v1/applications/{id}/scorecards', 'get'>;
export type Scorecard = ApplicationScorecards['scorecards'][number];
export type ScorecardBody = BodyOf<'/api/v1/interviews/{id}/scorecards', 'post'>;
export type Recommendation = ScorecardBody['recommendation'];
export type RatingValue = ScorecardBody['ratings'][number]['rating'];
export type TeamMember = ItemOf<ResponseOf<'/api/v1/users', 'get'>>;

/** The four-point scale of the API (strong_no 1 … strong_yes 4), in the order a form offers it. */
export const recommendationLabels: Record<Recommendation, string> = {
  strong_no: 'Strong no',
  no: 'No',
  yes: 'Yes',
  strong_yes: 'Strong yes',
};
export const recommendationOrder = Object.keys(recommendationLabels) as Recommendation[];

export const ratingLabels: Record<RatingValue, string> = { ...recommendationLabels, no_decision: 'Not assessed' };

export const statusLabels: Record<Interview['status'], string> = {
  scheduled: 'Scheduled',
  completed: 'Completed',
  cancelled: 'Cancelled',
  no_show: 'No-show',
};

export const statusBadge: Record<Interview['status'], string> = {
  scheduled: 'badge badge-accent',
  completed: 'badge badge-success',
  cancelled: 'badge',
  no_show: 'badge badge-warning',
};

export const recommendationBadge: Record<Recommendation, string> = {
  strong_no: 'badge badge-danger',
  no: 'badge badge-warning',
  yes: 'badge badge-success',
  strong_yes: 'badge badge-success',
};

/** Whether the user owes a scorecard for this interview now (it has started, and they have not scored it). */
export function scorecardDueFrom(interview: Interview, userId: string, now = Date.now()): boolean {
  return Date.parse(interview.startsAt) <= now && interview.scorecardsDue.some((due) => due.interviewerId === userId);
}

export const interviewKeys = {
  all: ['interviews'] as const,
  one: (id: string) => ['interviews', 'one', id] as const,
  ofApplication: (applicationId: string) => ['interviews', 'application', applicationId] as const,
  mine: ['interviews', 'mine'] as const,
  past: (userId: string) => ['interviews', 'past', userId] as const,
  scorecards: (applicationId: string) => ['scorecards', applicationId] as const,
};
