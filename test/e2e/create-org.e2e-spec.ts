import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, cloneTemplateDatabase, startTestApi, testConfig, type TestDatabase } from '../utils/index.js';

const run = promisify(execFile);

describe('npm run create-org (sign-up closed)', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    app = await startTestApi(testConfig({ DATABASE_URL: database.url, ALLOW_SIGNUP: 'false' }));
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('creates an organisation whose admin can sign in while open sign-up is refused', async () => {
    const signup = await call(app, 'POST', '/api/v1/auth/signup', {
      body: { organizationName: 'Nope', name: 'No One', email: 'no@example.com', password: 'correct horse battery' },
    });
    expect(signup.status).toBe(403);
    expect(signup.body.code).toBe('SIGNUP_DISABLED');

    const { stdout } = await run(
      'node',
      ['dist/scripts/create-org.js', '--organization', 'Initech Labs', '--name', 'Bill Lumbergh', '--email', 'bill@initech.test'],
      {
        env: { ...process.env, DATABASE_URL: database.url, CREATE_ORG_PASSWORD: 'tps reports 2026' },
      },
    );
    expect(stdout).toContain('Created organisation "Initech Labs" (slug initech-labs)');
    expect(stdout).not.toContain('tps reports 2026');

    const login = await call(app, 'POST', '/api/v1/auth/login', { body: { email: 'bill@initech.test', password: 'tps reports 2026' } });
    expect(login.status).toBe(200);
    expect(login.body.user.role).toBe('admin');
    expect(login.body.organization.slug).toBe('initech-labs');
  });
});
