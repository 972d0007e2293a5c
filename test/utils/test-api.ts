import type { AppConfig } from '@hp/config';
import type { Type } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp } from '../../apps/api/src/create-api-app.js';

/** Boots the real API (real database and Redis) for `app.inject` requests; no port is opened. */
export async function startTestApi(
  config: AppConfig,
  extraModules: Type[] = [],
  logDestination?: DestinationStream,
): Promise<NestFastifyApplication> {
  const app = await createApiApp(config, { extraModules, logDestination });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
