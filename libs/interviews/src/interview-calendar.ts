import { createEvent, type EventAttributes } from 'ics';

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarInterview {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  meetingUrl: string | null;
  sequence: number;
}

export interface CalendarMessage {
  /** Domain of the UID, e.g. the sender's: `<interviewId>@<domain>` stays the same for the interview's whole life. */
  domain: string;
  method: 'REQUEST' | 'CANCEL';
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
  interview: CalendarInterview;
  description?: string;
}

/** The stable iCalendar UID of an interview: every update or cancellation refers to the same event. */
export const interviewUid = (interviewId: string, domain: string) => `${interviewId}@${domain}`;

/** The sender's domain, from an address such as `Hiring Pipeline <no-reply@example.com>`. */
export const domainOfAddress = (address: string) => /@([^>\s]+)>?\s*$/.exec(address)?.[1] ?? 'hiring-pipeline.local';

/** The address part of `Name <address>` (or the address itself). */
export const emailOfAddress = (address: string) => /<([^>]+)>/.exec(address)?.[1] ?? address.trim();

/**
 * One RFC 5545 calendar object for an interview (RFC 5546 METHOD: REQUEST invites or updates,
 * CANCEL removes). Times are written in UTC; SEQUENCE is the interview's own counter.
 */
export function buildInterviewIcs(message: CalendarMessage): string {
  const { interview } = message;
  const attributes: EventAttributes = {
    uid: interviewUid(interview.id, message.domain),
    method: message.method,
    sequence: interview.sequence,
    status: message.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    title: interview.title,
    start: interview.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: interview.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    organizer: { name: message.organizer.name, email: message.organizer.email },
    attendees: message.attendees.map((attendee) => ({
      name: attendee.name,
      email: attendee.email,
      rsvp: message.method === 'REQUEST',
      partstat: 'NEEDS-ACTION',
      role: 'REQ-PARTICIPANT',
    })),
    productId: 'hiring-pipeline/interviews',
    ...(interview.location ? { location: interview.location } : {}),
    ...(interview.meetingUrl ? { url: interview.meetingUrl } : {}),
    ...(message.description ? { description: message.description } : {}),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new Error(`Could not build the calendar event: ${error?.message ?? 'no output'}`);
  return value;
}

/** Whether `name` is an IANA timezone this runtime knows. */
export function isTimezone(name: string): boolean {
  if (!name.includes('/') && name !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Per timezone, made once: building an Intl.DateTimeFormat costs far more than formatting with it (a reminder burst words thousands). */
const formattersByTimezone = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

const formatters = (timezone: string) => {
  let made = formattersByTimezone.get(timezone);
  if (!made) {
    made = {
      day: new Intl.DateTimeFormat('en-GB', { timeZone: timezone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
      time: new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    };
    formattersByTimezone.set(timezone, made);
  }
  return made;
};

/** "Monday, 5 January 2026, 15:00–15:45 (Europe/Paris)": an interview's time worded in a timezone. */
export function describeInterviewTime(startsAt: Date, endsAt: Date, timezone: string): string {
  const { day, time } = formatters(timezone);
  return `${day.format(startsAt)}, ${time.format(startsAt)}–${time.format(endsAt)} (${timezone})`;
}

/** "Monday, 5 January 2026, 15:00 (Europe/Paris)": an instant worded in a timezone, as interview times are. */
export function describeInstant(instant: Date, timezone: string): string {
  const { day, time } = formatters(timezone);
  return `${day.format(instant)}, ${time.format(instant)} (${timezone})`;
}
