import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InterviewInterviewer } from './interview-interviewer.entity.js';
import { Interview } from './interview.entity.js';

export const interviewsEntities = [Interview, InterviewInterviewer];

@Module({ imports: [TypeOrmModule.forFeature(interviewsEntities)] })
export class InterviewsModule {}
