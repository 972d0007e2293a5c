import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CandidateDataContributor } from '@hp/candidates';
import type { TenantScope } from '@hp/database';
import { Injectable, Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  call,
  cloneTemplateDatabase,
  type SignedIn,
  signUp,
  startTestApi,
  testConfig,
  type TestDatabase,
} from '../utils/index.js';
import { minimalPdf, multipartBody } from './candidates-files.js';

/**
 * A library above candidates, as applications or interviews will be: it stores something about
 * candidates (here, the job titles of their applications, read by SQL), and takes part in export
 * and erasure only by marking a provider. Erasing a candidate whose last name is "Unerasable"
 * fails in it, to show the erasure is one transaction.
 */
@Injectable()
@CandidateDataContributor()
class ProbeApplicationsData implements CandidateDataContributor {
  readonly section = 'probeApplications';
  readonly erasures: { candidateId: string; inTransaction: boolean }[] = [];

  async exportCandidate(scope: TenantScope, candidateId: string) {
    const rows: { title: string }[] = await scope.manager.query(
      `SELECT j.title FROM applications a JOIN jobs j ON j.id = a.job_id WHERE a.candidate_id = $1 AND a.organization_id = $2 ORDER BY a.id`,
      [candidateId, scope.organizationId],
    );
    return rows.map((row) => ({ jobTitle: row.title }));
  }

  async eraseCandidate(scope: TenantScope, candidateId: string): Promise<void> {
    this.erasures.push({ candidateId, inTransaction: scope.manager.queryRunner?.isTransactionActive ?? false });
    const [candidate] = await scope.manager.query(`SELECT last_name FROM candidates WHERE id = $1`, [candidateId]);
    if (candidate?.last_name === 'Unerasable') throw new Error('probe refuses to erase');
    await scope.manager.query(`UPDATE applications SET submitted_form = NULL WHERE candidate_id = $1 AND organization_id = $2`, [
      candidateId,
      scope.organizationId,
    ]);
  }
}

@Module({ providers: [ProbeApplicationsData] })
class ProbeApplicationsModule {}

