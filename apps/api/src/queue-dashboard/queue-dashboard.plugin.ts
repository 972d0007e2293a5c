import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { type AuthService, sessionCookieOf } from '@hp/accounts';
import { type AccessRule, AuthError, Permission, REQUEST_CONTEXT, type RequestContext } from '@hp/auth';
import { QueueName, type QueueRegistry } from '@hp/queue';
import { Logger } from '@nestjs/common';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import type { AccessGuard } from '../http/access.guard.js';
import { sendProblem } from '../http/problem-details.filter.js';

/** Outside the API's `/api/v1`: the dashboard is an operator's tool, not part of the API. */
export const QUEUE_DASHBOARD_PREFIX = '/admin/queues';

/** The rule every dashboard route would declare, were it a controller route. */
const dashboardRule: AccessRule = { kind: 'permission', permission: Permission.QueuesDashboard };

export interface QueueDashboardOptions {
  queues: QueueRegistry;
  guard: AccessGuard;
  auth: AuthService;
  dataSource: DataSource;
  /** Slug of the organisation whose admins may open it (QUEUE_DASHBOARD_ORGANIZATION). */
  operatorOrganization?: string;
}

/**
 * bull-board over every queue of `QueueName` (a new queue shows up by itself), using the
 * registry's Queue instances and so its QUEUE_PREFIX. Register with `prefix: QUEUE_DASHBOARD_PREFIX`.
 *
 * The `onRequest` hook sits in this plugin's encapsulated scope, so it runs for every route
 * bull-board adds here (the HTML page, its static assets, its JSON API) and for nothing else.
 * It asks the API's global guard for its one decision (bearer token, or the browser's session cookie, through the JWT strategy and
 * ActorLoader, then the permission matrix), and answers refusals with the API's problem+json.
 * It cannot just throw: bull-board sets its own error handler on the routes it registers.
 */
export const queueDashboard: FastifyPluginAsync<QueueDashboardOptions> = async (
  fastify,
  { queues, guard, auth, dataSource, operatorOrganization },
) => {
  const logger = new Logger('QueueDashboard');
  fastify.addHook('onRequest', async (request, reply) => {
    try {
      await authorizeBrowserSession(request, auth);
      await guard.enforceOn(request, reply, dashboardRule);
      const { organizationId } = (request as unknown as Record<string, RequestContext>)[REQUEST_CONTEXT]!;
      if (!(await isOperator(dataSource, organizationId, operatorOrganization))) {
        throw new AuthError(
          'PERMISSION_DENIED',
          "The queue dashboard shows every organisation's queue jobs: only admins of the operator organisation (QUEUE_DASHBOARD_ORGANIZATION) may open it.",
        );
      }
    } catch (error) {
      sendProblem(error, request, reply, logger);
      return reply;
    }
  });

  const serverAdapter = new BullBoardFastifyAdapter().setBasePath(QUEUE_DASHBOARD_PREFIX);
  createBullBoard({
    queues: Object.values(QueueName).map((name) => new BullMQAdapter(queues.queue(name))),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Hiring Pipeline queues' } },
  });
  await fastify.register(serverAdapter.registerPlugin());
};

/**
 * A browser opening the dashboard from the web app carries no bearer token, only the session
 * cookie: an access token for that session (the cookie is not spent) lets the guard decide as for
 * any API call. A bearer token, when present, wins.
 */
async function authorizeBrowserSession(request: FastifyRequest, auth: AuthService): Promise<void> {
  if (request.headers.authorization) return;
  const sessionCookie = sessionCookieOf(request);
  const accessToken = sessionCookie && (await auth.accessTokenForSessionCookie(sessionCookie));
  if (accessToken) request.headers.authorization = `Bearer ${accessToken}`;
}

/**
 * Queues are shared by every organisation of the install, so the dashboard belongs to its
 * operator: the organisation named by QUEUE_DASHBOARD_ORGANIZATION or, when that is unset, the
 * only organisation of a single-organisation (self-hosted) install.
 */
async function isOperator(dataSource: DataSource, organizationId: string, operatorOrganization: string | undefined): Promise<boolean> {
  const [row]: { operator: boolean }[] = await dataSource.query(
    `SELECT CASE WHEN $2::text IS NULL THEN (SELECT count(*) FROM organizations) = 1 ELSE slug = $2 END AS operator
       FROM organizations WHERE id = $1`,
    [organizationId, operatorOrganization ?? null],
  );
  return row?.operator === true;
}
