import { ApplicationsCandidateDataModule } from '@hp/applications';
import { AuditModule } from '@hp/audit';
import { CandidateRecordsModule } from '@hp/candidates';
import { ChallengesCandidateDataModule } from '@hp/challenges';
import { InterviewsCandidateDataModule } from '@hp/interviews';
import { RemindersCandidateDataModule } from '@hp/reminders';
import { ScorecardsCandidateDataModule } from '@hp/scorecards';
import { Module } from '@nestjs/common';
import { CandidateRetention } from './candidate-retention.js';

/**
 * Worker side: the daily retention task. It erases as the API's GDPR erasure does, so it loads
 * every library's part of that erasure (the contributors are discovered, not imported, by
 * `CandidatePrivacyService`). Needs `QueueModule.forWorker()` (the periodic task runner) and a
 * bound `Clock`.
 */
@Module({
  imports: [
    CandidateRecordsModule,
    AuditModule,
    ApplicationsCandidateDataModule,
    InterviewsCandidateDataModule,
    ChallengesCandidateDataModule,
    ScorecardsCandidateDataModule,
    RemindersCandidateDataModule,
  ],
  providers: [CandidateRetention],
  exports: [CandidateRetention],
})
export class RetentionModule {}
