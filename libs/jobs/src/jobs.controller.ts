import { Ctx, Permission, RequestContext, RequirePermission } from '@hp/auth';
import { ApiResult, pageSchema, uuidParam, ValidBody, ValidParam, ValidQuery } from '@hp/common';
import { Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  createJobSchema,
  createStageSchema,
  jobDetailSchema,
  jobViewSchema,
  listJobsQuerySchema,
  reorderStagesSchema,
  stageViewSchema,
  updateJobSchema,
  updateStageSchema,
} from './dto/jobs.schemas.js';
import { JobsService } from './jobs.service.js';
import { StagesService } from './stages.service.js';

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(
    private readonly jobs: JobsService,
    private readonly stages: StagesService,
  ) {}

  @Post()
  @RequirePermission(Permission.JobsManage)
  @ApiOperation({ summary: 'Create a job (status draft) with its pipeline; the default pipeline when `stages` is omitted.' })
  @ApiResult(201, jobDetailSchema)
  create(@Ctx() context: RequestContext, @ValidBody(createJobSchema) body: z.infer<typeof createJobSchema>) {
    return this.jobs.create(context, body);
  }

  @Get()
  @RequirePermission(Permission.JobsRead)
  @ApiOperation({ summary: 'Jobs, newest first; hiring managers see the jobs they manage.' })
  @ApiResult(200, pageSchema(jobViewSchema))
  list(@Ctx() context: RequestContext, @ValidQuery(listJobsQuerySchema) query: z.infer<typeof listJobsQuerySchema>) {
    return this.jobs.list(context, query);
  }

  @Get(':id')
  @RequirePermission(Permission.JobsRead)
  @ApiOperation({ summary: 'A job with its stages.' })
  @ApiResult(200, jobDetailSchema)
  get(@Ctx() context: RequestContext, @ValidParam('id', uuidParam) id: string) {
    return this.jobs.get(context, id);
  }

  @Patch(':id')
  @RequirePermission(Permission.JobsManage)
  @ApiOperation({ summary: 'Edit a job, or change its status (409 naming the allowed targets otherwise).' })
  @ApiResult(200, jobDetailSchema)
  update(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidBody(updateJobSchema) body: z.infer<typeof updateJobSchema>,
  ) {
    return this.jobs.update(context, id, body);
  }

  @Get(':id/stages')
  @RequirePermission(Permission.JobsRead)
  @ApiOperation({ summary: "The job's pipeline, in order." })
  @ApiResult(200, z.array(stageViewSchema))
  listStages(@Ctx() context: RequestContext, @ValidParam('id', uuidParam) id: string) {
    return this.stages.list(context, id);
  }

  @Post(':id/stages')
  @RequirePermission(Permission.JobsManage)
  @ApiOperation({ summary: 'Add a stage (before "hired" unless `position` says otherwise).' })
  @ApiResult(201, stageViewSchema)
  addStage(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidBody(createStageSchema) body: z.infer<typeof createStageSchema>,
  ) {
    return this.stages.add(context, id, body);
  }

  @Put(':id/stages/order')
  @RequirePermission(Permission.JobsManage)
  @ApiOperation({ summary: 'Reorder the pipeline: every stage id once, "applied" first and "hired" last.' })
  @ApiResult(200, z.array(stageViewSchema))
  reorderStages(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidBody(reorderStagesSchema) body: z.infer<typeof reorderStagesSchema>,
  ) {
    return this.stages.reorder(context, id, body.stageIds);
  }

  @Patch(':id/stages/:stageId')
  @RequirePermission(Permission.JobsManage)
  @ApiOperation({ summary: 'Rename a stage, change its kind, SLA days or scorecard attributes.' })
  @ApiResult(200, stageViewSchema)
  updateStage(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidParam('stageId', uuidParam) stageId: string,
    @ValidBody(updateStageSchema) body: z.infer<typeof updateStageSchema>,
  ) {
    return this.stages.update(context, id, stageId, body);
  }

  @Delete(':id/stages/:stageId')
  @RequirePermission(Permission.JobsManage)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a stage from the pipeline (409 while active applications sit in it).' })
  @ApiResult(204, null, 'Removed')
  removeStage(@Ctx() context: RequestContext, @ValidParam('id', uuidParam) id: string, @ValidParam('stageId', uuidParam) stageId: string) {
    return this.stages.remove(context, id, stageId);
  }
}
