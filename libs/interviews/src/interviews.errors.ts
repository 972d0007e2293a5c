import { defineDomainErrors } from '@hp/common';

export class InterviewsError extends defineDomainErrors('InterviewsError', {
  INTERVIEW_NOT_FOUND: 404,
  APPLICATION_NOT_FOUND: 404,
  APPLICATION_NOT_ACTIVE: 409,
  STAGE_NOT_IN_JOB: 409,
  INTERVIEW_NOT_SCHEDULED: 409,
}) {}
