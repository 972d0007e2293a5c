import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Role } from './permissions.js';

/** The authenticated caller, as loaded for this request (fresh within the actor cache's lifetime). */
export interface Actor {
  userId: string;
  organizationId: string;
  sessionId: string;
  role: Role;
  name: string;
  email: string;
  /** The user's own timezone, else the organisation's. */
  timezone: string;
}

/** Where the request came from, for the audit trail. */
export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Everything a service needs about the request: who acts, for which organisation, from where, and
 * the EntityManager to use. Inside `transaction()`, the context carries the transactional manager,
 * and everything called with it joins that transaction: nothing reaches for an outer manager.
 */
export class RequestContext {
  constructor(
    readonly actor: Actor,
    readonly manager: EntityManager,
    readonly client: ClientInfo,
  ) {}

  get organizationId(): string {
    return this.actor.organizationId;
  }

  async transaction<T>(work: (context: RequestContext) => Promise<T>): Promise<T> {
    if (this.manager.queryRunner?.isTransactionActive) return work(this);
    return this.manager.transaction((manager) => work(new RequestContext(this.actor, manager, this.client)));
  }
}

export const REQUEST_CONTEXT = 'requestContext';

/** `@Ctx() context: RequestContext`, set by the global guard for every authenticated route. */
export const Ctx = createParamDecorator((_data: unknown, execution: ExecutionContext): RequestContext => {
  const context = execution.switchToHttp().getRequest()[REQUEST_CONTEXT] as RequestContext | undefined;
  if (!context) throw new Error('@Ctx() used on a route without authentication');
  return context;
});

/** `@Client() client: ClientInfo` for public routes (login, sign-up) that record where a request came from. */
export const Client = createParamDecorator((_data: unknown, execution: ExecutionContext): ClientInfo =>
  clientInfoOf(execution.switchToHttp().getRequest()),
);

export function clientInfoOf(request: { ip?: string; headers: Record<string, string | string[] | undefined> }): ClientInfo {
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: (Array.isArray(userAgent) ? userAgent[0] : userAgent)?.slice(0, 512) ?? null };
}
