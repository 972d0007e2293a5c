import { type Clock, ClockModule } from '@hp/common';
import { type AppConfig, ConfigModule } from '@hp/config';
import { DatabaseModule } from '@hp/database';
import { MailDeliveryModule } from '@hp/mail';
import { loggerOptions, ObservabilityModule } from '@hp/observability';
import { OutboxRelayModule } from '@hp/outbox';
import { QueueModule, type QueueWorkerOptions } from '@hp/queue';
import { ReminderWorkModule } from '@hp/reminders';
import { RetentionModule } from '@hp/retention';
import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { WorkerMetrics } from './worker-metrics.js';

export interface WorkerModuleOptions extends QueueWorkerOptions {
  /** The time reminders are planned against; tests pass a fake one. */
  clock?: Clock;
}

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, options: WorkerModuleOptions = {}, extraModules: Type[] = []): DynamicModule {
    const { clock, ...queueOptions } = options;
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: loggerOptions(config, 'worker') }),
        ObservabilityModule,
        ClockModule.forRoot(clock),
        DatabaseModule,
        QueueModule.forWorker(queueOptions),
        OutboxRelayModule,
        MailDeliveryModule,
        ReminderWorkModule,
        RetentionModule,
        ...extraModules,
      ],
      providers: [WorkerMetrics],
    };
  }
}
