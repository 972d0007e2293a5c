import { Ctx, Permission, RequestContext, RequirePermission } from '@hp/auth';
import { ApiResult, uuidParam, ValidBody, ValidParam } from '@hp/common';
import { Controller, Get, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  applicationScorecardsSchema,
  scorecardViewSchema,
  submitScorecardSchema,
  type SubmitScorecardInput,
} from './dto/scorecards.schemas.js';
import { ScorecardsService } from './scorecards.service.js';

@ApiTags('scorecards')
@Controller('interviews')
export class InterviewScorecardsController {
  constructor(private readonly scorecards: ScorecardsService) {}

  @Post(':id/scorecards')
  @RequirePermission(Permission.InterviewsRead)
  @ApiOperation({
    summary:
      'Submit your scorecard for an interview you sat on, rating the attributes of its stage (403 off the panel; 409 once submitted, or if the interview was cancelled or a no-show).',
  })
  @ApiResult(201, scorecardViewSchema)
  submit(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidBody(submitScorecardSchema) body: SubmitScorecardInput,
  ) {
    return this.scorecards.submit(context, 'interview', id, body);
  }

  @Put(':id/scorecards/mine')
  @RequirePermission(Permission.InterviewsRead)
  @ApiOperation({ summary: "Amend your own scorecard, until the application leaves the interview's stage (then 409)." })
  @ApiResult(200, scorecardViewSchema)
  amend(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidBody(submitScorecardSchema) body: SubmitScorecardInput,
  ) {
    return this.scorecards.amendOwn(context, 'interview', id, body);
  }
}

@ApiTags('scorecards')
@Controller('challenges')
export class ChallengeScorecardsController {
  constructor(private readonly scorecards: ScorecardsService) {}

  @Post(':id/scorecards')
  @RequirePermission(Permission.ApplicationsRead)
  @ApiOperation({
    summary:
      'Submit your scorecard for a coding challenge you review, rating the attributes of its stage (403 if not a reviewer; 409 before the candidate submitted it, or once you have scored it).',
  })
  @ApiResult(201, scorecardViewSchema)
  submit(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidBody(submitScorecardSchema) body: SubmitScorecardInput,
  ) {
    return this.scorecards.submit(context, 'challenge', id, body);
  }

  @Put(':id/scorecards/mine')
  @RequirePermission(Permission.ApplicationsRead)
  @ApiOperation({ summary: "Amend your own scorecard of a challenge, until the application leaves the challenge's stage (then 409)." })
  @ApiResult(200, scorecardViewSchema)
  amend(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidBody(submitScorecardSchema) body: SubmitScorecardInput,
  ) {
    return this.scorecards.amendOwn(context, 'challenge', id, body);
  }
}

@ApiTags('scorecards')
@Controller('applications')
export class ApplicationScorecardsController {
  constructor(private readonly scorecards: ScorecardsService) {}

  @Get(':id/scorecards')
  @RequirePermission(Permission.ApplicationsRead)
  @ApiOperation({
    summary:
      "The application's scorecards and their summary. Blind scoring: a panel member or challenge reviewer who has not submitted their own sees neither (blind: true).",
  })
  @ApiResult(200, applicationScorecardsSchema)
  list(@Ctx() context: RequestContext, @ValidParam('id', uuidParam) id: string) {
    return this.scorecards.listForApplication(context, id);
  }
}
