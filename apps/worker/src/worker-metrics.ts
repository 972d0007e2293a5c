import { MetricsRegistry } from '@hp/observability';
import { OutboxRelay } from '@hp/outbox';
import { QueueRegistry } from '@hp/queue';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Gauges read at scrape time from Redis and PostgreSQL, so every worker reports the same truth. */
@Injectable()
export class WorkerMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsRegistry,
    private readonly queues: QueueRegistry,
    private readonly relay: OutboxRelay,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.metrics.gauge('queue_jobs', 'Queue jobs by queue and state', ['queue', 'state'], async (gauge) => {
      gauge.reset();
      for (const [queue, counts] of Object.entries(await this.queues.depths())) {
        for (const [state, count] of Object.entries(counts)) gauge.set({ queue, state }, count);
      }
    });
    this.metrics.gauge('outbox_lag_seconds', 'Age of the oldest committed outbox event not yet relayed', [], async (gauge) => {
      gauge.set(await this.relay.lagSeconds());
    });
    this.metrics.gauge('mail_deliveries', 'Email deliveries by status', ['status'], async (gauge) => {
      const rows: { status: string; count: string }[] = await this.dataSource.query(
        `SELECT status, count(*) AS count FROM mail_deliveries GROUP BY status`,
      );
      gauge.reset();
      for (const status of ['pending', 'sending', 'sent', 'failed']) {
        gauge.set({ status }, Number(rows.find((row) => row.status === status)?.count ?? 0));
      }
    });
  }
}
