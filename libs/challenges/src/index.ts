export { ChallengeReviewer } from './challenge-reviewer.entity.js';
export { challengesEntities, ChallengesModule } from './challenges.module.js';
export { CodingChallenge } from './coding-challenge.entity.js';
export { ChallengesError } from './challenges.errors.js';
export { ChallengesService } from './challenges.service.js';
export { challengeStatus } from './challenge-views.js';
export {
  type ChallengeStatus,
  challengeStatuses,
  type ChallengeView,
  challengeViewSchema,
  type CreateChallengeInput,
  createChallengeSchema,
} from './dto/challenges.schemas.js';
export { ChallengesCandidateDataModule } from './challenges.module.js';
