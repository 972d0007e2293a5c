import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { dataSourceOptions, migrations, runMigrationsExclusively } from '@hp/database';
import { DataSource } from 'typeorm';
import { afterEach, describe, expect, it } from 'vitest';
import { allEntities } from '../../scripts/data-source.js';
import { cloneTemplateDatabase, createEmptyDatabase, type TestDatabase } from '../utils/index.js';

const run = promisify(execFile);
const migrationScript = 'dist/scripts/migration.js';

const userTables = async (dataSource: DataSource) =>
  (
    await dataSource.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    )
  ).map((row) => row.table_name);

describe('migrations', () => {
  const databases: TestDatabase[] = [];
  const dataSources: DataSource[] = [];

  afterEach(async () => {
    await Promise.all(dataSources.splice(0).map((dataSource) => dataSource.destroy()));
    await Promise.all(databases.splice(0).map((database) => database.drop()));
  });

  async function open(database: TestDatabase, entities: typeof allEntities = []): Promise<DataSource> {
    const dataSource = await new DataSource(
      dataSourceOptions({ DATABASE_URL: database.url, DATABASE_POOL_SIZE: 3 }, entities),
    ).initialize();
    dataSources.push(dataSource);
    return dataSource;
  }

  it('run from an empty database, revert completely, and run again', async () => {
    const database = await createEmptyDatabase();
    databases.push(database);
    const dataSource = await open(database);

    const applied = await runMigrationsExclusively(dataSource);
    expect(applied).toEqual(migrations.map((migration) => migration.name));
    expect(await userTables(dataSource)).toEqual(
      expect.arrayContaining(['mail_deliveries', 'migrations', 'outbox_events', 'periodic_task_runs']),
    );

    for (let index = 0; index < migrations.length; index++) await dataSource.undoLastMigration({ transaction: 'all' });
    expect(await userTables(dataSource)).toEqual(['migrations']);
    const functions = await dataSource.query(`SELECT proname FROM pg_proc WHERE proname IN ('uuid_generate_v7', 'notify_outbox_events')`);
    expect(functions).toEqual([]);

    expect(await runMigrationsExclusively(dataSource)).toHaveLength(migrations.length);
  });

  it('leave the schema exactly as the entities describe it', async () => {
    const database = await cloneTemplateDatabase();
    databases.push(database);
    const dataSource = await open(database, allEntities);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('generate time-ordered version 7 UUIDs', async () => {
    const database = await cloneTemplateDatabase();
    databases.push(database);
    const dataSource = await open(database);
    const rows = await dataSource.query<{ id: string }[]>(`SELECT uuid_generate_v7()::text AS id FROM generate_series(1, 50)`);
    for (const { id } of rows) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [{ prefix }] = await dataSource.query(`SELECT substr(replace(uuid_generate_v7()::text, '-', ''), 1, 12) AS prefix`);
    expect(Math.abs(parseInt(prefix, 16) - Date.now())).toBeLessThan(60_000);
  });

  it('run once when two processes start migrating at the same moment', async () => {
    expect(existsSync(migrationScript), 'run `npm run build` first (npm test does)').toBe(true);
    const database = await createEmptyDatabase();
    databases.push(database);
    const env = { ...process.env, DATABASE_URL: database.url, NODE_ENV: 'test' };
    const [first, second] = await Promise.all([
      run('node', [migrationScript, 'run'], { env }),
      run('node', [migrationScript, 'run'], { env }),
    ]);
    const outputs = [first.stdout, second.stdout].sort();
    expect(outputs[0]).toMatch(/^Applied: /);
    expect(outputs[1]).toMatch(/^Nothing to apply/);
    const dataSource = await open(database);
    const recorded = await dataSource.query(`SELECT name FROM migrations ORDER BY id`);
    expect(recorded.map((row: { name: string }) => row.name)).toEqual(migrations.map((migration) => migration.name));
  });
});
