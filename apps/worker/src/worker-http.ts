import { checkReadiness, MetricsRegistry } from '@hp/observability';
import { QueueRegistry } from '@hp/queue';
import type { INestApplicationContext } from '@nestjs/common';
import Fastify, { type FastifyInstance } from 'fastify';
import { DataSource } from 'typeorm';

/** The worker's own small HTTP listener: health and metrics only, no API. */
export async function startWorkerHttp(app: INestApplicationContext, port: number): Promise<FastifyInstance> {
  const server = Fastify({ logger: false });
  const dataSource = app.get(DataSource);
  const queues = app.get(QueueRegistry);
  const metrics = app.get(MetricsRegistry);
  server.get('/health/live', async () => ({ status: 'ok' }));
  server.get('/health/ready', async (_request, reply) => {
    const report = await checkReadiness({
      database: async () => void (await dataSource.query('SELECT 1')),
      redis: () => queues.ping(),
    });
    return reply.status(report.status === 'ok' ? 200 : 503).send(report);
  });
  server.get('/metrics', async (_request, reply) => {
    const { contentType, body } = await metrics.render();
    return reply.header('content-type', contentType).header('cache-control', 'no-store').send(body);
  });
  await server.listen({ port, host: '0.0.0.0' });
  return server;
}
