import { StageAssessment } from '@hp/applications';
import { Check, Column, Entity, Index } from 'typeorm';

export const interviewStatuses = ['scheduled', 'completed', 'cancelled', 'no_show'] as const;
export type InterviewStatus = (typeof interviewStatuses)[number];

@Entity({ name: 'interviews' })
@Check('interviews_status_check', `status IN ('scheduled', 'completed', 'cancelled', 'no_show')`)
@Check('interviews_time_check', `ends_at > starts_at`)
@Index('interviews_application_id_idx', ['applicationId'])
@Index('interviews_organization_starts_at_idx', ['organizationId', 'startsAt', 'id'])
export class Interview extends StageAssessment {
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  /** IANA timezone the interview is worded in (for the candidate, and in calendar invitations). */
  @Column({ type: 'text' })
  timezone: string;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'text', nullable: true })
  meetingUrl: string | null;

  @Column({ type: 'text', default: 'scheduled' })
  status: InterviewStatus;

  /** iCalendar SEQUENCE: bumped by every change the attendees' calendars must apply. */
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;
}
