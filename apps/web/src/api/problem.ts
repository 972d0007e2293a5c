/** A problem+json answer of the API (RFC 9457), as the web app shows it. */
export interface ProblemDocument {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  requestId?: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

/** What went wrong with an API call, in words a recruiter understands, with field errors kept apart. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  /** Field path (`email`, `stages.2.name`) → message, for errors shown next to their fields. */
  readonly fieldErrors: Record<string, string>;
  readonly document: ProblemDocument;

  constructor(document: ProblemDocument) {
    super(describeProblem(document));
    this.name = 'ApiProblem';
    this.status = document.status;
    this.code = document.code ?? 'UNKNOWN';
    this.document = document;
    this.fieldErrors = Object.fromEntries(
      (document.errors ?? []).map((error) => [error.field, `${humanField(error.field)} ${error.message}`]),
    );
  }

  static network(): ApiProblem {
    return new ApiProblem({ status: 0, code: 'NETWORK', detail: 'The server could not be reached. Check your connection and try again.' });
  }
}

/** Field names as a label would say them: `firstName` → "First name", `stages.2.name` → "Name". */
export function humanField(field: string): string {
  const last =
    field
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .at(-1) ?? field;
  const words = last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function describeProblem(problem: ProblemDocument): string {
  switch (problem.code) {
    case 'VALIDATION_FAILED':
      return 'Some fields need attention.';
    case 'RATE_LIMITED':
      return 'Too many requests in a short time. Wait a moment and try again.';
    case 'INTERNAL_ERROR':
      return `Something went wrong on our side. If it keeps happening, quote reference ${problem.requestId ?? 'unknown'} to support.`;
    case 'AUTHENTICATION_REQUIRED':
    case 'INVALID_TOKEN':
      return 'Your session has ended. Please sign in again.';
    case 'PERMISSION_DENIED':
      return problem.detail ?? 'Your role does not allow this.';
    default:
      return problem.detail ?? problem.title ?? `The request failed (${problem.status}).`;
  }
}

export function isProblemDocument(value: unknown): value is ProblemDocument {
  return typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'number';
}
