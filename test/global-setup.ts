import { dataSourceOptions, ensureDatabaseExists, runMigrationsExclusively } from '@hp/database';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { TestProject } from 'vitest/node';
import { adminUrl, testDatabasePrefix, urlForDatabase } from './utils/database-names.js';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

/**
 * Migrates one template database per run; each test file clones it (`CREATE DATABASE … TEMPLATE`),
 * which takes a fraction of a second, so files run in parallel on databases of their own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const prefix = testDatabasePrefix();
  const template = `${prefix}_template`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    // Clones left behind by an interrupted run.
    const stale = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${prefix}\\_%`]);
    for (const { datname } of stale.rows) await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(datname)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  const templateUrl = urlForDatabase(template);
  await ensureDatabaseExists(templateUrl);
  const dataSource = await new DataSource(dataSourceOptions({ DATABASE_URL: templateUrl, DATABASE_POOL_SIZE: 2 })).initialize();
  try {
    await runMigrationsExclusively(dataSource);
  } finally {
    await dataSource.destroy();
  }
  project.provide('templateDatabase', template);
  return async () => {
    const client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(template)} WITH (FORCE)`);
    await client.end();
  };
}
