import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  type CallResult,
  cloneTemplateDatabase,
  type SignedIn,
  signUp,
  startTestApi,
  testConfig,
  type TestDatabase,
} from '../utils/index.js';
import { minimalDocx, minimalPdf, multipartBody } from './candidates-files.js';

const namesOf = (response: CallResult) =>
  (response.body.data as { firstName: string; lastName: string }[]).map((candidate) => `${candidate.firstName} ${candidate.lastName}`);
const idsOf = (response: CallResult) => (response.body.data as { id: string }[]).map((candidate) => candidate.id);

describe('candidate search: names with typos, tags and résumé text', () => {
  let database: TestDatabase;
  let storageDir: string;
  let app: NestFastifyApplication;
  let admin: SignedIn;

  const create = (body: Record<string, unknown>) => call(app, 'POST', '/api/v1/candidates', { token: admin.accessToken, body });
  const search = (query: string, actor: SignedIn = admin) => call(app, 'GET', `/api/v1/candidates?${query}`, { token: actor.accessToken });
  const upload = (id: string, file: { fileName: string; contentType: string; bytes: Buffer }) => {
    const { payload, contentType } = multipartBody(file);
    return call(app, 'POST', `/api/v1/candidates/${id}/resume`, {
      token: admin.accessToken,
      body: payload,
      headers: { 'content-type': contentType },
    });
  };

  beforeAll(async () => {
    database = await cloneTemplateDatabase();
    storageDir = await mkdtemp(join(tmpdir(), 'hp-candidates-search-'));
    app = await startTestApi(
      testConfig({
        DATABASE_URL: database.url,
        STORAGE_DIR: storageDir,
        PUBLIC_RATE_LIMIT_PER_MINUTE: '100000',
        RATE_LIMIT_PER_MINUTE: '100000',
      }),
    );
    admin = await signUp(app);
    for (const [firstName, lastName, tags] of [
      ['John', 'Smith', ['java', 'remote']],
      ['Jane', 'Doe', ['python', 'machine learning']],
      ['Maria', 'Garcia', ['python']],
      ['Wei', 'Zhang', ['golang', 'kubernetes']],
      ['Olu', 'Adeyemi', ['design']],
    ] as const) {
      const response = await create({ firstName, lastName, email: `${firstName}.${lastName}@example.com`.toLowerCase(), tags });
      expect(response.status).toBe(201);
    }
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    if (storageDir) await rm(storageDir, { recursive: true, force: true });
  });

  it('finds a candidate by a fragment of the name', async () => {
    expect(namesOf(await search('q=Smi'))).toEqual(['John Smith']);
    expect(namesOf(await search('q=garc'))).toEqual(['Maria Garcia']);
  });

  it('tolerates typos: "Jonh Smtih" finds John Smith', async () => {
    const response = await search(`q=${encodeURIComponent('Jonh Smtih')}`);
    expect(response.status).toBe(200);
    expect(namesOf(response)[0]).toBe('John Smith');
    expect(namesOf(response)).not.toContain('Jane Doe');
  });

  it('finds by email', async () => {
    expect(namesOf(await search('q=wei.zhang%40example.com'))).toEqual(['Wei Zhang']);
  });

  it('finds by tag words, and filters by an exact tag', async () => {
    expect(namesOf(await search('q=kubernetes'))).toEqual(['Wei Zhang']);
    expect(namesOf(await search('q=python')).sort()).toEqual(['Jane Doe', 'Maria Garcia']);
    expect(namesOf(await search(`tag=${encodeURIComponent('Machine Learning')}&q=python`))).toEqual(['Jane Doe']);
  });

  it('finds words of an uploaded PDF résumé, stemmed ("negotiating" finds "negotiated")', async () => {
    const candidate = await create({ firstName: 'Pat', lastName: 'Pdf', email: 'pat.pdf@example.com' });
    expect(namesOf(await search('q=zeppelin'))).toEqual([]);
    const uploaded = await upload(candidate.body.id, {
      fileName: 'pat.pdf',
      contentType: 'application/pdf',
      bytes: minimalPdf(['Pat Pdf - airship engineer', 'Maintained Zeppelin envelopes; negotiated hangar contracts.']),
    });
    expect(uploaded.status).toBe(201);
    expect(namesOf(await search('q=zeppelin'))).toEqual(['Pat Pdf']);
    expect(namesOf(await search('q=negotiating%20hangars'))).toEqual(['Pat Pdf']);
  });

  it('finds words of an uploaded DOCX résumé', async () => {
    const candidate = await create({ firstName: 'Dora', lastName: 'Docx', email: 'dora.docx@example.com' });
    const uploaded = await upload(candidate.body.id, {
      fileName: 'dora.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: minimalDocx(['Dora Docx', 'Certified beekeeper and apiary inspector.']),
    });
    expect(uploaded.status).toBe(201);
    expect(namesOf(await search('q=beekeeper'))).toEqual(['Dora Docx']);
  });

  it('finds résumé text given as JSON, and forgets it when cleared', async () => {
    const candidate = await create({
      firstName: 'Tex',
      lastName: 'Plain',
      email: 'tex.plain@example.com',
      resumeText: 'Glassblowing apprentice',
    });
    expect(namesOf(await search('q=glassblowing'))).toEqual(['Tex Plain']);
    await call(app, 'PATCH', `/api/v1/candidates/${candidate.body.id}`, { token: admin.accessToken, body: { resumeText: null } });
    expect(namesOf(await search('q=glassblowing'))).toEqual([]);
  });

  it('ranks a match in the name or tags above one in the résumé', async () => {
    await create({ firstName: 'Quill', lastName: 'Resume', email: 'quill.resume@example.com', resumeText: 'Calligraphy teacher' });
    await create({ firstName: 'Quill', lastName: 'Tagged', email: 'quill.tagged@example.com', tags: ['calligraphy'] });
    expect(namesOf(await search('q=calligraphy'))).toEqual(['Quill Tagged', 'Quill Resume']);
  });

  it('pages ranked results stably while matching candidates are added between pages', async () => {
    const organization = await signUp(app);
    const make = (index: number, extra: Record<string, unknown> = {}) =>
      call(app, 'POST', '/api/v1/candidates', {
        token: organization.accessToken,
        body: {
          firstName: `Rank${index}`,
          lastName: 'Person',
          email: `rank${index}@example.com`,
          resumeText: 'Experienced lighthouse keeper',
          ...extra,
        },
      });
    // Equal ranks (same résumé) for most, so the id must break ties across page boundaries; two rank higher.
    const original: string[] = [];
    for (let index = 0; index < 8; index++) original.push((await make(index, index % 4 === 0 ? { tags: ['lighthouse'] } : {})).body.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let added = 0;
    do {
      const page: CallResult = await search(`q=lighthouse&limit=3${cursor ? `&cursor=${cursor}` : ''}`, organization);
      expect(page.status).toBe(200);
      seen.push(...idsOf(page));
      cursor = page.body.nextCursor;
      // One that outranks everything (tag) and one that ties with the rest (résumé only).
      await make(100 + added++, { tags: ['lighthouse'] });
      await make(100 + added++);
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => original.includes(id))).toHaveLength(original.length);
    // The two tagged originals come first, then the rest newest first.
    const tagged = [original[4]!, original[0]!];
    expect(seen.slice(0, 2)).toEqual(tagged);
  });

  it('refuses a cursor from the plain list for a search, naming the cursor', async () => {
    const first = await search('limit=1');
    const response = await search(`q=python&cursor=${first.body.nextCursor}`);
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['cursor']);
  });

  it('leaves erased candidates out of searches', async () => {
    const candidate = await create({ firstName: 'Vanishing', lastName: 'Act', email: 'vanishing.act@example.com', tags: ['magic'] });
    expect(namesOf(await search('q=Vanishing'))).toEqual(['Vanishing Act']);
    expect((await call(app, 'DELETE', `/api/v1/candidates/${candidate.body.id}`, { token: admin.accessToken })).status).toBe(204);
    expect(namesOf(await search('q=Vanishing'))).toEqual([]);
    expect(namesOf(await search('q=Erased%20Candidate'))).toEqual([]);
  });
});
