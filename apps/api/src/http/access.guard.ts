import {
  ACCESS_RULE,
  type AccessRule,
  type Actor,
  AuthError,
  clientInfoOf,
  REQUEST_CONTEXT,
  RequestContext,
  RateLimits,
  type RateLimitState,
  roleHasPermission,
} from '@hp/auth';
import { DomainError } from '@hp/common';
import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/internal';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';

/**
 * The one authorisation decision of every route, read from its access rule: public (rate-limited
 * per IP), any signed-in user, or a permission of the matrix. A route without a rule is refused;
 * the boot check (AccessRulesCheck) makes sure there is none.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly rateLimits: RateLimits,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  override async canActivate(execution: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [execution.getHandler(), execution.getClass()]);
    return this.enforce(rule, execution);
  }

  /**
   * The same decision for routes Nest does not serve (a Fastify plugin such as the queue
   * dashboard): called from the plugin's `onRequest` hook with the rule its routes would declare.
   * Throws the same AuthErrors as for a controller route.
   */
  async enforceOn(request: FastifyRequest, reply: FastifyReply, rule: AccessRule): Promise<void> {
    await this.enforce(rule, new ExecutionContextHost([request, reply]));
  }

  private async enforce(rule: AccessRule | undefined, execution: ExecutionContext): Promise<boolean> {
    const request = execution.switchToHttp().getRequest<FastifyRequest & Record<string, unknown>>();
    const reply = execution.switchToHttp().getResponse<FastifyReply>();
    if (!rule) throw new AuthError('PERMISSION_DENIED', 'This route declares no access rule.');
    if (rule.kind === 'public') {
      if (rule.rateLimited) setRateLimitHeaders(reply, await this.rateLimits.consumeIp(request.ip));
      return true;
    }
    await super.canActivate(execution);
    const actor = request.user as Actor;
    if (rule.kind === 'permission' && !roleHasPermission(actor.role, rule.permission)) {
      throw new AuthError('PERMISSION_DENIED', `The ${actor.role.replaceAll('_', ' ')} role may not do this.`);
    }
    setRateLimitHeaders(reply, await this.rateLimits.consumeUser(actor.userId));
    request[REQUEST_CONTEXT] = new RequestContext(actor, this.dataSource.manager, clientInfoOf(request));
    return true;
  }

  /** Passport's verdict, as our errors: no token, or a token that is bad, expired or of an ended session. */
  override handleRequest<TUser = Actor>(error: unknown, user: TUser | false, info: unknown): TUser {
    if (error instanceof DomainError) throw error;
    if (user) return user;
    const noToken = info instanceof Error && /No auth token/i.test(info.message);
    throw noToken
      ? new AuthError('AUTHENTICATION_REQUIRED', 'Sign in: this route needs a bearer access token.')
      : new AuthError('INVALID_TOKEN', 'The access token is invalid or expired.');
  }
}

function setRateLimitHeaders(reply: FastifyReply, state: RateLimitState | undefined): void {
  if (!state) return;
  void reply
    .header('ratelimit-limit', state.limit)
    .header('ratelimit-remaining', state.remaining)
    .header('ratelimit-reset', state.resetSeconds);
}
