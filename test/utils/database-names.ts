import { loadConfig } from '@hp/config';

/** Lets several checkouts (or helpers) share one PostgreSQL without touching each other's databases. */
export function testDatabasePrefix(): string {
  const prefix = process.env.TEST_DB_PREFIX ?? 'hp_test';
  if (!/^[a-z][a-z0-9_]{0,30}$/.test(prefix)) throw new Error(`TEST_DB_PREFIX must be lower-case letters, digits and "_"`);
  return prefix;
}

export function adminUrl(): string {
  const url = new URL(loadConfig().DATABASE_URL);
  url.pathname = '/postgres';
  return url.toString();
}

export function urlForDatabase(name: string): string {
  const url = new URL(loadConfig().DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
