import { queueJobId } from '@hp/queue';

/** The queue job that performs a delivery's n-th attempt; the outbox, the retry path and the sweeper all use it. */
export const mailAttemptJobId = (deliveryId: string, attempt: number) => queueJobId('mail', deliveryId, 'attempt', attempt);
