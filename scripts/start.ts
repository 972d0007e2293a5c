/**
 * `npm start`: everything a new user needs on one machine with PostgreSQL and Redis running.
 * Migrates once, starts a local MailDev inbox when no SMTP server is configured, then runs the API
 * and the worker as child processes and stops them together.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_NODE_FLAGS, ConfigValidationError, loadConfig } from '@hp/config';
import { prepareDatabase } from '@hp/database';
import pg from 'pg';
import { describeDemo, seedDemo } from './demo-data.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const children: ChildProcess[] = [];
let stopping = false;

function run(name: string, script: string, args: string[], env: NodeJS.ProcessEnv, nodeFlags: readonly string[] = []): ChildProcess {
  const child = spawn(process.execPath, [...nodeFlags, script, ...args], { cwd: root, env, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[start] ${name} exited (${signal ?? code}); stopping the others`);
    stop(code ?? 1);
  });
  children.push(child);
  return child;
}

function stop(exitCode = 0): void {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(exitCode), 12_000).unref();
  Promise.all(
    children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))),
  ).then(() => process.exit(exitCode));
}

async function main(): Promise<void> {
  const env = { ...process.env };
  let inbox: string | undefined;
  if (!env.SMTP_URL) {
    const smtpPort = env.MAILDEV_SMTP_PORT ?? '1025';
    const webPort = env.MAILDEV_WEB_PORT ?? '1080';
    const mailDirectory = join(root, '.maildev');
    mkdirSync(mailDirectory, { recursive: true });
    // The package exports only its library entry (dist/index.js); the CLI sits beside it.
    const maildevBin = join(dirname(fileURLToPath(import.meta.resolve('maildev'))), 'bin', 'maildev.js');
    run(
      'MailDev',
      maildevBin,
      ['--smtp', smtpPort, '--ip', '127.0.0.1', '--web', webPort, '--web-ip', '127.0.0.1', '--mail-directory', mailDirectory, '--silent'],
      env,
    );
    env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
    inbox = `http://localhost:${webPort}`;
  }
  const config = loadConfig(env);
  await prepareDatabase(config, { log: (message) => console.log(`[start] ${message}`) });
  const demo = config.NODE_ENV !== 'production' && (await isEmpty(config)) ? await seedDemo(config) : undefined;
  // Migrations ran above; the children need not queue on the lock again.
  const childEnv = { ...env, MIGRATIONS_RUN: 'false' };
  run('API', join(root, 'dist/apps/api/src/main.js'), [], childEnv, API_NODE_FLAGS);
  run('worker', join(root, 'dist/apps/worker/src/main.js'), [], childEnv);
  console.log(
    [
      '',
      `  API          http://localhost:${config.PORT}/api/v1`,
      `  API docs     http://localhost:${config.PORT}/docs`,
      `  Health       http://localhost:${config.PORT}/health/ready`,
      `  Worker       http://localhost:${config.WORKER_PORT}/health/ready`,
      inbox
        ? `  Mail inbox   ${inbox}  (MailDev: every email the product sends lands here)`
        : `  Mail         via ${new URL(config.SMTP_URL!).host}`,
      '',
      ...(demo ? [describeDemo(demo), ''] : []),
    ].join('\n'),
  );
}

/** A database no organisation lives in yet: a first start, which gets the demo data. */
async function isEmpty(config: { DATABASE_URL: string }): Promise<boolean> {
  const client = new pg.Client({ connectionString: config.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query('SELECT NOT EXISTS (SELECT 1 FROM organizations) AS empty')).rows[0].empty;
  } finally {
    await client.end();
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop(0));

main().catch((error: unknown) => {
  console.error(error instanceof ConfigValidationError ? error.message : error);
  stop(1);
});
