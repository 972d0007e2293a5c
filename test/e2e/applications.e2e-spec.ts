import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  applyTo,
  call,
  cloneTemplateDatabase,
  insertCandidate,
  openJob,
  type SignedIn,
  signUp,
  startTestApi,
  testConfig,
  type TestDatabase,
} from '../utils/index.js';

describe('applications', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let admin: SignedIn;
  let recruiter: SignedIn;
  let manager: SignedIn;
  let reasons: { id: string; type: string; name: string }[];

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    app = await startTestApi(testConfig({ DATABASE_URL: database.url }));
    admin = await signUp(app);
    [recruiter, manager] = await Promise.all([addMember(app, admin, 'recruiter'), addMember(app, admin, 'hiring_manager')]);
    reasons = (await call(app, 'GET', '/api/v1/rejection-reasons', { token: recruiter.accessToken })).body;
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const post = (path: string, body: unknown, as = recruiter) => call(app, 'POST', `/api/v1${path}`, { token: as.accessToken, body });
  const get = (path: string, as = recruiter) => call(app, 'GET', `/api/v1${path}`, { token: as.accessToken });
  const reason = (type: string) => reasons.find((candidate) => candidate.type === type)!;
  const outboxEvents = async (applicationId: string) =>
    (
      await app
        .get(DataSource)
        .query(`SELECT payload FROM outbox_events WHERE job_name = 'application.changed' AND payload->>'applicationId' = $1 ORDER BY id`, [
          applicationId,
        ])
    ).map((row: { payload: { type: string } }) => row.payload.type);

  async function fresh() {
    const job = await openJob(app, recruiter, { hiringManagerId: manager.user.id });
    const candidate = await insertCandidate(app, admin.organization.id);
    const application = await applyTo(app, recruiter, job.id, candidate.id);
    return { job, candidate, application };
  }

  it('seeds rejection reasons of both kinds for a new organisation', () => {
    expect(reasons.filter((item) => item.type === 'we_rejected').length).toBeGreaterThan(3);
    expect(reasons.filter((item) => item.type === 'they_withdrew').length).toBeGreaterThan(3);
  });

  it('adds a candidate to an open job in its applied stage, once', async () => {
    const { job, candidate, application } = await fresh();
    expect(application).toMatchObject({
      version: 1,
      status: 'active',
      stage: { id: job.stages[0]!.id, kind: 'applied' },
      candidate: { id: candidate.id },
    });
    const again = await post('/applications', { jobId: job.id, candidateId: candidate.id });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'APPLICATION_EXISTS', applicationId: application.id });
    const draft = (await post('/jobs', { title: 'Still a draft' })).body;
    const closed = await post('/applications', { jobId: draft.id, candidateId: candidate.id });
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('JOB_NOT_OPEN');
    expect(await outboxEvents(application.id)).toEqual(['applied']);
  });

  it('moves through the stages, hires in "hired", and records every step', async () => {
    const { job, application } = await fresh();
    const [, screening, technical, , , hired] = job.stages;
    const moved = await post(`/applications/${application.id}/move`, { toStageId: screening!.id });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ version: 2, stage: { id: screening!.id } });
    // Skipping stages is allowed.
    await post(`/applications/${application.id}/move`, { toStageId: technical!.id });
    const hire = await post(`/applications/${application.id}/move`, { toStageId: hired!.id });
    expect(hire.body).toMatchObject({ status: 'hired', version: 4 });
    expect(hire.body.hiredAt).not.toBeNull();
    const afterHire = await post(`/applications/${application.id}/move`, { toStageId: screening!.id });
    expect(afterHire.status).toBe(409);
    expect(afterHire.body.code).toBe('APPLICATION_NOT_ACTIVE');

    const history = (await get(`/applications/${application.id}/history`)).body;
    expect(
      history.map((event: { type: string; fromStage: { name: string } | null; toStage: { name: string } | null }) => [
        event.type,
        event.fromStage?.name ?? null,
        event.toStage?.name ?? null,
      ]),
    ).toEqual([
      ['applied', null, 'Applied'],
      ['moved', 'Applied', 'Screening'],
      ['moved', 'Screening', 'Technical interview'],
      ['hired', 'Technical interview', 'Hired'],
    ]);
    expect(history[1].actor).toEqual({ id: recruiter.user.id, name: recruiter.user.name });
    expect(await outboxEvents(application.id)).toEqual(['applied', 'moved', 'moved', 'hired']);
  });

  it('refuses a stage of another job, naming the field', async () => {
    const { application } = await fresh();
    const other = await openJob(app, recruiter);
    const response = await post(`/applications/${application.id}/move`, { toStageId: other.stages[1]!.id });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'STAGE_NOT_IN_JOB', errors: [{ field: 'toStageId' }] });
  });

  it('lets exactly one of several concurrent moves with the same expected version win', async () => {
    const { job, application } = await fresh();
    const targets = job.stages.slice(1, 5);
    const responses = await Promise.all(
      targets.map((stage) => post(`/applications/${application.id}/move`, { toStageId: stage.id, expectedVersion: 1 })),
    );
    const winners = responses.filter((response) => response.status === 200);
    const losers = responses.filter((response) => response.status === 409);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(targets.length - 1);
    for (const loser of losers) expect(loser.body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    const current = (await get(`/applications/${application.id}`)).body;
    expect(current).toMatchObject({ version: 2, stage: { id: winners[0]!.body.stage.id } });
    expect(current.history).toHaveLength(2);
  });

  it('rejects with a reason of the right kind, reopens, and records withdrawals', async () => {
    const { application } = await fresh();
    const wrongKind = await post(`/applications/${application.id}/reject`, { reasonId: reason('they_withdrew').id });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body).toMatchObject({ code: 'REJECTION_REASON_INVALID', errors: [{ field: 'reasonId' }] });
    expect(await outboxEvents(application.id)).toEqual(['applied']);

    const rejected = await post(`/applications/${application.id}/reject`, {
      reasonId: reason('we_rejected').id,
      note: 'Not now',
      notifyCandidate: true,
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: { id: reason('we_rejected').id } });
    expect((await post(`/applications/${application.id}/reject`, { reasonId: reason('we_rejected').id })).body.code).toBe(
      'APPLICATION_NOT_ACTIVE',
    );
    const reopened = await post(`/applications/${application.id}/unreject`, {});
    expect(reopened.body).toMatchObject({ status: 'active', rejectionReason: null, closedAt: null });
    expect((await post(`/applications/${application.id}/unreject`, {})).body.code).toBe('APPLICATION_NOT_CLOSED');
    const withdrawn = await post(`/applications/${application.id}/withdraw`, { reasonId: reason('they_withdrew').id });
    expect(withdrawn.body.status).toBe('withdrawn');

    const history = (await get(`/applications/${application.id}/history`)).body;
    expect(history.map((event: { type: string }) => event.type)).toEqual(['applied', 'rejected', 'reopened', 'withdrawn']);
    expect(history[1]).toMatchObject({ note: 'Not now', rejectionReason: { id: reason('we_rejected').id } });
    const events = await app
      .get(DataSource)
      .query(`SELECT payload FROM outbox_events WHERE payload->>'applicationId' = $1 AND payload->>'type' = 'rejected'`, [application.id]);
    expect(events[0].payload.notifyCandidate).toBe(true);
  });

  it('keeps notes and shows them with the history on the application', async () => {
    const { application } = await fresh();
    expect((await post(`/applications/${application.id}/notes`, { body: '' })).body.errors[0].field).toBe('body');
    const note = await post(`/applications/${application.id}/notes`, { body: 'Great systems design answers.' }, manager);
    expect(note.status).toBe(201);
    expect(note.body.author).toEqual({ id: manager.user.id, name: manager.user.name });
    const detail = (await get(`/applications/${application.id}`)).body;
    expect(detail.notes.map((item: { body: string }) => item.body)).toEqual(['Great systems design answers.']);
    expect(detail.history).toHaveLength(1);
  });

  it('hides applications of jobs a hiring manager does not manage', async () => {
    const other = await openJob(app, recruiter);
    const candidate = await insertCandidate(app, admin.organization.id);
    const application = await applyTo(app, recruiter, other.id, candidate.id);
    expect((await get(`/applications/${application.id}`, manager)).status).toBe(404);
    expect((await post(`/applications/${application.id}/move`, { toStageId: other.stages[1]!.id }, manager)).status).toBe(404);
    const listed = (await get(`/applications?jobId=${other.id}`, manager)).body.data;
    expect(listed).toEqual([]);
  });

  it('lists applications by job and stage in stable pages', async () => {
    const job = await openJob(app, recruiter);
    const ids: string[] = [];
    for (let index = 0; index < 5; index++)
      ids.push((await applyTo(app, recruiter, job.id, (await insertCandidate(app, admin.organization.id)).id)).id);
    const first = await get(`/applications?jobId=${job.id}&stageId=${job.stages[0]!.id}&limit=2`);
    await applyTo(app, recruiter, job.id, (await insertCandidate(app, admin.organization.id)).id);
    const second = await get(`/applications?jobId=${job.id}&stageId=${job.stages[0]!.id}&limit=2&cursor=${first.body.nextCursor}`);
    const third = await get(`/applications?jobId=${job.id}&stageId=${job.stages[0]!.id}&limit=2&cursor=${second.body.nextCursor}`);
    const seen = [...first.body.data, ...second.body.data, ...third.body.data].map((item: { id: string }) => item.id);
    expect(seen.slice(0, 5)).toEqual(ids);
    expect(new Set(seen).size).toBe(seen.length);
    expect((await get(`/applications?cursor=nonsense`)).body.errors[0].field).toBe('cursor');
  });

  it('shows the board with counts per stage and pages of cards per stage', async () => {
    const job = await openJob(app, recruiter);
    const applications = [];
    for (let index = 0; index < 3; index++) {
      applications.push(
        await applyTo(
          app,
          recruiter,
          job.id,
          (await insertCandidate(app, admin.organization.id, { firstName: `Card${index}`, tags: ['go'] })).id,
        ),
      );
    }
    await post(`/applications/${applications[0]!.id}/move`, { toStageId: job.stages[1]!.id });
    const board = await get(`/jobs/${job.id}/pipeline?limit=1`);
    expect(board.status).toBe(200);
    const [applied, screening] = board.body.stages;
    expect(applied).toMatchObject({ kind: 'applied', activeCount: 2 });
    expect(applied.cards).toHaveLength(1);
    expect(applied.cards[0]).toMatchObject({
      applicationId: applications[1]!.id,
      daysInStage: 0,
      tags: ['go'],
      candidate: { name: expect.stringContaining('Card1') },
    });
    expect(screening).toMatchObject({ activeCount: 1, nextCursor: null });
    const next = await get(`/jobs/${job.id}/pipeline?limit=1&stageId=${applied.id}&cursor=${applied.nextCursor}`);
    expect(next.body.stages).toHaveLength(1);
    expect(next.body.stages[0].cards[0].applicationId).toBe(applications[2]!.id);
    expect(next.body.stages[0].nextCursor).toBeNull();
    expect((await get(`/jobs/${job.id}/pipeline?cursor=${applied.nextCursor}`)).body.errors[0].field).toBe('stageId');
  });

  it('adds rejection reasons, refusing duplicates', async () => {
    const created = await post('/rejection-reasons', { type: 'we_rejected', name: 'Visa sponsorship' });
    expect(created.status).toBe(201);
    const duplicate = await post('/rejection-reasons', { type: 'we_rejected', name: 'visa sponsorship' });
    expect(duplicate.status).toBe(409);
    expect((await post('/rejection-reasons', { type: 'we_rejected', name: 'X' }, manager)).status).toBe(403);
  });
});
