import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  applyTo,
  call,
  cloneTemplateDatabase,
  openJob,
  type SignedIn,
  signUp,
  startTestApi,
  testConfig,
  type TestDatabase,
} from '../utils/index.js';

/** Candidates as the pipeline sees them: with their applications, merged, exported, erased. */
describe('candidate records across the pipeline', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let admin: SignedIn;
  let recruiter: SignedIn;
  let manager: SignedIn;
  let sequence = 0;

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    app = await startTestApi(testConfig({ DATABASE_URL: database.url }));
    admin = await signUp(app);
    [recruiter, manager] = await Promise.all([addMember(app, admin, 'recruiter'), addMember(app, admin, 'hiring_manager')]);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const post = (path: string, body: unknown, as = recruiter) => call(app, 'POST', `/api/v1${path}`, { token: as.accessToken, body });
  const get = (path: string, as = recruiter) => call(app, 'GET', `/api/v1${path}`, { token: as.accessToken });
  const createCandidate = async (fields: Record<string, unknown> = {}) => {
    const response = await post('/candidates', {
      firstName: 'Katherine',
      lastName: `Johnson ${++sequence}`,
      email: `kj-${sequence}@example.com`,
      ...fields,
    });
    expect(response.status).toBe(201);
    return response.body as { id: string; email: string };
  };

  it('shows a candidate with their applications, and a hiring manager only those of their jobs', async () => {
    const candidate = await createCandidate();
    const managed = await openJob(app, recruiter, { hiringManagerId: manager.user.id });
    const other = await openJob(app, recruiter);
    const first = await applyTo(app, recruiter, managed.id, candidate.id);
    const second = await applyTo(app, recruiter, other.id, candidate.id);
    const detail = (await get(`/candidates/${candidate.id}`)).body;
    expect(detail.applications.map((application: { id: string }) => application.id)).toEqual([second.id, first.id]);
    expect(detail.applications[1]).toMatchObject({ status: 'active', job: { id: managed.id }, stage: { kind: 'applied' } });
    const managerView = (await get(`/candidates/${candidate.id}`, manager)).body;
    expect(managerView.applications.map((application: { id: string }) => application.id)).toEqual([first.id]);
  });

  it('finds people whatever the accents in their names or in the query', async () => {
    const accented = await createCandidate({ firstName: 'María José', lastName: 'García Núñez', email: `mj-${Date.now()}@example.com` });
    for (const q of ['maria jose', 'garcia nunez', 'María', 'NUNEZ']) {
      const found = (await get(`/candidates?q=${encodeURIComponent(q)}`)).body.data.map((item: { id: string }) => item.id);
      expect(found, q).toContain(accented.id);
    }
  });

  it('merges a duplicate: applications, notes, tags and links move, the duplicate is gone', async () => {
    const primary = await createCandidate({ tags: ['go'], links: ['https://github.com/kj'] });
    const duplicate = await createCandidate({ tags: ['rust'], links: ['https://kj.example'], phone: '+1 555 0101' });
    const jobA = await openJob(app, recruiter);
    const jobB = await openJob(app, recruiter);
    await applyTo(app, recruiter, jobA.id, primary.id);
    const moved = await applyTo(app, recruiter, jobB.id, duplicate.id);
    await post(`/applications/${moved.id}/notes`, { body: 'Follows up quickly.' });

    const merged = await post('/candidates/merge', { primaryId: primary.id, duplicateId: duplicate.id });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ id: primary.id, phone: '+1 555 0101' });
    expect(merged.body.tags.sort()).toEqual(['go', 'rust']);
    expect(merged.body.links.sort()).toEqual(['https://github.com/kj', 'https://kj.example']);
    const application = (await get(`/applications/${moved.id}`)).body;
    expect(application.candidate.id).toBe(primary.id);
    expect(application.notes.map((note: { body: string }) => note.body)).toEqual(['Follows up quickly.']);
    expect((await get(`/candidates/${duplicate.id}`)).status).toBe(404);
    expect((await get(`/candidates/${primary.id}`)).body.applications).toHaveLength(2);
    // The duplicate's email is free again.
    expect((await post('/candidates', { firstName: 'K', lastName: 'J', email: duplicate.email })).status).toBe(201);
  });

  it('refuses to merge candidates who applied to the same job, or a candidate into itself', async () => {
    const a = await createCandidate();
    const b = await createCandidate();
    const job = await openJob(app, recruiter);
    await applyTo(app, recruiter, job.id, a.id);
    await applyTo(app, recruiter, job.id, b.id);
    const response = await post('/candidates/merge', { primaryId: a.id, duplicateId: b.id });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'CANDIDATES_SHARE_A_JOB', jobIds: [job.id] });
    expect((await get(`/candidates/${b.id}`)).status).toBe(200);
    const self = await post('/candidates/merge', { primaryId: a.id, duplicateId: a.id });
    expect(self.status).toBe(400);
    expect(self.body.errors[0].field).toBe('duplicateId');
  });

  it('exports the applications with their history and notes, and erasure removes what people wrote', async () => {
    const candidate = await createCandidate();
    const job = await openJob(app, recruiter);
    const application = await applyTo(app, recruiter, job.id, candidate.id);
    await post(`/applications/${application.id}/move`, { toStageId: job.stages[1]!.id });
    await post(`/applications/${application.id}/notes`, { body: 'Mentioned a health condition.' });
    const reasons = (await get('/rejection-reasons')).body as { id: string; type: string }[];
    await post(`/applications/${application.id}/reject`, {
      reasonId: reasons.find((reason) => reason.type === 'we_rejected')!.id,
      note: 'Private remark',
    });

    const exported = await get(`/candidates/${candidate.id}/export`, admin);
    expect(exported.status).toBe(200);
    const [entry] = exported.body.sections.applications;
    expect(entry).toMatchObject({ id: application.id, status: 'rejected', job: { id: job.id } });
    expect(entry.history.map((event: { type: string }) => event.type)).toEqual(['applied', 'moved', 'rejected']);
    expect(entry.notes[0].body).toBe('Mentioned a health condition.');

    expect((await call(app, 'DELETE', `/api/v1/candidates/${candidate.id}`, { token: admin.accessToken })).status).toBe(204);
    const dataSource = app.get(DataSource);
    const [note] = await dataSource.query(`SELECT body FROM application_notes WHERE application_id = $1`, [application.id]);
    expect(note.body).toBe('[erased]');
    const events = await dataSource.query(`SELECT type, note FROM application_events WHERE application_id = $1 ORDER BY occurred_at, id`, [
      application.id,
    ]);
    expect(events).toEqual([
      { type: 'applied', note: null },
      { type: 'moved', note: null },
      { type: 'rejected', note: null },
    ]);
    const [row] = await dataSource.query(`SELECT status, stage_id FROM applications WHERE id = $1`, [application.id]);
    expect(row).toEqual({ status: 'rejected', stage_id: job.stages[1]!.id });
  });
});
