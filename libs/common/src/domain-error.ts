/**
 * The one error type that crosses layers. A feature declares its codes and their HTTP statuses in
 * one place (`defineDomainErrors`); the global filter turns any DomainError into problem+json
 * carrying the stable `code`, so clients branch on codes, never on messages.
 */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly status: number,
    readonly detail: string,
    /** Extra members of the problem document, e.g. `{ currentVersion: 3 }`. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export type DomainErrorClass<Codes extends Record<string, number>> = {
  new (code: keyof Codes & string, detail: string, extensions?: Record<string, unknown>): DomainError<keyof Codes & string>;
  readonly statusByCode: Readonly<Codes>;
};

/** `class MailError extends defineDomainErrors('MailError', { MAIL_TEMPLATE_UNKNOWN: 500 }) {}` */
export function defineDomainErrors<const Codes extends Record<string, number>>(name: string, statusByCode: Codes): DomainErrorClass<Codes> {
  const FeatureError = class extends DomainError<keyof Codes & string> {
    static readonly statusByCode = Object.freeze({ ...statusByCode });
    constructor(code: keyof Codes & string, detail: string, extensions: Record<string, unknown> = {}) {
      super(code, statusByCode[code] as number, detail, extensions);
      this.name = name;
    }
  };
  Object.defineProperty(FeatureError, 'name', { value: name });
  return FeatureError;
}

export interface FieldError {
  field: string;
  message: string;
}

/** Errors of the HTTP platform itself, shared by every route. */
export class PlatformError extends defineDomainErrors('PlatformError', {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
}) {
  static validation(errors: FieldError[]): PlatformError {
    const fields = [...new Set(errors.map((error) => error.field))].join(', ');
    return new PlatformError('VALIDATION_FAILED', `Invalid request: check ${fields}.`, { errors });
  }
}
