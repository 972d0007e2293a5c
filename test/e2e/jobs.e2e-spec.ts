import type { NestFastifyApplication } from '@nestjs/platform-fastify';
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

describe('jobs and their pipelines', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let admin: SignedIn;
  let recruiter: SignedIn;
  let manager: SignedIn;
  let interviewer: SignedIn;

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    app = await startTestApi(testConfig({ DATABASE_URL: database.url }));
    admin = await signUp(app);
    [recruiter, manager, interviewer] = await Promise.all([
      addMember(app, admin, 'recruiter'),
      addMember(app, admin, 'hiring_manager'),
      addMember(app, admin, 'interviewer'),
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const post = (path: string, body: unknown, as = recruiter) => call(app, 'POST', `/api/v1${path}`, { token: as.accessToken, body });
  const patch = (path: string, body: unknown, as = recruiter) => call(app, 'PATCH', `/api/v1${path}`, { token: as.accessToken, body });
  const get = (path: string, as = recruiter) => call(app, 'GET', `/api/v1${path}`, { token: as.accessToken });

  it('creates a draft job with the default pipeline', async () => {
    const response = await post('/jobs', {
      title: 'Platform Engineer',
      department: 'Engineering',
      recruiterIds: [recruiter.user.id],
      hiringManagerId: manager.user.id,
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      title: 'Platform Engineer',
      status: 'draft',
      recruiterIds: [recruiter.user.id],
      hiringManagerId: manager.user.id,
      openedAt: null,
    });
    expect(
      response.body.stages.map((stage: { name: string; kind: string; position: number }) => [stage.position, stage.name, stage.kind]),
    ).toEqual([
      [0, 'Applied', 'applied'],
      [1, 'Screening', 'screening'],
      [2, 'Technical interview', 'technical_interview'],
      [3, 'Coding challenge', 'coding_challenge'],
      [4, 'Offer', 'offer'],
      [5, 'Hired', 'hired'],
    ]);
    expect(response.body.stages[2].scorecardAttributes.length).toBeGreaterThan(0);
  });

  it('refuses a pipeline without exactly one applied stage first and one hired stage last', async () => {
    const response = await post('/jobs', {
      title: 'Bad',
      stages: [
        { name: 'Hired', kind: 'hired' },
        { name: 'Applied', kind: 'applied' },
      ],
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'PIPELINE_SHAPE_INVALID', errors: [{ field: 'stages' }] });
  });

  it('refuses people who cannot be assigned, naming the field', async () => {
    const response = await post('/jobs', {
      title: 'X',
      hiringManagerId: '00000000-0000-7000-8000-000000000000',
      recruiterIds: [interviewer.user.id],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['hiringManagerId', 'recruiterIds.0']);
  });

  it('changes status only along the allowed transitions', async () => {
    const { body: job } = await post('/jobs', { title: 'Transitions' });
    const hold = await patch(`/jobs/${job.id}`, { status: 'on_hold' });
    expect(hold.status).toBe(409);
    expect(hold.body).toMatchObject({
      code: 'JOB_STATUS_TRANSITION_NOT_ALLOWED',
      currentStatus: 'draft',
      allowedTargets: ['open', 'closed'],
    });
    const opened = await patch(`/jobs/${job.id}`, { status: 'open' });
    expect(opened.body.status).toBe('open');
    expect(opened.body.openedAt).not.toBeNull();
    expect((await patch(`/jobs/${job.id}`, { status: 'on_hold' })).body.status).toBe('on_hold');
    expect((await patch(`/jobs/${job.id}`, { status: 'closed' })).body.closedAt).not.toBeNull();
    const reopened = await patch(`/jobs/${job.id}`, { status: 'open' });
    expect(reopened.body).toMatchObject({ status: 'open', closedAt: null, openedAt: opened.body.openedAt });
    expect((await patch(`/jobs/${job.id}`, { status: 'draft' })).status).toBe(409);
  });

  it('lists jobs newest first with filters and stable cursor pages', async () => {
    const department = `Dept ${Date.now()}`;
    const ids: string[] = [];
    for (const title of ['Data Engineer', 'Data Scientist', 'Designer']) ids.push((await post('/jobs', { title, department })).body.id);
    const all = await get(`/jobs?department=${encodeURIComponent(department)}`);
    expect(all.body.data.map((job: { id: string }) => job.id)).toEqual([...ids].reverse());
    expect((await get(`/jobs?department=${encodeURIComponent(department)}&q=data`)).body.data).toHaveLength(2);
    const first = await get(`/jobs?department=${encodeURIComponent(department)}&limit=2`);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    await post('/jobs', { title: 'Inserted meanwhile', department });
    const second = await get(`/jobs?department=${encodeURIComponent(department)}&limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.data, ...second.body.data].map((job: { id: string }) => job.id)).toEqual([...ids].reverse());
    expect(second.body.nextCursor).toBeNull();
  });

  it('shows a hiring manager only the jobs they manage, and no jobs to an interviewer', async () => {
    const mine = (await post('/jobs', { title: 'Managed', hiringManagerId: manager.user.id })).body;
    const other = (await post('/jobs', { title: 'Not managed' })).body;
    const listed = (await get('/jobs?limit=200', manager)).body.data.map((job: { id: string }) => job.id);
    expect(listed).toContain(mine.id);
    expect(listed).not.toContain(other.id);
    expect((await get(`/jobs/${other.id}`, manager)).status).toBe(404);
    expect((await get(`/jobs/${mine.id}`, manager)).status).toBe(200);
    expect((await patch(`/jobs/${mine.id}`, { title: 'Nope' }, manager)).status).toBe(403);
    expect((await get('/jobs', interviewer)).status).toBe(403);
  });

  describe('stages', () => {
    it('adds a stage before "hired" by default, and where asked', async () => {
      const { body: job } = await post('/jobs', { title: 'Stages' });
      const added = await post(`/jobs/${job.id}/stages`, { name: 'Onsite', kind: 'onsite', slaDays: 3 });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ position: 5, kind: 'onsite', slaDays: 3 });
      const early = await post(`/jobs/${job.id}/stages`, { name: 'Phone call', kind: 'custom', position: 1 });
      expect(early.body.position).toBe(1);
      const stages = (await get(`/jobs/${job.id}/stages`)).body;
      expect(stages.map((stage: { name: string }) => stage.name)).toEqual([
        'Applied',
        'Phone call',
        'Screening',
        'Technical interview',
        'Coding challenge',
        'Offer',
        'Onsite',
        'Hired',
      ]);
      expect((await post(`/jobs/${job.id}/stages`, { name: 'Second hired', kind: 'hired' })).body).toMatchObject({
        code: 'PIPELINE_SHAPE_INVALID',
        errors: [{ field: 'kind' }],
      });
      expect((await post(`/jobs/${job.id}/stages`, { name: 'X', kind: 'custom', position: 0 })).status).toBe(400);
    });

    it('renames, reorders and validates the order', async () => {
      const { body: job } = await post('/jobs', { title: 'Reorder' });
      const ids = job.stages.map((stage: { id: string }) => stage.id);
      const renamed = await patch(`/jobs/${job.id}/stages/${ids[1]}`, { name: 'Phone screen', scorecardAttributes: ['Clarity'] });
      expect(renamed.body).toMatchObject({ name: 'Phone screen', scorecardAttributes: ['Clarity'] });
      expect((await patch(`/jobs/${job.id}/stages/${ids[0]}`, { kind: 'custom' })).status).toBe(400);
      const swapped = [ids[0], ids[2], ids[1], ids[3], ids[4], ids[5]];
      const reordered = await call(app, 'PUT', `/api/v1/jobs/${job.id}/stages/order`, {
        token: recruiter.accessToken,
        body: { stageIds: swapped },
      });
      expect(reordered.status).toBe(200);
      expect(reordered.body.map((stage: { id: string }) => stage.id)).toEqual(swapped);
      const bad = await call(app, 'PUT', `/api/v1/jobs/${job.id}/stages/order`, {
        token: recruiter.accessToken,
        body: { stageIds: [ids[1], ids[0], ...ids.slice(2)] },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('stageIds');
      const missing = await call(app, 'PUT', `/api/v1/jobs/${job.id}/stages/order`, {
        token: recruiter.accessToken,
        body: { stageIds: ids.slice(0, 5) },
      });
      expect(missing.status).toBe(400);
    });

    it('removes a stage only when no active application sits in it, and never applied or hired', async () => {
      const job = await openJob(app, recruiter);
      const screening = job.stages[1]!;
      const candidate = await insertCandidate(app, admin.organization.id);
      const application = await applyTo(app, recruiter, job.id, candidate.id);
      await post(`/applications/${application.id}/move`, { toStageId: screening.id });
      const blocked = await call(app, 'DELETE', `/api/v1/jobs/${job.id}/stages/${screening.id}`, { token: recruiter.accessToken });
      expect(blocked.status).toBe(409);
      expect(blocked.body).toMatchObject({ code: 'STAGE_HAS_ACTIVE_APPLICATIONS', activeApplications: 1 });
      expect(
        (await call(app, 'DELETE', `/api/v1/jobs/${job.id}/stages/${job.stages[0]!.id}`, { token: recruiter.accessToken })).body.code,
      ).toBe('STAGE_NOT_REMOVABLE');
      await post(`/applications/${application.id}/move`, { toStageId: job.stages[2]!.id });
      expect((await call(app, 'DELETE', `/api/v1/jobs/${job.id}/stages/${screening.id}`, { token: recruiter.accessToken })).status).toBe(
        204,
      );
      const stages = (await get(`/jobs/${job.id}/stages`)).body;
      expect(stages.map((stage: { position: number }) => stage.position)).toEqual([0, 1, 2, 3, 4]);
      expect(stages.map((stage: { id: string }) => stage.id)).not.toContain(screening.id);
      // The history still names the removed stage.
      const history = (await get(`/applications/${application.id}/history`)).body;
      expect(history.map((event: { toStage: { name: string } | null }) => event.toStage?.name)).toContain('Screening');
    });
  });
});
