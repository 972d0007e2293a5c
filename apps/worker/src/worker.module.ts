import { ApplicationEventsModule } from '@hp/applications';
import { ChallengeEventsModule } from '@hp/challenges';
import { type AppConfig, ConfigModule } from '@hp/config';
import { InterviewEventsModule } from '@hp/interviews';
import { ScorecardEventsModule } from '@hp/scorecards';
import { DatabaseModule } from '@hp/database';
import { MailDeliveryModule } from '@hp/mail';
import { loggerOptions, ObservabilityModule } from '@hp/observability';
import { OutboxRelayModule } from '@hp/outbox';
import { QueueModule, type QueueWorkerOptions } from '@hp/queue';
import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { WorkerMetrics } from './worker-metrics.js';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, queueOptions: QueueWorkerOptions = {}, extraModules: Type[] = []): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: loggerOptions(config, 'worker') }),
        ObservabilityModule,
        DatabaseModule,
        QueueModule.forWorker(queueOptions),
        OutboxRelayModule,
        MailDeliveryModule,
        ApplicationEventsModule,
        InterviewEventsModule,
        ChallengeEventsModule,
        ScorecardEventsModule,
        ...extraModules,
      ],
      providers: [WorkerMetrics],
    };
  }
}
