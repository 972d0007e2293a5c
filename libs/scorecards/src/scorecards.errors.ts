import { defineDomainErrors } from '@hp/common';

export class ScorecardsError extends defineDomainErrors('ScorecardsError', {
  INTERVIEW_NOT_FOUND: 404,
  APPLICATION_NOT_FOUND: 404,
  SCORECARD_NOT_FOUND: 404,
  NOT_ON_PANEL: 403,
  INTERVIEW_NOT_SCORABLE: 409,
  SCORECARD_ALREADY_SUBMITTED: 409,
  APPLICATION_LEFT_STAGE: 409,
  SCORECARD_ATTRIBUTE_INVALID: 400,
}) {}
