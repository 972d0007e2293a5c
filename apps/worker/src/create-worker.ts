import type { AppConfig } from '@hp/config';
import { OutboxRelay } from '@hp/outbox';
import { QueueWorkerHost } from '@hp/queue';
import type { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule, type WorkerModuleOptions } from './worker.module.js';

export interface WorkerOptions extends WorkerModuleOptions {
  /** Tests mount extra providers (e.g. a stray handler) to see the boot check refuse them. */
  extraModules?: Type[];
}

/** The worker's dependency graph, not yet consuming queues nor relaying the outbox. */
export async function createWorkerContext(config: AppConfig, options: WorkerOptions = {}): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, options, options.extraModules), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  return app;
}

/**
 * Boots the worker: checks that every queue job name has exactly one handler (refusing to start
 * otherwise), then starts the queue consumers and the outbox relay.
 */
export async function createWorker(config: AppConfig, options: WorkerOptions = {}): Promise<INestApplicationContext> {
  const app = await createWorkerContext(config, options);
  try {
    app.get(QueueWorkerHost).registerHandlers();
  } catch (error) {
    await app.close();
    throw error;
  }
  app.enableShutdownHooks();
  app.get(QueueWorkerHost).start();
  await app.get(OutboxRelay).start();
  return app;
}
