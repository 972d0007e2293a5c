import { describe, expect, it } from 'vitest';
import { dayOf, formatTimeRange, overlaps, wallClockAt, zonedToInstant } from './zoned-time';

const iso = (result: ReturnType<typeof zonedToInstant>) => (result.ok ? result.instant.toISOString() : result.reason);

describe('wall-clock times in the user’s timezone', () => {
  it('converts a date and time in the user’s timezone to UTC, winter and summer alike', () => {
    expect(iso(zonedToInstant('2026-01-05', '15:00', 'Europe/Paris'))).toBe('2026-01-05T14:00:00.000Z');
    expect(iso(zonedToInstant('2026-07-05', '15:00', 'Europe/Paris'))).toBe('2026-07-05T13:00:00.000Z');
    expect(iso(zonedToInstant('2026-07-05', '09:30', 'America/New_York'))).toBe('2026-07-05T13:30:00.000Z');
    expect(iso(zonedToInstant('2026-01-05', '09:30', 'Asia/Kolkata'))).toBe('2026-01-05T04:00:00.000Z');
    expect(iso(zonedToInstant('2026-01-05', '23:30', 'Pacific/Auckland'))).toBe('2026-01-05T10:30:00.000Z');
  });

  it('uses the offset of the day itself on the days the clocks change', () => {
    // Paris: CET → CEST at 02:00 on 29 March 2026, back at 03:00 on 25 October 2026.
    expect(iso(zonedToInstant('2026-03-29', '01:30', 'Europe/Paris'))).toBe('2026-03-29T00:30:00.000Z');
    expect(iso(zonedToInstant('2026-03-29', '03:30', 'Europe/Paris'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(zonedToInstant('2026-10-25', '03:30', 'Europe/Paris'))).toBe('2026-10-25T02:30:00.000Z');
  });

  it('refuses a time the clocks skip, and takes the first of a time that happens twice', () => {
    expect(iso(zonedToInstant('2026-03-29', '02:30', 'Europe/Paris'))).toBe('skipped');
    expect(iso(zonedToInstant('2026-03-08', '02:15', 'America/New_York'))).toBe('skipped');
    expect(iso(zonedToInstant('2026-10-25', '02:30', 'Europe/Paris'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(zonedToInstant('2026-11-01', '01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('refuses what is not a date and a time', () => {
    expect(iso(zonedToInstant('', '10:00', 'Europe/Paris'))).toBe('invalid');
    expect(iso(zonedToInstant('2026-02-30', '10:00', 'Europe/Paris'))).toBe('invalid');
    expect(iso(zonedToInstant('2026-02-10', '', 'Europe/Paris'))).toBe('invalid');
  });

  it('reads an instant back as the wall clock and the day of the user’s timezone', () => {
    expect(wallClockAt('2026-03-29T01:30:00.000Z', 'Europe/Paris')).toEqual({ date: '2026-03-29', time: '03:30' });
    expect(dayOf('2026-01-05T23:30:00.000Z', 'Europe/Paris')).toBe('2026-01-06');
    expect(dayOf('2026-01-05T23:30:00.000Z', 'America/New_York')).toBe('2026-01-05');
    expect(formatTimeRange('2026-01-05T14:00:00.000Z', '2026-01-05T15:00:00.000Z', 'Europe/Paris')).toBe('15:00–16:00');
  });

  it('counts ranges that share time as overlapping, and ranges that only touch as not', () => {
    const ten = { startsAt: '2026-01-05T10:00:00Z', endsAt: '2026-01-05T11:00:00Z' };
    expect(overlaps(ten, { startsAt: '2026-01-05T10:30:00Z', endsAt: '2026-01-05T11:30:00Z' })).toBe(true);
    expect(overlaps(ten, { startsAt: '2026-01-05T11:00:00Z', endsAt: '2026-01-05T12:00:00Z' })).toBe(false);
  });
});
