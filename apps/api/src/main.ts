import 'reflect-metadata';
import { ConfigValidationError, describeConfig, loadConfig } from '@hp/config';
import { prepareDatabase } from '@hp/database';
import { Logger } from '@nestjs/common';
import { createApiApp } from './create-api-app.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = new Logger('Api');
  await prepareDatabase(config, logger);
  const app = await createApiApp(config);
  await app.listen({ port: config.PORT, host: '0.0.0.0' });
  logger.log({ config: describeConfig(config) }, `API listening on http://localhost:${config.PORT} (docs at /docs)`);
  exitIfShutdownHangs(config.SHUTDOWN_TIMEOUT_MS);
}

/** SIGTERM closes the server (in-flight requests finish); if that hangs, exit anyway. */
function exitIfShutdownHangs(timeoutMs: number): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => setTimeout(() => process.exit(1), timeoutMs + 1_000).unref());
  }
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigValidationError) {
    console.error(error.message);
  } else {
    console.error('The API failed to start:', error);
  }
  process.exit(1);
});
