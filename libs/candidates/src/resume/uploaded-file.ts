import type { MultipartFile } from '@fastify/multipart';
import { PlatformError } from '@hp/common';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CandidatesError } from '../candidates.errors.js';

export interface UploadedFile {
  /** As the client named it; only a hint (types are read from the content). */
  fileName: string;
  /** As the client declared it; only a hint. */
  mediaType: string;
  bytes: Buffer;
}

const tooLarge = (field: string, maxBytes: number) =>
  new CandidatesError('RESUME_TOO_LARGE', `The file is larger than ${maxBytes / 1024 / 1024} MiB.`, {
    errors: [{ field, message: `must be at most ${maxBytes} bytes` }],
    maxBytes,
  });

/**
 * Reads the one file of a `multipart/form-data` request (field `field`) into memory, at most
 * `maxBytes`. @fastify/multipart's `toBuffer()` stops at the limit; whether it throws or only marks
 * the stream `truncated` depends on its options, so both are checked: a cut file is a 413, never a
 * stored half résumé.
 */
export async function readUploadedFile(request: FastifyRequest, field: string, maxBytes: number): Promise<UploadedFile> {
  const missing = () =>
    PlatformError.validation([{ field, message: `is required: send one file as multipart/form-data in the field "${field}"` }]);
  if (!request.isMultipart()) throw missing();
  let part: MultipartFile | undefined;
  try {
    part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(field, maxBytes);
    throw error;
  }
  if (!part) throw missing();
  if (part.fieldname !== field) {
    part.file.resume();
    throw missing();
  }
  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(field, maxBytes);
    throw error;
  }
  if (part.file.truncated || bytes.length > maxBytes) throw tooLarge(field, maxBytes);
  return { fileName: part.filename, mediaType: part.mimetype, bytes };
}

const uploadedFile = createParamDecorator(
  ({ field, maxBytes }: { field: string; maxBytes: number }, execution: ExecutionContext): Promise<UploadedFile> =>
    readUploadedFile(execution.switchToHttp().getRequest<FastifyRequest>(), field, maxBytes),
);

/**
 * `@UploadedFileField('file', RESUME_MAX_BYTES) file: UploadedFile`: the route's body is the file.
 * Nest resolves parameters after the guard, so an unauthorised client's upload is never read.
 */
export const UploadedFileField = (field: string, maxBytes: number): ParameterDecorator => uploadedFile({ field, maxBytes });
