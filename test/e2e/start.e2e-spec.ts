import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../bench/lib/processes.js';
import { createEmptyDatabase, type TestDatabase, waitFor } from '../utils/index.js';

const status = (url: string) =>
  fetch(url)
    .then((response) => response.status)
    .catch(() => 0);

/**
 * What a new user does after `npm install`: `npm start` (here its compiled entry point, since
 * `npm test` has just built it) against an empty database, with no SMTP server configured.
 */
describe('npm start', () => {
  let database: TestDatabase;
  let child: ChildProcess | undefined;
  let output = '';

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await database?.drop();
  });

  it('migrates, serves the API and the web app, runs the worker and a mail inbox, and stops cleanly on SIGTERM', async () => {
    expect(existsSync('dist/scripts/start.js'), 'run `npm run build` first (npm test does)').toBe(true);
    database = await createEmptyDatabase();
    const [port, workerPort, smtpPort, webPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: database.url,
      PORT: String(port),
      WORKER_PORT: String(workerPort),
      MAILDEV_SMTP_PORT: String(smtpPort),
      MAILDEV_WEB_PORT: String(webPort),
      QUEUE_PREFIX: `start-test-${port}`,
      LOG_LEVEL: 'warn',
    };
    delete env.SMTP_URL;
    child = spawn(process.execPath, ['dist/scripts/start.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));

    // The first start on an empty database also creates the demo organisation before serving.
    await waitFor('the API to be ready', async () => (await status(`http://127.0.0.1:${port}/health/ready`)) === 200, {
      timeoutMs: 150_000,
      intervalMs: 250,
    });
    await waitFor('the worker to be ready', async () => (await status(`http://127.0.0.1:${workerPort}/health/ready`)) === 200, {
      timeoutMs: 30_000,
      intervalMs: 200,
    });
    expect(await status(`http://127.0.0.1:${webPort}/api/email`)).toBe(200);
    expect(await status(`http://127.0.0.1:${port}/docs`)).toBe(200);
    // The web app, as a new user opens it.
    const home = await fetch(`http://127.0.0.1:${port}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<div id="root">');
    expect(output).toContain(`http://localhost:${port}/docs`);
    expect(output).toContain(`http://localhost:${webPort}`);
    expect(output).toMatch(/Demo organisation "demo-robotics": 3 open jobs, 300 candidates/);
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'recruiter@demo.example', password: 'demo password 2026' }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const jobs = (await (
      await fetch(`http://127.0.0.1:${port}/api/v1/jobs`, { headers: { authorization: `Bearer ${accessToken}` } })
    ).json()) as { data: unknown[] };
    expect(jobs.data).toHaveLength(3);

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(await status(`http://127.0.0.1:${port}/health/live`)).toBe(0);
  }, 200_000);
});
