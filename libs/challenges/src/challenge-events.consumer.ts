import { MetricsRegistry } from '@hp/observability';
import { QueueJobHandler, QueueJobName, type QueueJobPayload } from '@hp/queue';
import { Injectable, Module } from '@nestjs/common';
import type { Counter } from 'prom-client';

/**
 * Worker side of `challenge.changed`. Today it counts the events (metric `challenge_events_total`); the
 * reminders library takes over this queue job to plan its reminders.
 */
@Injectable()
export class ChallengeEventsConsumer {
  private readonly counter: Counter<'type'>;

  constructor(metrics: MetricsRegistry) {
    this.counter = metrics.counter('challenge_events_total', 'Challenge changes relayed from the outbox', ['type']);
  }

  @QueueJobHandler(QueueJobName.ChallengeChanged)
  async handle(event: QueueJobPayload<QueueJobName.ChallengeChanged>): Promise<void> {
    this.counter.inc({ type: event.type });
  }
}

/** Worker side. */
@Module({ providers: [ChallengeEventsConsumer] })
export class ChallengeEventsModule {}
