import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  call,
  type CallResult,
  cloneTemplateDatabase,
  type SignedIn,
  signUp,
  startTestApi,
  testConfig,
  type TestDatabase,
} from '../utils/index.js';
import { minimalDocx, minimalPdf, minimalPng, multipartBody } from './candidates-files.js';

const MiB = 1024 * 1024;
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const fieldsOf = (response: CallResult) => (response.body.errors ?? []).map((error: { field: string }) => error.field);

describe('résumé files: upload, type by content, size limit, download, replacement', () => {
  let database: TestDatabase;
  let storageDir: string;
  let app: NestFastifyApplication;
  let db: pg.Client;
  let admin: SignedIn;

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    storageDir = await mkdtemp(join(tmpdir(), 'hp-candidates-resume-'));
    app = await startTestApi(
      testConfig({
        DATABASE_URL: database.url,
        STORAGE_DIR: storageDir,
        PUBLIC_RATE_LIMIT_PER_MINUTE: '100000',
        RATE_LIMIT_PER_MINUTE: '100000',
      }),
    );
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
    admin = await signUp(app);
  });

  afterAll(async () => {
    await db?.end();
    await app?.close();
    await database?.drop();
    if (storageDir) await rm(storageDir, { recursive: true, force: true });
  });

  let sequence = 0;
  const newCandidate = async (actor: SignedIn = admin): Promise<string> => {
    const response = await call(app, 'POST', '/api/v1/candidates', {
      token: actor.accessToken,
      body: { firstName: 'Resume', lastName: `Holder${++sequence}`, email: `resume.holder${sequence}@example.com` },
    });
    expect(response.status).toBe(201);
    return response.body.id;
  };
  const upload = (id: string, file: { field?: string; fileName: string; contentType: string; bytes: Buffer }, actor: SignedIn = admin) => {
    const { payload, contentType } = multipartBody(file);
    return call(app, 'POST', `/api/v1/candidates/${id}/resume`, {
      token: actor.accessToken,
      body: payload,
      headers: { 'content-type': contentType },
    });
  };
  const download = (id: string, actor: SignedIn = admin) =>
    app.inject({ method: 'GET', url: `/api/v1/candidates/${id}/resume`, headers: { authorization: `Bearer ${actor.accessToken}` } });
  /** The objects stored for a candidate, as files under STORAGE_DIR. */
  const storedFiles = async (organizationId: string, candidateId: string) => {
    try {
      return await readdir(join(storageDir, organizationId, 'candidates', candidateId));
    } catch {
      return [];
    }
  };

  it('stores a PDF, shows it on the candidate and serves back the same bytes with its type and name', async () => {
    const id = await newCandidate();
    const pdf = minimalPdf(['Resume Holder', 'Lighthouse keeper']);
    const uploaded = await upload(id, { fileName: 'Résumé 2026.pdf', contentType: 'application/pdf', bytes: pdf });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.resume).toEqual({
      fileName: 'Résumé 2026.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
      uploadedAt: expect.any(String),
    });
    expect((await call(app, 'GET', `/api/v1/candidates/${id}`, { token: admin.accessToken })).body.resume).toEqual(uploaded.body.resume);

    const response = await download(id);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Resume 2026.pdf"; filename*=UTF-8''${encodeURIComponent('Résumé 2026.pdf')}`,
    );
    expect(Buffer.compare(response.rawPayload, pdf)).toBe(0);

    const files = await storedFiles(admin.organization.id, id);
    expect(files).toHaveLength(1);
    expect(Buffer.compare(await readFile(join(storageDir, admin.organization.id, 'candidates', id, files[0]!)), pdf)).toBe(0);
    const { rows } = await db.query(`SELECT resume_text FROM candidates WHERE id = $1`, [id]);
    expect(rows[0].resume_text).toContain('Lighthouse keeper');
  });

  it('goes by the content, not the name: a DOCX called .pdf is stored and served as a DOCX', async () => {
    const id = await newCandidate();
    const docx = minimalDocx(['Word document in disguise']);
    const uploaded = await upload(id, { fileName: 'cv.pdf', contentType: 'application/pdf', bytes: docx });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.resume).toMatchObject({ fileName: 'cv.docx', contentType: DOCX_TYPE, size: docx.length });
    const response = await download(id);
    expect(response.headers['content-type']).toBe(DOCX_TYPE);
    expect(Buffer.compare(response.rawPayload, docx)).toBe(0);
  });

  it('accepts UTF-8 plain text declared as text', async () => {
    const id = await newCandidate();
    const text = Buffer.from('Zoë Ångström\nGlass artist, Malmö\n', 'utf8');
    const uploaded = await upload(id, { fileName: 'cv.txt', contentType: 'text/plain', bytes: text });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.resume).toMatchObject({ fileName: 'cv.txt', contentType: 'text/plain; charset=utf-8' });
    expect(Buffer.compare((await download(id)).rawPayload, text)).toBe(0);
  });

  it('refuses a PNG renamed .pdf with 415 UNSUPPORTED_RESUME_TYPE naming the file, and stores nothing', async () => {
    const id = await newCandidate();
    const response = await upload(id, { fileName: 'cv.pdf', contentType: 'application/pdf', bytes: minimalPng() });
    expect(response.status).toBe(415);
    expect(response.body.code).toBe('UNSUPPORTED_RESUME_TYPE');
    expect(fieldsOf(response)).toEqual(['file']);
    expect(await storedFiles(admin.organization.id, id)).toEqual([]);
    expect((await call(app, 'GET', `/api/v1/candidates/${id}`, { token: admin.accessToken })).body.resume).toBeNull();
  });

  it('refuses binary bytes that only claim to be text (415)', async () => {
    const id = await newCandidate();
    const response = await upload(id, {
      fileName: 'cv.txt',
      contentType: 'text/plain',
      bytes: Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe]),
    });
    expect(response.status).toBe(415);
    expect(fieldsOf(response)).toEqual(['file']);
  });

  it('refuses a file over 10 MiB with 413 naming the file, and keeps the previous résumé', async () => {
    const id = await newCandidate();
    const pdf = minimalPdf(['Kept']);
    expect((await upload(id, { fileName: 'kept.pdf', contentType: 'application/pdf', bytes: pdf })).status).toBe(201);
    const tooBig = Buffer.concat([minimalPdf(['Too big']), Buffer.alloc(10 * MiB, 0x20)]);
    const response = await upload(id, { fileName: 'huge.pdf', contentType: 'application/pdf', bytes: tooBig });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('RESUME_TOO_LARGE');
    expect(fieldsOf(response)).toEqual(['file']);
    expect((await storedFiles(admin.organization.id, id)).length).toBe(1);
    expect(Buffer.compare((await download(id)).rawPayload, pdf)).toBe(0);
  });

  it('accepts a file of exactly 10 MiB', async () => {
    const id = await newCandidate();
    const text = Buffer.alloc(10 * MiB, 'a');
    text.write('Exactly ten mebibytes\n');
    const response = await upload(id, { fileName: 'big.txt', contentType: 'text/plain', bytes: text });
    expect(response.status).toBe(201);
    expect(response.body.resume.size).toBe(10 * MiB);
  });

  it('answers 422 RESUME_UNREADABLE for a damaged PDF', async () => {
    const id = await newCandidate();
    const response = await upload(id, {
      fileName: 'broken.pdf',
      contentType: 'application/pdf',
      bytes: Buffer.from('%PDF-1.7\n%garbage that is no PDF at all\n'),
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('RESUME_UNREADABLE');
    expect(fieldsOf(response)).toEqual(['file']);
  });

  it('replaces the previous résumé and deletes its stored object', async () => {
    const id = await newCandidate();
    expect((await upload(id, { fileName: 'first.pdf', contentType: 'application/pdf', bytes: minimalPdf(['First version']) })).status).toBe(
      201,
    );
    const [first] = await storedFiles(admin.organization.id, id);
    const docx = minimalDocx(['Second version']);
    const second = await upload(id, { fileName: 'second.docx', contentType: DOCX_TYPE, bytes: docx });
    expect(second.status).toBe(201);
    expect(second.body.resume.fileName).toBe('second.docx');
    const files = await storedFiles(admin.organization.id, id);
    expect(files).toHaveLength(1);
    expect(files[0]).not.toBe(first);
    expect(Buffer.compare((await download(id)).rawPayload, docx)).toBe(0);
    const { rows } = await db.query(`SELECT resume_text FROM candidates WHERE id = $1`, [id]);
    expect(rows[0].resume_text).toBe('Second version');
  });

  it('answers 404 RESUME_NOT_FOUND when there is no résumé, and 404 CANDIDATE_NOT_FOUND for an unknown candidate', async () => {
    const id = await newCandidate();
    const none = await call(app, 'GET', `/api/v1/candidates/${id}/resume`, { token: admin.accessToken });
    expect(none.status).toBe(404);
    expect(none.body.code).toBe('RESUME_NOT_FOUND');
    const unknown = await upload('0190a5e0-0000-7000-8000-000000000000', {
      fileName: 'cv.pdf',
      contentType: 'application/pdf',
      bytes: minimalPdf(['Nobody']),
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('CANDIDATE_NOT_FOUND');
  });

  it('needs one file in the field "file": 400 naming it otherwise', async () => {
    const id = await newCandidate();
    const wrongField = await upload(id, {
      field: 'resume',
      fileName: 'cv.pdf',
      contentType: 'application/pdf',
      bytes: minimalPdf(['Wrong field']),
    });
    expect(wrongField.status).toBe(400);
    expect(fieldsOf(wrongField)).toEqual(['file']);
    const json = await call(app, 'POST', `/api/v1/candidates/${id}/resume`, { token: admin.accessToken, body: { file: 'not a file' } });
    expect(json.status).toBe(400);
    expect(fieldsOf(json)).toEqual(['file']);
  });

  it('lets a hiring manager download the résumé of a candidate of their job, and no other', async () => {
    const manager = await addMember(app, admin, 'hiring_manager');
    const job = await call(app, 'POST', '/api/v1/jobs', {
      token: admin.accessToken,
      body: { title: 'Keeper', hiringManagerId: manager.user.id },
    });
    const theirs = await newCandidate();
    const other = await newCandidate();
    for (const id of [theirs, other])
      await upload(id, { fileName: 'cv.pdf', contentType: 'application/pdf', bytes: minimalPdf(['Applicant']) });
    await db.query(`INSERT INTO applications (organization_id, candidate_id, job_id, stage_id) VALUES ($1, $2, $3, $4)`, [
      admin.organization.id,
      theirs,
      job.body.id,
      job.body.stages[0].id,
    ]);
    expect((await download(theirs, manager)).statusCode).toBe(200);
    const hidden = await download(other, manager);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe('CANDIDATE_NOT_FOUND');
  });

  it('documents the upload as a multipart body with a binary "file" field', async () => {
    const document = (await app.inject({ method: 'GET', url: '/docs/openapi.json' })).json();
    const operation = document.paths['/api/v1/candidates/{id}/resume'].post;
    expect(operation.requestBody.content['multipart/form-data'].schema).toMatchObject({
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    });
    expect(Object.keys(operation.requestBody.content)).toEqual(['multipart/form-data']);
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['201', '413', '415']));
    expect(Object.keys(document.paths['/api/v1/candidates/{id}/resume'].get.responses['200'].content)).toContain('application/pdf');
  });
});
