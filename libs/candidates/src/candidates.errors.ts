import { defineDomainErrors } from '@hp/common';

export class CandidatesError extends defineDomainErrors('CandidatesError', {
  CANDIDATE_NOT_FOUND: 404,
  CANDIDATE_EMAIL_TAKEN: 409,
  RESUME_NOT_FOUND: 404,
  RESUME_TOO_LARGE: 413,
  UNSUPPORTED_RESUME_TYPE: 415,
  RESUME_UNREADABLE: 422,
}) {}
