export { ApplicationChallenges, SendChallengeButton } from './application-challenges';
