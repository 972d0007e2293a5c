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

/** The challenges part of a candidate's GDPR export and erasure, for every process that erases (the API, the retention task). */
@Module({ providers: [ChallengesCandidateData] })
export class ChallengesCandidateDataModule {}

export const challengesEntities = [CodingChallenge, ChallengeReviewer];

@Module({
  imports: [ChallengesCandidateDataModule, TypeOrmModule.forFeature(challengesEntities), ApplicationsModule, MailModule, OutboxModule],
  controllers: [ApplicationChallengesController, ChallengesController, PublicChallengesController],
  providers: [ChallengesService, PublicChallengesService],
  exports: [ChallengesService],
})
export class ChallengesModule {}
