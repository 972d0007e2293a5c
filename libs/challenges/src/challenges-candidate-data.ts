import { CandidateDataContributor } from '@hp/candidates';
import { scopedQuery, type TenantScope } from '@hp/database';
import { Injectable } from '@nestjs/common';
import { challengeStatus } from './challenge-views.js';
import { CodingChallenge } from './coding-challenge.entity.js';

/**
 * The candidate's coding challenges in GDPR export and erasure. Erasure keeps the challenges, their
 * times and status (reports count them) and removes what the candidate sent: the repository URL
 * and the notes.
 */
@Injectable()
@CandidateDataContributor()
export class ChallengesCandidateData {
  readonly section = 'challenges';

  async exportCandidate(scope: TenantScope, candidateId: string): Promise<unknown> {
    const challenges = await scopedQuery(scope, CodingChallenge, 'challenge')
      .innerJoin('challenge.application', 'application')
      .innerJoin('application.job', 'job')
      .addSelect(['application.id', 'job.id', 'job.title'])
      .andWhere('application.candidate_id = :candidateId', { candidateId })
      .orderBy('challenge.id')
      .getMany();
    return challenges.map((challenge) => ({
      id: challenge.id,
      applicationId: challenge.applicationId,
      job: { id: challenge.application!.job!.id, title: challenge.application!.job!.title },
      title: challenge.title,
      instructions: challenge.instructions,
      status: challengeStatus(challenge),
      sentAt: challenge.createdAt.toISOString(),
      dueAt: challenge.dueAt.toISOString(),
      submission: challenge.submittedAt
        ? {
            submittedAt: challenge.submittedAt.toISOString(),
            repositoryUrl: challenge.repositoryUrl,
            notes: challenge.submissionNotes,
          }
        : null,
    }));
  }

  async eraseCandidate(scope: TenantScope, candidateId: string): Promise<void> {
    await scope.manager.query(
      // The emailed link dies too: 'erased:<id>' is unique and can never equal a token's HMAC.
      `UPDATE coding_challenges
          SET repository_url = NULL, submission_notes = NULL, token_hash = 'erased:' || id, updated_at = now()
        WHERE organization_id = $1
          AND application_id IN (SELECT id FROM applications WHERE organization_id = $1 AND candidate_id = $2)`,
      [scope.organizationId, candidateId],
    );
  }
}
