import { AuditModule } from '@hp/audit';
import { MailDeliveryModule, MailModule } from '@hp/mail';
import { OutboxModule } from '@hp/outbox';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReminderDispatcher } from './reminder-dispatcher.js';
import { ReminderMessages } from './reminder-messages.js';
import { ReminderMetrics } from './reminder-metrics.js';
import { ReminderPlanner } from './reminder-planner.js';
import { ReminderSender } from './reminder-sender.js';
import { ReminderStore } from './reminder-store.js';
import { RemindersCandidateData } from './reminders-candidate-data.js';
import { RemindersController } from './reminders.controller.js';
import { remindersEntities } from './reminders.entities.js';
import { RemindersService } from './reminders.service.js';

/** The reminders part of a candidate's GDPR export and erasure, for every process that erases (the API, the retention task). */
@Module({ providers: [RemindersCandidateData] })
export class RemindersCandidateDataModule {}

/** API side: the reminders list and retry, and the reminders' part of a candidate's GDPR export and erasure. */
@Module({
  imports: [RemindersCandidateDataModule, TypeOrmModule.forFeature(remindersEntities), AuditModule, OutboxModule],
  controllers: [RemindersController],
  providers: [RemindersService],
})
export class RemindersModule {}

/** Worker side: planning from domain events and policy changes, firing, reconciling. */
@Module({
  imports: [TypeOrmModule.forFeature(remindersEntities), MailModule, MailDeliveryModule],
  providers: [ReminderStore, ReminderDispatcher, ReminderPlanner, ReminderMessages, ReminderSender, ReminderMetrics],
  exports: [ReminderPlanner, ReminderDispatcher, ReminderSender],
})
export class ReminderWorkModule {}
