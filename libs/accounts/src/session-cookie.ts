import { PlatformError } from '@hp/common';
import { APP_CONFIG, type AppConfig } from '@hp/config';
import {
  type CallHandler,
  createParamDecorator,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, map, type Observable, throwError } from 'rxjs';

/**
 * Browsers keep the refresh token where scripts cannot read it: an httpOnly, SameSite=Strict
 * cookie, sent on every same-site request (path `/`, so the queue dashboard sees it too). API
 * clients keep the JSON body. A request opts in with this header; without it nothing changes.
 */
export const SESSION_COOKIE = 'hp_session';
export const REFRESH_TOKEN_TRANSPORT_HEADER = 'x-refresh-token-transport';

const SESSION_COOKIE_ACTION = Symbol('session-cookie-action');
type SessionCookieAction = 'issue' | 'clear';

const DAY_SECONDS = 86_400;

const transportHeader = ApiHeader({
  name: 'X-Refresh-Token-Transport',
  required: false,
  enum: ['cookie'],
  description: 'Browsers send `cookie`: the refresh token is then set as an httpOnly `hp_session` cookie and left out of the JSON body.',
});

/**
 * `@SessionCookie('issue')` on routes that answer with session tokens, `@SessionCookie('clear')` on
 * logout. The interceptor moves the refresh token between body and cookie when the request asks.
 */
export const SessionCookie = (action: SessionCookieAction) =>
  applyDecorators(SetMetadata(SESSION_COOKIE_ACTION, action), UseInterceptors(SessionCookieInterceptor), transportHeader);

@Injectable()
export class SessionCookieInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = execution.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    if (request.headers[REFRESH_TOKEN_TRANSPORT_HEADER] !== 'cookie') return next.handle();
    const reply = http.getResponse<FastifyReply>();
    const action = this.reflector.get<SessionCookieAction>(SESSION_COOKIE_ACTION, execution.getHandler());
    return next.handle().pipe(
      map((result: unknown) => {
        if (action === 'clear') {
          this.clear(reply);
          return result;
        }
        const { refreshToken, ...rest } = result as { refreshToken: string };
        void reply.setCookie(SESSION_COOKIE, refreshToken, {
          ...this.cookieOptions(),
          maxAge: this.config.REFRESH_TOKEN_TTL_DAYS * DAY_SECONDS,
        });
        return rest;
      }),
      // A refused refresh (spent, reused or expired token) leaves the browser nothing worth keeping.
      catchError((error: unknown) => {
        this.clear(reply);
        return throwError(() => error);
      }),
    );
  }

  private clear(reply: FastifyReply): void {
    void reply.clearCookie(SESSION_COOKIE, this.cookieOptions());
  }

  private cookieOptions() {
    return {
      path: '/',
      httpOnly: true,
      sameSite: 'strict' as const,
      secure: new URL(this.config.APP_URL).protocol === 'https:',
    };
  }
}

/**
 * The refresh token a request presents: the body's `refreshToken`, else the session cookie.
 * Neither is a 400 naming `refreshToken`, as when the body alone was validated.
 */
export const PresentedRefreshToken = createParamDecorator((_data: unknown, execution: ExecutionContext): string => {
  const request = execution.switchToHttp().getRequest<FastifyRequest>();
  const fromBody = (request.body as { refreshToken?: unknown } | undefined)?.refreshToken;
  if (typeof fromBody === 'string' && fromBody.length > 0) return fromBody;
  const fromCookie = request.cookies?.[SESSION_COOKIE];
  if (fromCookie) return fromCookie;
  throw PlatformError.validation([{ field: 'refreshToken', message: 'is required (in the body, or as the session cookie)' }]);
});

/** The session cookie of a browser request, if any: how the queue dashboard recognises a signed-in admin. */
export function sessionCookieOf(request: FastifyRequest): string | undefined {
  return request.cookies?.[SESSION_COOKIE] || undefined;
}
