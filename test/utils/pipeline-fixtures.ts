import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { call, type SignedIn } from './http.js';

let sequence = 0;

/** An open job with the default pipeline, created through the API. */
export async function openJob(app: NestFastifyApplication, as: SignedIn, fields: Record<string, unknown> = {}) {
  const created = await call(app, 'POST', '/api/v1/jobs', { token: as.accessToken, body: { title: `Engineer ${++sequence}`, ...fields } });
  if (created.status !== 201) throw new Error(`job creation failed: ${created.status} ${JSON.stringify(created.body)}`);
  const opened = await call(app, 'PATCH', `/api/v1/jobs/${created.body.id}`, { token: as.accessToken, body: { status: 'open' } });
  if (opened.status !== 200) throw new Error(`opening the job failed: ${opened.status} ${JSON.stringify(opened.body)}`);
  return opened.body as { id: string; title: string; stages: { id: string; name: string; kind: string; position: number }[] };
}

/** A candidate row of the organisation (written directly: candidate routes have tests of their own). */
export async function insertCandidate(
  app: NestFastifyApplication,
  organizationId: string,
  fields: { firstName?: string; lastName?: string; email?: string; tags?: string[] } = {},
) {
  sequence++;
  const email = fields.email ?? `candidate-${process.pid}-${sequence}@example.com`;
  const [row] = await app
    .get(DataSource)
    .query(
      `INSERT INTO candidates (organization_id, first_name, last_name, email, email_normalized, tags) VALUES ($1, $2, $3, $4, lower(trim($4)), $5) RETURNING id`,
      [organizationId, fields.firstName ?? 'Grace', fields.lastName ?? `Hopper ${sequence}`, email, fields.tags ?? []],
    );
  return { id: row.id as string, email };
}

export async function applyTo(app: NestFastifyApplication, as: SignedIn, jobId: string, candidateId: string) {
  const response = await call(app, 'POST', '/api/v1/applications', { token: as.accessToken, body: { jobId, candidateId } });
  if (response.status !== 201) throw new Error(`application failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; version: number; stage: { id: string } };
}
