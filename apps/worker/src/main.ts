import 'reflect-metadata';
import { ConfigValidationError, describeConfig, loadConfig } from '@hp/config';
import { prepareDatabase } from '@hp/database';
import { Logger } from '@nestjs/common';
import { createWorker } from './create-worker.js';
import { startWorkerHttp } from './worker-http.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = new Logger('Worker');
  await prepareDatabase(config, logger);
  const app = await createWorker(config);
  const http = await startWorkerHttp(app, config.WORKER_PORT);
  logger.log({ config: describeConfig(config) }, `Worker running; health and metrics on http://localhost:${config.WORKER_PORT}`);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      setTimeout(() => process.exit(1), config.SHUTDOWN_TIMEOUT_MS + 2_000).unref();
      void http.close();
    });
  }
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof ConfigValidationError ? error.message : error);
  process.exit(1);
});
