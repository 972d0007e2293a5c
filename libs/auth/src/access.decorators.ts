import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import type { Permission } from './permissions.js';

export const ACCESS_RULE = Symbol('ACCESS_RULE');

/** What a route requires. Every route has exactly one; a route without one is refused (default deny). */
export type AccessRule =
  { kind: 'public'; rateLimited: boolean } | { kind: 'authenticated' } | { kind: 'permission'; permission: Permission };

/**
 * No authentication: sign-up, login, the career site, candidates' links; rate-limited per IP.
 * `rateLimited: false` is for health checks and metrics, which load balancers and Prometheus poll.
 */
export const Public = ({ rateLimited = true }: { rateLimited?: boolean } = {}) =>
  applyDecorators(SetMetadata(ACCESS_RULE, { kind: 'public', rateLimited } satisfies AccessRule), ApiExtension('x-access', 'public'));

/** Any signed-in user of the organisation, whatever their role (their own profile, their own sessions). */
export const Authenticated = () =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'authenticated' } satisfies AccessRule),
    ApiBearerAuth(),
    ApiExtension('x-access', 'authenticated'),
  );

/** A signed-in user whose role holds `permission` in the matrix. */
export const RequirePermission = (permission: Permission) =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'permission', permission } satisfies AccessRule),
    ApiBearerAuth(),
    ApiExtension('x-access', permission),
  );
