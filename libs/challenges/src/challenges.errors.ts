import { defineDomainErrors } from '@hp/common';

export class ChallengesError extends defineDomainErrors('ChallengesError', {
  CHALLENGE_NOT_FOUND: 404,
  APPLICATION_NOT_ACTIVE: 409,
  REVIEWER_NOT_ASSIGNABLE: 400,
  CHALLENGE_ALREADY_SUBMITTED: 409,
  CHALLENGE_EXPIRED: 409,
  CHALLENGE_CLOSED: 409,
}) {}

export const challengeNotFound = () => new ChallengesError('CHALLENGE_NOT_FOUND', 'No such challenge.');
