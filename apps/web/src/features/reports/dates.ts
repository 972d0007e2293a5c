/**
 * The report filters pick whole days as the user reads them (their timezone), while the API takes
 * instants: a day starts at local midnight, and the window's end is the next day's start
 * (`to` is exclusive there, inclusive on screen).
 */

import { offsetAt } from '../../lib/zoned-time';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDay(value: string | null | undefined): value is string {
  return !!value && DAY.test(value);
}

/** `2026-01-01` in Europe/Paris → `2025-12-31T23:00:00Z`. */
export function startOfDay(day: string, timeZone: string): string {
  const [, year, month, date] = DAY.exec(day)!.map(Number) as [number, number, number, number];
  const wall = Date.UTC(year, month - 1, date);
  // Twice: the offset at the guessed instant may differ from the one at the answer across a DST change.
  const guess = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(guess, timeZone)).toISOString().replace('.000Z', 'Z');
}

export function nextDay(day: string): string {
  const [, year, month, date] = DAY.exec(day)!.map(Number) as [number, number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/** The API's window for the days chosen on screen, both inclusive; an absent day leaves that side open. */
export function windowOf(from: string | null, to: string | null, timeZone: string): { from?: string; to?: string } {
  return {
    ...(isDay(from) ? { from: startOfDay(from, timeZone) } : {}),
    ...(isDay(to) ? { to: startOfDay(nextDay(to), timeZone) } : {}),
  };
}
