import type { RouteObject } from 'react-router';

/** The agenda, an interview (reminder emails link here) and its scorecard form (also emailed). Loaded on first visit. */
export const interviewsRoutes: RouteObject[] = [
  { path: 'interviews', lazy: async () => ({ Component: (await import('./my-interviews-page')).MyInterviewsPage }) },
  { path: 'interviews/:interviewId', lazy: async () => ({ Component: (await import('./interview-page')).InterviewPage }) },
  { path: 'interviews/:interviewId/scorecard', lazy: async () => ({ Component: (await import('./scorecard-page')).ScorecardPage }) },
];
