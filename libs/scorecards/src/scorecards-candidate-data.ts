import { CandidateDataContributor } from '@hp/candidates';
import { scopedQuery, type TenantScope } from '@hp/database';
import { Injectable } from '@nestjs/common';
import { Scorecard } from './scorecard.entity.js';

const ofCandidate = `application_id IN (SELECT id FROM applications WHERE organization_id = $1 AND candidate_id = $2)`;

/**
 * The candidate's scorecards in GDPR export and erasure. Erasure removes what interviewers wrote
 * (the notes, and each rating's note); the ratings and recommendations stay, anonymous, for reports.
 */
@Injectable()
@CandidateDataContributor()
export class ScorecardsCandidateData {
  readonly section = 'scorecards';

  async exportCandidate(scope: TenantScope, candidateId: string): Promise<unknown> {
    const scorecards = await scopedQuery(scope, Scorecard, 'scorecard')
      .andWhere(
        'scorecard.application_id IN (SELECT id FROM applications WHERE organization_id = :organizationId AND candidate_id = :candidateId)',
        { candidateId },
      )
      .orderBy('scorecard.id')
      .getMany();
    return scorecards.map((scorecard) => ({
      applicationId: scorecard.applicationId,
      interviewId: scorecard.interviewId,
      challengeId: scorecard.challengeId,
      ratings: scorecard.ratings,
      recommendation: scorecard.recommendation,
      notes: scorecard.notes,
      submittedAt: scorecard.submittedAt.toISOString(),
    }));
  }

  async eraseCandidate(scope: TenantScope, candidateId: string): Promise<void> {
    await scope.manager.query(
      `UPDATE scorecards
          SET notes = NULL,
              ratings = (SELECT coalesce(jsonb_agg(rating.value - 'note' ORDER BY rating.ordinality), '[]'::jsonb)
                           FROM jsonb_array_elements(ratings) WITH ORDINALITY AS rating(value, ordinality)),
              updated_at = now()
        WHERE organization_id = $1 AND ${ofCandidate}`,
      [scope.organizationId, candidateId],
    );
  }
}
