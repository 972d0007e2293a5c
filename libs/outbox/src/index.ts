export { OutboxEvent } from './outbox-event.entity.js';
export { OutboxModule, OutboxRelayModule } from './outbox.module.js';
export { OutboxRelay, outboxQueueJobId } from './outbox.relay.js';
export { type OutboxMessage, OutboxWriter } from './outbox.writer.js';
