import { MetricsRegistry } from '@hp/observability';
import { QueueJobHandler, QueueJobName, type QueueJobPayload } from '@hp/queue';
import { Injectable, Module } from '@nestjs/common';
import type { Counter } from 'prom-client';

/**
 * Worker side of `interview.changed`. Today it counts the events (metric `interview_events_total`); the
 * reminders library takes over this queue job to plan its reminders.
 */
@Injectable()
export class InterviewEventsConsumer {
  private readonly counter: Counter<'type'>;

  constructor(metrics: MetricsRegistry) {
    this.counter = metrics.counter('interview_events_total', 'Interview changes relayed from the outbox', ['type']);
  }

  @QueueJobHandler(QueueJobName.InterviewChanged)
  async handle(event: QueueJobPayload<QueueJobName.InterviewChanged>): Promise<void> {
    this.counter.inc({ type: event.type });
  }
}

/** Worker side. */
@Module({ providers: [InterviewEventsConsumer] })
export class InterviewEventsModule {}
