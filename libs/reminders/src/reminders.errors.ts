import { defineDomainErrors } from '@hp/common';

export class RemindersError extends defineDomainErrors('RemindersError', {
  REMINDER_NOT_FOUND: 404,
  REMINDER_NOT_RETRYABLE: 409,
}) {}
