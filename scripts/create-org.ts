/**
 * `npm run create-org -- --organization "Acme" --name "Ada Lovelace" --email ada@acme.test`
 * creates an organisation and its first admin on an install where open sign-up is off
 * (ALLOW_SIGNUP=false). The password is read from CREATE_ORG_PASSWORD, or generated and printed.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { AuthService, signupSchema } from '@hp/accounts';
import { ConfigValidationError, loadConfig } from '@hp/config';
import { prepareDatabase } from '@hp/database';
import { NestFactory } from '@nestjs/core';
import { ApiModule } from '../apps/api/src/api.module.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { organization: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' } },
  });
  if (!values.organization || !values.name || !values.email) {
    throw new Error('Usage: npm run create-org -- --organization <name> --name <admin name> --email <admin email>');
  }
  const password = process.env.CREATE_ORG_PASSWORD || randomBytes(12).toString('base64url');
  const config = loadConfig();
  await prepareDatabase(config, { log: (message) => console.log(message) });
  const app = await NestFactory.createApplicationContext(ApiModule.forRoot({ ...config, LOG_LEVEL: 'warn' }), {
    logger: ['error', 'warn'],
  });
  try {
    const input = signupSchema.parse({ organizationName: values.organization, name: values.name, email: values.email, password });
    const created = await app.get(AuthService).createOrganizationWithAdmin(input, { ip: null, userAgent: 'npm run create-org' });
    console.log(`Created organisation "${created.organization.name}" (slug ${created.organization.slug}).`);
    console.log(`Admin: ${created.user.email}${process.env.CREATE_ORG_PASSWORD ? '' : `  password: ${password}`}`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigValidationError ? error.message : error instanceof Error ? error.message : error);
  process.exit(1);
});
