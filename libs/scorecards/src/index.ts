export { BoardScoreSummariesFromScorecards, type CardScoreSummary } from './board-score-summaries.js';
export type { ApplicationScorecards, ScorecardView, SubmitScorecardInput } from './dto/scorecards.schemas.js';
export {
  countByRecommendation,
  meanScore,
  type Rating,
  type RatingValue,
  ratingValues,
  type Recommendation,
  recommendations,
  scoreOf,
} from './scale.js';
export { Scorecard } from './scorecard.entity.js';
export { scorecardVisibility, type ScorecardVisibility } from './scorecard-visibility.js';
export { ScorecardsError } from './scorecards.errors.js';
export { scorecardsEntities, ScorecardsModule } from './scorecards.module.js';
export { ScorecardsService } from './scorecards.service.js';
export { ScorecardsCandidateDataModule } from './scorecards.module.js';
export { AssessmentReference } from './assessment-reference.entity.js';
