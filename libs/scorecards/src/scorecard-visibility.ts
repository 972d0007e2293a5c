import type { Role } from '@hp/auth';

export interface ScorecardViewer {
  role: Role;
  userId: string;
  /** The hiring manager of the application's job. */
  jobHiringManagerId: string | null;
  /** Whether the viewer sits on a panel (interview) of this application, or reviews one of its coding challenges. */
  onPanel: boolean;
  /** Whether the viewer has submitted a scorecard of their own for this application. */
  submittedOwn: boolean;
  /** Whether the application is visible to the viewer through their jobs (ApplicationsService's rule). */
  seesApplication: boolean;
}

/**
 * Blind scoring: who sees an application's scorecards.
 * - `all`: every scorecard and the summary (admins, recruiters, the job's hiring manager, and a
 *   panel member or reviewer who has submitted their own);
 * - `blind`: a panel member or reviewer who has not submitted yet sees no one else's scorecard nor the summary,
 *   so their own judgement is not anchored by others';
 * - `none`: the application is not theirs to see (answered as 404).
 */
export type ScorecardVisibility = 'all' | 'blind' | 'none';

export function scorecardVisibility(viewer: ScorecardViewer): ScorecardVisibility {
  if (viewer.role === 'admin' || viewer.role === 'recruiter') return 'all';
  if (viewer.role === 'hiring_manager' && viewer.jobHiringManagerId === viewer.userId && viewer.seesApplication) return 'all';
  if (viewer.onPanel) return viewer.submittedOwn ? 'all' : 'blind';
  return viewer.seesApplication ? 'all' : 'none';
}
