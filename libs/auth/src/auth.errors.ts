import { defineDomainErrors } from '@hp/common';

export class AuthError extends defineDomainErrors('AuthError', {
  AUTHENTICATION_REQUIRED: 401,
  INVALID_CREDENTIALS: 401,
  INVALID_TOKEN: 401,
  REFRESH_TOKEN_REUSED: 401,
  PERMISSION_DENIED: 403,
  TOO_MANY_LOGIN_ATTEMPTS: 429,
  RATE_LIMITED: 429,
}) {}
