import type { BoardScoreSummaries } from '@hp/applications';
import type { TenantScope } from '@hp/database';
import { Injectable } from '@nestjs/common';
import { meanOf, ratingTotalsSql, type RecommendationCounts, scaleJson } from './scale.js';

export interface CardScoreSummary {
  count: number;
  meanScore: number | null;
  recommendations: RecommendationCounts;
}

interface SummaryRow {
  application_id: string;
  count: number;
  strong_no: number;
  no: number;
  yes: number;
  strong_yes: number;
  total: number;
  assessed: number;
}

/** One statement for a whole page of cards, whatever its size. */
/** The scorecards side of the board's score summaries (see BOARD_SCORE_SUMMARIES in @hp/applications). */
@Injectable()
export class BoardScoreSummariesFromScorecards implements BoardScoreSummaries {
  async summaries(scope: TenantScope, applicationIds: readonly string[]): Promise<Map<string, CardScoreSummary>> {
    const rows = await scope.manager.query<SummaryRow[]>(
      `SELECT s.application_id,
              count(*)::int AS count,
              count(*) FILTER (WHERE s.recommendation = 'strong_no')::int AS strong_no,
              count(*) FILTER (WHERE s.recommendation = 'no')::int AS no,
              count(*) FILTER (WHERE s.recommendation = 'yes')::int AS yes,
              count(*) FILTER (WHERE s.recommendation = 'strong_yes')::int AS strong_yes,
              sum(totals.total)::int AS total,
              sum(totals.assessed)::int AS assessed
         FROM scorecards s
        CROSS JOIN LATERAL ${ratingTotalsSql('s', '$3')} AS totals
        WHERE s.organization_id = $1 AND s.application_id = ANY($2::uuid[])
        GROUP BY s.application_id`,
      [scope.organizationId, applicationIds, scaleJson],
    );
    return new Map(
      rows.map((row) => [
        row.application_id,
        {
          count: row.count,
          meanScore: meanOf(row.total, row.assessed),
          recommendations: { strong_no: row.strong_no, no: row.no, yes: row.yes, strong_yes: row.strong_yes },
        },
      ]),
    );
  }
}
