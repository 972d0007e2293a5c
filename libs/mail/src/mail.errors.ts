import { defineDomainErrors } from '@hp/common';

export class MailError extends defineDomainErrors('MailError', {
  MAIL_TEMPLATE_UNKNOWN: 500,
  MAIL_TEMPLATE_DATA_INVALID: 500,
}) {}
