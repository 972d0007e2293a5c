import { MailModule } from '@hp/mail';
import { OutboxModule } from '@hp/outbox';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InterviewInterviewer } from './interview-interviewer.entity.js';
import { Interview } from './interview.entity.js';
import { InterviewsCandidateData } from './interviews-candidate-data.js';
import { InterviewsController, MyInterviewsController } from './interviews.controller.js';
import { InterviewsService } from './interviews.service.js';

/** The interviews part of a candidate's GDPR export and erasure, for every process that erases (the API, the retention task). */
@Module({ providers: [InterviewsCandidateData] })
export class InterviewsCandidateDataModule {}

export const interviewsEntities = [Interview, InterviewInterviewer];

@Module({
  imports: [InterviewsCandidateDataModule, TypeOrmModule.forFeature(interviewsEntities), OutboxModule, MailModule],
  controllers: [InterviewsController, MyInterviewsController],
  providers: [InterviewsService],
  exports: [InterviewsService],
})
export class InterviewsModule {}
