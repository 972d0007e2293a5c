export { ACCESS_RULE, type AccessRule, Authenticated, Public, RequirePermission } from './access.decorators.js';
export { AuthError } from './auth.errors.js';
export { AuthModule } from './auth.module.js';
export { Permission, permissionDescriptions, type Role, roleHasPermission, rolePermissions, roles } from './permissions.js';
export { type RateLimitState, RateLimits } from './rate-limits.js';
export { type Actor, Client, type ClientInfo, clientInfoOf, Ctx, REQUEST_CONTEXT, RequestContext } from './request-context.js';
