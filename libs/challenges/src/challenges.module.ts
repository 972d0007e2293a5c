import { ApplicationsModule } from '@hp/applications';
import { MailModule } from '@hp/mail';
import { OutboxModule } from '@hp/outbox';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChallengeReviewer } from './challenge-reviewer.entity.js';
import { ChallengesCandidateData } from './challenges-candidate-data.js';
import { ApplicationChallengesController, ChallengesController, PublicChallengesController } from './challenges.controller.js';
import { ChallengesService } from './challenges.service.js';
import { CodingChallenge } from './coding-challenge.entity.js';
import { PublicChallengesService } from './public-challenges.service.js';

export const challengesEntities = [CodingChallenge, ChallengeReviewer];

@Module({
  imports: [TypeOrmModule.forFeature(challengesEntities), ApplicationsModule, MailModule, OutboxModule],
  controllers: [ApplicationChallengesController, ChallengesController, PublicChallengesController],
  providers: [ChallengesService, PublicChallengesService, ChallengesCandidateData],
  exports: [ChallengesService],
})
export class ChallengesModule {}
