import { Ctx, Permission, RequestContext, RequirePermission } from '@hp/auth';
import { ApiResult, pageSchema, uuidParam, ValidBody, ValidParam, ValidQuery } from '@hp/common';
import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  cancelInterviewSchema,
  createInterviewSchema,
  interviewChangeResultSchema,
  interviewViewSchema,
  listInterviewsQuerySchema,
  myInterviewsQuerySchema,
  updateInterviewSchema,
} from './dto/interviews.schemas.js';
import { InterviewsService } from './interviews.service.js';

@ApiTags('interviews')
@Controller('interviews')
export class InterviewsController {
  constructor(private readonly interviews: InterviewsService) {}

  @Post()
  @RequirePermission(Permission.InterviewsManage)
  @ApiOperation({
    summary: 'Schedule an interview of an active application and invite its panel and the candidate (iCalendar REQUEST).',
  })
  @ApiResult(201, interviewChangeResultSchema)
  schedule(@Ctx() context: RequestContext, @ValidBody(createInterviewSchema) body: z.infer<typeof createInterviewSchema>) {
    return this.interviews.schedule(context, body);
  }

  @Get()
  @RequirePermission(Permission.InterviewsRead)
  @ApiOperation({
    summary: 'Interviews by start time (interviewers: those on their panels), filtered by time, interviewer, application or status.',
  })
  @ApiResult(200, pageSchema(interviewViewSchema))
  list(@Ctx() context: RequestContext, @ValidQuery(listInterviewsQuerySchema) query: z.infer<typeof listInterviewsQuerySchema>) {
    return this.interviews.list(context, query);
  }

  @Get(':id')
  @RequirePermission(Permission.InterviewsRead)
  @ApiOperation({ summary: 'An interview with its candidate, job, stage and panel.' })
  @ApiResult(200, interviewViewSchema)
  get(@Ctx() context: RequestContext, @ValidParam('id', uuidParam) id: string) {
    return this.interviews.get(context, id);
  }

  @Patch(':id')
  @RequirePermission(Permission.InterviewsManage)
  @ApiOperation({
    summary: 'Reschedule a scheduled interview or change its panel; attendees get an update, people removed a cancellation.',
  })
  @ApiResult(200, interviewChangeResultSchema)
  update(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidBody(updateInterviewSchema) body: z.infer<typeof updateInterviewSchema>,
  ) {
    return this.interviews.update(context, id, body);
  }

  @Post(':id/cancel')
  @RequirePermission(Permission.InterviewsManage)
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a scheduled interview; the panel and the candidate get an iCalendar CANCEL.' })
  @ApiResult(200, interviewViewSchema)
  cancel(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidBody(cancelInterviewSchema) body: z.infer<typeof cancelInterviewSchema>,
  ) {
    return this.interviews.cancel(context, id, body);
  }

  @Post(':id/complete')
  @RequirePermission(Permission.InterviewsManage)
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that a scheduled interview took place.' })
  @ApiResult(200, interviewViewSchema)
  complete(@Ctx() context: RequestContext, @ValidParam('id', uuidParam) id: string) {
    return this.interviews.complete(context, id);
  }

  @Post(':id/no-show')
  @RequirePermission(Permission.InterviewsManage)
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the candidate did not come to a scheduled interview.' })
  @ApiResult(200, interviewViewSchema)
  noShow(@Ctx() context: RequestContext, @ValidParam('id', uuidParam) id: string) {
    return this.interviews.markNoShow(context, id);
  }
}

@ApiTags('interviews')
@Controller('me')
export class MyInterviewsController {
  constructor(private readonly interviews: InterviewsService) {}

  @Get('interviews')
  @RequirePermission(Permission.InterviewsRead)
  @ApiOperation({ summary: "The caller's agenda: scheduled interviews on their panels that have not ended, soonest first." })
  @ApiResult(200, pageSchema(interviewViewSchema))
  mine(@Ctx() context: RequestContext, @ValidQuery(myInterviewsQuerySchema) query: z.infer<typeof myInterviewsQuerySchema>) {
    return this.interviews.mine(context, query);
  }
}
