import { OutboxRelay } from '@hp/outbox';
import { QueueName, QueueRegistry } from '@hp/queue';
import { ReminderPlanner } from '@hp/reminders';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  applyTo,
  call,
  createWorker,
  createWorkerContext,
  deleteQueueKeys,
  insertCandidate,
  openJob,
  signUp,
  startTestApi,
  useWorkerTestEnvironment,
  waitFor,
} from '../utils/index.js';

/**
 * Redis here keeps nothing on disk: when it restarts, every delayed reminder job is gone. The
 * reminders are still rows in PostgreSQL, and the reconciler queues them again when a worker runs.
 */
describe('reminders after Redis lost its data', () => {
  const environment = useWorkerTestEnvironment({ REMINDER_RECONCILE_INTERVAL_MS: '2000', OUTBOX_REDELIVER_INTERVAL_MS: '2000' });
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startTestApi(environment.config);
    return () => app?.close();
  });

  it('are queued again by the reconciler and sent, once', async () => {
    const admin = await signUp(app);
    const [recruiter, interviewer] = await Promise.all([addMember(app, admin, 'recruiter'), addMember(app, admin, 'interviewer')]);
    const job = await openJob(app, recruiter);
    const candidate = await insertCandidate(app, admin.organization.id, { firstName: 'Frances' });
    const application = await applyTo(app, recruiter, job.id, candidate.id);
    // Its 1-hour reminders fall due in 20 seconds.
    const startsAt = new Date(Date.now() + 60 * 60_000 + 20_000);
    const interview = await call(app, 'POST', '/api/v1/interviews', {
      token: recruiter.accessToken,
      body: {
        applicationId: application.id,
        title: 'Pairing',
        startsAt: startsAt.toISOString(),
        durationMinutes: 60,
        timezone: 'Europe/Paris',
        interviewerIds: [interviewer.user.id],
      },
    });
    expect(interview.status).toBe(201);

    // A worker plans them into delayed queue jobs, then Redis loses everything before they fire.
    const planning = environment.track(await createWorkerContext(environment.config));
    await planning.get(ReminderPlanner).planInterview(interview.body.id);
    expect(await planning.get(QueueRegistry).queue(QueueName.Reminders).getDelayedCount()).toBe(2);
    await planning.close();
    await deleteQueueKeys(environment.config.REDIS_URL, environment.config.QUEUE_PREFIX);

    // A worker starts: within one reconciliation period its reconciler notices the loss and queues
    // the reminders again, before they are due (one merely overdue would wait for a grace period).
    const worker = environment.track(await createWorker(environment.config));
    await waitFor(
      'the reminders queued again',
      async () => (await worker.get(QueueRegistry).queue(QueueName.Reminders).getDelayedCount()) === 2,
    );
    expect(Date.now()).toBeLessThan(startsAt.getTime() - 60 * 60_000);
    const reminderMails = () => environment.smtp.messages.filter((mail) => mail.subject?.startsWith('Reminder: '));
    await waitFor('both reminders', () => reminderMails().length === 2, { timeoutMs: 30_000 });
    const statuses: { status: string }[] = await app
      .get(DataSource)
      .query(`SELECT status FROM reminders WHERE interview_id = $1 AND kind = 'interview_upcoming' AND details->>'offsetMinutes' = '60'`, [
        interview.body.id,
      ]);
    expect(statuses.map((row) => row.status)).toEqual(['sent', 'sent']);
    // A further reconciliation after the restart queues nothing new.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(reminderMails()).toHaveLength(2);
  });

  it('are planned from domain events relayed into Redis before it lost them', async () => {
    const admin = await signUp(app);
    const [recruiter, interviewer] = await Promise.all([addMember(app, admin, 'recruiter'), addMember(app, admin, 'interviewer')]);
    const job = await openJob(app, recruiter);
    const candidate = await insertCandidate(app, admin.organization.id, { firstName: 'Jean' });
    const application = await applyTo(app, recruiter, job.id, candidate.id);
    const interview = await call(app, 'POST', '/api/v1/interviews', {
      token: recruiter.accessToken,
      body: {
        applicationId: application.id,
        title: 'Design review',
        startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        durationMinutes: 60,
        timezone: 'Europe/Paris',
        interviewerIds: [interviewer.user.id],
      },
    });
    expect(interview.status).toBe(201);
    const reminders = () =>
      app.get(DataSource).query(`SELECT 1 FROM reminders WHERE interview_id = $1 AND kind = 'interview_upcoming'`, [interview.body.id]);

    // Relayed (the outbox rows say dispatched), never consumed, then Redis loses everything.
    const relaying = environment.track(await createWorkerContext(environment.config));
    while ((await relaying.get(OutboxRelay).relayBatch()) > 0);
    await relaying.close();
    await deleteQueueKeys(environment.config.REDIS_URL, environment.config.QUEUE_PREFIX);
    expect(await reminders()).toHaveLength(0);

    // The relayed-but-unprocessed events are relayed again, and the interview's reminders planned.
    environment.track(await createWorker(environment.config));
    await waitFor('the interview’s reminders planned', async () => (await reminders()).length === 4, { timeoutMs: 15_000 });
    await waitFor(
      'every relayed event processed',
      async () =>
        (
          await app
            .get(DataSource)
            .query(`SELECT 1 FROM outbox_events WHERE processed_at IS NULL AND queue_job_id IS NULL AND dispatched_at IS NOT NULL`)
        ).length === 0,
    );
  });
});
