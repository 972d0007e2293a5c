import { describe, expect, it } from 'vitest';
import { buildInterviewIcs, describeInterviewTime, domainOfAddress, emailOfAddress, isTimezone } from './interview-calendar.js';

const interview = {
  id: '0191f0a4-0000-7000-8000-000000000001',
  title: 'Technical interview',
  startsAt: new Date('2026-01-05T14:00:00Z'),
  endsAt: new Date('2026-01-05T14:45:00Z'),
  location: 'Room 4',
  meetingUrl: 'https://meet.example.com/abc',
  sequence: 2,
};
const organizer = { name: 'Hiring Pipeline', email: 'no-reply@example.com' };
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

describe('interview calendar', () => {
  it('writes a REQUEST with a stable UID, the sequence and UTC times', () => {
    const ics = unfold(
      buildInterviewIcs({
        domain: 'example.com',
        method: 'REQUEST',
        organizer,
        attendees: [{ name: 'Ada', email: 'ada@example.com' }],
        interview,
      }),
    );
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:${interview.id}@example.com`);
    expect(ics).toContain('SEQUENCE:2');
    expect(ics).toContain('DTSTART:20260105T140000Z');
    expect(ics).toContain('DTEND:20260105T144500Z');
    expect(ics).toContain('STATUS:CONFIRMED');
    expect(ics).toMatch(/ATTENDEE;.*mailto:ada@example.com/i);
    expect(ics).toContain('LOCATION:Room 4');
  });

  it('writes a CANCEL with status CANCELLED', () => {
    const ics = unfold(buildInterviewIcs({ domain: 'example.com', method: 'CANCEL', organizer, attendees: [], interview }));
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain(`UID:${interview.id}@example.com`);
  });

  it('words the time in the given timezone', () => {
    expect(describeInterviewTime(interview.startsAt, interview.endsAt, 'Europe/Paris')).toBe(
      'Monday, 5 January 2026, 15:00–15:45 (Europe/Paris)',
    );
    expect(describeInterviewTime(interview.startsAt, interview.endsAt, 'America/New_York')).toContain('09:00–09:45');
  });

  it('knows IANA timezones and the sender address parts', () => {
    expect(isTimezone('Europe/Paris')).toBe(true);
    expect(isTimezone('UTC')).toBe(true);
    expect(isTimezone('Mars/Olympus')).toBe(false);
    expect(isTimezone('+02:00')).toBe(false);
    expect(domainOfAddress('Hiring Pipeline <no-reply@hp.example>')).toBe('hp.example');
    expect(emailOfAddress('Hiring Pipeline <no-reply@hp.example>')).toBe('no-reply@hp.example');
  });
});
