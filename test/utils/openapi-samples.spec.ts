import { toOpenApiSchema } from '@hp/common';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  formatSamples,
  type JsonSchema,
  sampleFileContent,
  sampleFromSchema,
  sampleQuery,
  sampleRequestBody,
  sampleRequestPayload,
} from './openapi-samples.js';

/** The generator's promise: what it produces passes the zod schema the OpenAPI schema came from. */
function sampleOf(schema: z.ZodType, options: Parameters<typeof sampleFromSchema>[1] = {}) {
  const value = sampleFromSchema(toOpenApiSchema(schema) as JsonSchema, options);
  const parsed = schema.safeParse(value);
  expect(parsed.success, `${JSON.stringify(value)}: ${parsed.error?.message}`).toBe(true);
  return value as any;
}

describe('OpenAPI samples', () => {
  it('fills the required properties of a strict object with values its zod schema accepts', () => {
    const schema = z.strictObject({
      email: z.email(),
      ownerId: z.uuid(),
      startsAt: z.iso.datetime(),
      day: z.iso.date(),
      website: z.url(),
      title: z.string().trim().min(12).max(20),
      code: z.string().max(3),
      stage: z.enum(['applied', 'screen', 'offer']),
      seats: z.number().int().min(3).max(9),
      score: z.number().gt(0).lte(1),
      tags: z.array(z.string().min(1)).min(2),
      nickname: z.string().optional(),
      notes: z.string().nullable(),
      remote: z.boolean(),
    });
    const value = sampleOf(schema);
    expect(value).toMatchObject({ email: formatSamples.email, ownerId: formatSamples.uuid, stage: 'applied', seats: 3, remote: true });
    expect(value.title).toHaveLength(12);
    expect(value.code.length).toBeLessThanOrEqual(3);
    expect(value.tags).toHaveLength(2);
    expect(value.notes).toEqual(expect.any(String));
    expect(value).not.toHaveProperty('nickname');
  });

  it('prefers the schema’s example, then examples, over anything it would make up', () => {
    const value = sampleOf(
      z.strictObject({
        timezone: z
          .string()
          .refine((zone) => zone.includes('/'))
          .meta({ example: 'Europe/Paris' }),
        colour: z
          .string()
          .regex(/^#[0-9a-f]{6}$/)
          .meta({ examples: ['#00aa55'] }),
      }),
    );
    expect(value).toEqual({ timezone: 'Europe/Paris', colour: '#00aa55' });
    expect(sampleFromSchema({ type: 'string', example: 'given', enum: ['other'] })).toBe('given');
  });

  it('takes the first branch of a union, skipping a null branch', () => {
    expect(sampleOf(z.union([z.literal('phone'), z.literal('video')]))).toBe('phone');
    expect(sampleOf(z.union([z.null(), z.number().int().min(5)]))).toBe(5);
    expect(sampleFromSchema({ anyOf: [{ type: 'null' }, { type: 'string', format: 'email' }] })).toBe(formatSamples.email);
    expect(
      sampleOf(z.discriminatedUnion('kind', [z.object({ kind: z.literal('a'), a: z.string() }), z.object({ kind: z.literal('b') })])),
    ).toEqual({ kind: 'a', a: 'sample' });
  });

  it('fills optional fields only when asked, and lets an override put real ids anywhere', () => {
    const schema = z.strictObject({
      name: z.string().min(1),
      candidateId: z.uuid().optional(),
      panel: z.array(z.strictObject({ userId: z.uuid(), weight: z.number().int().min(1).max(3).optional() })).min(1),
    });
    const override = (name: string) => (name === 'candidateId' || name === 'userId' ? '018f2f4e-0000-7000-8000-000000000001' : undefined);
    expect(sampleOf(schema, { override })).toEqual({
      name: 'sample',
      candidateId: '018f2f4e-0000-7000-8000-000000000001',
      panel: [{ userId: '018f2f4e-0000-7000-8000-000000000001' }],
    });
    expect(sampleOf(schema, { optional: true }).panel[0]).toEqual({ userId: formatSamples.uuid, weight: 1 });
  });

  it('makes unique array items distinct', () => {
    const value = sampleFromSchema({
      type: 'array',
      uniqueItems: true,
      minItems: 3,
      items: { type: 'string', format: 'uuid' },
    }) as string[];
    expect(new Set(value).size).toBe(3);
    expect(value.every((item) => z.uuid().safeParse(item).success)).toBe(true);
    expect(sampleFromSchema({ type: 'array', uniqueItems: true, minItems: 2, items: { enum: ['a', 'b', 'c'] } })).toEqual(['a', 'b']);
  });

  it('resolves component references and merges allOf parts', () => {
    const document = {
      components: {
        schemas: {
          Money: { type: 'object', properties: { amount: { type: 'integer', minimum: 100 } }, required: ['amount'] } as JsonSchema,
        },
      },
    };
    const schema: JsonSchema = {
      allOf: [
        { $ref: '#/components/schemas/Money' },
        { type: 'object', properties: { currency: { enum: ['EUR'] } }, required: ['currency'] },
      ],
    };
    expect(sampleFromSchema(schema, { document })).toEqual({ amount: 100, currency: 'EUR' });
  });

  it('refuses, naming the field, what it cannot satisfy instead of sending a body that fails validation', () => {
    const schema = toOpenApiSchema(z.strictObject({ reference: z.string().regex(/^REQ-\d{4}$/) })) as JsonSchema;
    expect(() => sampleFromSchema(schema, {}, 'body')).toThrow(/body\.reference.*\.meta\(\{ example \}\)/);
  });

  it('builds query strings from required parameters and overridden ones', () => {
    const query = sampleQuery(
      [
        { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 50 } },
        { name: 'status', in: 'query', required: true, schema: { type: 'string', enum: ['open', 'closed'] } },
        { name: 'actorId', in: 'query', required: false, schema: { type: 'string', format: 'uuid' } },
        { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
      ],
      { override: (name) => (name === 'actorId' ? 'the-id' : undefined) },
    );
    expect(query.toString()).toBe('status=open&actorId=the-id');
  });

  it('makes JSON bodies, and multipart ones whose binary fields are small text files', () => {
    expect(sampleRequestBody({})).toBeUndefined();
    expect(sampleRequestPayload({})).toBeUndefined();
    expect(
      sampleRequestPayload({ requestBody: { content: { 'application/json': { schema: { type: 'object', properties: {} } } } } }),
    ).toEqual({ payload: {}, headers: {} });
    const upload = {
      type: 'object',
      required: ['file', 'label'],
      properties: { file: { type: 'string', format: 'binary' }, label: { type: 'string', example: 'CV' }, note: { type: 'string' } },
    };
    const multipart = sampleRequestPayload({ requestBody: { content: { 'multipart/form-data': { schema: upload } } } })!;
    const boundary = /boundary=(.+)$/.exec(multipart.headers['content-type']!)![1]!;
    expect(multipart.payload).toBe(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="sample.txt"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${sampleFileContent}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="label"\r\n\r\nCV\r\n--${boundary}--\r\n`,
    );
    expect(() => sampleRequestBody({ requestBody: { content: { 'multipart/form-data': {} } } })).toThrow(/multipart\/form-data/);
    expect(() => sampleRequestPayload({ requestBody: { content: { 'application/xml': {} } } })).toThrow(/application\/xml/);
  });
});
