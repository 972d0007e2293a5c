import { MetricsRegistry } from '@hp/observability';
import { QueueJobHandler, QueueJobName, type QueueJobPayload } from '@hp/queue';
import { Injectable } from '@nestjs/common';
import type { Counter } from 'prom-client';

/**
 * Worker side of `application.changed`. Today it counts the events (metric
 * `application_events_total`); the reminders library takes over this queue job to plan
 * stage-stale digests and rejection notices.
 */
@Injectable()
export class ApplicationEventsConsumer {
  private readonly counter: Counter<'type'>;

  constructor(metrics: MetricsRegistry) {
    this.counter = metrics.counter('application_events_total', 'Application changes relayed from the outbox', ['type']);
  }

  @QueueJobHandler(QueueJobName.ApplicationChanged)
  async handle(event: QueueJobPayload<QueueJobName.ApplicationChanged>): Promise<void> {
    this.counter.inc({ type: event.type });
  }
}
