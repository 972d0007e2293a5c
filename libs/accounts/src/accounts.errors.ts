import { defineDomainErrors } from '@hp/common';

export class AccountsError extends defineDomainErrors('AccountsError', {
  SIGNUP_DISABLED: 403,
  ORGANIZATION_SLUG_REQUIRED: 400,
  INVALID_CURRENT_PASSWORD: 400,
  INVALID_OR_EXPIRED_TOKEN: 400,
  USER_NOT_FOUND: 404,
  USER_ALREADY_EXISTS: 409,
  LAST_ADMIN: 409,
}) {}
