import { Ctx, Permission, RequestContext, RequirePermission } from '@hp/auth';
import { ValidQuery } from '@hp/common';
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type FunnelQuery,
  funnelQuerySchema,
  funnelReportSchema,
  type InterviewersQuery,
  interviewersQuerySchema,
  interviewersReportSchema,
  type SourcesQuery,
  sourcesQuerySchema,
  sourcesReportSchema,
  type TimeInStageQuery,
  timeInStageQuerySchema,
  timeInStageReportSchema,
  type TimeToHireQuery,
  timeToHireQuerySchema,
  timeToHireReportSchema,
} from './dto/reports.schemas.js';
import { ReportResult } from './report-format.js';
import { ReportsService } from './reports.service.js';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('funnel')
  @RequirePermission(Permission.PipelineReportsRead)
  @ApiOperation({
    summary:
      'Per stage of a job (or per stage kind across jobs): applications that reached it, are in it now, left it rejected or withdrawn, and the conversion to the next. Counts applications applied in the window; see docs/reports.md.',
  })
  @ReportResult('funnel', funnelReportSchema)
  funnel(@Ctx() context: RequestContext, @ValidQuery(funnelQuerySchema) query: FunnelQuery) {
    return this.reports.funnel(context, query);
  }

  @Get('time-in-stage')
  @RequirePermission(Permission.PipelineReportsRead)
  @ApiOperation({
    summary:
      'Per stage (or stage kind): median and 90th percentile of the days applications applied in the window spent in it, from the stage history; the current stage counts up to now.',
  })
  @ReportResult('time-in-stage', timeInStageReportSchema)
  timeInStage(@Ctx() context: RequestContext, @ValidQuery(timeInStageQuerySchema) query: TimeInStageQuery) {
    return this.reports.timeInStage(context, query);
  }

  @Get('time-to-hire')
  @RequirePermission(Permission.PipelineReportsRead)
  @ApiOperation({
    summary:
      "Per job and overall, for the hires made in the window: median and 90th percentile days from application to hire, and from the job's opening to its first hire.",
  })
  @ReportResult('time-to-hire', timeToHireReportSchema)
  timeToHire(@Ctx() context: RequestContext, @ValidQuery(timeToHireQuerySchema) query: TimeToHireQuery) {
    return this.reports.timeToHire(context, query);
  }

  @Get('sources')
  @RequirePermission(Permission.PipelineReportsRead)
  @ApiOperation({
    summary: 'Per source, for applications applied in the window: applications, past screening, offers, hires and the hire rate.',
  })
  @ReportResult('sources', sourcesReportSchema)
  sources(@Ctx() context: RequestContext, @ValidQuery(sourcesQuerySchema) query: SourcesQuery) {
    return this.reports.sources(context, query);
  }

  @Get('interviewers')
  @RequirePermission(Permission.InterviewerReportRead)
  @ApiOperation({
    summary:
      'Per interviewer, for interviews that ended in the window: interviews held, scorecards on time (within 24 hours of the end), late, missing, and median hours to submit. Interviewers get their own row only.',
  })
  @ReportResult('interviewers', interviewersReportSchema)
  interviewers(@Ctx() context: RequestContext, @ValidQuery(interviewersQuerySchema) query: InterviewersQuery) {
    return this.reports.interviewers(context, query);
  }
}
