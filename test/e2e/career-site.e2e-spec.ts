import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalPdf, minimalPng, multipartForm } from './candidates-files.js';
import {
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

describe('public career site', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let admin: SignedIn;
  let job: Awaited<ReturnType<typeof openJob>>;
  let base: string;

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    app = await startTestApi(testConfig({ DATABASE_URL: database.url }));
    admin = await signUp(app, { organizationName: 'Career Site Org' });
    job = await openJob(app, admin, { title: 'Site Reliability Engineer', location: 'Lisbon' });
    base = `/api/v1/public/organizations/${admin.organization.slug}/jobs`;
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const form = (email: string, extra: Record<string, unknown> = {}) => ({
    firstName: 'Linus',
    lastName: 'Torvalds',
    email,
    consent: true,
    ...extra,
  });
  const rows = (sql: string, parameters: unknown[]) => app.get(DataSource).query(sql, parameters);

  it('lists open jobs only, without authentication', async () => {
    const draft = (await call(app, 'POST', '/api/v1/jobs', { token: admin.accessToken, body: { title: 'Secret draft' } })).body;
    const listed = await call(app, 'GET', base);
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((item: { id: string }) => item.id)).toEqual([job.id]);
    expect(listed.body.data[0]).toMatchObject({ title: 'Site Reliability Engineer', location: 'Lisbon', postedAt: expect.any(String) });
    expect((await call(app, 'GET', `${base}/${job.id}`)).status).toBe(200);
    expect((await call(app, 'GET', `${base}/${draft.id}`)).status).toBe(404);
    expect((await call(app, 'GET', '/api/v1/public/organizations/no-such-org/jobs')).body.code).toBe('ORGANIZATION_NOT_FOUND');
  });

  it('takes an application from a new person', async () => {
    const response = await call(app, 'POST', `${base}/${job.id}/applications`, {
      body: form('new.person@example.com', { phone: '+351 555 0100', resumeText: 'Kernel hacker' }),
    });
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ status: 'received' });
    const [candidate] = await rows(
      `SELECT id, source, consent_given_at, resume_text FROM candidates WHERE email_normalized = 'new.person@example.com'`,
      [],
    );
    expect(candidate).toMatchObject({ source: 'career_site', resume_text: 'Kernel hacker' });
    expect(candidate.consent_given_at).not.toBeNull();
    const [application] = await rows(`SELECT status, source, submitted_form FROM applications WHERE candidate_id = $1 AND job_id = $2`, [
      candidate.id,
      job.id,
    ]);
    expect(application).toMatchObject({ status: 'active', source: 'career_site', submitted_form: { phone: '+351 555 0100' } });
  });

  it('answers a known person exactly like a new one, keeps what recruiters recorded, and never applies twice', async () => {
    const known = await insertCandidate(app, admin.organization.id, {
      firstName: 'Margaret',
      lastName: 'Hamilton',
      email: 'margaret@example.com',
    });
    const first = await call(app, 'POST', `${base}/${job.id}/applications`, {
      body: form('  Margaret@Example.com ', { firstName: 'Maggie' }),
    });
    const second = await call(app, 'POST', `${base}/${job.id}/applications`, { body: form('margaret@example.com', { firstName: 'M.' }) });
    const stranger = await call(app, 'POST', `${base}/${job.id}/applications`, { body: form('someone.else@example.com') });
    for (const response of [first, second, stranger]) {
      expect(response.status).toBe(202);
      expect(response.body).toEqual(stranger.body);
    }
    const [candidate] = await rows(`SELECT first_name, last_name FROM candidates WHERE id = $1`, [known.id]);
    expect(candidate).toEqual({ first_name: 'Margaret', last_name: 'Hamilton' });
    const applications = await rows(`SELECT submitted_form FROM applications WHERE candidate_id = $1`, [known.id]);
    expect(applications).toHaveLength(1);
    expect(applications[0].submitted_form.firstName).toBe('Maggie');
  });

  it('creates one candidate and one application for simultaneous identical submissions', async () => {
    const responses = await Promise.all(
      Array.from({ length: 4 }, () => call(app, 'POST', `${base}/${job.id}/applications`, { body: form('double.click@example.com') })),
    );
    expect(responses.map((response) => response.status)).toEqual([202, 202, 202, 202]);
    const candidates = await rows(`SELECT id FROM candidates WHERE email_normalized = 'double.click@example.com'`, []);
    expect(candidates).toHaveLength(1);
    expect(await rows(`SELECT id FROM applications WHERE candidate_id = $1`, [candidates[0].id])).toHaveLength(1);
  });

  it('takes a multipart application with a résumé, searchable for a new person and kept with the form for a known one', async () => {
    const pdf = minimalPdf(['Experienced in eBPF and kernel tracing']);
    const send = (email: string) => {
      const body = multipartForm(
        [
          ['firstName', 'Brendan'],
          ['lastName', 'Gregg'],
          ['email', email],
          ['links', 'https://example.com/a'],
          ['links', 'https://example.com/b'],
          ['consent', 'true'],
        ],
        { field: 'resume', fileName: 'cv.pdf', contentType: 'application/pdf', bytes: pdf },
      );
      return app.inject({
        method: 'POST',
        url: `${base}/${job.id}/applications`,
        payload: body.payload,
        headers: { 'content-type': body.contentType },
      });
    };
    const response = await send('brendan@example.com');
    expect(response.statusCode).toBe(202);
    const [candidate] = await rows(
      `SELECT id, links, resume_text, resume_file FROM candidates WHERE email_normalized = 'brendan@example.com'`,
      [],
    );
    expect(candidate.links).toEqual(['https://example.com/a', 'https://example.com/b']);
    expect(candidate.resume_text).toContain('eBPF');
    expect(candidate.resume_file).toMatchObject({ contentType: 'application/pdf', size: pdf.length });
    const search = await call(app, 'GET', '/api/v1/candidates?q=kernel%20tracing', { token: admin.accessToken });
    expect(search.body.data.map((item: { id: string }) => item.id)).toContain(candidate.id);
    const download = await call(app, 'GET', `/api/v1/candidates/${candidate.id}/resume`, { token: admin.accessToken });
    expect(download.status).toBe(200);

    const known = await insertCandidate(app, admin.organization.id, { email: 'known.with.cv@example.com' });
    expect((await send('known.with.cv@example.com')).statusCode).toBe(202);
    const [record] = await rows(`SELECT resume_file FROM candidates WHERE id = $1`, [known.id]);
    expect(record.resume_file).toBeNull();
    const [application] = await rows(`SELECT submitted_form FROM applications WHERE candidate_id = $1`, [known.id]);
    expect(application.submitted_form.resumeFile).toMatchObject({ contentType: 'application/pdf' });

    const png = multipartForm(
      [
        ['firstName', 'A'],
        ['lastName', 'B'],
        ['email', 'png@example.com'],
        ['consent', 'true'],
      ],
      { field: 'resume', fileName: 'cv.pdf', contentType: 'application/pdf', bytes: minimalPng() },
    );
    const refused = await app.inject({
      method: 'POST',
      url: `${base}/${job.id}/applications`,
      payload: png.payload,
      headers: { 'content-type': png.contentType },
    });
    expect(refused.statusCode).toBe(415);
    expect(await rows(`SELECT id FROM candidates WHERE email_normalized = 'png@example.com'`, [])).toEqual([]);
  });

  it('requires consent and valid fields, naming them', async () => {
    const response = await call(app, 'POST', `${base}/${job.id}/applications`, {
      body: { firstName: 'A', lastName: 'B', email: 'not-an-email', consent: false },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['consent', 'email']);
  });
});
