import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { PeriodicTaskRunner } from './periodic-tasks.js';
import { QueueRegistry } from './queue-registry.js';
import { QUEUE_WORKER_OPTIONS, QueueWorkerHost, type QueueWorkerOptions } from './queue-worker-host.js';

@Global()
@Module({})
export class QueueModule {
  /** Producers only (the API): add queue jobs, read depths, ping Redis. */
  static forProducer(): DynamicModule {
    return { module: QueueModule, providers: [QueueRegistry], exports: [QueueRegistry] };
  }

  /** The worker: producers plus the consumer host and periodic tasks. */
  static forWorker(options: QueueWorkerOptions = {}): DynamicModule {
    return {
      module: QueueModule,
      imports: [DiscoveryModule],
      providers: [QueueRegistry, QueueWorkerHost, PeriodicTaskRunner, { provide: QUEUE_WORKER_OPTIONS, useValue: options }],
      exports: [QueueRegistry, QueueWorkerHost, PeriodicTaskRunner],
    };
  }
}
