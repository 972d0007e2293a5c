import type { ApplicationScorecardSummaries, ScorecardSummary } from '@hp/applications';
import type { RequestContext } from '@hp/auth';
import { Injectable } from '@nestjs/common';
import { meanOf, ratingTotalsSql, scaleJson } from './scale.js';
import { scorecardVisibility } from './scorecard-visibility.js';
import { dueOrderSql, dueRowsSql, scorerSql } from './scorecards-sql.js';

interface SummaryRow {
  scorer: boolean;
  submitted_own: boolean;
  submitted: number;
  strong_no: number;
  no: number;
  yes: number;
  strong_yes: number;
  total: number;
  assessed: number;
  due: { interviewId: string | null; challengeId: string | null; interviewerId: string; name: string }[];
}

/**
 * The scorecards side of the application detail's summary (see APPLICATION_SCORECARD_SUMMARIES in
 * @hp/applications): one statement reads who the caller is to the application, the totals and who
 * owes a scorecard; blind scoring then decides whether the caller sees it.
 */
@Injectable()
export class ApplicationScorecardSummariesFromScorecards implements ApplicationScorecardSummaries {
  async summaryFor(
    context: RequestContext,
    application: { id: string; jobHiringManagerId: string | null },
  ): Promise<ScorecardSummary | null> {
    const [row] = await context.manager.query<SummaryRow[]>(
      `SELECT ${scorerSql} AS scorer,
              EXISTS (SELECT 1 FROM scorecards own
                       WHERE own.organization_id = $1 AND own.application_id = $2 AND own.author_user_id = $3) AS submitted_own,
              totals.*,
              (SELECT coalesce(json_agg(json_build_object('interviewId', due.interview_id, 'challengeId', due.challenge_id,
                                                          'interviewerId', due.user_id, 'name', due.name) ORDER BY ${dueOrderSql}), '[]'::json)
                 FROM (${dueRowsSql}) AS due) AS due
         FROM (SELECT count(*)::int AS submitted,
                      count(*) FILTER (WHERE s.recommendation = 'strong_no')::int AS strong_no,
                      count(*) FILTER (WHERE s.recommendation = 'no')::int AS no,
                      count(*) FILTER (WHERE s.recommendation = 'yes')::int AS yes,
                      count(*) FILTER (WHERE s.recommendation = 'strong_yes')::int AS strong_yes,
                      coalesce(sum(rating.total), 0)::int AS total,
                      coalesce(sum(rating.assessed), 0)::int AS assessed
                 FROM scorecards s
                CROSS JOIN LATERAL ${ratingTotalsSql('s', '$4')} AS rating
                WHERE s.organization_id = $1 AND s.application_id = $2) AS totals`,
      [context.organizationId, application.id, context.actor.userId, scaleJson],
    );
    const visibility = scorecardVisibility({
      role: context.actor.role,
      userId: context.actor.userId,
      jobHiringManagerId: application.jobHiringManagerId,
      onPanel: row!.scorer,
      submittedOwn: row!.submitted_own,
      // Asked by the application detail, which the caller already sees.
      seesApplication: true,
    });
    if (visibility !== 'all') return null;
    return {
      countByRecommendation: { strong_no: row!.strong_no, no: row!.no, yes: row!.yes, strong_yes: row!.strong_yes },
      meanScore: meanOf(row!.total, row!.assessed),
      submitted: row!.submitted,
      due: row!.due,
    };
  }
}
