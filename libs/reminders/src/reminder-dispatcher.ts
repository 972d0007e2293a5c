import { Clock } from '@hp/common';
import { APP_CONFIG, type AppConfig } from '@hp/config';
import { PeriodicTaskRunner, QueueJobName, QueueRegistry, queueJobId } from '@hp/queue';
import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ReminderKind } from './reminder-kinds.js';
import type { DueReminder } from './reminder-store.js';

/** The queue job of a reminder for one due time: a job made for an earlier due time is recognisably stale. */
export const reminderQueueJobId = (reminder: { id: string; dueAt: Date }) => queueJobId('reminder', reminder.id, reminder.dueAt.getTime());

/**
 * A scheduled reminder this late is re-queued by the reconciler (a no-op while its job exists): a
 * safety net for a job given up after its retries. A worker killed mid-job is BullMQ's to recover
 * (the job's lock runs out), and Redis losing its data is noticed through the marker key, so this
 * need not be quick; being lazy keeps a backlog from being re-queued over and over.
 */
const OVERDUE_GRACE_MS = 60_000;
const RECONCILE_BATCH = 5_000;
const MARK_QUEUED_DELAY_MS = 250;

/**
 * Redis is the clock, PostgreSQL the memory. Reminders due within the horizon are handed to BullMQ
 * as delayed jobs; the reconciler, a periodic task coordinated through PostgreSQL, re-queues
 * whatever Redis may be missing: reminders never queued (a crash between commit and queueing),
 * overdue ones still scheduled, and every queued one after Redis lost its data (noticed by a
 * marker key that a fresh Redis does not have).
 */
@Injectable()
export class ReminderDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReminderDispatcher.name);
  private reconciling = false;
  private queuedIds: string[] = [];
  private markTimer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly periodic: PeriodicTaskRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.periodic.schedule({
      name: 'reminders.reconcile',
      everyMs: this.config.REMINDER_RECONCILE_INTERVAL_MS,
      run: () => this.reconcile(),
    });
  }

  private get horizonMs(): number {
    return this.config.REMINDER_QUEUE_HORIZON_MINUTES * 60_000;
  }

  private get markerKey(): string {
    return `${this.config.QUEUE_PREFIX}:reminders:redis-epoch`;
  }

  /** After the commit that planned them: queues those due within the horizon. A failure here is repaired by `reconcile`. */
  async enqueue(reminders: DueReminder[]): Promise<void> {
    const now = this.clock.now().getTime();
    const soon = reminders.filter((reminder) => reminder.dueAt.getTime() <= now + this.horizonMs);
    if (soon.length === 0) return;
    try {
      await this.addJobs(soon, now);
    } catch (error) {
      this.logger.warn({ count: soon.length, error: (error as Error).message }, 'Reminders not queued; the reconciler will');
      return;
    }
    // Recorded a moment later, with whatever else this process queued meanwhile: one UPDATE for a
    // planning burst instead of one per planned subject. Until then the reconciler may re-add
    // them, which the queue ignores.
    this.queuedIds.push(...soon.map((reminder) => reminder.id));
    this.markTimer ??= setTimeout(() => void this.markQueuedNow(), MARK_QUEUED_DELAY_MS);
  }

  private async markQueuedNow(): Promise<void> {
    this.markTimer = undefined;
    const ids = this.queuedIds.splice(0);
    if (ids.length === 0) return;
    try {
      await this.markQueued(ids);
    } catch (error) {
      // Unrecorded, they are re-added by the reconciler (a no-op while their jobs exist).
      this.logger.warn({ count: ids.length, error: (error as Error).message }, 'Could not record queued reminders');
    }
  }

  private async add(reminders: DueReminder[], now: number): Promise<void> {
    await this.addJobs(reminders, now);
    await this.markQueued(reminders.map((reminder) => reminder.id));
  }

  private async addJobs(reminders: DueReminder[], now: number): Promise<void> {
    await this.queues.add(
      reminders.map((reminder) => ({
        name: QueueJobName.ReminderDue,
        payload: { reminderId: reminder.id, dueAt: reminder.dueAt.toISOString() },
        jobId: reminderQueueJobId(reminder),
        delayMs: Math.max(0, reminder.dueAt.getTime() - now),
      })),
    );
  }

  private async markQueued(ids: string[]): Promise<void> {
    // Only rows never queued, and none a sender holds: recording it must not wait on firing.
    await this.dataSource.query(
      `UPDATE reminders SET enqueued_at = now()
        WHERE id IN (SELECT id FROM reminders WHERE id = ANY($1) AND status = 'scheduled' AND enqueued_at IS NULL FOR UPDATE SKIP LOCKED)`,
      [ids],
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.markTimer) clearTimeout(this.markTimer);
    await this.markQueuedNow();
  }

  /** Returns how many reminders it (re-)queued; a pass still running in this process makes the next one a no-op. */
  async reconcile(): Promise<number> {
    if (this.reconciling) return 0;
    this.reconciling = true;
    try {
      return await this.reconcilePass();
    } finally {
      this.reconciling = false;
    }
  }

  private async reconcilePass(): Promise<number> {
    const now = this.clock.now();
    // Set before queueing: if Redis restarts after this, the marker is gone again and the next
    // pass re-queues everything.
    const redisKeptItsData = (await this.queues.connection.set(this.markerKey, randomUUID(), 'NX')) === null;
    let queued = 0;
    let afterDueAt = new Date(0);
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string; kind: ReminderKind; due_at: Date }[] = await this.dataSource.query(
        `SELECT id, kind, due_at FROM reminders
          WHERE status = 'scheduled' AND due_at <= $1
            AND ($2 OR enqueued_at IS NULL OR due_at < $3)
            AND (due_at, id) > ($4, $5)
          ORDER BY due_at, id
          LIMIT ${RECONCILE_BATCH}`,
        [new Date(now.getTime() + this.horizonMs), !redisKeptItsData, new Date(now.getTime() - OVERDUE_GRACE_MS), afterDueAt, afterId],
      );
      if (rows.length === 0) break;
      await this.add(
        rows.map((row) => ({ id: row.id, kind: row.kind, dueAt: row.due_at })),
        now.getTime(),
      );
      queued += rows.length;
      const last = rows[rows.length - 1]!;
      afterDueAt = last.due_at;
      afterId = last.id;
      if (rows.length < RECONCILE_BATCH) break;
    }
    if (queued > 0) this.logger.log({ queued, redisKeptItsData }, 'Reminders re-queued by the reconciler');
    return queued;
  }
}
