import { CandidatePrivacyService } from '@hp/candidates';
import { FakeClock } from '@hp/common';
import type { AppConfig } from '@hp/config';
import { PeriodicTaskRunner } from '@hp/queue';
import { CandidateRetention } from '@hp/retention';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  applyTo,
  call,
  cloneTemplateDatabase,
  deleteQueueKeys,
  createWorkerContext,
  insertCandidate,
  openJob,
  type SignedIn,
  signUp,
  startTestApi,
  testConfig,
  type TestDatabase,
  waitFor,
} from '../utils/index.js';

const DAY_MS = 86_400_000;
const MONTH_MS = 30 * DAY_MS;

/** The worker's own dependency graph (not consuming queues), with the clock replaced by `clock`. */
const startRetentionWorker = (config: AppConfig, clock: FakeClock) => createWorkerContext(config, { clock });

describe('candidate retention (GDPR): the daily erasure of inactive candidates', () => {
  let database: TestDatabase;
  let config: AppConfig;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let retention: CandidateRetention;
  let db: pg.Client;
  const clock = new FakeClock(new Date());
  let orgA: SignedIn; // retention 12 months
  let orgB: SignedIn; // no retention
  let orgC: SignedIn; // retention 24 months

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    config = testConfig({ DATABASE_URL: database.url, PUBLIC_RATE_LIMIT_PER_MINUTE: '100000', RATE_LIMIT_PER_MINUTE: '100000' });
    api = await startTestApi(config);
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
    [orgA, orgB, orgC] = [await signUp(api), await signUp(api), await signUp(api)];
  });

  afterAll(async () => {
    await worker?.close();
    await db?.end();
    await api?.close();
    if (config) await deleteQueueKeys(config.REDIS_URL, config.QUEUE_PREFIX);
    await database?.drop();
  });

  const setRetention = async (as: SignedIn, retentionMonths: number | null) => {
    const response = await call(api, 'PATCH', '/api/v1/organization/settings', { token: as.accessToken, body: { retentionMonths } });
    expect(response.status).toBe(200);
  };

  /** Moves every timestamp of the candidate and of everything on their applications to `at`. */
  async function age(candidateId: string, at: Date) {
    await db.query(`UPDATE candidates SET created_at = $2, updated_at = $2 WHERE id = $1`, [candidateId, at]);
    await db.query(
      `UPDATE applications SET created_at = $2, updated_at = $2, applied_at = $2, stage_entered_at = $2,
              closed_at = CASE WHEN closed_at IS NULL THEN NULL ELSE $2::timestamptz END
        WHERE candidate_id = $1`,
      [candidateId, at],
    );
    for (const table of ['application_events', 'application_notes']) {
      const occurred = table === 'application_events' ? ', occurred_at = $2' : '';
      await db.query(
        `UPDATE ${table} SET created_at = $2, updated_at = $2${occurred}
          WHERE application_id IN (SELECT id FROM applications WHERE candidate_id = $1)`,
        [candidateId, at],
      );
    }
  }

  const monthsAgo = (months: number) => new Date(clock.now().getTime() - months * MONTH_MS);

  async function rejectedCandidate(as: SignedIn, lastName: string) {
    const candidate = await insertCandidate(api, as.organization.id, { lastName });
    const job = await openJob(api, as);
    const application = await applyTo(api, as, job.id, candidate.id);
    const reasons = await call(api, 'GET', '/api/v1/rejection-reasons', { token: as.accessToken });
    const reason = (reasons.body.data ?? reasons.body).find((r: { type: string }) => r.type === 'we_rejected');
    const rejected = await call(api, 'POST', `/api/v1/applications/${application.id}/reject`, {
      token: as.accessToken,
      body: { reasonId: reason.id },
    });
    expect(rejected.status).toBe(200);
    return { ...candidate, applicationId: application.id };
  }

  async function candidateRow(id: string) {
    const { rows } = await db.query(`SELECT first_name, email, phone, erased_at FROM candidates WHERE id = $1`, [id]);
    return rows[0] as { first_name: string; email: string | null; phone: string | null; erased_at: Date | null };
  }

  async function retentionErasures(organizationId: string) {
    const { rows } = await db.query(
      `SELECT actor_user_id, data FROM audit_events WHERE type = 'candidate.erased' AND organization_id = $1 ORDER BY id`,
      [organizationId],
    );
    return rows as { actor_user_id: string | null; data: Record<string, unknown> }[];
  }

  it('schedules the daily task at boot, run once per period through periodic_task_runs', async () => {
    worker = await startRetentionWorker(config, clock);
    retention = worker.get(CandidateRetention);
    const run = vi.spyOn(retention, 'run');
    await worker.init();
    await waitFor('the first run at boot', () => run.mock.results.length === 1);
    expect(await run.mock.results[0].value).toEqual({ organizations: 0, erased: 0 });
    const { rows } = await db.query(
      `SELECT extract(epoch FROM next_run_at - last_run_at)::int AS seconds FROM periodic_task_runs WHERE name = 'candidates.retention'`,
    );
    expect(rows[0].seconds).toBe(24 * 3_600);
    run.mockRestore();
  });

  it('erases, once, exactly the candidates with nothing active and no activity for the retention period', async () => {
    await setRetention(orgA, 12);
    await setRetention(orgC, 24);
    const old = monthsAgo(13);

    const rejectedLongAgo = await rejectedCandidate(orgA, 'Rejected');
    await age(rejectedLongAgo.id, old);
    const neverApplied = await insertCandidate(api, orgA.organization.id, { lastName: 'Sourced' });
    await age(neverApplied.id, old);

    const stillActive = await insertCandidate(api, orgA.organization.id, { lastName: 'Active' });
    await applyTo(api, orgA, (await openJob(api, orgA)).id, stillActive.id);
    await age(stillActive.id, old);

    const recentNote = await rejectedCandidate(orgA, 'Noted');
    const note = await call(api, 'POST', `/api/v1/applications/${recentNote.applicationId}/notes`, {
      token: orgA.accessToken,
      body: { body: 'Worth calling back next year.' },
    });
    expect(note.status).toBe(201);
    await age(recentNote.id, old);
    await db.query(`UPDATE application_notes SET created_at = $2, updated_at = $2 WHERE application_id = $1`, [
      recentNote.applicationId,
      monthsAgo(1),
    ]);

    const recentEvent = await rejectedCandidate(orgA, 'Evented');
    await age(recentEvent.id, old);
    await db.query(
      `UPDATE application_events SET occurred_at = $2, created_at = $2, updated_at = $2
        WHERE id = (SELECT id FROM application_events WHERE application_id = $1 ORDER BY id DESC LIMIT 1)`,
      [recentEvent.applicationId, monthsAgo(2)],
    );

    const recentProfile = await insertCandidate(api, orgA.organization.id, { lastName: 'Edited' });
    await age(recentProfile.id, old);
    await db.query(`UPDATE candidates SET updated_at = $2 WHERE id = $1`, [recentProfile.id, monthsAgo(11)]);

    const noRetention = await rejectedCandidate(orgB, 'Kept');
    await age(noRetention.id, monthsAgo(60));
    const longerRetention = await rejectedCandidate(orgC, 'Longer');
    await age(longerRetention.id, old);

    expect(await retention.run()).toEqual({ organizations: 2, erased: 2 });

    for (const erased of [rejectedLongAgo, neverApplied]) {
      const row = await candidateRow(erased.id);
      expect(row).toMatchObject({ first_name: 'Erased', email: null, phone: null });
      expect(row.erased_at).toBeInstanceOf(Date);
    }
    for (const kept of [stillActive, recentNote, recentEvent, recentProfile, noRetention, longerRetention]) {
      const row = await candidateRow(kept.id);
      expect(row.erased_at).toBeNull();
      expect(row.email).toBe(kept.email);
    }
    const events = await retentionErasures(orgA.organization.id);
    expect(events.map((event) => event.data.candidateId).sort()).toEqual([rejectedLongAgo.id, neverApplied.id].sort());
    for (const event of events) {
      expect(event.actor_user_id).toBeNull();
      expect(event.data).toMatchObject({ reason: 'retention', retentionMonths: 12 });
      expect(event.data.sections).toEqual(expect.arrayContaining(['applications', 'interviews', 'challenges', 'scorecards', 'candidate']));
    }
    expect(await retentionErasures(orgB.organization.id)).toEqual([]);
    expect(await retentionErasures(orgC.organization.id)).toEqual([]);

    // The API no longer shows them.
    expect((await call(api, 'GET', `/api/v1/candidates/${neverApplied.id}`, { token: orgA.accessToken })).status).toBe(404);

    // Twice: nothing more.
    expect(await retention.run()).toEqual({ organizations: 2, erased: 0 });
    expect(await retentionErasures(orgA.organization.id)).toHaveLength(2);

    // Time passes (the injected clock): the candidate edited 11 months ago becomes due, and so does
    // the one of the 24-month organisation once 24 months have passed.
    clock.advance(2 * MONTH_MS);
    expect(await retention.eraseExpired(orgA.organization.id)).toEqual([recentProfile.id]);
    expect(await retention.eraseExpired(orgB.organization.id)).toEqual([]);
    clock.advance(12 * MONTH_MS);
    expect(await retention.eraseExpired(orgC.organization.id)).toEqual([longerRetention.id]);
    expect((await candidateRow(noRetention.id)).erased_at).toBeNull();
    expect((await candidateRow(stillActive.id)).erased_at).toBeNull();
  });

  it('erases in batches over more candidates than one page', async () => {
    const org = await signUp(api);
    await setRetention(org, 1);
    const ids: string[] = [];
    for (let i = 0; i < 205; i++) ids.push((await insertCandidate(api, org.organization.id, { lastName: `Batch ${i}` })).id);
    await db.query(`UPDATE candidates SET created_at = $2, updated_at = $2 WHERE organization_id = $1`, [
      org.organization.id,
      monthsAgo(3),
    ]);
    expect((await retention.eraseExpired(org.organization.id)).sort()).toEqual(ids.sort());
    const { rows } = await db.query(`SELECT count(*)::int AS left FROM candidates WHERE organization_id = $1 AND erased_at IS NULL`, [
      org.organization.id,
    ]);
    expect(rows[0].left).toBe(0);
  });

  it('re-checks the rule inside the erasure transaction, and never erases twice', async () => {
    const org = await signUp(api);
    await setRetention(org, 3);
    const candidate = await insertCandidate(api, org.organization.id, { lastName: 'Rechecked' });
    const privacy = worker.get(CandidatePrivacyService, { strict: false });
    const manager = worker.get(DataSource).manager;
    // Chosen as due, but activity arrived before its transaction: the check inside says no.
    expect(await privacy.eraseForRetention(manager, org.organization.id, candidate.id, 3, async () => false)).toBe(false);
    expect((await candidateRow(candidate.id)).erased_at).toBeNull();
    expect(await privacy.eraseForRetention(manager, org.organization.id, candidate.id, 3)).toBe(true);
    expect(await privacy.eraseForRetention(manager, org.organization.id, candidate.id, 3)).toBe(false);
    // Another organisation's id erases nothing.
    const other = await insertCandidate(api, orgB.organization.id, { lastName: 'Elsewhere' });
    expect(await privacy.eraseForRetention(manager, org.organization.id, other.id, 3)).toBe(false);
    expect((await candidateRow(other.id)).erased_at).toBeNull();
    expect(await retentionErasures(org.organization.id)).toHaveLength(1);
  });

  it('runs once per period however many workers race for it', async () => {
    const org = await signUp(api);
    await setRetention(org, 6);
    const due = await insertCandidate(api, org.organization.id, { lastName: 'Raced' });
    await age(due.id, monthsAgo(7));

    const second = await startRetentionWorker(config, clock);
    try {
      await second.init();
      const runners = [worker.get(PeriodicTaskRunner), second.get(PeriodicTaskRunner)];
      // Stop both timers, so only the two calls below race for the period.
      await Promise.all(runners.map((runner) => runner.beforeApplicationShutdown()));
      await db.query(`UPDATE periodic_task_runs SET next_run_at = now() - interval '1 second' WHERE name = 'candidates.retention'`);
      const tasks = [worker.get(CandidateRetention).task, second.get(CandidateRetention).task];
      const ran = await Promise.all(runners.map((runner, i) => runner.runIfDue(tasks[i])));
      expect(ran.filter(Boolean)).toHaveLength(1);
      expect((await candidateRow(due.id)).erased_at).toBeInstanceOf(Date);
      expect(await retentionErasures(org.organization.id)).toHaveLength(1);
      // The period is spent: neither runs again.
      expect(await Promise.all(runners.map((runner, i) => runner.runIfDue(tasks[i])))).toEqual([false, false]);
    } finally {
      await second.close();
    }
  });
});
