import { APP_CONFIG, type AppConfig } from '@hp/config';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { type Job, Worker } from 'bullmq';
import { QUEUE_JOB_HANDLER } from './queue-job-handler.decorator.js';
import { QueueJobName, type QueueJobPayload, QueueName, queueOfJob } from './queue-names.js';
import { createRedisConnection } from '@hp/common';

type Handler = (payload: unknown, job: Job) => Promise<unknown>;

export interface HandlerProblem {
  jobName: string;
  problem: 'no handler' | 'several handlers' | 'unknown job name';
  where: string[];
}

/** Pure check used at boot: every queue job name has exactly one handler, and no handler is orphaned. */
export function findHandlerProblems(found: { jobName: string; where: string }[]): HandlerProblem[] {
  const known = new Set<string>(Object.values(QueueJobName));
  const problems: HandlerProblem[] = [];
  for (const jobName of known) {
    const where = found.filter((handler) => handler.jobName === jobName).map((handler) => handler.where);
    if (where.length === 0) problems.push({ jobName, problem: 'no handler', where });
    if (where.length > 1) problems.push({ jobName, problem: 'several handlers', where });
  }
  for (const handler of found) {
    if (!known.has(handler.jobName)) problems.push({ jobName: handler.jobName, problem: 'unknown job name', where: [handler.where] });
  }
  return problems;
}

export interface QueueWorkerOptions {
  /** Jobs processed at once per queue in this process. */
  concurrency?: Partial<Record<QueueName, number>>;
  /** BullMQ's stalled-job check; shortened by the chaos tests. */
  stalledIntervalMs?: number;
}

export const QUEUE_WORKER_OPTIONS = Symbol('QUEUE_WORKER_OPTIONS');

/**
 * Queue jobs in flight per queue and process. A `reminder.due` job mostly waits: for its batch's
 * transaction (the sender fires the reminders due together in one) and for the SMTP server, so
 * more of them in flight make bigger batches, not more database connections.
 */
const DEFAULT_CONCURRENCY: Readonly<Record<QueueName, number>> = {
  [QueueName.Mail]: 10,
  [QueueName.DomainEvents]: 10,
  [QueueName.Reminders]: 50,
};

/** Consumer side: one BullMQ worker per queue, dispatching each queue job to its single handler. */
@Injectable()
export class QueueWorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueWorkerHost.name);
  private readonly workers: Worker[] = [];
  private handlers = new Map<QueueJobName, Handler>();
  private readonly completedListeners: ((job: Job) => void)[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(QUEUE_WORKER_OPTIONS) private readonly options: QueueWorkerOptions,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  /** Finds the handlers and refuses to go on unless each queue job name has exactly one. */
  registerHandlers(): void {
    const found: { jobName: string; where: string; handler: Handler }[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const jobName = this.reflector.get<string | undefined>(QUEUE_JOB_HANDLER, instance[method] as () => unknown);
        if (!jobName) continue;
        const handler = (instance[method] as Handler).bind(instance);
        found.push({ jobName, where: `${instance.constructor.name}.${method}`, handler });
      }
    }
    const problems = findHandlerProblems(found);
    if (problems.length) {
      throw new Error(
        `Queue job handlers are inconsistent:\n${problems
          .map((p) => `  - ${p.jobName}: ${p.problem}${p.where.length ? ` (${p.where.join(', ')})` : ''}`)
          .join('\n')}`,
      );
    }
    this.handlers = new Map(found.map((entry) => [entry.jobName as QueueJobName, entry.handler]));
  }

  start(): void {
    if (this.handlers.size === 0) this.registerHandlers();
    for (const queueName of new Set(Object.values(queueOfJob))) {
      const worker = new Worker(queueName, (job) => this.dispatch(job), {
        connection: createRedisConnection(this.config.REDIS_URL),
        prefix: this.config.QUEUE_PREFIX,
        concurrency: this.options.concurrency?.[queueName] ?? DEFAULT_CONCURRENCY[queueName],
        stalledInterval: this.options.stalledIntervalMs ?? this.config.QUEUE_STALLED_INTERVAL_MS,
        // How long a job stays owned by a worker that stopped renewing it (a killed one) before
        // another may run it.
        lockDuration: this.config.QUEUE_LOCK_DURATION_MS,
        autorun: true,
      });
      worker.on('failed', (job, error) =>
        this.logger.warn({ queueJobId: job?.id, queueJobName: job?.name, error: error.message, stack: error.stack }, 'Queue job failed'),
      );
      worker.on('error', (error) => this.logger.error({ error: error.message }, 'Queue worker error'));
      worker.on('completed', (job) => this.completedListeners.forEach((listener) => listener(job)));
      this.workers.push(worker);
    }
  }

  /** Called after each queue job a handler of this process completed (the outbox records what was processed). */
  onCompleted(listener: (job: Job) => void): void {
    this.completedListeners.push(listener);
  }

  private async dispatch(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name as QueueJobName);
    if (!handler) throw new Error(`No handler for queue job ${job.name}`);
    return handler(job.data as QueueJobPayload<QueueJobName>, job);
  }

  /** Lets active jobs finish (bounded by SHUTDOWN_TIMEOUT_MS); unfinished ones return to the queue as stalled. */
  async beforeApplicationShutdown(): Promise<void> {
    const closing = Promise.all(this.workers.map((worker) => worker.close()));
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, this.config.SHUTDOWN_TIMEOUT_MS).unref());
    await Promise.race([closing, timeout]);
    await Promise.all(this.workers.map((worker) => worker.close(true).catch(() => undefined)));
  }
}
