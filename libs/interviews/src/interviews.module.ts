import { MailModule } from '@hp/mail';
import { OutboxModule } from '@hp/outbox';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InterviewInterviewer } from './interview-interviewer.entity.js';
import { Interview } from './interview.entity.js';
import { InterviewsCandidateData } from './interviews-candidate-data.js';
import { InterviewsController, MyInterviewsController } from './interviews.controller.js';
import { InterviewsService } from './interviews.service.js';

export const interviewsEntities = [Interview, InterviewInterviewer];

@Module({
  imports: [TypeOrmModule.forFeature(interviewsEntities), OutboxModule, MailModule],
  controllers: [InterviewsController, MyInterviewsController],
  providers: [InterviewsService, InterviewsCandidateData],
  exports: [InterviewsService],
})
export class InterviewsModule {}
