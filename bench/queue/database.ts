import { randomBytes } from 'node:crypto';
import { prepareDatabase } from '@hp/database';
import pg from 'pg';

/** The migrated template the tests create (test/global-setup.ts); cloning it is much faster than migrating. */
export const TEST_TEMPLATE = 'hp_test_template';
const OBJECT_IN_USE = '55006';

export interface BenchDatabase {
  name: string;
  url: string;
  /** How it was made: `clone of hp_test_template` or `migrated`. */
  origin: string;
  drop(): Promise<void>;
}

const withDatabase = (url: string, name: string) => {
  const copy = new URL(url);
  copy.pathname = `/${name}`;
  return copy.toString();
};

async function withAdmin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A database of the benchmark's own on the server of `serverUrl` (its database name is ignored):
 * a clone of the tests' migrated template when it exists and nobody holds it, else an empty
 * database migrated with the product's `prepareDatabase`.
 */
export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `hp_qbench_${randomBytes(5).toString('hex')}`;
  const url = withDatabase(serverUrl, name);
  const drop = () =>
    withAdmin(serverUrl, async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)));
  const cloned = await withAdmin(serverUrl, async (client) => {
    const template = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEST_TEMPLATE]);
    if (!template.rowCount) return false;
    for (let attempt = 1; attempt <= 10; attempt++) {
      try {
        await client.query(
          `CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(TEST_TEMPLATE)} STRATEGY FILE_COPY`,
        );
        return true;
      } catch (error) {
        // A test run is cloning it (or dropping it) right now.
        if ((error as { code?: string }).code !== OBJECT_IN_USE) return false;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
    return false;
  });
  if (cloned) return { name, url, origin: `clone of ${TEST_TEMPLATE}`, drop };
  await prepareDatabase(
    { DATABASE_URL: url, DATABASE_POOL_SIZE: 2, MIGRATIONS_RUN: true, NODE_ENV: 'development' },
    { log: () => undefined },
  );
  return { name, url, origin: 'migrated', drop };
}
