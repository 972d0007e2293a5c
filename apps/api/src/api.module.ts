import { AccountsModule } from '@hp/accounts';
import { ApplicationsModule } from '@hp/applications';
import { AuditModule } from '@hp/audit';
import { AuthModule } from '@hp/auth';
import { CareerSiteModule } from '@hp/career-site';
import { ChallengesModule } from '@hp/challenges';
import { CandidatesModule } from '@hp/candidates';
import { type AppConfig, ConfigModule } from '@hp/config';
import { DatabaseModule } from '@hp/database';
import { InterviewsModule } from '@hp/interviews';
import { JobsModule } from '@hp/jobs';
import { MailModule } from '@hp/mail';
import { loggerOptions, ObservabilityModule } from '@hp/observability';
import { OutboxModule } from '@hp/outbox';
import { QueueModule } from '@hp/queue';
import { RemindersModule } from '@hp/reminders';
import { ReportsModule } from '@hp/reports';
import { ScorecardsModule } from '@hp/scorecards';
import { ClockModule } from '@hp/common';
import { type DynamicModule, Module, RequestMethod, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { HealthController } from './health/health.controller.js';
import { AccessGuard } from './http/access.guard.js';
import { AccessRulesCheck } from './http/access-rules.check.js';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { requestIdOf } from './http/request-id.js';

@Module({})
export class ApiModule {
  /** `extraModules` lets tests mount probe routes beside the product's. */
  static forRoot(config: AppConfig, extraModules: Type[] = [], logDestination?: DestinationStream): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: [
            {
              ...loggerOptions(config, 'api'),
              genReqId: (request) => requestIdOf(request),
              customProps: (request) => ({ route: (request as { route?: string }).route }),
              customSuccessMessage: () => 'request completed',
              customErrorMessage: () => 'request failed',
              serializers: {
                req: (request: { id: string; method: string; url: string }) => ({
                  id: request.id,
                  method: request.method,
                  url: request.url,
                }),
                res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
              },
            },
            logDestination ?? process.stdout,
          ],
          // platform-fastify 12 does not apply the logger middleware to any route without this.
          forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
        }),
        ObservabilityModule,
        ClockModule.forRoot(),
        DatabaseModule,
        QueueModule.forProducer(),
        OutboxModule,
        MailModule,
        AuthModule,
        AuditModule,
        AccountsModule,
        JobsModule,
        CandidatesModule,
        ApplicationsModule,
        CareerSiteModule,
        InterviewsModule,
        ChallengesModule,
        ScorecardsModule,
        RemindersModule,
        ReportsModule,
        DiscoveryModule,
        ...extraModules,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        AccessGuard,
        // useExisting: the one guard instance also answers for the queue dashboard (createApiApp).
        { provide: APP_GUARD, useExisting: AccessGuard },
        AccessRulesCheck,
      ],
    };
  }
}
