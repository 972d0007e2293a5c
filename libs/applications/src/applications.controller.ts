import { Ctx, Permission, RequestContext, RequirePermission } from '@hp/auth';
import { candidateViewSchema } from '@hp/candidates';
import { ApiResult, pageSchema, uuidParam, ValidBody, ValidParam, ValidQuery } from '@hp/common';
import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApplicationsService } from './applications.service.js';
import { CandidateMergeService } from './candidate-merge.service.js';
import {
  applicationDetailSchema,
  applicationEventViewSchema,
  applicationViewSchema,
  createApplicationSchema,
  createNoteSchema,
  listApplicationsQuerySchema,
  mergeCandidatesSchema,
  moveApplicationSchema,
  noteViewSchema,
  rejectApplicationSchema,
  reopenApplicationSchema,
  withdrawApplicationSchema,
} from './dto/applications.schemas.js';

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post()
  @RequirePermission(Permission.ApplicationsManage)
  @ApiOperation({ summary: 'Add a candidate to an open job, in its applied stage (409 if they applied already or the job is not open).' })
  @ApiResult(201, applicationViewSchema)
  create(@Ctx() context: RequestContext, @ValidBody(createApplicationSchema) body: z.infer<typeof createApplicationSchema>) {
    return this.applications.create(context, body);
  }

  @Get()
  @RequirePermission(Permission.ApplicationsRead)
  @ApiOperation({ summary: 'Applications, oldest first, filtered by job, stage, status or candidate.' })
  @ApiResult(200, pageSchema(applicationViewSchema))
  list(@Ctx() context: RequestContext, @ValidQuery(listApplicationsQuerySchema) query: z.infer<typeof listApplicationsQuerySchema>) {
    return this.applications.list(context, query);
  }

  @Get(':id')
  @RequirePermission(Permission.ApplicationsRead)
  @ApiOperation({ summary: 'An application with its candidate, job, stage, version, history and notes.' })
  @ApiResult(200, applicationDetailSchema)
  get(@Ctx() context: RequestContext, @ValidParam('id', uuidParam) id: string) {
    return this.applications.get(context, id);
  }

  @Post(':id/move')
  @RequirePermission(Permission.ApplicationsManage)
  @HttpCode(200)
  @ApiOperation({ summary: 'Move to another stage of the job; into "hired" hires. With expectedVersion, a stale version gets 409.' })
  @ApiResult(200, applicationViewSchema)
  move(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidBody(moveApplicationSchema) body: z.infer<typeof moveApplicationSchema>,
  ) {
    return this.applications.move(context, id, body);
  }

  @Post(':id/reject')
  @RequirePermission(Permission.ApplicationsManage)
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject with a reason of type we_rejected; optionally notify the candidate.' })
  @ApiResult(200, applicationViewSchema)
  reject(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidBody(rejectApplicationSchema) body: z.infer<typeof rejectApplicationSchema>,
  ) {
    return this.applications.reject(context, id, body);
  }

  @Post(':id/withdraw')
  @RequirePermission(Permission.ApplicationsManage)
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the candidate withdrew, with a reason of type they_withdrew.' })
  @ApiResult(200, applicationViewSchema)
  withdraw(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidBody(withdrawApplicationSchema) body: z.infer<typeof withdrawApplicationSchema>,
  ) {
    return this.applications.withdraw(context, id, body);
  }

  @Post(':id/unreject')
  @RequirePermission(Permission.ApplicationsManage)
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a rejected or withdrawn application in the stage it was in.' })
  @ApiResult(200, applicationViewSchema)
  reopen(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidBody(reopenApplicationSchema) body: z.infer<typeof reopenApplicationSchema>,
  ) {
    return this.applications.reopen(context, id, body.note);
  }

  @Get(':id/history')
  @RequirePermission(Permission.ApplicationsRead)
  @ApiOperation({ summary: 'Every stage move, rejection, withdrawal, reopening and hire, oldest first.' })
  @ApiResult(200, z.array(applicationEventViewSchema))
  history(@Ctx() context: RequestContext, @ValidParam('id', uuidParam) id: string) {
    return this.applications.history(context, id);
  }

  @Post(':id/notes')
  @RequirePermission(Permission.ApplicationsManage)
  @ApiOperation({ summary: 'Add a note to the application.' })
  @ApiResult(201, noteViewSchema)
  addNote(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidBody(createNoteSchema) body: z.infer<typeof createNoteSchema>,
  ) {
    return this.applications.addNote(context, id, body.body);
  }

  @Get(':id/notes')
  @RequirePermission(Permission.ApplicationsRead)
  @ApiOperation({ summary: "The application's notes, oldest first." })
  @ApiResult(200, z.array(noteViewSchema))
  notes(@Ctx() context: RequestContext, @ValidParam('id', uuidParam) id: string) {
    return this.applications.notes(context, id);
  }
}

@ApiTags('candidates')
@Controller('candidates')
export class CandidateMergeController {
  constructor(private readonly merges: CandidateMergeService) {}

  @Post('merge')
  @RequirePermission(Permission.CandidatesManage)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Merge a duplicate into the primary candidate: applications, notes, tags, links and résumé move; 409 if both applied to the same job.',
  })
  @ApiResult(200, candidateViewSchema)
  merge(@Ctx() context: RequestContext, @ValidBody(mergeCandidatesSchema) body: z.infer<typeof mergeCandidatesSchema>) {
    return this.merges.merge(context, body.primaryId, body.duplicateId);
  }
}
