import { describe, expect, it } from 'vitest';
import { type ScorecardViewer, scorecardVisibility } from './scorecard-visibility.js';

const viewer = (overrides: Partial<ScorecardViewer>): ScorecardViewer => ({
  role: 'interviewer',
  userId: 'me',
  jobHiringManagerId: 'someone else',
  onPanel: false,
  submittedOwn: false,
  seesApplication: false,
  ...overrides,
});

describe('who sees the scorecards of an application (blind scoring)', () => {
  it('shows admins and recruiters everything, even before they score or when on the panel', () => {
    for (const role of ['admin', 'recruiter'] as const) {
      expect(scorecardVisibility(viewer({ role, seesApplication: true }))).toBe('all');
      expect(scorecardVisibility(viewer({ role, seesApplication: true, onPanel: true }))).toBe('all');
    }
  });

  it("shows the job's hiring manager everything, even when on its panel without a scorecard", () => {
    expect(scorecardVisibility(viewer({ role: 'hiring_manager', jobHiringManagerId: 'me', seesApplication: true }))).toBe('all');
    expect(scorecardVisibility(viewer({ role: 'hiring_manager', jobHiringManagerId: 'me', seesApplication: true, onPanel: true }))).toBe(
      'all',
    );
  });

  it('hides the application from the hiring manager of another job who is not on a panel', () => {
    expect(scorecardVisibility(viewer({ role: 'hiring_manager' }))).toBe('none');
  });

  it('holds a hiring manager of another job on a panel to the blind rule', () => {
    expect(scorecardVisibility(viewer({ role: 'hiring_manager', onPanel: true }))).toBe('blind');
    expect(scorecardVisibility(viewer({ role: 'hiring_manager', onPanel: true, submittedOwn: true }))).toBe('all');
  });

  it('keeps an interviewer blind until they submit their own, then shows everything', () => {
    expect(scorecardVisibility(viewer({ onPanel: true }))).toBe('blind');
    expect(scorecardVisibility(viewer({ onPanel: true, submittedOwn: true }))).toBe('all');
  });

  it('hides the application from an interviewer on none of its panels', () => {
    expect(scorecardVisibility(viewer({}))).toBe('none');
  });
});
