import type { BodyOf, ResponseOf } from '../../api/types';

export type Challenge = ResponseOf<'/api/v1/challenges/{id}', 'get'>;
export type CreatedChallenge = ResponseOf<'/api/v1/applications/{id}/challenges', 'post'>;
export type SendChallengeBody = BodyOf<'/api/v1/applications/{id}/challenges', 'post'>;
export type PublicChallenge = ResponseOf<'/api/v1/public/challenges/{token}', 'get'>;
export type SubmissionBody = BodyOf<'/api/v1/public/challenges/{token}/submission', 'post'>;

export const challengeStatusLabels: Record<Challenge['status'], string> = {
  sent: 'Awaiting submission',
  submitted: 'Submitted',
  expired: 'Expired',
};
export const challengeStatusBadge: Record<Challenge['status'], string> = {
  sent: 'badge badge-accent',
  submitted: 'badge badge-success',
  expired: 'badge badge-warning',
};

export const challengeKeys = {
  ofApplication: (applicationId: string) => ['challenges', 'application', applicationId] as const,
  public: (token: string) => ['challenges', 'public', token] as const,
};
