/**
 * Queue and queue-job names are stored in Redis with every waiting job: renaming one strands the
 * jobs already queued under the old name. Add new names; never rename or reuse one.
 * ("Queue job" is the unit of background work; a "job" elsewhere is a job posting.)
 */
export enum QueueName {
  Mail = 'mail',
  DomainEvents = 'domain-events',
  Reminders = 'reminders',
}

export enum QueueJobName {
  /** Sends one row of `mail_deliveries`. */
  MailSend = 'mail.send',
  /** An application was created, moved, closed or reopened (reminders plan from these). */
  ApplicationChanged = 'application.changed',
  /** An interview was scheduled, changed, cancelled, completed or marked a no-show. */
  InterviewChanged = 'interview.changed',
  /** A coding challenge was sent, submitted or had its deadline extended. */
  ChallengeChanged = 'challenge.changed',
  /** A scorecard was submitted for an interview or a coding challenge. */
  ScorecardSubmitted = 'scorecard.submitted',
  /** An organisation changed its timezone, reminder policy or retention. */
  OrganizationSettingsChanged = 'organization.settings_changed',
  /** An email was given up on after its last attempt (reminders mark theirs failed). */
  MailFailed = 'mail.failed',
  /** A reminder's due time has come: decide, then send or skip it. */
  ReminderDue = 'reminder.due',
}

/** Which queue carries each queue job. */
export const queueOfJob: Readonly<Record<QueueJobName, QueueName>> = {
  [QueueJobName.MailSend]: QueueName.Mail,
  [QueueJobName.ApplicationChanged]: QueueName.DomainEvents,
  [QueueJobName.InterviewChanged]: QueueName.DomainEvents,
  [QueueJobName.ChallengeChanged]: QueueName.DomainEvents,
  [QueueJobName.ScorecardSubmitted]: QueueName.DomainEvents,
  [QueueJobName.OrganizationSettingsChanged]: QueueName.DomainEvents,
  [QueueJobName.MailFailed]: QueueName.DomainEvents,
  [QueueJobName.ReminderDue]: QueueName.Reminders,
};

/**
 * Per queue job name, what BullMQ does when a handler throws (an infrastructure error: the
 * database or Redis was unreachable). Business-level retries, such as an SMTP server refusing,
 * are kept in PostgreSQL by the handler itself, not here.
 */
export const queueJobRetry: Readonly<Record<QueueJobName, { attempts: number; backoffMs: number; keepFailed: boolean }>> = {
  // Failed mail jobs are dropped: the delivery row is the record, and the sweeper must be able to
  // re-add the same job id.
  [QueueJobName.MailSend]: { attempts: 3, backoffMs: 2_000, keepFailed: false },
  [QueueJobName.ApplicationChanged]: { attempts: 10, backoffMs: 1_000, keepFailed: true },
  [QueueJobName.InterviewChanged]: { attempts: 10, backoffMs: 1_000, keepFailed: true },
  [QueueJobName.ChallengeChanged]: { attempts: 10, backoffMs: 1_000, keepFailed: true },
  [QueueJobName.ScorecardSubmitted]: { attempts: 10, backoffMs: 1_000, keepFailed: true },
  [QueueJobName.OrganizationSettingsChanged]: { attempts: 10, backoffMs: 1_000, keepFailed: true },
  [QueueJobName.MailFailed]: { attempts: 10, backoffMs: 1_000, keepFailed: true },
  // Like mail: the reminder row is the record, and the reconciler must be able to re-add the id.
  [QueueJobName.ReminderDue]: { attempts: 5, backoffMs: 1_000, keepFailed: false },
};

/** The payload of each queue job: ids only, so a job never carries stale copies of rows. */
export interface QueueJobPayloads {
  [QueueJobName.MailSend]: { deliveryId: string };
  [QueueJobName.ApplicationChanged]: {
    applicationId: string;
    eventId: string;
    type: 'applied' | 'moved' | 'rejected' | 'withdrawn' | 'reopened' | 'hired';
    jobId: string;
    fromStageId: string | null;
    toStageId: string | null;
    occurredAt: string;
    /** Set on a rejection whose candidate is to be told. */
    notifyCandidate?: boolean;
  };
  [QueueJobName.InterviewChanged]: {
    interviewId: string;
    applicationId: string;
    type: 'scheduled' | 'rescheduled' | 'panel_changed' | 'cancelled' | 'completed' | 'no_show';
    sequence: number;
    occurredAt: string;
  };
  [QueueJobName.ChallengeChanged]: {
    challengeId: string;
    applicationId: string;
    type: 'sent' | 'submitted' | 'extended';
    dueAt: string;
    occurredAt: string;
  };
  [QueueJobName.ScorecardSubmitted]: {
    scorecardId: string;
    applicationId: string;
    interviewId: string | null;
    challengeId: string | null;
    authorUserId: string;
    occurredAt: string;
  };
  [QueueJobName.OrganizationSettingsChanged]: { organizationId: string; occurredAt: string };
  [QueueJobName.MailFailed]: { deliveryId: string };
  /** `dueAt` is the due time this queue job was made for: a job outlived by a new due time does nothing. */
  [QueueJobName.ReminderDue]: { reminderId: string; dueAt: string };
}

export type QueueJobPayload<Name extends QueueJobName> = QueueJobPayloads[Name];

/**
 * BullMQ refuses ids containing ':' (its key separator) and treats all-digit ids as its own
 * counters; every id we give it goes through here.
 */
export function queueJobId(...parts: (string | number)[]): string {
  const id = parts.join('-');
  if (id.includes(':') || /^\d+$/.test(id) || id.length === 0) {
    throw new Error(`Invalid queue job id "${id}": it must not contain ":" nor be all digits`);
  }
  return id;
}
