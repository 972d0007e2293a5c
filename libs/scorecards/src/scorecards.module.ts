import { APPLICATION_SCORECARD_SUMMARIES, ApplicationsModule, BOARD_SCORE_SUMMARIES } from '@hp/applications';
import { OutboxModule } from '@hp/outbox';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationScorecardSummariesFromScorecards } from './application-scorecard-summaries.js';
import { BoardScoreSummariesFromScorecards } from './board-score-summaries.js';
import { Scorecard } from './scorecard.entity.js';
import { ApplicationScorecardsController, ChallengeScorecardsController, InterviewScorecardsController } from './scorecards.controller.js';
import { ScorecardsCandidateData } from './scorecards-candidate-data.js';
import { ScorecardsService } from './scorecards.service.js';

export const scorecardsEntities = [Scorecard];

/** The scorecards part of a candidate's GDPR export and erasure, for every process that erases (the API, the retention task). */
@Module({ providers: [ScorecardsCandidateData] })
export class ScorecardsCandidateDataModule {}

/**
 * Global only so the applications library (below this one) can reach the ports it declares: the board's
 * BOARD_SCORE_SUMMARIES and the application detail's APPLICATION_SCORECARD_SUMMARIES.
 */
@Global()
@Module({
  imports: [ScorecardsCandidateDataModule, TypeOrmModule.forFeature(scorecardsEntities), ApplicationsModule, OutboxModule],
  controllers: [InterviewScorecardsController, ChallengeScorecardsController, ApplicationScorecardsController],
  providers: [
    ScorecardsService,
    { provide: BOARD_SCORE_SUMMARIES, useClass: BoardScoreSummariesFromScorecards },
    { provide: APPLICATION_SCORECARD_SUMMARIES, useClass: ApplicationScorecardSummariesFromScorecards },
  ],
  exports: [BOARD_SCORE_SUMMARIES, APPLICATION_SCORECARD_SUMMARIES],
})
export class ScorecardsModule {}
