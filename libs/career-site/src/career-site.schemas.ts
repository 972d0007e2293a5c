import { emailField, paginationQueryShape } from '@hp/common';
import { employmentTypes } from '@hp/jobs';
import { z } from 'zod';

export const publicJobSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  department: z.string().nullable(),
  location: z.string().nullable(),
  employmentType: z.enum(employmentTypes).nullable(),
  description: z.string().nullable(),
  postedAt: z.iso.datetime().nullable(),
});

export const publicJobsQuerySchema = z.strictObject({ ...paginationQueryShape });

export const slugParam = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/, 'is not an organisation slug');

export const publicApplicationSchema = z.strictObject({
  firstName: z.string().trim().min(1).max(100).meta({ example: 'Ada' }),
  lastName: z.string().trim().min(1).max(100).meta({ example: 'Lovelace' }),
  email: emailField(),
  phone: z.string().trim().max(40).optional(),
  links: z.array(z.url()).max(10).optional(),
  resumeText: z.string().max(200_000).optional(),
  consent: z.literal(true, 'must be true: we need your consent to process your application'),
});

export const receivedSchema = z.object({ status: z.literal('received') });

export type PublicJob = z.infer<typeof publicJobSchema>;
export type PublicApplicationInput = z.infer<typeof publicApplicationSchema>;
