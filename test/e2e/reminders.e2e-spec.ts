import { FakeClock } from '@hp/common';
import { QueueName, QueueRegistry } from '@hp/queue';
import { ReminderDispatcher, ReminderPlanner } from '@hp/reminders';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  addMember,
  applyTo,
  call,
  createWorker,
  insertCandidate,
  openJob,
  type SignedIn,
  signUp,
  startTestApi,
  useWorkerTestEnvironment,
  waitFor,
} from '../utils/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface ReminderRow {
  id: string;
  kind: string;
  status: string;
  status_reason: string | null;
  due_at: Date;
  recipient_user_id: string | null;
  recipient_candidate_id: string | null;
  mail_delivery_id: string | null;
}

/**
 * Each reminder kind against the real API, worker, PostgreSQL, Redis and SMTP server, with the
 * worker's clock faked: the test moves time, the reconciler queues what has fallen due, and the
 * emails arrive at the SMTP sink.
 */
describe('reminders', () => {
  // A one-minute horizon: reminders due later wait in PostgreSQL until the test moves the clock
  // and reconciles, instead of sitting in Redis as jobs delayed by real hours.
  const environment = useWorkerTestEnvironment({
    REMINDER_QUEUE_HORIZON_MINUTES: '1',
    REMINDER_RECONCILE_INTERVAL_MS: '3600000',
    MAIL_MAX_ATTEMPTS: '2',
    MAIL_RETRY_BASE_MS: '10',
  });
  const clock = new FakeClock(new Date());
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let admin: SignedIn;
  let recruiter: SignedIn;
  let ada: SignedIn;
  let bob: SignedIn;
  let job: Awaited<ReturnType<typeof openJob>>;

  beforeAll(async () => {
    app = await startTestApi(environment.config);
    worker = await createWorker(environment.config, { clock });
    admin = await signUp(app);
    [recruiter, ada, bob] = await Promise.all([
      addMember(app, admin, 'recruiter'),
      addMember(app, admin, 'interviewer'),
      addMember(app, admin, 'interviewer'),
    ]);
    await call(app, 'PATCH', '/api/v1/organization/settings', { token: admin.accessToken, body: { timezone: 'Europe/Lisbon' } });
    await call(app, 'PATCH', '/api/v1/me', { token: ada.accessToken, body: { timezone: 'America/New_York' } });
    job = await openJob(app, recruiter, { recruiterIds: [recruiter.user.id] });
    return async () => {
      await worker?.close();
      await app?.close();
    };
  });

  beforeEach(() => {
    clock.set(new Date());
  });

  const api = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown, as: SignedIn = recruiter) =>
    call(app, method, `/api/v1${path}`, { token: as.accessToken, body });
  const rows = <T>(sql: string, parameters: unknown[] = []) => app.get(DataSource).query(sql, parameters) as Promise<T[]>;
  const remindersOf = (column: 'interview_id' | 'challenge_id' | 'application_id', id: string, kind?: string) =>
    rows<ReminderRow>(
      `SELECT * FROM reminders WHERE ${column} = $1 AND ($2::text IS NULL OR kind = $2) ORDER BY due_at, kind, recipient_user_id NULLS LAST, id`,
      [id, kind ?? null],
    );
  const mailTo = (address: string) => environment.smtp.messages.filter((mail) => mail.to && JSON.stringify(mail.to).includes(address));
  const reminderMails = (address: string) =>
    mailTo(address).filter((mail) => /Reminder|Scorecard|Coding challenge|application/.test(mail.subject ?? ''));

  /**
   * Moves the worker's clock and lets the reconciler queue (and the worker send) what is due.
   * Queue jobs delayed in real time for a due time the fake clock has now passed are promoted:
   * Redis keeps real time, not the test's.
   */
  async function advanceTo(instant: Date): Promise<void> {
    clock.set(instant);
    await worker.get(ReminderDispatcher).reconcile();
    const delayed = await worker.get(QueueRegistry).queue(QueueName.Reminders).getDelayed();
    // A job may leave the delayed state by itself between the two calls: it then needs no promotion.
    const promote = (job: (typeof delayed)[number]) =>
      job.promote().catch(async (error: unknown) => {
        if ((await job.getState()) === 'delayed') throw error;
      });
    await Promise.all(delayed.filter((job) => new Date((job.data as { dueAt: string }).dueAt) <= instant).map(promote));
  }

  /** Waits until nothing due by the fake clock is still scheduled. */
  async function settled(): Promise<void> {
    await waitFor(
      'due reminders to be handled',
      async () => (await rows(`SELECT 1 FROM reminders WHERE status = 'scheduled' AND due_at <= $1`, [clock.now()])).length === 0,
    ).catch(async (error) => {
      console.log(
        'STUCK',
        JSON.stringify(
          await rows(`SELECT kind, due_at, enqueued_at, dedupe_key FROM reminders WHERE status = 'scheduled' AND due_at <= $1`, [
            clock.now(),
          ]),
        ),
        clock.now(),
      );
      throw error;
    });
    await waitFor(
      'their emails to be sent',
      async () => (await rows(`SELECT 1 FROM mail_deliveries WHERE status IN ('pending', 'sending')`)).length === 0,
    );
  }

  async function candidateWithApplication(firstName = 'Grace') {
    const candidate = await insertCandidate(app, admin.organization.id, { firstName });
    const application = await applyTo(app, recruiter, job.id, candidate.id);
    return { candidate, application };
  }

  async function scheduleInterview(applicationId: string, startsAt: Date, interviewerIds = [ada.user.id], durationMinutes = 60) {
    const response = await api('POST', '/interviews', {
      applicationId,
      title: 'Technical interview',
      startsAt: startsAt.toISOString(),
      durationMinutes,
      timezone: 'Europe/Paris',
      interviewerIds,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body as { id: string; startsAt: string; endsAt: string };
  }

  const planned = (column: 'interview_id' | 'challenge_id' | 'application_id', id: string, count: number, kind?: string) =>
    waitFor(`${count} ${kind ?? ''} reminders planned for ${id}`, async () => {
      const found = await remindersOf(column, id, kind);
      return found.length === count && found;
    });
  const upcoming = (interviewId: string, count: number) => planned('interview_id', interviewId, count, 'interview_upcoming');

  describe('upcoming interviews', () => {
    it('go to each interviewer and the candidate at each offset, worded in their own timezone, once', async () => {
      const { candidate, application } = await candidateWithApplication('Hedy');
      const startsAt = new Date(Math.ceil((Date.now() + 2 * DAY) / HOUR) * HOUR);
      const interview = await scheduleInterview(application.id, startsAt);
      const reminders = await upcoming(interview.id, 4);
      expect(reminders.map((r) => [r.kind, r.status, r.due_at.getTime() - startsAt.getTime(), r.recipient_user_id ?? 'candidate'])).toEqual(
        [
          ['interview_upcoming', 'scheduled', -DAY, ada.user.id],
          ['interview_upcoming', 'scheduled', -DAY, 'candidate'],
          ['interview_upcoming', 'scheduled', -HOUR, ada.user.id],
          ['interview_upcoming', 'scheduled', -HOUR, 'candidate'],
        ],
      );

      // Just before the 24-hour reminders nothing goes; just after, both go.
      await advanceTo(new Date(startsAt.getTime() - DAY - 1_000));
      await settled();
      expect(reminderMails(ada.user.email)).toHaveLength(0);
      await advanceTo(new Date(startsAt.getTime() - DAY + 1_000));
      await settled();
      const [toAda] = reminderMails(ada.user.email);
      const [toCandidate] = reminderMails(candidate.email);
      expect(toAda?.subject).toMatch(/^Reminder: Technical interview with Hedy .* in 24 hours$/);
      expect(toAda?.text).toContain('(America/New_York)');
      expect(toCandidate?.subject).toBe(`Reminder: your interview with ${admin.organization.name} in 24 hours`);
      expect(toCandidate?.text).toContain('(Europe/Paris)');
      expect(toCandidate?.text).not.toContain('/interviews/');

      await advanceTo(new Date(startsAt.getTime() - HOUR + 1_000));
      await settled();
      // Reconciling again changes nothing: each reminder went exactly once.
      await advanceTo(new Date(startsAt.getTime() - HOUR + 2_000));
      await settled();
      expect(reminderMails(ada.user.email).map((mail) => mail.subject)).toEqual([
        expect.stringContaining('in 24 hours'),
        expect.stringContaining('in 1 hour'),
      ]);
      expect(reminderMails(candidate.email)).toHaveLength(2);
      expect((await remindersOf('interview_id', interview.id, 'interview_upcoming')).map((r) => r.status)).toEqual([
        'sent',
        'sent',
        'sent',
        'sent',
      ]);
    });

    it('skips an offset already past when the interview is scheduled, rather than sending it late', async () => {
      const { application } = await candidateWithApplication();
      const interview = await scheduleInterview(application.id, new Date(Date.now() + 30 * MINUTE));
      const reminders = await upcoming(interview.id, 4);
      expect(reminders.map((r) => [r.status, r.status_reason])).toEqual(
        Array(4).fill(['skipped', 'Its time had already passed when it was planned']),
      );
    });

    it('move with a rescheduled interview and are cancelled with a cancelled one', async () => {
      const { application } = await candidateWithApplication();
      const first = new Date(Math.ceil((Date.now() + 3 * DAY) / HOUR) * HOUR);
      const interview = await scheduleInterview(application.id, first);
      await upcoming(interview.id, 4);
      const moved = new Date(first.getTime() + 2 * HOUR);
      expect((await api('PATCH', `/interviews/${interview.id}`, { startsAt: moved.toISOString() })).status).toBe(200);
      const afterMove = await upcoming(interview.id, 8);
      expect(afterMove.filter((r) => r.status === 'cancelled').map((r) => r.due_at.getTime() - first.getTime())).toEqual([
        -DAY,
        -DAY,
        -HOUR,
        -HOUR,
      ]);
      expect(afterMove.filter((r) => r.status === 'scheduled').map((r) => r.due_at.getTime() - moved.getTime())).toEqual([
        -DAY,
        -DAY,
        -HOUR,
        -HOUR,
      ]);

      expect((await api('POST', `/interviews/${interview.id}/cancel`, { reason: 'Candidate asked' })).status).toBe(200);
      await waitFor('reminders cancelled', async () =>
        (await remindersOf('interview_id', interview.id)).every((r) => r.status === 'cancelled'),
      );
      expect((await remindersOf('interview_id', interview.id)).at(-1)?.status_reason).toBe('The interview was cancelled');
    });

    it('respect an opt-out and a deactivation at the moment they fire', async () => {
      const { candidate, application } = await candidateWithApplication('Ida');
      const startsAt = new Date(Math.ceil((Date.now() + 2 * DAY) / HOUR) * HOUR);
      const interview = await scheduleInterview(application.id, startsAt, [ada.user.id, bob.user.id]);
      await upcoming(interview.id, 6);
      expect((await api('PATCH', '/me/notification-preferences', { interviewUpcoming: false }, ada)).body).toEqual({
        interviewUpcoming: false,
        scorecardDue: true,
        stageStale: true,
        challengeExpired: true,
      });
      expect((await api('PATCH', `/users/${bob.user.id}`, { active: false }, admin)).status).toBe(200);
      await advanceTo(new Date(startsAt.getTime() - DAY + 1_000));
      await settled();
      const fired = (await remindersOf('interview_id', interview.id, 'interview_upcoming')).filter((r) => r.status !== 'scheduled');
      expect(fired.map((r) => [r.recipient_user_id ?? 'candidate', r.status, r.status_reason])).toEqual(
        expect.arrayContaining([
          [ada.user.id, 'skipped', 'The recipient turned these reminders off'],
          [bob.user.id, 'skipped', 'The recipient is no longer an active user'],
          ['candidate', 'sent', null],
        ]),
      );
      expect(reminderMails(ada.user.email).filter((mail) => mail.subject?.includes('with Ida'))).toHaveLength(0);
      expect(reminderMails(candidate.email)).toHaveLength(1);
      await api('PATCH', '/me/notification-preferences', { interviewUpcoming: true }, ada);
      await api('PATCH', `/users/${bob.user.id}`, { active: true }, admin);
    });

    it('stay due through a re-plan while late (a crash or a Redis outage), and are then sent', async () => {
      const { candidate, application } = await candidateWithApplication('Lynn');
      const startsAt = new Date(Math.ceil((Date.now() + 2 * DAY) / HOUR) * HOUR);
      const interview = await scheduleInterview(application.id, startsAt);
      await upcoming(interview.id, 4);
      // Past the 24-hour reminders' time, before anything queued them, the interview is re-planned.
      clock.set(new Date(startsAt.getTime() - DAY + 5 * MINUTE));
      await worker.get(ReminderPlanner).planInterview(interview.id);
      const late = (await remindersOf('interview_id', interview.id, 'interview_upcoming')).slice(0, 2);
      expect(late.map((r) => r.status)).toEqual(['scheduled', 'scheduled']);
      await advanceTo(clock.now());
      await settled();
      expect(reminderMails(candidate.email).map((mail) => mail.subject)).toEqual([expect.stringContaining('in 24 hours')]);
    });

    it('fall due while their planning waits in a backlog: sent late, not skipped', async () => {
      const { candidate, application } = await candidateWithApplication('Mary');
      const scheduledAt = new Date();
      const startsAt = new Date(Math.ceil((Date.now() + 2 * HOUR) / MINUTE) * MINUTE);
      const interview = await scheduleInterview(application.id, startsAt);
      await upcoming(interview.id, 4);
      // As if the interview's event had waited in the queue until after its 1-hour reminders' time.
      await rows(`DELETE FROM reminders WHERE interview_id = $1`, [interview.id]);
      clock.set(new Date(startsAt.getTime() - HOUR + 5 * MINUTE));
      await worker.get(ReminderPlanner).planInterview(interview.id, scheduledAt);
      const planned = await remindersOf('interview_id', interview.id, 'interview_upcoming');
      expect(planned.map((r) => [(startsAt.getTime() - r.due_at.getTime()) / MINUTE, r.status])).toEqual([
        [1440, 'skipped'],
        [1440, 'skipped'],
        [60, 'scheduled'],
        [60, 'scheduled'],
      ]);
      await advanceTo(clock.now());
      await settled();
      expect(reminderMails(candidate.email).map((mail) => mail.subject)).toEqual([expect.stringContaining('in 1 hour')]);
    });

    it('are re-planned when the organisation changes its policy', async () => {
      const { application } = await candidateWithApplication();
      const startsAt = new Date(Math.ceil((Date.now() + 2 * DAY) / HOUR) * HOUR);
      const interview = await scheduleInterview(application.id, startsAt);
      await upcoming(interview.id, 4);
      const changed = await api(
        'PATCH',
        '/organization/settings',
        { reminderPolicy: { interviewUpcoming: { offsetsMinutes: [120] } } },
        admin,
      );
      expect(changed.status).toBe(200);
      expect(changed.body.reminderPolicy.interviewUpcoming).toEqual({ enabled: true, offsetsMinutes: [120] });
      const replanned = await upcoming(interview.id, 6);
      expect(replanned.filter((r) => r.status === 'scheduled').map((r) => r.due_at.getTime() - startsAt.getTime())).toEqual([
        -2 * HOUR,
        -2 * HOUR,
      ]);
      expect(replanned.filter((r) => r.status === 'cancelled')).toHaveLength(4);
      await api('PATCH', '/organization/settings', { reminderPolicy: { interviewUpcoming: { offsetsMinutes: [1440, 60] } } }, admin);
      await waitFor(
        'default offsets restored',
        async () =>
          (await remindersOf('interview_id', interview.id, 'interview_upcoming')).filter((r) => r.status === 'scheduled').length === 4,
      );
    });
  });

  describe('scorecards', () => {
    it('remind each interviewer who has not submitted, then tell the recruiters who is still due', async () => {
      const { application } = await candidateWithApplication('Katherine');
      const startsAt = new Date(Math.ceil((Date.now() + HOUR) / MINUTE) * MINUTE);
      const interview = await scheduleInterview(application.id, startsAt, [ada.user.id, bob.user.id], 60);
      const endsAt = new Date(interview.endsAt);
      // 2 interviewers × 3 reminders and 1 recruiter told, besides 2 offsets × 3 upcoming-interview reminders.
      const reminders = await planned('interview_id', interview.id, 13);
      const scorecardDue = reminders.filter((r) => r.kind === 'scorecard_due');
      expect([...new Set(scorecardDue.map((r) => (r.due_at.getTime() - endsAt.getTime()) / MINUTE))]).toEqual([120, 1560, 3000]);
      const overdue = reminders.find((r) => r.kind === 'scorecard_overdue');
      expect(overdue).toMatchObject({ recipient_user_id: recruiter.user.id });
      expect((overdue!.due_at.getTime() - endsAt.getTime()) / MINUTE).toBe(4440);

      await advanceTo(new Date(endsAt.getTime() + 121 * MINUTE));
      await settled();
      const first = reminderMails(bob.user.email).filter((mail) => mail.subject?.startsWith('Scorecard due'));
      expect(first.map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Scorecard due: Katherine .*\(reminder 1 of 3\)$/)]);
      expect(first[0]?.text).toContain(`/interviews/${interview.id}/scorecard`);

      // Ada submits: her later reminders are cancelled; Bob's go on.
      const submitted = await api('POST', `/interviews/${interview.id}/scorecards`, { ratings: [], recommendation: 'yes' }, ada);
      expect(submitted.status).toBe(201);
      await waitFor('ada’s reminders cancelled', async () =>
        (await remindersOf('interview_id', interview.id)).some(
          (r) => r.recipient_user_id === ada.user.id && r.status_reason?.includes('scorecards'),
        ),
      );
      await advanceTo(new Date(endsAt.getTime() + 4441 * MINUTE));
      await settled();
      const bobs = reminderMails(bob.user.email).filter(
        (mail) => mail.subject?.startsWith('Scorecard due') && mail.subject.includes('Katherine'),
      );
      expect(bobs.map((mail) => mail.subject?.match(/reminder (\d) of 3/)?.[1])).toEqual(['1', '2', '3']);
      const adas = reminderMails(ada.user.email).filter(
        (mail) => mail.subject?.startsWith('Scorecard due') && mail.subject.includes('Katherine'),
      );
      expect(adas).toHaveLength(1);
      const toRecruiter = reminderMails(recruiter.user.email).filter((mail) =>
        mail.subject?.startsWith('Scorecards still missing: Katherine'),
      );
      expect(toRecruiter).toHaveLength(1);
      expect(toRecruiter[0]?.text).toContain(`- ${bob.user.name}`);
      expect(toRecruiter[0]?.text).not.toContain(`- ${ada.user.name}`);
    });

    it('are not planned for a no-show interview', async () => {
      const { application } = await candidateWithApplication();
      const interview = await scheduleInterview(application.id, new Date(Date.now() + 2 * HOUR));
      await planned('interview_id', interview.id, 8);
      const outcome = await api('POST', `/interviews/${interview.id}/no-show`);
      expect(outcome.status).toBe(200);
      await waitFor('scorecard reminders cancelled', async () =>
        (await remindersOf('interview_id', interview.id))
          .filter((r) => r.kind.startsWith('scorecard'))
          .every((r) => r.status === 'cancelled'),
      );
    });
  });

  describe('coding challenges', () => {
    it('remind the candidate before the deadline and tell the reviewers when it expired unsubmitted', async () => {
      const { candidate, application } = await candidateWithApplication('Margaret');
      const dueAt = new Date(Math.ceil((Date.now() + 3 * DAY) / HOUR) * HOUR);
      const sent = await api('POST', `/applications/${application.id}/challenges`, {
        title: 'Rate limiter',
        instructions: 'Build one.',
        dueAt: dueAt.toISOString(),
        reviewerIds: [ada.user.id],
      });
      expect(sent.status).toBe(201);
      const reminders = await planned('challenge_id', sent.body.challenge.id, 2);
      expect(reminders.map((r) => [r.kind, (r.due_at.getTime() - dueAt.getTime()) / MINUTE])).toEqual([
        ['challenge_due', -1440],
        ['challenge_expired', 0],
      ]);
      await advanceTo(new Date(dueAt.getTime() - DAY + 1_000));
      await settled();
      const toCandidate = reminderMails(candidate.email).filter((mail) => mail.subject?.includes('coding challenge'));
      expect(toCandidate.map((mail) => mail.subject)).toEqual([expect.stringContaining('(Europe/Lisbon)')]);
      await advanceTo(new Date(dueAt.getTime() + 1_000));
      await settled();
      const toReviewer = reminderMails(ada.user.email).filter((mail) => mail.subject?.startsWith('Coding challenge expired'));
      expect(toReviewer).toHaveLength(1);
      expect(toReviewer[0]?.subject).toMatch(/^Coding challenge expired unsubmitted: Margaret /);
      expect(toReviewer[0]?.text).toContain(`/applications/${application.id}`);
    });
  });

  describe('candidate notifications', () => {
    it('confirm a career-page application, and send a rejection notice after the delay unless reopened', async () => {
      const email = `applicant-${Date.now()}@example.com`;
      const applied = await call(app, 'POST', `/api/v1/public/organizations/${admin.organization.slug}/jobs/${job.id}/applications`, {
        body: { firstName: 'Radia', lastName: 'Perlman', email, consent: true },
      });
      expect(applied.status).toBe(202);
      const [{ id: applicationId }] = await rows<{ id: string }>(
        `SELECT a.id FROM applications a JOIN candidates c ON c.id = a.candidate_id WHERE c.email = $1`,
        [email],
      );
      await planned('application_id', applicationId, 1);
      await advanceTo(new Date(Date.now() + 1_000));
      await settled();
      expect(mailTo(email).map((mail) => mail.subject)).toEqual([`We received your application for ${job.title}`]);

      const reasons = await api('GET', '/rejection-reasons');
      const reasonId = reasons.body.find((reason: { type: string }) => reason.type === 'we_rejected').id;
      expect((await api('POST', `/applications/${applicationId}/reject`, { reasonId, notifyCandidate: true })).status).toBe(200);
      const [, notice] = await planned('application_id', applicationId, 2);
      expect(notice).toMatchObject({ kind: 'rejection_notice', status: 'scheduled' });
      // Reopened before the delay: cancelled. Rejected again: a new notice, sent after 120 minutes.
      expect((await api('POST', `/applications/${applicationId}/unreject`, {})).status).toBe(200);
      await waitFor('notice cancelled', async () => (await remindersOf('application_id', applicationId))[1]?.status === 'cancelled');
      expect((await api('POST', `/applications/${applicationId}/reject`, { reasonId, notifyCandidate: true })).status).toBe(200);
      const all = await planned('application_id', applicationId, 3);
      const pending = all.find((r) => r.status === 'scheduled')!;
      await advanceTo(new Date(pending.due_at.getTime() - MINUTE));
      await settled();
      expect(mailTo(email)).toHaveLength(1);
      await advanceTo(new Date(pending.due_at.getTime() + 1_000));
      await settled();
      expect(mailTo(email).map((mail) => mail.subject)).toEqual([
        `We received your application for ${job.title}`,
        `Your application for ${job.title} at ${admin.organization.name}`,
      ]);
    });
  });

  describe('stale-stage digests', () => {
    it('group every stale application of a recruiter into one email at the digest hour of their timezone', async () => {
      const staleJob = await openJob(app, recruiter, { recruiterIds: [recruiter.user.id] });
      const applications = [];
      for (const name of ['Ada', 'Barbara', 'Carol']) {
        const candidate = await insertCandidate(app, admin.organization.id, { firstName: name });
        applications.push(await applyTo(app, recruiter, staleJob.id, candidate.id));
      }
      // Two sat in their stage for 10 days (over the default 5), one is fresh.
      await rows(`UPDATE applications SET stage_entered_at = now() - interval '10 days' WHERE id = ANY($1)`, [
        applications.slice(0, 2).map((a) => a.id),
      ]);
      await worker.get(ReminderPlanner).planDigests(admin.organization.id);
      const [digest] = await rows<ReminderRow & { details: { localDate: string; timezone: string } }>(
        `SELECT * FROM reminders WHERE kind = 'stage_stale_digest' AND recipient_user_id = $1 AND status = 'scheduled'`,
        [recruiter.user.id],
      );
      expect(digest?.details.timezone).toBe('Europe/Lisbon');
      const localHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Lisbon', hour: '2-digit', hourCycle: 'h23' }).format(
        digest!.due_at,
      );
      expect(localHour).toBe('09');
      await advanceTo(new Date(digest!.due_at.getTime() + 1_000));
      await settled();
      const digests = reminderMails(recruiter.user.email).filter((mail) => mail.subject?.includes('waiting too long'));
      expect(digests).toHaveLength(1);
      expect(digests[0]?.subject).toMatch(/^\d+ applications waiting too long in a stage$/);
      expect(digests[0]?.text).toContain('Ada');
      expect(digests[0]?.text).toContain('Barbara');
      expect(digests[0]?.text).not.toContain('Carol');
    });
  });

  it('marks a reminder failed when its email cannot be delivered, and sends it on retry', async () => {
    const email = `unlucky-${Date.now()}@example.com`;
    environment.smtp.refuseNext(2);
    const applied = await call(app, 'POST', `/api/v1/public/organizations/${admin.organization.slug}/jobs/${job.id}/applications`, {
      body: { firstName: 'Unlucky', lastName: 'Applicant', email, consent: true },
    });
    expect(applied.status).toBe(202);
    const [{ id: applicationId }] = await rows<{ id: string }>(
      `SELECT a.id FROM applications a JOIN candidates c ON c.id = a.candidate_id WHERE c.email = $1`,
      [email],
    );
    const [received] = await planned('application_id', applicationId, 1);
    await advanceTo(new Date(Date.now() + 1_000));
    const failed = await waitFor('the reminder to fail', async () => {
      const [reminder] = await remindersOf('application_id', applicationId);
      return reminder?.status === 'failed' && reminder;
    });
    expect(failed.status_reason).toMatch(/^The email could not be delivered: /);
    expect(environment.smtp.refusedCount()).toBeGreaterThanOrEqual(2);
    expect(mailTo(email)).toHaveLength(0);

    const retried = await api('POST', `/reminders/${failed.id}/retry`);
    expect(retried.body).toMatchObject({ status: 'scheduled', sendCount: 1, mailDelivery: { status: 'failed', attempts: 2 } });
    await waitFor('the retried reminder to arrive', () => mailTo(email).length === 1);
    const listed = await api('GET', `/reminders?applicationId=${applicationId}`);
    expect(listed.body.data).toMatchObject([
      { id: received!.id, kind: 'application_received', status: 'sent', sendCount: 1, mailDelivery: { status: 'sent', attempts: 1 } },
    ]);
    expect(listed.body.data[0].recipient).toEqual({ type: 'candidate', id: expect.any(String), name: 'Unlucky Applicant' });
  });

  it("cancels a candidate's scheduled reminders when the candidate is erased", async () => {
    const { candidate, application } = await candidateWithApplication('Erin');
    const interview = await scheduleInterview(application.id, new Date(Date.now() + 3 * DAY));
    await upcoming(interview.id, 4);
    expect((await api('DELETE', `/candidates/${candidate.id}`, undefined, admin)).status).toBe(204);
    const toCandidate = (await remindersOf('interview_id', interview.id, 'interview_upcoming')).filter((r) => r.recipient_candidate_id);
    expect(toCandidate.map((r) => [r.status, r.status_reason])).toEqual([
      ['cancelled', "The candidate's data was erased"],
      ['cancelled', "The candidate's data was erased"],
    ]);
  });

  it('lists reminders with their outcome and retries a skipped one', async () => {
    const listed = await api('GET', '/reminders?status=skipped&kind=interview_upcoming&limit=5');
    expect(listed.status).toBe(200);
    expect(listed.body.data.length).toBeGreaterThan(0);
    const skipped = listed.body.data[0];
    expect(skipped).toMatchObject({ status: 'skipped', kind: 'interview_upcoming', statusReason: expect.any(String) });
    const retried = await api('POST', `/reminders/${skipped.id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ id: skipped.id, status: 'scheduled', sendCount: 1 });
    expect((await api('POST', `/reminders/${skipped.id}/retry`)).body.code).toBe('REMINDER_NOT_RETRYABLE');
    const bad = await api('GET', '/reminders?status=nope');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field)).toEqual(['status']);
  });
});
