import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problemContentType, toProblem } from './problem-details.js';

/** The one place errors become HTTP: Nest handlers and Fastify's own errors both end here. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply, logger: Logger): void {
  const problem = toProblem(error, String(request.id), request.routeOptions?.url !== undefined);
  if (problem.status >= 500) {
    logger.error({ err: error, requestId: request.id }, 'Unhandled error while serving a request');
  }
  const { rateLimit, ...body } = problem as typeof problem & { rateLimit?: { limit: number; remaining: number; resetSeconds: number } };
  if (typeof body.retryAfterSeconds === 'number') void reply.header('retry-after', body.retryAfterSeconds);
  if (rateLimit) {
    void reply
      .header('ratelimit-limit', rateLimit.limit)
      .header('ratelimit-remaining', rateLimit.remaining)
      .header('ratelimit-reset', rateLimit.resetSeconds);
  }
  void reply.status(problem.status).header('content-type', problemContentType).send(body);
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(exception, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), this.logger);
  }
}
