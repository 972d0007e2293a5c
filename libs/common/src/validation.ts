import { Body, type PipeTransform, Param, Query } from '@nestjs/common';
import { ApiBody, ApiParam, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';
import { type FieldError, PlatformError } from './domain-error.js';

/**
 * Zod schemas are the one source of request validation *and* of the OpenAPI document: each
 * decorator below validates its part of the request and writes the matching OpenAPI metadata
 * from the same schema, so the two cannot drift.
 */

type OpenApiSchema = Record<string, unknown>;

export function toOpenApiSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): OpenApiSchema {
  const { $schema: _ignored, ...jsonSchema } = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io,
    unrepresentable: 'any',
  }) as OpenApiSchema;
  return jsonSchema;
}

export function toFieldErrors(error: z.ZodError, prefix?: string): FieldError[] {
  return error.issues.flatMap((issue) => {
    // An unknown key is reported once per key, each naming the field it refused.
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    return paths.map((path) => ({
      field: [prefix, ...path.map(String)].filter(Boolean).join('.') || (prefix ?? 'body'),
      message: issue.code === 'unrecognized_keys' ? 'is not a known field' : describeIssue(issue),
    }));
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  return issue.message;
}

export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(
    private readonly schema: S,
    private readonly fieldPrefix?: string,
  ) {}

  transform(value: unknown): z.output<S> {
    // reportInput lets an absent field read "is required"; the input is never echoed to the client.
    const result = this.schema.safeParse(value ?? (this.fieldPrefix ? undefined : {}), { reportInput: true });
    if (!result.success) throw PlatformError.validation(toFieldErrors(result.error, this.fieldPrefix));
    return result.data;
  }
}

function methodDescriptor(target: object, key: string | symbol | undefined): PropertyDescriptor {
  const descriptor = key === undefined ? undefined : Object.getOwnPropertyDescriptor(target, key);
  if (!descriptor || key === undefined) throw new Error('Validation decorators apply to method parameters only');
  return descriptor;
}

/** `@ValidBody(createJobSchema) body: CreateJobInput`: 400 with field errors, documented body. */
export function ValidBody(schema: z.ZodType, description?: string): ParameterDecorator {
  return (target, key, index) => {
    Body(new ZodValidationPipe(schema))(target, key, index);
    ApiBody({ schema: toOpenApiSchema(schema), description, required: true })(target, key as string, methodDescriptor(target, key));
  };
}

/** `@ValidQuery(listJobsQuery) query: ListJobsQuery`: each key becomes a documented query parameter. */
export function ValidQuery(schema: z.ZodObject): ParameterDecorator {
  return (target, key, index) => {
    Query(new ZodValidationPipe(schema))(target, key, index);
    const descriptor = methodDescriptor(target, key);
    for (const [name, property] of Object.entries(schema.shape)) {
      ApiQuery({
        name,
        required: !(property as z.ZodType).safeParse(undefined).success,
        schema: toOpenApiSchema(property as z.ZodType),
        description: (property as z.ZodType).description,
      })(target, key as string, descriptor);
    }
  };
}

/** `@ValidParam('id', z.uuid()) id: string` */
export function ValidParam(name: string, schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    Param(name, new ZodValidationPipe(schema, name))(target, key, index);
    ApiParam({ name, required: true, schema: toOpenApiSchema(schema) })(target, key as string, methodDescriptor(target, key));
  };
}

/** Documents a success response from the schema that shapes it. */
export function ApiResult(status: number, schema: z.ZodType | null, description = 'Success'): MethodDecorator {
  return ApiResponse({
    status,
    description,
    ...(schema ? { schema: toOpenApiSchema(schema, 'output') } : {}),
  });
}

export const uuidParam = z.uuid({ message: 'must be a UUID' });

/** An email address as people type it: surrounding spaces are dropped before it is checked. */
export const emailField = () => z.string().trim().pipe(z.email('must be an email address').max(254)).meta({ example: 'ada@example.com' });
