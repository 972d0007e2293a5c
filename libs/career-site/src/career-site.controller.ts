import { Public } from '@hp/auth';
import { ApiResult, pageSchema, uuidParam, ValidParam, ValidQuery } from '@hp/common';
import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { type ApplicationForm, ApplicationFormBody } from './application-form.js';
import { publicJobSchema, publicJobsQuerySchema, receivedSchema, slugParam } from './career-site.schemas.js';
import { CareerSiteService } from './career-site.service.js';

@ApiTags('career site')
@Controller('public/organizations/:slug/jobs')
export class CareerSiteController {
  constructor(private readonly careerSite: CareerSiteService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: "The organisation's open jobs, newest first." })
  @ApiResult(200, pageSchema(publicJobSchema))
  list(@ValidParam('slug', slugParam) slug: string, @ValidQuery(publicJobsQuerySchema) query: z.infer<typeof publicJobsQuerySchema>) {
    return this.careerSite.listJobs(slug, query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'An open job.' })
  @ApiResult(200, publicJobSchema)
  get(@ValidParam('slug', slugParam) slug: string, @ValidParam('id', uuidParam) id: string) {
    return this.careerSite.getJob(slug, id);
  }

  @Post(':id/applications')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Apply without an account (JSON, or multipart with a `resume` file). The answer is the same whether or not the person was known or had applied.',
  })
  @ApiResult(202, receivedSchema)
  async apply(
    @ValidParam('slug', slugParam) slug: string,
    @ValidParam('id', uuidParam) id: string,
    @ApplicationFormBody() form: ApplicationForm,
  ) {
    await this.careerSite.apply(slug, id, form);
    return { status: 'received' as const };
  }
}
