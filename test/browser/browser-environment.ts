import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type Child, freePort, startNode, stopChild, waitForHttp } from '../../bench/lib/processes.js';
import { cloneTemplateDatabase, type SmtpSink, startSmtpSink, type TestDatabase } from '../utils/index.js';

/** Debian's Chromium (`apt-get install chromium`): these machines cannot download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = 'docs/screenshots';

export interface BrowserEnvironment {
  /** Where the API serves the web app, e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  smtp: SmtpSink;
  database: TestDatabase;
  browser: Browser;
  /** A fresh browser context (its own cookies) and page, at a desktop size. */
  newPage(): Promise<Page>;
  /** Saves the page as docs/screenshots/<name>.png, for the README and reviewers. */
  screenshot(page: Page, name: string): Promise<void>;
}

/**
 * The product as a user meets it: the production build of the API (serving the web app) and of the
 * worker as child processes, on a database of their own, sending mail to a real SMTP server in
 * this process, driven by a real headless Chromium. One per test file.
 */
export function useBrowserEnvironment(): BrowserEnvironment {
  const environment = {} as BrowserEnvironment;
  const children: Child[] = [];
  beforeAll(async () => {
    if (!existsSync('dist/apps/api/src/main.js') || !existsSync('dist/web/index.html')) {
      throw new Error('Run `npm run build` first (npm test does): the browser tests use the production build');
    }
    if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does)`);
    const [database, smtp, port, workerPort] = await Promise.all([cloneTemplateDatabase(), startSmtpSink(), freePort(), freePort()]);
    const baseUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: '5',
      PORT: String(port),
      WORKER_PORT: String(workerPort),
      QUEUE_PREFIX: `browser-${randomBytes(4).toString('hex')}`,
      SMTP_URL: smtp.url,
      APP_URL: baseUrl,
      OUTBOX_POLL_MS: '100',
      MAIL_RETRY_BASE_MS: '200',
      // Every test signs in from 127.0.0.1; the per-IP limit of the public routes is not under test here.
      PUBLIC_RATE_LIMIT_PER_MINUTE: '10000',
    };
    const logs = mkdtempSync(join(tmpdir(), 'hp-browser-'));
    const api = startNode('API', ['dist/apps/api/src/main.js'], env, join(logs, 'api.log'));
    const worker = startNode('worker', ['dist/apps/worker/src/main.js'], env, join(logs, 'worker.log'));
    children.push(api, worker);
    await Promise.all([
      waitForHttp(api, `${baseUrl}/health/ready`, 60_000),
      waitForHttp(worker, `http://127.0.0.1:${workerPort}/health/ready`, 60_000),
    ]);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
    Object.assign(environment, {
      baseUrl,
      smtp,
      database,
      browser,
      async newPage() {
        const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 }, timezoneId: 'Europe/Paris' });
        return context.newPage();
      },
      async screenshot(page: Page, name: string) {
        await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false, animations: 'disabled' });
      },
    } satisfies BrowserEnvironment);
  }, 120_000);

  afterAll(async () => {
    await environment.browser?.close();
    await Promise.all(children.map((child) => stopChild(child, 5_000)));
    await environment.smtp?.close();
    await environment.database?.drop();
  }, 60_000);

  return environment;
}

/** A mouse drag in small steps, as a person does it (the board starts a drag after a few pixels). */
export async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = (await from.boundingBox())!;
  const end = (await to.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2, { steps: 3 });
  await page.mouse.move(end.x + end.width / 2, end.y + 120, { steps: 12 });
  await page.mouse.up();
}
