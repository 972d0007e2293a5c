import { Ctx, Permission, RequestContext, RequirePermission } from '@hp/auth';
import { ApiResult, pageSchema, uuidParam, ValidBody, ValidParam, ValidQuery } from '@hp/common';
import { Controller, Delete, Get, HttpCode, Patch, Post, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CandidatePrivacyService } from './candidate-privacy.service.js';
import { CandidatesService } from './candidates.service.js';
import {
  candidateExportSchema,
  candidateDetailSchema,
  candidateViewSchema,
  createCandidateSchema,
  listCandidatesQuerySchema,
  resumeUploadOpenApiSchema,
  updateCandidateSchema,
} from './dto/candidates.schemas.js';
import { contentDisposition, RESUME_MAX_BYTES, resumeTypes } from './resume/resume-type.js';
import { type UploadedFile, UploadedFileField } from './resume/uploaded-file.js';

const binary = { schema: { type: 'string', format: 'binary' } } as const;

@ApiTags('candidates')
@Controller('candidates')
export class CandidatesController {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly privacy: CandidatePrivacyService,
  ) {}

  @Post()
  @RequirePermission(Permission.CandidatesManage)
  @ApiOperation({
    summary:
      'Add a candidate. The email is unique in the organisation (any case): 409 CANDIDATE_EMAIL_TAKEN names the existing `candidateId`.',
  })
  @ApiResult(201, candidateViewSchema)
  create(@Ctx() context: RequestContext, @ValidBody(createCandidateSchema) body: z.infer<typeof createCandidateSchema>) {
    return this.candidates.create(context, body);
  }

  @Get()
  @RequirePermission(Permission.CandidatesRead)
  @ApiOperation({ summary: 'Candidates, newest first; with `q`, best match first. Hiring managers see those who applied to their jobs.' })
  @ApiResult(200, pageSchema(candidateViewSchema))
  list(@Ctx() context: RequestContext, @ValidQuery(listCandidatesQuerySchema) query: z.infer<typeof listCandidatesQuerySchema>) {
    return this.candidates.list(context, query);
  }

  @Get(':id')
  @RequirePermission(Permission.CandidatesRead)
  @ApiOperation({ summary: 'A candidate with their applications.' })
  @ApiResult(200, candidateDetailSchema)
  get(@Ctx() context: RequestContext, @ValidParam('id', uuidParam) id: string) {
    return this.candidates.get(context, id);
  }

  @Patch(':id')
  @RequirePermission(Permission.CandidatesManage)
  @ApiOperation({ summary: 'Edit a candidate; a new email must still be unique in the organisation (409 CANDIDATE_EMAIL_TAKEN).' })
  @ApiResult(200, candidateViewSchema)
  update(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidBody(updateCandidateSchema) body: z.infer<typeof updateCandidateSchema>,
  ) {
    return this.candidates.update(context, id, body);
  }

  @Delete(':id')
  @RequirePermission(Permission.CandidatesPrivacy)
  @HttpCode(204)
  @ApiOperation({
    summary: 'Erase a candidate (GDPR): personal data removed everywhere, the résumé file deleted, anonymous history kept. Then 404.',
  })
  @ApiResult(204, null, 'Erased')
  erase(@Ctx() context: RequestContext, @ValidParam('id', uuidParam) id: string) {
    return this.privacy.erase(context, id);
  }

  @Get(':id/export')
  @RequirePermission(Permission.CandidatesPrivacy)
  @ApiOperation({ summary: 'Everything stored about a candidate (GDPR access request), one section per part of the product.' })
  @ApiResult(200, candidateExportSchema)
  export(@Ctx() context: RequestContext, @ValidParam('id', uuidParam) id: string) {
    return this.privacy.export(context, id);
  }

  @Post(':id/resume')
  @RequirePermission(Permission.CandidatesManage)
  @ApiOperation({
    summary:
      'Upload the résumé (PDF, DOCX or UTF-8 text, at most 10 MiB; the type is read from the content), replacing any previous one. Its text becomes searchable.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ required: true, schema: resumeUploadOpenApiSchema })
  @ApiResult(201, candidateViewSchema)
  @ApiResponse({ status: 413, description: 'RESUME_TOO_LARGE: the file is over 10 MiB.' })
  @ApiResponse({ status: 415, description: 'UNSUPPORTED_RESUME_TYPE: not a PDF, DOCX or UTF-8 text file.' })
  uploadResume(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @UploadedFileField('file', RESUME_MAX_BYTES) file: UploadedFile,
  ) {
    return this.candidates.uploadResume(context, id, file);
  }

  @Get(':id/resume')
  @RequirePermission(Permission.CandidatesRead)
  @ApiOperation({ summary: 'Download the résumé file as uploaded (404 RESUME_NOT_FOUND when there is none).' })
  @ApiResponse({
    status: 200,
    description: 'The file, with its type and a Content-Disposition file name.',
    content: Object.fromEntries(Object.values(resumeTypes).map((type) => [type.contentType, binary])),
  })
  async downloadResume(@Ctx() context: RequestContext, @ValidParam('id', uuidParam) id: string) {
    const file = await this.candidates.downloadResume(context, id);
    return new StreamableFile(file.bytes, {
      type: file.contentType,
      disposition: contentDisposition(file.fileName),
      length: file.bytes.length,
    });
  }
}
