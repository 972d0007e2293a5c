import { APP_CONFIG, type AppConfig } from '@hp/config';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { type JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { QueueJobName, type QueueJobPayload, QueueName, queueJobRetry, queueOfJob } from './queue-names.js';
import { createRedisConnection } from '@hp/common';

export interface QueueJobRequest<Name extends QueueJobName = QueueJobName> {
  name: Name;
  payload: QueueJobPayload<Name>;
  /** Deterministic id (see `queueJobId`): adding an id that is still queued is a no-op. */
  jobId: string;
  delayMs?: number;
}

/**
 * Completed jobs are kept a day so that a re-add of the same id (a relay retried after a crash)
 * is recognised and ignored; handlers are idempotent for anything older.
 */
const defaultJobOptions: JobsOptions = {
  attempts: 1,
  removeOnComplete: { age: 24 * 3600, count: 100_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** Producer side of every queue. Never called inside a database transaction: use the outbox. */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  readonly connection: Redis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.connection = createRedisConnection(config.REDIS_URL);
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.config.QUEUE_PREFIX, defaultJobOptions });
      this.queues.set(name, queue);
    }
    return queue;
  }

  async add(requests: QueueJobRequest[]): Promise<void> {
    const byQueue = new Map<QueueName, QueueJobRequest[]>();
    for (const request of requests) {
      const queueName = queueOfJob[request.name];
      byQueue.set(queueName, [...(byQueue.get(queueName) ?? []), request]);
    }
    await Promise.all(
      [...byQueue].map(([queueName, batch]) =>
        this.queue(queueName).addBulk(
          batch.map((request) => ({
            name: request.name,
            data: request.payload,
            opts: {
              jobId: request.jobId,
              delay: request.delayMs,
              attempts: queueJobRetry[request.name].attempts,
              backoff: { type: 'exponential', delay: queueJobRetry[request.name].backoffMs, jitter: 0.5 },
              ...(queueJobRetry[request.name].keepFailed ? {} : { removeOnFail: true }),
            },
          })),
        ),
      ),
    );
  }

  /** Waiting + delayed + active jobs per queue, for metrics. */
  async depths(): Promise<Record<QueueName, Record<string, number>>> {
    const entries = await Promise.all(
      Object.values(QueueName).map(
        async (name) => [name, await this.queue(name).getJobCounts('waiting', 'delayed', 'active', 'failed')] as const,
      ),
    );
    return Object.fromEntries(entries) as Record<QueueName, Record<string, number>>;
  }

  async ping(): Promise<void> {
    await this.connection.ping();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.connection.disconnect();
  }
}
