export { type PeriodicTask, PeriodicTaskRunner } from './periodic-tasks.js';
export { QueueJobHandler } from './queue-job-handler.decorator.js';
export { QueueModule } from './queue.module.js';
export {
  QueueJobName,
  type QueueJobPayload,
  type QueueJobPayloads,
  QueueName,
  queueJobId,
  queueJobRetry,
  queueOfJob,
} from './queue-names.js';
export { type QueueJobRequest, QueueRegistry } from './queue-registry.js';
export { findHandlerProblems, type HandlerProblem, QueueWorkerHost, type QueueWorkerOptions } from './queue-worker-host.js';
