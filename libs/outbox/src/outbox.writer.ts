import { type QueueJobName, type QueueJobPayload, queueOfJob } from '@hp/queue';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxEvent } from './outbox-event.entity.js';

export interface OutboxMessage<Name extends QueueJobName> {
  name: Name;
  payload: QueueJobPayload<Name>;
  organizationId?: string | null;
  /**
   * Queue job id, when the work has an identity of its own that other producers also use (e.g.
   * `mail-<deliveryId>-attempt-1`, which the mail sweeper re-adds after Redis lost its data).
   * Defaults to one derived from the event id. Either way a relay retry cannot queue it twice.
   */
  queueJobId?: string;
}

/**
 * The one way to start background work from a business change: the event is a row written with
 * the caller's transactional manager, so it exists exactly when the change commits. The relay
 * hands it to the queue after commit; nothing touches Redis inside the transaction.
 */
@Injectable()
export class OutboxWriter {
  async publish<Name extends QueueJobName>(manager: EntityManager, message: OutboxMessage<Name>): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.publish needs the transactional manager of the business change');
    }
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxEvent)
      .values({
        organizationId: message.organizationId ?? null,
        queue: queueOfJob[message.name],
        jobName: message.name,
        payload: message.payload as never,
        queueJobId: message.queueJobId ?? null,
      })
      .returning(['id'])
      .execute();
    return (result.raw as { id: string }[])[0]!.id;
  }
}
