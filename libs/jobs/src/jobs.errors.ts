import { defineDomainErrors } from '@hp/common';

export class JobsError extends defineDomainErrors('JobsError', {
  JOB_NOT_FOUND: 404,
  STAGE_NOT_FOUND: 404,
  JOB_STATUS_TRANSITION_NOT_ALLOWED: 409,
  PIPELINE_SHAPE_INVALID: 400,
  STAGE_NOT_REMOVABLE: 409,
  STAGE_HAS_ACTIVE_APPLICATIONS: 409,
  USER_NOT_ASSIGNABLE: 400,
}) {}
