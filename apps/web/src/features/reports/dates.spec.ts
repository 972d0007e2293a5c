import { describe, expect, it } from 'vitest';
import { nextDay, startOfDay, windowOf } from './dates';

describe('report windows', () => {
  it("starts a day at the user's local midnight, whatever the season", () => {
    expect(startOfDay('2026-01-15', 'Europe/Paris')).toBe('2026-01-14T23:00:00Z');
    expect(startOfDay('2026-07-15', 'Europe/Paris')).toBe('2026-07-14T22:00:00Z');
    expect(startOfDay('2026-01-15', 'America/New_York')).toBe('2026-01-15T05:00:00Z');
    expect(startOfDay('2026-01-15', 'UTC')).toBe('2026-01-15T00:00:00Z');
  });

  it('finds midnight on the days clocks change', () => {
    // Paris moves to summer time at 02:00 on 29 March 2026: that midnight is still winter time.
    expect(startOfDay('2026-03-29', 'Europe/Paris')).toBe('2026-03-28T23:00:00Z');
    expect(startOfDay('2026-03-30', 'Europe/Paris')).toBe('2026-03-29T22:00:00Z');
  });

  it('ends the window at the start of the day after the last one shown, and leaves an empty side open', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(windowOf('2026-01-01', '2026-01-31', 'UTC')).toEqual({ from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' });
    expect(windowOf(null, '2026-01-31', 'UTC')).toEqual({ to: '2026-02-01T00:00:00Z' });
    expect(windowOf('', 'not a day', 'UTC')).toEqual({});
  });
});
