export { BaseEntity } from './base.entity.js';
export { dataSourceOptions } from './data-source-options.js';
export { DatabaseModule } from './database.module.js';
export { backfillReportSummaries } from './migrations/1765400000000-ReportSummaries.js';
export { migrations } from './migrations/index.js';
export { ensureDatabaseExists, prepareDatabase, runMigrationsExclusively } from './prepare-database.js';
export { SnakeNamingStrategy } from './snake-naming.strategy.js';
export { scopedQuery, type TenantScope } from './tenant-scope.js';
