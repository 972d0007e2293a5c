import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * What every tenant-owned read or write needs: the organisation it is confined to and the manager
 * (transactional or not) to run on. Repositories take it as their first argument, so a query
 * cannot be written without naming its organisation.
 */
export interface TenantScope {
  readonly organizationId: string;
  readonly manager: EntityManager;
}

/** A query builder over a tenant-owned table, already confined to the scope's organisation. */
export function scopedQuery<Entity extends ObjectLiteral>(
  scope: TenantScope,
  entity: EntityTarget<Entity>,
  alias: string,
): SelectQueryBuilder<Entity> {
  return scope.manager
    .createQueryBuilder(entity, alias)
    .where(`${alias}.organization_id = :organizationId`, { organizationId: scope.organizationId });
}
