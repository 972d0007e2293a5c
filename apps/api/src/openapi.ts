import { toOpenApiSchema } from '@hp/common';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { problemContentType, problemDetailsSchema } from './http/problem-details.js';

const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * The OpenAPI document, generated from the controllers and their zod schemas. Every operation also
 * documents the problem+json answers the platform can give it (validation, rate limit, server error).
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Hiring Pipeline API')
    .setDescription('Applicant tracking: jobs, pipelines, candidates, interviews, scorecards and reminders.')
    .setVersion(process.env.npm_package_version ?? '0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ProblemDetails: toOpenApiSchema(problemDetailsSchema, 'output') as never },
  };
  const problem = (description: string) => ({
    description,
    content: { [problemContentType]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
  });
  for (const path of Object.values(document.paths)) {
    for (const method of methods) {
      const operation = path[method];
      if (!operation) continue;
      const takesInput = Boolean(operation.requestBody) || (operation.parameters?.length ?? 0) > 0;
      operation.responses = {
        ...(takesInput ? { 400: problem('The request is malformed or fails validation; `errors` names each field.') } : {}),
        ...operation.responses,
        500: problem('Unexpected error; the body holds only a correlation id.'),
      };
    }
  }
  return document;
}
