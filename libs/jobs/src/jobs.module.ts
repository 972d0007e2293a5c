import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobRecruiter } from './job-recruiter.entity.js';
import { Job } from './job.entity.js';
import { JobsController } from './jobs.controller.js';
import { JobsService } from './jobs.service.js';
import { Stage } from './stage.entity.js';
import { StagesService } from './stages.service.js';

export const jobsEntities = [Job, JobRecruiter, Stage];

@Module({
  imports: [TypeOrmModule.forFeature(jobsEntities)],
  controllers: [JobsController],
  providers: [JobsService, StagesService],
  exports: [JobsService],
})
export class JobsModule {}
