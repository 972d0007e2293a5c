import { Module } from '@nestjs/common';
import { ReportFormatInterceptor } from './report-format.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

/** The hiring reports (`GET /reports/*`): read-only SQL over the pipeline's, interviews' and scorecards' tables. */
@Module({
  controllers: [ReportsController],
  providers: [ReportsService, ReportFormatInterceptor],
})
export class ReportsModule {}
