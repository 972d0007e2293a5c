import { OutboxModule } from '@hp/outbox';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailDelivery } from './mail-delivery.entity.js';
import { MailDeliveryProcessor } from './mail-delivery.processor.js';
import { MailTransport } from './mail-transport.js';
import { MailService } from './mail.service.js';

/** What the API and domain libraries use: queue an email inside a transaction. */
@Module({
  imports: [TypeOrmModule.forFeature([MailDelivery]), OutboxModule],
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}

/** Worker side: sending, retries and the sweeper. */
@Module({
  imports: [MailModule, OutboxModule],
  providers: [MailTransport, MailDeliveryProcessor],
  exports: [MailDeliveryProcessor],
})
export class MailDeliveryModule {}
