import { APP_CONFIG, type AppConfig } from '@hp/config';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';

export interface PeriodicTask {
  /** Stable name: it is the key of the task's row in `periodic_task_runs`. */
  name: string;
  everyMs: number;
  run: () => Promise<unknown>;
}

/**
 * Every worker process keeps a timer for each periodic task; PostgreSQL decides which one runs it
 * in each period (a conditional upsert on `periodic_task_runs`), so the work happens once per
 * period whatever the number of workers, and keeps happening when Redis has lost its data.
 */
@Injectable()
export class PeriodicTaskRunner implements BeforeApplicationShutdown {
  private readonly logger = new Logger(PeriodicTaskRunner.name);
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<Promise<unknown>>();
  private readonly instanceId = `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  schedule(task: PeriodicTask): void {
    const tick = () => {
      if (this.stopped) return;
      const run = this.runIfDue(task).finally(() => this.running.delete(run));
      this.running.add(run);
    };
    // Polling at a fraction of the period keeps the lateness of a period small.
    const timer = setInterval(tick, Math.max(250, Math.min(task.everyMs / 4, 5_000)));
    timer.unref();
    this.timers.push(timer);
    tick();
  }

  /** Claims this period of the task; returns whether this process ran it. */
  async runIfDue(task: PeriodicTask): Promise<boolean> {
    try {
      const claimed: unknown[] = await this.dataSource.query(
        `INSERT INTO periodic_task_runs (name, next_run_at, last_run_at, last_run_by)
         VALUES ($1, now() + make_interval(secs => $2 / 1000.0), now(), $3)
         ON CONFLICT (name) DO UPDATE
           SET next_run_at = now() + make_interval(secs => $2 / 1000.0), last_run_at = now(),
               last_run_by = EXCLUDED.last_run_by, updated_at = now()
           WHERE periodic_task_runs.next_run_at <= now()
         RETURNING name`,
        [task.name, task.everyMs, this.instanceId],
      );
      if (claimed.length === 0) return false;
      await task.run();
      return true;
    } catch (error) {
      this.logger.error({ task: task.name, error: (error as Error).message }, 'Periodic task failed');
      return false;
    }
  }

  /** Before connections close (onApplicationShutdown), so a run in flight can finish its queries. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.timers.forEach(clearInterval);
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, this.config.SHUTDOWN_TIMEOUT_MS).unref());
    await Promise.race([Promise.all(this.running), timeout]);
  }
}
