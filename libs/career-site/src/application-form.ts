import type { Multipart } from '@fastify/multipart';
import { RESUME_MAX_BYTES, type UploadedFile } from '@hp/candidates';
import { PlatformError, toFieldErrors, toOpenApiSchema } from '@hp/common';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { type PublicApplicationInput, publicApplicationSchema } from './career-site.schemas.js';

export interface ApplicationForm {
  input: PublicApplicationInput;
  resume?: UploadedFile;
}

/** Multipart sends every field as text: these are turned back into what the JSON form carries. */
function fromMultipartFields(fields: Map<string, string[]>): Record<string, unknown> {
  const form: Record<string, unknown> = {};
  for (const [name, values] of fields) {
    if (name === 'links') form.links = values;
    else if (name === 'consent') form.consent = values[0] === 'true' ? true : values[0];
    else form[name] = values[0];
  }
  return form;
}

const tooLarge = () =>
  new PlatformError('PAYLOAD_TOO_LARGE', `The résumé is larger than ${RESUME_MAX_BYTES / 1024 / 1024} MiB.`, {
    errors: [{ field: 'resume', message: `must be at most ${RESUME_MAX_BYTES} bytes` }],
  });

async function readForm(request: FastifyRequest): Promise<ApplicationForm> {
  let raw: unknown = request.body;
  let resume: UploadedFile | undefined;
  if (request.isMultipart()) {
    const fields = new Map<string, string[]>();
    try {
      for await (const part of request.parts({
        limits: { fileSize: RESUME_MAX_BYTES, files: 1, fields: 20 },
      }) as AsyncIterable<Multipart>) {
        if (part.type === 'file') {
          if (part.fieldname !== 'resume') {
            part.file.resume();
            continue;
          }
          const bytes = await part.toBuffer();
          if (part.file.truncated) throw tooLarge();
          resume = { fileName: part.filename, mediaType: part.mimetype, bytes };
        } else {
          fields.set(part.fieldname, [...(fields.get(part.fieldname) ?? []), String(part.value)]);
        }
      }
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
      throw error;
    }
    raw = fromMultipartFields(fields);
  }
  const parsed = publicApplicationSchema.safeParse(raw ?? {}, { reportInput: true });
  if (!parsed.success) throw PlatformError.validation(toFieldErrors(parsed.error));
  return { input: parsed.data, resume };
}

const applicationForm = createParamDecorator((_data: unknown, execution: ExecutionContext) =>
  readForm(execution.switchToHttp().getRequest<FastifyRequest>()),
);

const jsonSchema = toOpenApiSchema(publicApplicationSchema);

/**
 * The career site's form, as JSON or as multipart with an optional `resume` file (PDF, DOCX or
 * text, at most 10 MiB). One zod schema validates both; the OpenAPI document shows both.
 */
export const ApplicationFormBody = (): ParameterDecorator => (target, key, index) => {
  applicationForm()(target, key, index);
  const descriptor = Object.getOwnPropertyDescriptor(target, key!)!;
  ApiConsumes('application/json', 'multipart/form-data')(target, key!, descriptor);
  ApiBody({
    required: true,
    schema: {
      ...jsonSchema,
      properties: {
        ...(jsonSchema.properties as object),
        resume: { type: 'string', format: 'binary', description: 'Multipart only: the résumé file.' },
      },
    },
  })(target, key!, descriptor);
};
