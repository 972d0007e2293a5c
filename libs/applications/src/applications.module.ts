import { AuditModule } from '@hp/audit';
import { CandidatesModule } from '@hp/candidates';
import { JobsModule } from '@hp/jobs';
import { OutboxModule } from '@hp/outbox';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationEvent } from './application-event.entity.js';
import { Application } from './application.entity.js';
import { ApplicationNote } from './application-note.entity.js';
import { ApplicationsCandidateData } from './applications-candidate-data.js';
import { ApplicationsController, CandidateMergeController } from './applications.controller.js';
import { ApplicationsService } from './applications.service.js';
import { CandidateMergeService } from './candidate-merge.service.js';
import { PipelineBoardController, RejectionReasonsController } from './pipeline.controller.js';
import { PipelineBoardService } from './pipeline-board.service.js';
import { RejectionReason } from './rejection-reason.entity.js';
import { RejectionReasonsService } from './rejection-reasons.service.js';

/** The applications part of a candidate's GDPR export and erasure, for every process that erases (the API, the retention task). */
@Module({ providers: [ApplicationsCandidateData] })
export class ApplicationsCandidateDataModule {}

export const applicationsEntities = [Application, ApplicationEvent, ApplicationNote, RejectionReason];

@Module({
  imports: [
    ApplicationsCandidateDataModule,
    TypeOrmModule.forFeature(applicationsEntities),
    AuditModule,
    JobsModule,
    CandidatesModule,
    OutboxModule,
  ],
  controllers: [ApplicationsController, CandidateMergeController, PipelineBoardController, RejectionReasonsController],
  providers: [ApplicationsService, CandidateMergeService, PipelineBoardService, RejectionReasonsService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
