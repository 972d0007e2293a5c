import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  applyTo,
  call,
  createWorker,
  insertCandidate,
  openJob,
  signUp,
  sleep,
  startTestApi,
  startWorkerHttp,
  useWorkerTestEnvironment,
  waitFor,
} from '../utils/index.js';

/**
 * On real time, with the product's default policy and timings: nothing faked, nothing sped up.
 * An interview scheduled 61 minutes ahead gets its 1-hour reminders (interviewer and candidate)
 * about a minute later, once each, and no 24-hour reminder.
 */
describe('reminders on real time', () => {
  const environment = useWorkerTestEnvironment();
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    app = await startTestApi(environment.config);
    worker = await createWorker(environment.config);
    return async () => {
      await worker?.close();
      await app?.close();
    };
  });

  it('sends the 1-hour reminder of an interview scheduled 61 minutes ahead about a minute later, once', { timeout: 150_000 }, async () => {
    const admin = await signUp(app);
    const [recruiter, interviewer] = await Promise.all([addMember(app, admin, 'recruiter'), addMember(app, admin, 'interviewer')]);
    const job = await openJob(app, recruiter);
    const candidate = await insertCandidate(app, admin.organization.id, { firstName: 'Annie' });
    const application = await applyTo(app, recruiter, job.id, candidate.id);
    const startsAt = new Date(Date.now() + 61 * 60_000);
    const scheduled = await call(app, 'POST', '/api/v1/interviews', {
      token: recruiter.accessToken,
      body: {
        applicationId: application.id,
        title: 'Onsite',
        startsAt: startsAt.toISOString(),
        durationMinutes: 60,
        timezone: 'Europe/Paris',
        interviewerIds: [interviewer.user.id],
      },
    });
    expect(scheduled.status).toBe(201);
    const dueAt = startsAt.getTime() - 60 * 60_000;
    const reminderMails = () => environment.smtp.messages.filter((mail) => mail.subject?.startsWith('Reminder:'));

    const arrivals: number[] = [];
    await waitFor(
      'both 1-hour reminders',
      () => {
        while (arrivals.length < reminderMails().length) arrivals.push(Date.now());
        return reminderMails().length >= 2;
      },
      { timeoutMs: 120_000, intervalMs: 100 },
    );
    // Not before its time, and promptly after it.
    expect(Math.min(...arrivals)).toBeGreaterThanOrEqual(dueAt - 1_000);
    expect(Math.max(...arrivals) - dueAt).toBeLessThan(30_000);
    expect(
      reminderMails()
        .map((mail) => mail.subject)
        .sort(),
    ).toEqual([
      expect.stringMatching(/^Reminder: Onsite with Annie .* in 1 hour$/),
      `Reminder: your interview with ${admin.organization.name} in 1 hour`,
    ]);

    // Once: a further reconciliation period sends nothing more, and the 24-hour reminder never went.
    await sleep(environment.config.REMINDER_RECONCILE_INTERVAL_MS + 2_000);
    expect(reminderMails()).toHaveLength(2);
    const rows: { kind: string; status: string; offset: number }[] = await app
      .get(DataSource)
      .query(
        `SELECT kind, status, (details->>'offsetMinutes')::int AS offset FROM reminders WHERE interview_id = $1 AND kind = 'interview_upcoming' ORDER BY 3, 2`,
        [scheduled.body.id],
      );
    expect(rows.map((row) => `${row.offset}:${row.status}`)).toEqual(['60:sent', '60:sent', '1440:skipped', '1440:skipped']);

    const http = await startWorkerHttp(worker, 0);
    try {
      const metrics = await (await fetch(`http://127.0.0.1:${(http.server.address() as AddressInfo).port}/metrics`)).text();
      expect(metrics).toMatch(/reminders_total\{kind="interview_upcoming",status="sent"\} 2/);
      expect(metrics).toMatch(/reminder_lateness_seconds_count\{kind="interview_upcoming"\} 2/);
      expect(metrics).toMatch(/reminders_scheduled_total\{kind="interview_upcoming"\} 2/);
      expect(metrics).toMatch(/queue_jobs\{queue="reminders",state="delayed"\} \d+/);
    } finally {
      await http.close();
    }
  });
});
