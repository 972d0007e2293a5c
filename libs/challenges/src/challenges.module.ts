import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChallengeReviewer } from './challenge-reviewer.entity.js';
import { CodingChallenge } from './coding-challenge.entity.js';

export const challengesEntities = [CodingChallenge, ChallengeReviewer];

@Module({ imports: [TypeOrmModule.forFeature(challengesEntities)] })
export class ChallengesModule {}
