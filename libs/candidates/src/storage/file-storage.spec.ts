import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeConfig, loadConfig } from '@hp/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertSafeKey } from './file-storage.js';
import { createFileStorage } from './file-storage.provider.js';
import { LocalFileStorage } from './local-file-storage.js';
import { S3FileStorage } from './s3-file-storage.js';

describe('storage keys', () => {
  it('refuses keys that could leave the store', () => {
    for (const key of ['', '/etc/passwd', 'a/../../b', 'a//b', './a', 'a\\b', 'a/\0']) expect(() => assertSafeKey(key), JSON.stringify(key)).toThrow(/Unsafe storage key/);
    expect(() => assertSafeKey('org/candidates/id/resume-1.pdf')).not.toThrow();
  });
});

describe('LocalFileStorage', () => {
  let directory: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'hp-storage-'));
  });

  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('writes, reads and deletes objects under its directory, leaving no temporary file behind', async () => {
    const storage = new LocalFileStorage(directory);
    await storage.put('org-1/candidates/c-1/resume.pdf', Buffer.from('%PDF-bytes'), 'application/pdf');
    expect(await readFile(join(directory, 'org-1', 'candidates', 'c-1', 'resume.pdf'), 'utf8')).toBe('%PDF-bytes');
    expect(await readdir(join(directory, 'org-1', 'candidates', 'c-1'))).toEqual(['resume.pdf']);
    expect((await storage.get('org-1/candidates/c-1/resume.pdf'))?.toString()).toBe('%PDF-bytes');
    await storage.delete('org-1/candidates/c-1/resume.pdf');
    expect(await storage.get('org-1/candidates/c-1/resume.pdf')).toBeUndefined();
    await expect(storage.delete('org-1/candidates/c-1/resume.pdf')).resolves.toBeUndefined();
  });

  it('refuses a key that climbs out of the directory', async () => {
    await expect(new LocalFileStorage(directory).put('../outside.txt', Buffer.from('x'), 'text/plain')).rejects.toThrow(/Unsafe storage key/);
  });
});

/**
 * A few lines of S3's REST protocol (path-style PUT, GET, DELETE and the NoSuchKey error), enough
 * to run the real SDK client over HTTP: signing, addressing and error mapping are the SDK's own.
 */
function startS3Server() {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const requests: { method: string; path: string; authorization: string }[] = [];
  const read = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://s3.local').pathname);
    requests.push({ method: request.method!, path, authorization: String(request.headers.authorization ?? '') });
    if (request.method === 'PUT') {
      objects.set(path, { body: await read(request), contentType: String(request.headers['content-type']) });
      response.writeHead(200, { etag: '"etag"' }).end();
    } else if (request.method === 'GET') {
      const object = objects.get(path);
      if (!object) {
        response
          .writeHead(404, { 'content-type': 'application/xml' })
          .end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>`);
        return;
      }
      response.writeHead(200, { 'content-type': object.contentType, 'content-length': object.body.length }).end(object.body);
    } else if (request.method === 'DELETE') {
      objects.delete(path);
      response.writeHead(204).end();
    } else {
      response.writeHead(405).end();
    }
  });
  return { server, objects, requests };
}

describe('S3FileStorage', () => {
  const s3 = startS3Server();
  let endpoint: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => s3.server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(s3.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => s3.server.close(resolve));
  });

  it('puts, gets and deletes objects in its bucket with signed, path-style requests', async () => {
    const storage = new S3FileStorage({ bucket: 'resumes', region: 'eu-central-1', endpoint, accessKeyId: 'AKIATEST', secretAccessKey: 'secret-test-key', forcePathStyle: true });
    const bytes = Buffer.from('%PDF-1.4 résumé');
    await storage.put('org-1/candidates/c-1/resume.pdf', bytes, 'application/pdf');
    expect(s3.objects.get('/resumes/org-1/candidates/c-1/resume.pdf')).toEqual({ body: bytes, contentType: 'application/pdf' });
    expect(s3.requests.at(-1)!.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIATEST\/\d{8}\/eu-central-1\/s3\/aws4_request/);
    expect(Buffer.compare((await storage.get('org-1/candidates/c-1/resume.pdf'))!, bytes)).toBe(0);
    await storage.delete('org-1/candidates/c-1/resume.pdf');
    expect(s3.objects.size).toBe(0);
    expect(await storage.get('org-1/candidates/c-1/resume.pdf')).toBeUndefined();
    storage.destroy();
  });
});

describe('createFileStorage', () => {
  it('uses the local directory unless S3_BUCKET is set', () => {
    const local = createFileStorage(loadConfig({ STORAGE_DIR: '/var/lib/hp/files' }));
    expect(local).toBeInstanceOf(LocalFileStorage);
    expect((local as LocalFileStorage).root).toBe('/var/lib/hp/files');
    expect(createFileStorage(loadConfig({ S3_BUCKET: 'hp-files', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_FORCE_PATH_STYLE: 'true' }))).toBeInstanceOf(S3FileStorage);
  });

  it('defaults to ./storage/files', () => {
    expect(loadConfig({}).STORAGE_DIR).toBe('./storage/files');
  });

  it('wants both S3 keys or neither, a valid bucket name, and never shows the keys', () => {
    expect(() => loadConfig({ S3_BUCKET: 'hp-files', S3_ACCESS_KEY_ID: 'AKIA' })).toThrow(/S3_SECRET_ACCESS_KEY: must be set too/);
    expect(() => loadConfig({ S3_BUCKET: 'Not_A_Bucket' })).toThrow(/S3_BUCKET: an S3 bucket name/);
    expect(() => loadConfig({ S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT/);
    const described = describeConfig(loadConfig({ S3_BUCKET: 'hp-files', S3_ACCESS_KEY_ID: 'AKIAVISIBLE', S3_SECRET_ACCESS_KEY: 'hunter2-secret' }));
    expect(JSON.stringify(described)).not.toMatch(/AKIAVISIBLE|hunter2-secret/);
    expect(described.S3_BUCKET).toBe('hp-files');
  });
});
