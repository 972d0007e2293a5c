import pg from 'pg';

/** The URL of database `name` on the server of `serverUrl` (any database path is replaced). */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  return withClient(databaseUrl(serverUrl, 'postgres'), async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return rowCount === 1;
  });
}

/** Drops a database (a template is unmarked first), closing whatever is connected to it. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(databaseUrl(serverUrl, 'postgres'), async (client) => {
    const { rows } = await client.query<{ datistemplate: boolean }>('SELECT datistemplate FROM pg_database WHERE datname = $1', [name]);
    if (rows.length === 0) return;
    if (rows[0]!.datistemplate) await client.query(`ALTER DATABASE ${quote(name)} IS_TEMPLATE false`);
    await client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
  });
}

/**
 * A fresh copy of the template (a leftover copy is dropped first). FILE_COPY copies the files
 * instead of writing the whole database through the WAL. Returns the seconds it took.
 */
export async function cloneTemplate(serverUrl: string, template: string, target: string): Promise<number> {
  await dropDatabase(serverUrl, target);
  const started = performance.now();
  await withClient(databaseUrl(serverUrl, 'postgres'), (client) =>
    client.query(`CREATE DATABASE ${quote(target)} TEMPLATE ${quote(template)} STRATEGY FILE_COPY`),
  );
  return (performance.now() - started) / 1000;
}

/** Renames `from` to `to` unless `to` exists already (then `from` is dropped). True when renamed. */
export async function renameUnlessExists(serverUrl: string, from: string, to: string): Promise<boolean> {
  return withClient(databaseUrl(serverUrl, 'postgres'), async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [to]);
    if (rowCount === 1) return false;
    await client.query(`ALTER DATABASE ${quote(from)} RENAME TO ${quote(to)}`);
    return true;
  }).then(async (renamed) => {
    if (!renamed) await dropDatabase(serverUrl, from);
    return renamed;
  });
}

export async function serverVersion(serverUrl: string): Promise<string> {
  return withClient(databaseUrl(serverUrl, 'postgres'), async (client) => {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return rows[0]!.server_version;
  });
}