describe('candidates and the GDPR: export and erasure', () => {
  let database: TestDatabase;
  let storageDir: string;
  let app: NestFastifyApplication;
  let db: pg.Client;
  let admin: SignedIn;
  let probe: ProbeApplicationsData;

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    storageDir = await mkdtemp(join(tmpdir(), 'hp-candidates-privacy-'));
    app = await startTestApi(
      testConfig({
        DATABASE_URL: database.url,
        STORAGE_DIR: storageDir,
        PUBLIC_RATE_LIMIT_PER_MINUTE: '100000',
        RATE_LIMIT_PER_MINUTE: '100000',
      }),
      [ProbeApplicationsModule],
    );
    probe = app.get(ProbeApplicationsData);
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

  const create = (actor: SignedIn, body: Record<string, unknown>) =>
    call(app, 'POST', '/api/v1/candidates', { token: actor.accessToken, body });
  const exportOf = (actor: SignedIn, id: string) => call(app, 'GET', `/api/v1/candidates/${id}/export`, { token: actor.accessToken });
  const erase = (actor: SignedIn, id: string) => call(app, 'DELETE', `/api/v1/candidates/${id}`, { token: actor.accessToken });
  const upload = (actor: SignedIn, id: string, bytes: Buffer) => {
    const { payload, contentType } = multipartBody({ fileName: 'cv.pdf', contentType: 'application/pdf', bytes });
    return call(app, 'POST', `/api/v1/candidates/${id}/resume`, {
      token: actor.accessToken,
      body: payload,
      headers: { 'content-type': contentType },
    });
  };
  const storedFiles = async (organizationId: string, candidateId: string) =>
    readdir(join(storageDir, organizationId, 'candidates', candidateId)).catch(() => []);
  const auditEvents = async (actor: SignedIn, type: string) =>
    (await call(app, 'GET', `/api/v1/audit-events?type=${type}`, { token: actor.accessToken })).body.data;

  async function candidateWithEverything(actor: SignedIn, lastName: string) {
    const candidate = await create(actor, {
      firstName: 'Gdpr',
      lastName,
      email: `gdpr.${lastName.toLowerCase()}@example.com`,
      phone: '+33 1 23 45 67 89',
      location: 'Lyon',
      links: ['https://example.com/gdpr'],
      source: 'agency',
      tags: ['French', 'Accounting'],
      consent: true,
    });
    expect(candidate.status).toBe(201);
    expect((await upload(actor, candidate.body.id, minimalPdf(['Chartered accountant in Lyon']))).status).toBe(201);
    const job = await call(app, 'POST', '/api/v1/jobs', { token: actor.accessToken, body: { title: `Accountant for ${lastName}` } });
    await db.query(
      `INSERT INTO applications (organization_id, candidate_id, job_id, stage_id, submitted_form) VALUES ($1, $2, $3, $4, '{"cover":"letter"}')`,
      [actor.organization.id, candidate.body.id, job.body.id, job.body.stages[0].id],
    );
    return candidate.body as { id: string; email: string };
  }

  describe('export', () => {
    it('returns every section: the candidate’s profile, tags, links, consent, résumé file and text, and the other libraries’ parts', async () => {
      const candidate = await candidateWithEverything(admin, 'Exported');
      const response = await exportOf(admin, candidate.id);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ candidateId: candidate.id, exportedAt: expect.any(String) });
      expect(Object.keys(response.body.sections)[0]).toBe('candidate');
      expect(response.body.sections.candidate).toMatchObject({
        id: candidate.id,
        firstName: 'Gdpr',
        lastName: 'Exported',
        email: 'gdpr.exported@example.com',
        phone: '+33 1 23 45 67 89',
        location: 'Lyon',
        links: ['https://example.com/gdpr'],
        source: 'agency',
        tags: ['french', 'accounting'],
        consentGivenAt: expect.any(String),
        resume: { fileName: 'cv.pdf', contentType: 'application/pdf', size: expect.any(Number), uploadedAt: expect.any(String) },
      });
      expect(response.body.sections.candidate.resumeText).toContain('Chartered accountant in Lyon');
      expect(response.body.sections.probeApplications).toEqual([{ jobTitle: 'Accountant for Exported' }]);
    });

    it('is recorded in the audit trail', async () => {
      const candidate = await candidateWithEverything(admin, 'Audited');
      await exportOf(admin, candidate.id);
      const events = await auditEvents(admin, 'candidate.exported');
      expect(events.find((event: { data: { candidateId: string } }) => event.data.candidateId === candidate.id)).toMatchObject({
        actorUserId: admin.user.id,
        type: 'candidate.exported',
      });
    });

    it('holds nothing of another organisation, even one with a candidate of the same email', async () => {
      const other = await signUp(app);
      const theirs = await candidateWithEverything(other, 'Twin');
      const ours = await candidateWithEverything(admin, 'Twin');
      const text = JSON.stringify((await exportOf(admin, ours.id)).body);
      expect(text).not.toContain(theirs.id);
      expect(text).not.toContain(other.organization.id);
      expect(text).not.toContain(other.organization.name);
      expect((await exportOf(other, ours.id)).status).toBe(404);
    });

    it('is for admins only (CandidatesPrivacy)', async () => {
      const candidate = await create(admin, { firstName: 'Only', lastName: 'Admins', email: 'only.admins@example.com' });
      const recruiter = await addMember(app, admin, 'recruiter');
      expect((await exportOf(recruiter, candidate.body.id)).status).toBe(403);
      expect((await erase(recruiter, candidate.body.id)).status).toBe(403);
    });
  });

  describe('erasure', () => {
    it('removes the personal data but keeps the anonymous row, deletes the résumé file, records an audit event, and then answers 404', async () => {
      const candidate = await candidateWithEverything(admin, 'Forgotten');
      expect(await storedFiles(admin.organization.id, candidate.id)).toHaveLength(1);

      const response = await erase(admin, candidate.id);
      expect(response.status).toBe(204);

      const { rows } = await db.query(
        `SELECT first_name, last_name, email, email_normalized, phone, location, links, tags, resume_text, resume_file, erased_at, consent_given_at, source,
                search_document::text AS search_document
           FROM candidates WHERE id = $1`,
        [candidate.id],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        first_name: 'Erased',
        last_name: 'Candidate',
        email: null,
        email_normalized: null,
        phone: null,
        location: null,
        links: [],
        tags: [],
        resume_text: null,
        resume_file: null,
        source: 'agency',
      });
      expect(rows[0].erased_at).toBeInstanceOf(Date);
      expect(rows[0].search_document).not.toMatch(/gdpr|forgotten|lyon|accountant|french/i);
      // Every contributor was called, inside the erasure's transaction.
      expect(probe.erasures).toContainEqual({ candidateId: candidate.id, inTransaction: true });
      const { rows: applications } = await db.query(`SELECT submitted_form FROM applications WHERE candidate_id = $1`, [candidate.id]);
      expect(applications).toEqual([{ submitted_form: null }]);
      expect(await storedFiles(admin.organization.id, candidate.id)).toEqual([]);

      const events = await auditEvents(admin, 'candidate.erased');
      expect(events.find((event: { data: { candidateId: string } }) => event.data.candidateId === candidate.id)).toMatchObject({
        type: 'candidate.erased',
        actorUserId: admin.user.id,
        data: { candidateId: candidate.id, sections: expect.arrayContaining(['candidate', 'probeApplications']) },
      });

      for (const attempt of [
        await erase(admin, candidate.id),
        await call(app, 'GET', `/api/v1/candidates/${candidate.id}`, { token: admin.accessToken }),
        await exportOf(admin, candidate.id),
        await call(app, 'GET', `/api/v1/candidates/${candidate.id}/resume`, { token: admin.accessToken }),
      ]) {
        expect(attempt.status).toBe(404);
        expect(attempt.body.code).toBe('CANDIDATE_NOT_FOUND');
      }
      const list = await call(app, 'GET', '/api/v1/candidates?limit=200', { token: admin.accessToken });
      expect(list.body.data.map((row: { id: string }) => row.id)).not.toContain(candidate.id);
      // The email is free again.
      expect((await create(admin, { firstName: 'Gdpr', lastName: 'Returns', email: candidate.email })).status).toBe(201);
    });

    it('is all or nothing: when one part fails, nothing is erased and the file stays', async () => {
      const candidate = await candidateWithEverything(admin, 'Unerasable');
      const response = await erase(admin, candidate.id);
      expect(response.status).toBe(500);
      const { rows } = await db.query(`SELECT first_name, email, erased_at, resume_file FROM candidates WHERE id = $1`, [candidate.id]);
      expect(rows[0]).toMatchObject({ first_name: 'Gdpr', email: candidate.email, erased_at: null });
      expect(rows[0].resume_file).not.toBeNull();
      expect(await storedFiles(admin.organization.id, candidate.id)).toHaveLength(1);
      expect(
        (await auditEvents(admin, 'candidate.erased')).filter(
          (event: { data: { candidateId: string } }) => event.data.candidateId === candidate.id,
        ),
      ).toEqual([]);
    });

    it('cannot reach another organisation’s candidate', async () => {
      const other = await signUp(app);
      const theirs = await create(other, { firstName: 'Not', lastName: 'Yours', email: 'not.yours@example.com' });
      const response = await erase(admin, theirs.body.id);
      expect(response.status).toBe(404);
      expect((await call(app, 'GET', `/api/v1/candidates/${theirs.body.id}`, { token: other.accessToken })).body.firstName).toBe('Not');
    });
  });
});
