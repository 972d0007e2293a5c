/**
 * Wall-clock times in a named timezone and the instants they stand for. The browser's own timezone
 * is not the user's (the profile's or organisation's timezone is), so nothing here uses local
 * Date getters: Intl does the zone arithmetic, DST included.
 */

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock in `timeZone` at an instant: `{ date: '2026-03-29', time: '03:30' }`. */
export function wallClockAt(instant: Date | string | number, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** How far `timeZone` is ahead of UTC at an instant, in milliseconds (to the minute). */
export function offsetAt(instant: number, timeZone: string): number {
  const { date, time } = wallClockAt(instant, timeZone);
  return asUtc(date, time) - Math.floor(instant / 60_000) * 60_000;
}

function asUtc(date: string, time: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return Date.UTC(year!, month! - 1, day!, hour!, minute!);
}

export type ZonedResult = { ok: true; instant: Date } | { ok: false; reason: 'invalid' | 'skipped' };

/**
 * The instant a wall-clock date and time in `timeZone` stands for. A time the clocks skip (the hour
 * lost when DST starts) is refused as `skipped`; a time that happens twice (the hour repeated when
 * DST ends) is its first occurrence.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): ZonedResult {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return { ok: false, reason: 'invalid' };
  const wall = asUtc(date, time);
  if (Number.isNaN(wall) || wallClockAt(wall, 'UTC').date !== date) return { ok: false, reason: 'invalid' };
  // The zone's offsets a day either side cover any DST change near this time (they are months apart).
  const offsets = new Set([offsetAt(wall - 86_400_000, timeZone), offsetAt(wall, timeZone), offsetAt(wall + 86_400_000, timeZone)]);
  const matches = [...offsets]
    .map((offset) => wall - offset)
    .filter((instant) => {
      const back = wallClockAt(instant, timeZone);
      return back.date === date && back.time === time;
    })
    .sort((a, b) => a - b);
  return matches.length ? { ok: true, instant: new Date(matches[0]!) } : { ok: false, reason: 'skipped' };
}

/** The calendar day of an instant in `timeZone`, as `YYYY-MM-DD` (to group an agenda by day). */
export function dayOf(instant: string, timeZone: string): string {
  return wallClockAt(instant, timeZone).date;
}

/** "Monday 5 January 2026", for a `YYYY-MM-DD` day key. */
export function formatDayHeading(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** "10:00–11:00" in `timeZone`. */
export function formatTimeRange(startsAt: string, endsAt: string, timeZone: string): string {
  return `${wallClockAt(startsAt, timeZone).time}–${wallClockAt(endsAt, timeZone).time}`;
}

/** Whether two time ranges overlap (touching ends do not). */
export function overlaps(a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }): boolean {
  return Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);
}
