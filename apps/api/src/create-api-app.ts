import type { IncomingMessage } from 'node:http';
import helmet from '@fastify/helmet';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import multipart from '@fastify/multipart';
import { AuthService } from '@hp/accounts';
import type { AppConfig } from '@hp/config';
import { DataSource } from 'typeorm';
import { httpLatencyBuckets, MetricsRegistry } from '@hp/observability';
import { QueueRegistry } from '@hp/queue';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { ApiModule } from './api.module.js';
import { AccessGuard } from './http/access.guard.js';
import { requestIdOf } from './http/request-id.js';
import { trackRoutes } from './http/route-table.js';
import { buildOpenApiDocument } from './openapi.js';
import { WEB_APP_PATHS, webApp, webAppDirectory, type WebAppOptions } from './web-app/web-app.plugin.js';
import { QUEUE_DASHBOARD_PREFIX, queueDashboard, type QueueDashboardOptions } from './queue-dashboard/queue-dashboard.plugin.js';

export const API_PREFIX = 'api/v1';
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface ApiAppOptions {
  extraModules?: Type[];
  /** Where log lines go (stdout by default); tests read them from a stream. */
  logDestination?: DestinationStream;
}

/** Builds the HTTP API exactly as production runs it; tests use the same function. */
export async function createApiApp(config: AppConfig, options: ApiAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: (raw: IncomingMessage) => requestIdOf(raw),
    // A hop count is documented and honoured by Fastify (proxy-addr) though its type omits numbers.
    trustProxy: config.TRUST_PROXY as boolean,
    routerOptions: { ignoreTrailingSlash: true },
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.forRoot(config, options.extraModules, options.logDestination),
    adapter,
    {
      // Nest's boot messages wait for pino, so every line is structured (and silent in tests).
      bufferLogs: true,
    },
  );
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready', 'metrics'] });

  const fastify = app.getHttpAdapter().getInstance();
  trackRoutes(fastify, { mountedPrefixes: [QUEUE_DASHBOARD_PREFIX], pagePaths: WEB_APP_PATHS });
  fastify.addHook('onRequest', async (request, reply) => {
    (request.raw as { route?: string }).route = request.routeOptions.url;
    void reply.header('x-request-id', request.id);
  });

  const metrics = app.get(MetricsRegistry);
  const requests = metrics.counter('http_requests_total', 'HTTP requests answered', ['method', 'route', 'status']);
  const latency = metrics.histogram(
    'http_request_duration_seconds',
    'HTTP request latency',
    ['method', 'route', 'status'],
    httpLatencyBuckets,
  );
  fastify.addHook('onResponse', async (request, reply) => {
    const labels = { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) };
    requests.inc(labels);
    latency.observe(labels, reply.elapsedTime / 1000);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI at /docs runs an inline bootstrap script and inline styles.
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        // Plain-HTTP installs (localhost, a private network) must still load /docs assets.
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cors, { origin: config.CORS_ORIGINS.length ? config.CORS_ORIGINS : false, credentials: true });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
  // Admins of the operator organisation only, through the same guard as the API's routes.
  await app.register<QueueDashboardOptions>(queueDashboard, {
    prefix: QUEUE_DASHBOARD_PREFIX,
    queues: app.get(QueueRegistry),
    guard: app.get(AccessGuard),
    auth: app.get(AuthService),
    dataSource: app.get(DataSource),
    operatorOrganization: config.QUEUE_DASHBOARD_ORGANIZATION,
  });

  await app.register<WebAppOptions>(webApp, { root: webAppDirectory() });

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json', yamlDocumentUrl: 'docs/openapi.yaml' });
  return app;
}
