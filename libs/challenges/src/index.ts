export { ChallengeReviewer } from './challenge-reviewer.entity.js';
export { challengesEntities, ChallengesModule } from './challenges.module.js';
export { CodingChallenge } from './coding-challenge.entity.js';
export { ChallengeEventsModule } from './challenge-events.consumer.js';
