import type { RequestContext } from '@hp/auth';
import type { ScorecardSummary } from './dto/applications.schemas.js';

/**
 * Where the application detail's scorecard summary comes from: a port this library declares and the
 * scorecards library (which builds on this one, so cannot be imported here) provides, globally, as
 * BOARD_SCORE_SUMMARIES is (ADR 0012). One statement per application.
 */
export const APPLICATION_SCORECARD_SUMMARIES = Symbol('APPLICATION_SCORECARD_SUMMARIES');

export interface ApplicationScorecardSummaries {
  /**
   * The summary of an application the caller already sees, or null when blind scoring hides it from
   * them (a panel member or reviewer who has not submitted their own).
   */
  summaryFor(context: RequestContext, application: { id: string; jobHiringManagerId: string | null }): Promise<ScorecardSummary | null>;
}
