import type { AppConfig } from '@hp/config';
import type { DataSourceOptions, MixedList } from 'typeorm';
import { migrations } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

type EntityList = MixedList<string | (new () => unknown)>;

/** The single description of how every process (API, worker, scripts, tests) talks to PostgreSQL. */
export function dataSourceOptions(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>,
  entities: EntityList = [],
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'all',
    // The schema comes from reviewed migrations only, never from entity metadata.
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: config.DATABASE_POOL_SIZE, application_name: 'hiring-pipeline' },
  };
}
