/**
 * `npm run api:client` regenerates the web app's API types (apps/web/src/api/openapi.d.ts) from the
 * OpenAPI document the API serves, so the web app cannot drift from the server:
 * test/e2e/web-api-client.e2e-spec.ts fails when the committed file no longer matches.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadConfig } from '@hp/config';
import { prepareDatabase } from '@hp/database';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import openapiTS, { astToString } from 'openapi-typescript';
import { createApiApp } from '../apps/api/src/create-api-app.js';

/** Where the generated types live, relative to the repository root. */
export const apiClientTypesPath = 'apps/web/src/api/openapi.d.ts';

const banner = `// Generated from the API's OpenAPI document by \`npm run api:client\`. Do not edit by hand.\n\n`;

/** The types openapi-typescript writes for the document a running (or test) API serves. */
export async function renderApiClientTypes(app: NestFastifyApplication): Promise<string> {
  const response = await app.inject({ method: 'GET', url: '/docs/openapi.json' });
  if (response.statusCode !== 200) throw new Error(`GET /docs/openapi.json answered ${response.statusCode}`);
  const ast = await openapiTS(response.json(), { alphabetize: true, exportType: true });
  return banner + astToString(ast);
}

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
  await prepareDatabase(config, { log: () => undefined });
  const app = await createApiApp(config);
  await app.init();
  try {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
    writeFileSync(join(root, apiClientTypesPath), await renderApiClientTypes(app));
    console.log(`Wrote ${apiClientTypesPath}`);
  } finally {
    await app.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
