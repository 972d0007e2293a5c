import { APP_CONFIG, type AppConfig } from '@hp/config';
import { PeriodicTaskRunner, type QueueJobName, QueueRegistry, QueueWorkerHost, queueJobId } from '@hp/queue';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';

interface ClaimedEvent {
  id: string;
  job_name: string;
  queue_job_id: string | null;
  payload: Record<string, unknown>;
}

const BATCH_SIZE = 200;
const DISPATCHED_RETENTION_DAYS = 7;
/** A relayed event not processed after this long may have lost its queue job. */
const REDELIVERY_GRACE_SECONDS = 60;
const PROCESSED_FLUSH_MS = 250;
const OUTBOX_JOB_PREFIX = 'outbox-';

/** The queue job id of an outbox event: re-relaying the same event cannot queue it twice. */
export const outboxQueueJobId = (eventId: string) => queueJobId('outbox', eventId);

/**
 * Carries committed outbox events to the queue in three short steps: claim a batch (a lease,
 * committed at once), add the queue jobs (outside any transaction, ids derived from the event
 * ids), mark them dispatched. A relay that dies between steps leaves a lease that expires; the
 * next relay re-adds the same ids, which the queue ignores.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener?: pg.Client;
  private timer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private wakeAgain = false;
  private stopped = false;
  private processed: string[] = [];
  private processedTimer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly periodic: PeriodicTaskRunner,
    private readonly host: QueueWorkerHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.periodic.schedule({
      name: 'outbox.cleanup',
      everyMs: 3_600_000,
      run: () => this.deleteDispatchedBefore(DISPATCHED_RETENTION_DAYS),
    });
    this.periodic.schedule({ name: 'outbox.redeliver', everyMs: this.config.OUTBOX_REDELIVER_INTERVAL_MS, run: () => this.redeliver() });
    this.host.onCompleted((job) => {
      if (job.id?.startsWith(OUTBOX_JOB_PREFIX)) this.recordProcessed(job.id.slice(OUTBOX_JOB_PREFIX.length));
    });
  }

  async start(): Promise<void> {
    this.listener = new pg.Client({ connectionString: this.config.DATABASE_URL });
    this.listener.on('notification', () => this.wake());
    this.listener.on('error', (error) => this.logger.warn({ error: error.message }, 'Outbox listener lost; polling continues'));
    await this.listener.connect();
    await this.listener.query('LISTEN outbox_events');
    this.timer = setInterval(() => this.wake(), this.config.OUTBOX_POLL_MS);
    this.timer.unref();
    this.wake();
  }

  /** Runs batches until the outbox is empty; a wake during a run schedules one more pass. */
  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.wakeAgain = true;
      return;
    }
    this.draining = this.drain()
      .catch((error: Error) => this.logger.error({ error: error.message }, 'Outbox relay pass failed'))
      .finally(() => {
        this.draining = undefined;
        if (this.wakeAgain) {
          this.wakeAgain = false;
          this.wake();
        }
      });
  }

  private async drain(): Promise<void> {
    while (!this.stopped && (await this.relayBatch()) === BATCH_SIZE) {
      /* keep going while full batches come back */
    }
  }

  /** One claim → add → mark pass; returns how many events it relayed. */
  async relayBatch(): Promise<number> {
    const claimed = await this.claimBatch();
    if (claimed.length === 0) return 0;
    await this.publish(claimed);
    await this.dataSource.query(
      `UPDATE outbox_events SET dispatched_at = now(), claimed_until = NULL, updated_at = now() WHERE id = ANY($1::uuid[])`,
      [claimed.map((event) => event.id)],
    );
    return claimed.length;
  }

  async claimBatch(): Promise<ClaimedEvent[]> {
    // The CTE makes the statement a SELECT, so the driver answers plain rows.
    return this.dataSource.query(
      `WITH claimed AS (
         UPDATE outbox_events
            SET claimed_until = now() + make_interval(secs => $2), relay_attempts = relay_attempts + 1, updated_at = now()
          WHERE id IN (
            SELECT id FROM outbox_events
             WHERE dispatched_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
             ORDER BY id
             LIMIT $1
             FOR UPDATE SKIP LOCKED)
          RETURNING id, job_name, queue_job_id, payload)
       SELECT * FROM claimed ORDER BY id`,
      [BATCH_SIZE, this.config.OUTBOX_LEASE_SECONDS],
    );
  }

  async publish(events: ClaimedEvent[]): Promise<void> {
    await this.queues.add(
      events.map((event) => ({
        name: event.job_name as QueueJobName,
        payload: event.payload as never,
        jobId: event.queue_job_id ?? outboxQueueJobId(event.id),
      })),
    );
  }

  /** Batched: one UPDATE per quarter second for all the events this process completed meanwhile. */
  private recordProcessed(eventId: string): void {
    this.processed.push(eventId);
    this.processedTimer ??= setTimeout(() => void this.flushProcessed(), PROCESSED_FLUSH_MS);
  }

  private async flushProcessed(): Promise<void> {
    this.processedTimer = undefined;
    const ids = this.processed.splice(0);
    if (ids.length === 0) return;
    try {
      await this.dataSource.query(`UPDATE outbox_events SET processed_at = now() WHERE id = ANY($1::uuid[]) AND processed_at IS NULL`, [
        ids,
      ]);
    } catch (error) {
      // Unrecorded, the events are redelivered later; their handlers are idempotent.
      this.logger.warn({ count: ids.length, error: (error as Error).message }, 'Could not record processed outbox events');
    }
  }

  /**
   * Re-adds the queue job of every relayed event no handler has completed: a no-op while the job
   * is still queued, running or kept as failed; a rescue when Redis lost it. Right away after Redis
   * lost its data (a marker key is missing), else after a grace period.
   */
  async redeliver(): Promise<number> {
    const redisKeptItsData = (await this.queues.connection.set(`${this.config.QUEUE_PREFIX}:outbox:redis-epoch`, '1', 'NX')) === null;
    const events: ClaimedEvent[] = await this.dataSource.query(
      `SELECT id, job_name, queue_job_id, payload FROM outbox_events
        WHERE dispatched_at IS NOT NULL AND processed_at IS NULL AND queue_job_id IS NULL
          AND dispatched_at < now() - make_interval(secs => $1)
        ORDER BY dispatched_at
        LIMIT 1000`,
      [redisKeptItsData ? REDELIVERY_GRACE_SECONDS : 0],
    );
    if (events.length > 0) await this.publish(events);
    return events.length;
  }

  /** Seconds since the oldest committed event still waiting to be relayed (0 when none). */
  async lagSeconds(): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0)::float AS lag
         FROM outbox_events WHERE dispatched_at IS NULL`,
    );
    return Number(row.lag);
  }

  /** Dispatched events are kept for diagnosis, then deleted. */
  async deleteDispatchedBefore(days: number): Promise<void> {
    await this.dataSource.query(`DELETE FROM outbox_events WHERE dispatched_at < now() - make_interval(days => $1)`, [days]);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.processedTimer) clearTimeout(this.processedTimer);
    await this.flushProcessed();
    await this.draining;
    await this.listener?.end().catch(() => undefined);
  }
}
