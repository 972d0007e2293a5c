import { SetMetadata } from '@nestjs/common';
import type { QueueJobName } from './queue-names.js';

export const QUEUE_JOB_HANDLER = Symbol('QUEUE_JOB_HANDLER');

/** Marks the one method that handles a queue job name; the worker refuses to boot otherwise. */
export const QueueJobHandler = (name: QueueJobName) => SetMetadata(QUEUE_JOB_HANDLER, name);
