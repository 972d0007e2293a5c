import type { AppConfig } from '@hp/config';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { deleteQueueKeys } from './redis.js';
import { type SmtpSink, startSmtpSink } from './smtp-sink.js';
import { testConfig } from './test-config.js';
import { cloneTemplateDatabase, type TestDatabase } from './test-database.js';

export interface WorkerTestEnvironment {
  readonly database: TestDatabase;
  readonly smtp: SmtpSink;
  readonly config: AppConfig;
  /** Closes the context after the current test. */
  track<T extends INestApplicationContext>(context: T): T;
}

/**
 * For a test file that runs worker code: its own database, an SMTP sink and a queue prefix, set up
 * once; worker contexts closed after each test; the queue keys, sink and database removed at the end.
 */
export function useWorkerTestEnvironment(overrides: Record<string, string> = {}): WorkerTestEnvironment {
  const contexts: INestApplicationContext[] = [];
  const state = {} as { database: TestDatabase; smtp: SmtpSink; config: AppConfig };

  beforeAll(async () => {
    state.database = await cloneTemplateDatabase();
    state.smtp = await startSmtpSink();
    state.config = testConfig({ DATABASE_URL: state.database.url, SMTP_URL: state.smtp.url, ...overrides });
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    state.smtp.refuseNext(0);
  });

  afterAll(async () => {
    if (state.config) await deleteQueueKeys(state.config.REDIS_URL, state.config.QUEUE_PREFIX);
    await state.smtp?.close();
    await state.database?.drop();
  });

  return {
    get database() {
      return state.database;
    },
    get smtp() {
      return state.smtp;
    },
    get config() {
      return state.config;
    },
    track(context) {
      contexts.push(context);
      return context;
    },
  };
}
