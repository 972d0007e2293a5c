import { MetricsRegistry } from '@hp/observability';
import { Injectable } from '@nestjs/common';
import type { Counter, Histogram } from 'prom-client';
import type { ReminderKind, ReminderStatus } from './reminder-kinds.js';

/** Seconds from a reminder's due time to its hand-over to mail delivery. */
const latenessBuckets = [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600];

@Injectable()
export class ReminderMetrics {
  private readonly scheduledCounter: Counter<'kind'>;
  private readonly outcomes: Counter<'kind' | 'status'>;
  private readonly lateness: Histogram<'kind'>;
  private readonly domainEvents: Counter<'subject' | 'type'>;

  constructor(metrics: MetricsRegistry) {
    this.scheduledCounter = metrics.counter('reminders_scheduled_total', 'Reminders planned or re-timed, by kind', ['kind']);
    this.outcomes = metrics.counter('reminders_total', 'Reminders that reached an outcome, by kind and status (sent, skipped, failed)', [
      'kind',
      'status',
    ]);
    this.lateness = metrics.histogram(
      'reminder_lateness_seconds',
      'Time from a reminder being due to its email being handed to mail delivery',
      ['kind'],
      latenessBuckets,
    );
    this.domainEvents = metrics.counter('domain_events_total', 'Domain events relayed from the outbox and planned from', [
      'subject',
      'type',
    ]);
  }

  scheduled(reminders: readonly { kind: ReminderKind }[]): void {
    for (const reminder of reminders) this.scheduledCounter.inc({ kind: reminder.kind });
  }

  outcome(kind: ReminderKind, status: Exclude<ReminderStatus, 'scheduled'>, latenessSeconds?: number): void {
    this.outcomes.inc({ kind, status });
    if (latenessSeconds !== undefined) this.lateness.observe({ kind }, Math.max(0, latenessSeconds));
  }

  domainEvent(subject: string, type: string): void {
    this.domainEvents.inc({ subject, type });
  }
}
