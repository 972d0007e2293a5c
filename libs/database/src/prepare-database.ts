import type { AppConfig } from '@hp/config';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';

/** Any 64-bit constant shared by every process of the product; the value itself means nothing. */
const MIGRATION_LOCK_KEY = 7_316_405_121_987_001n;
const DUPLICATE_DATABASE = '42P04';

interface Logger {
  log(message: string): void;
}

/** Creates the database named by `DATABASE_URL` when it does not exist yet. */
export async function ensureDatabaseExists(databaseUrl: string): Promise<boolean> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount) return false;
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    return true;
  } catch (error) {
    // Another process created it between our check and our CREATE.
    if ((error as { code?: string }).code === DUPLICATE_DATABASE) return false;
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Runs pending migrations while holding a session-level advisory lock, so replicas that start
 * together queue behind the first one and then find nothing left to do.
 */
export async function runMigrationsExclusively(dataSource: DataSource): Promise<string[]> {
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    return applied.map((migration) => migration.name);
  } finally {
    await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]).catch(() => undefined);
    await lockRunner.release();
  }
}

/** What each process does before it serves: create the database (not in production), migrate. */
export async function prepareDatabase(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE' | 'MIGRATIONS_RUN' | 'NODE_ENV'>,
  logger: Logger,
): Promise<void> {
  if (config.NODE_ENV !== 'production' && (await ensureDatabaseExists(config.DATABASE_URL))) {
    logger.log('Created the database');
  }
  if (!config.MIGRATIONS_RUN) return;
  const dataSource = new DataSource({ ...dataSourceOptions({ ...config, DATABASE_POOL_SIZE: 2 }) });
  await dataSource.initialize();
  try {
    const applied = await runMigrationsExclusively(dataSource);
    logger.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date');
  } finally {
    await dataSource.destroy();
  }
}
