import { DomainError, PlatformError } from '@hp/common';
import { HttpException } from '@nestjs/common';
import { z } from 'zod';

/** RFC 9457 problem document, with our stable `code` and the request's correlation id. */
export const problemDetailsSchema = z.object({
  type: z.string().describe('URI naming the kind of problem; one per `code`.'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string().describe('Stable machine-readable code, e.g. VALIDATION_FAILED.'),
  requestId: z.string().describe('Correlation id; also the `x-request-id` response header and in the log line.'),
  errors: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional()
    .describe('Field errors of a VALIDATION_FAILED problem.'),
});
export type ProblemDetails = z.infer<typeof problemDetailsSchema> & Record<string, unknown>;

export const problemContentType = 'application/problem+json';

const platformCodeByStatus: Record<number, ConstructorParameters<typeof PlatformError>[0]> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

const titleOf = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replaceAll('_', ' ');
const typeOf = (code: string) => `urn:hiring-pipeline:problem:${code.toLowerCase().replaceAll('_', '-')}`;

interface ErrorWithStatus {
  statusCode?: number;
  code?: string;
  message?: string;
}

/** Turns anything thrown into the problem the client sees. Unknown errors reveal nothing but the request id. */
export function toProblem(error: unknown, requestId: string, routeMatched: boolean): ProblemDetails {
  const domain = toDomainError(error, routeMatched);
  const { errors, ...extensions } = domain.extensions as { errors?: ProblemDetails['errors'] };
  const internal = domain.status >= 500 && domain.code === 'INTERNAL_ERROR';
  return {
    ...(internal ? {} : extensions),
    type: typeOf(domain.code),
    title: titleOf(domain.code),
    status: domain.status,
    detail: internal ? `An unexpected error occurred. Quote ${requestId} when reporting it.` : domain.detail,
    code: domain.code,
    requestId,
    ...(errors ? { errors } : {}),
  };
}

function toDomainError(error: unknown, routeMatched: boolean): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status === 404 && !routeMatched) return new PlatformError('ROUTE_NOT_FOUND', 'No route matches this method and path.');
    const code = platformCodeByStatus[status];
    return code ? new PlatformError(code, error.message) : internalError();
  }
  // Errors raised by Fastify itself before a handler runs (body parsing, size limit, media type).
  const fastifyError = error as ErrorWithStatus;
  if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode < 500) {
    if (fastifyError.statusCode === 413) return new PlatformError('PAYLOAD_TOO_LARGE', 'The request body is larger than the 1 MiB limit.');
    if (fastifyError.statusCode === 404) return new PlatformError('ROUTE_NOT_FOUND', 'No route matches this method and path.');
    const code = platformCodeByStatus[fastifyError.statusCode] ?? 'MALFORMED_REQUEST';
    return new PlatformError(code, fastifyError.message ?? 'The request could not be read.');
  }
  return internalError();
}

const internalError = () => new PlatformError('INTERNAL_ERROR', 'Internal error');
