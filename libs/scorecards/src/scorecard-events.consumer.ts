import { MetricsRegistry } from '@hp/observability';
import { QueueJobHandler, QueueJobName, type QueueJobPayload } from '@hp/queue';
import { Injectable, Module } from '@nestjs/common';
import type { Counter } from 'prom-client';

/**
 * Worker side of `scorecard.submitted`. Today it counts the submissions (metric
 * `scorecard_submissions_total`); the reminders library takes over this queue job to stop chasing
 * the scorer.
 */
@Injectable()
export class ScorecardEventsConsumer {
  private readonly counter: Counter<'subject'>;

  constructor(metrics: MetricsRegistry) {
    this.counter = metrics.counter('scorecard_submissions_total', 'Scorecard submissions relayed from the outbox', ['subject']);
  }

  @QueueJobHandler(QueueJobName.ScorecardSubmitted)
  async handle(event: QueueJobPayload<QueueJobName.ScorecardSubmitted>): Promise<void> {
    this.counter.inc({ subject: event.interviewId ? 'interview' : 'challenge' });
  }
}

/** Worker side. */
@Module({ providers: [ScorecardEventsConsumer] })
export class ScorecardEventsModule {}
