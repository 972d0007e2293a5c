import { ApplicationsModule, BOARD_SCORE_SUMMARIES } from '@hp/applications';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardScoreSummariesFromScorecards } from './board-score-summaries.js';
import { Scorecard } from './scorecard.entity.js';
import { ApplicationScorecardsController, InterviewScorecardsController } from './scorecards.controller.js';
import { ScorecardsCandidateData } from './scorecards-candidate-data.js';
import { ScorecardsService } from './scorecards.service.js';

export const scorecardsEntities = [Scorecard];

/** Global only so the pipeline board (in the applications library, below this one) can reach its BOARD_SCORE_SUMMARIES port. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(scorecardsEntities), ApplicationsModule],
  controllers: [InterviewScorecardsController, ApplicationScorecardsController],
  providers: [ScorecardsService, ScorecardsCandidateData, { provide: BOARD_SCORE_SUMMARIES, useClass: BoardScoreSummariesFromScorecards }],
  exports: [BOARD_SCORE_SUMMARIES],
})
export class ScorecardsModule {}
