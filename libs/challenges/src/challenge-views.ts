import type { ChallengeStatus, ChallengeView } from './dto/challenges.schemas.js';
import type { CodingChallenge } from './coding-challenge.entity.js';

/** The derived status, computed when read: nothing stores or updates it. */
export function challengeStatus(challenge: Pick<CodingChallenge, 'submittedAt' | 'dueAt'>, now = new Date()): ChallengeStatus {
  if (challenge.submittedAt) return 'submitted';
  return challenge.dueAt.getTime() <= now.getTime() ? 'expired' : 'sent';
}

/** Expects `stage` and `createdBy` joined. */
export const toChallengeView = (
  challenge: CodingChallenge,
  reviewers: { id: string; name: string }[],
  now = new Date(),
): ChallengeView => ({
  id: challenge.id,
  applicationId: challenge.applicationId,
  stage: { id: challenge.stage!.id, name: challenge.stage!.name, scorecardAttributes: challenge.stage!.scorecardAttributes },
  title: challenge.title,
  instructions: challenge.instructions,
  dueAt: challenge.dueAt.toISOString(),
  status: challengeStatus(challenge, now),
  submittedAt: challenge.submittedAt?.toISOString() ?? null,
  repositoryUrl: challenge.repositoryUrl,
  submissionNotes: challenge.submissionNotes,
  reviewers,
  createdBy: challenge.createdBy ? { id: challenge.createdBy.id, name: challenge.createdBy.name } : null,
  createdAt: challenge.createdAt.toISOString(),
});
