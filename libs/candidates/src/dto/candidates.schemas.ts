import { paginationQueryShape } from '@hp/common';
import { z } from 'zod';
import { candidateSources } from '../candidate.entity.js';
import { normalizeTag, normalizeTags } from '../tags.js';

const name = z.string().trim().min(1).max(100);
/** Surrounding spaces are dropped; case is kept as typed (uniqueness ignores it). */
const email = z
  .string()
  .trim()
  .max(320)
  .check(z.email({ message: 'must be an email address' }))
  .meta({ example: 'ada.lovelace@example.com' });
const link = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'must be an http(s) URL' }).max(2_000);

const candidateFields = {
  firstName: name.meta({ example: 'Ada' }),
  lastName: name.meta({ example: 'Lovelace' }),
  email,
  phone: z.string().trim().min(1).max(40).nullable().optional().meta({ example: '+44 20 7946 0000' }),
  location: z.string().trim().min(1).max(200).nullable().optional().meta({ example: 'London' }),
  links: z
    .array(link)
    .max(20)
    .transform((links) => [...new Set(links)])
    .optional()
    .meta({ example: ['https://www.linkedin.com/in/ada'] })
    .describe('Profiles and portfolio (http or https URLs).'),
  source: z.enum(candidateSources).optional().describe('Where the candidate came from; default `other`.'),
  tags: z
    .array(z.string().max(50))
    .max(50)
    .transform(normalizeTags)
    .optional()
    .meta({ example: ['python', 'remote'] })
    .describe('Free labels; trimmed, lower-cased and kept once each.'),
  resumeText: z
    .string()
    .max(200_000)
    .nullable()
    .optional()
    .describe('Résumé as plain text (an uploaded file replaces it with its own text).'),
  consent: z.boolean().optional().describe('The candidate agreed to have their data kept; records when (false withdraws it).'),
};

export const createCandidateSchema = z.strictObject(candidateFields);

export const updateCandidateSchema = z.strictObject({
  firstName: candidateFields.firstName.optional(),
  lastName: candidateFields.lastName.optional(),
  email: candidateFields.email.optional(),
  phone: candidateFields.phone,
  location: candidateFields.location,
  links: candidateFields.links,
  source: candidateFields.source,
  tags: candidateFields.tags,
  resumeText: candidateFields.resumeText,
  consent: candidateFields.consent,
});

export const listCandidatesQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('Search words: names and email (typos tolerated), tags and résumé text; results best match first.'),
  tag: z.string().trim().min(1).max(50).transform(normalizeTag).optional().describe('Only candidates with this tag.'),
  source: z.enum(candidateSources).optional(),
  jobId: z.uuid().optional().describe('Only candidates with an application to this job.'),
  stageId: z.uuid().optional().describe('Only candidates with an application in this stage.'),
  ...paginationQueryShape,
});

export const storedFileViewSchema = z.object({
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedAt: z.iso.datetime(),
});

export const candidateViewSchema = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable().describe('Null once erased.'),
  phone: z.string().nullable(),
  location: z.string().nullable(),
  links: z.array(z.string()),
  source: z.enum(candidateSources),
  tags: z.array(z.string()),
  consentGivenAt: z.iso.datetime().nullable(),
  resume: storedFileViewSchema.nullable().describe('The uploaded résumé file (`GET /candidates/{id}/resume`), if any.'),
  erasedAt: z.iso
    .datetime()
    .nullable()
    .describe('Set when the candidate was erased (GDPR); such candidates appear only in anonymous history.'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const candidateApplicationSummarySchema = z.object({
  id: z.uuid(),
  status: z.enum(['active', 'rejected', 'withdrawn', 'hired']),
  job: z.object({ id: z.uuid(), title: z.string() }),
  stage: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
  appliedAt: z.iso.datetime(),
  stageEnteredAt: z.iso.datetime(),
});

export const candidateDetailSchema = candidateViewSchema.extend({
  applications: z.array(candidateApplicationSummarySchema).describe('Newest first; a hiring manager sees those of the jobs they manage.'),
});

export type CandidateDetail = z.infer<typeof candidateDetailSchema>;

export const candidateExportSchema = z.object({
  candidateId: z.uuid(),
  exportedAt: z.iso.datetime(),
  sections: z
    .record(z.string(), z.unknown())
    .describe('One member per library that stores data about candidates: `candidate` (profile, résumé), `applications`…'),
});

/** The multipart body of a résumé upload, for the OpenAPI document (the route reads the stream itself). */
export const resumeUploadOpenApiSchema = {
  type: 'object',
  required: ['file'],
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description: 'PDF, DOCX or UTF-8 plain text (.txt), at most 10 MiB; the type is read from the content.',
    },
  },
};

export type CreateCandidateInput = z.infer<typeof createCandidateSchema>;
export type UpdateCandidateInput = z.infer<typeof updateCandidateSchema>;
export type ListCandidatesQuery = z.infer<typeof listCandidatesQuerySchema>;
export type CandidateView = z.infer<typeof candidateViewSchema>;
export type CandidateExport = z.infer<typeof candidateExportSchema>;
