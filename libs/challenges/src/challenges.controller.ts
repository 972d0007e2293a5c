import { Ctx, Permission, Public, RequestContext, RequirePermission } from '@hp/auth';
import { ApiResult, uuidParam, ValidBody, ValidParam } from '@hp/common';
import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ChallengesService } from './challenges.service.js';
import {
  challengeSubmissionSchema,
  challengeTokenParam,
  challengeViewSchema,
  createChallengeSchema,
  createdChallengeSchema,
  publicChallengeSchema,
  submissionReceivedSchema,
  updateChallengeSchema,
} from './dto/challenges.schemas.js';
import { PublicChallengesService } from './public-challenges.service.js';

@ApiTags('challenges')
@Controller('applications/:id/challenges')
export class ApplicationChallengesController {
  constructor(private readonly challenges: ChallengesService) {}

  @Post()
  @RequirePermission(Permission.ChallengesManage)
  @ApiOperation({
    summary: "Send a coding challenge for the application's current stage: the candidate is emailed a single-use link, also returned here.",
  })
  @ApiResult(201, createdChallengeSchema)
  create(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidBody(createChallengeSchema) body: z.infer<typeof createChallengeSchema>,
  ) {
    return this.challenges.create(context, id, body);
  }

  @Get()
  @RequirePermission(Permission.ApplicationsRead)
  @ApiOperation({ summary: "The application's coding challenges, oldest first, each with its status (sent, submitted, expired)." })
  @ApiResult(200, z.array(challengeViewSchema))
  list(@Ctx() context: RequestContext, @ValidParam('id', uuidParam) id: string) {
    return this.challenges.listForApplication(context, id);
  }
}

@ApiTags('challenges')
@Controller('challenges')
export class ChallengesController {
  constructor(private readonly challenges: ChallengesService) {}

  // Whoever may see the application, and the challenge's reviewers (who score it).
  @Get(':id')
  @RequirePermission(Permission.ApplicationsRead)
  @ApiOperation({
    summary:
      'A coding challenge with its reviewers, submission and status (sent, submitted, expired); for those who see its application, and its reviewers.',
  })
  @ApiResult(200, challengeViewSchema)
  get(@Ctx() context: RequestContext, @ValidParam('id', uuidParam) id: string) {
    return this.challenges.get(context, id);
  }

  @Patch(':id')
  @RequirePermission(Permission.ChallengesManage)
  @ApiOperation({ summary: 'Move the deadline (to a future time); 409 once the challenge was submitted.' })
  @ApiResult(200, challengeViewSchema)
  update(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidBody(updateChallengeSchema) body: z.infer<typeof updateChallengeSchema>,
  ) {
    return this.challenges.update(context, id, body);
  }
}

@ApiTags('challenges')
@Controller('public/challenges/:token')
export class PublicChallengesController {
  constructor(private readonly challenges: PublicChallengesService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: "A candidate's coding challenge, by the token of their link (404 for an unknown or malformed token)." })
  @ApiResult(200, publicChallengeSchema)
  get(@ValidParam('token', challengeTokenParam) token: string) {
    return this.challenges.get(token);
  }

  @Post('submission')
  @Public()
  @ApiOperation({ summary: 'Submit the work, once: a repository URL, notes, or both (409 once submitted or after the deadline).' })
  @ApiResult(201, submissionReceivedSchema)
  submit(
    @ValidParam('token', challengeTokenParam) token: string,
    @ValidBody(challengeSubmissionSchema) body: z.infer<typeof challengeSubmissionSchema>,
  ) {
    return this.challenges.submit(token, body);
  }
}
