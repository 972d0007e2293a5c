import { Public } from '@hp/auth';
import { ApiResult } from '@hp/common';
import { checkReadiness, MetricsRegistry } from '@hp/observability';
import { QueueRegistry } from '@hp/queue';
import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { z } from 'zod';

const liveSchema = z.object({ status: z.literal('ok') });
const readySchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.record(z.string(), z.object({ status: z.enum(['up', 'down']), error: z.string().optional(), durationMs: z.number() })),
});

@ApiTags('operations')
@Public({ rateLimited: false })
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly metrics: MetricsRegistry,
  ) {}

  @Get('health/live')
  @ApiOperation({ summary: 'Liveness: the process answers.' })
  @ApiResult(200, liveSchema)
  live(): z.infer<typeof liveSchema> {
    return { status: 'ok' };
  }

  @Get('health/ready')
  @ApiOperation({ summary: 'Readiness: PostgreSQL and Redis answer. 503 when either does not.' })
  @ApiResult(200, readySchema)
  @ApiResult(503, readySchema, 'A dependency is unavailable')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<z.infer<typeof readySchema>> {
    const report = await checkReadiness({
      database: async () => void (await this.dataSource.query('SELECT 1')),
      redis: () => this.queues.ping(),
    });
    if (report.status !== 'ok') void reply.status(503);
    return report;
  }

  @Get('metrics')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Prometheus metrics: requests by route and status, latency histogram, process metrics.' })
  @ApiProduces('text/plain')
  @ApiResult(200, z.string())
  async scrape(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { contentType, body } = await this.metrics.render();
    void reply.header('content-type', contentType);
    return body;
  }
}
