import { Ctx, Permission, RequestContext, RequirePermission } from '@hp/auth';
import { ApiResult, uuidParam, ValidBody, ValidParam, ValidQuery } from '@hp/common';
import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { boardQuerySchema, boardSchema, createRejectionReasonSchema, rejectionReasonViewSchema } from './dto/applications.schemas.js';
import { PipelineBoardService } from './pipeline-board.service.js';
import { RejectionReasonsService } from './rejection-reasons.service.js';

@ApiTags('jobs')
@Controller('jobs')
export class PipelineBoardController {
  constructor(private readonly board: PipelineBoardService) {}

  @Get(':id/pipeline')
  @RequirePermission(Permission.JobsRead)
  @ApiOperation({
    summary: "The job's board: each stage with its count of active applications and a page of cards (each stage paginated on its own).",
  })
  @ApiResult(200, boardSchema)
  get(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidQuery(boardQuerySchema) query: z.infer<typeof boardQuerySchema>,
  ) {
    return this.board.board(context, id, query);
  }
}

@ApiTags('rejection reasons')
@Controller('rejection-reasons')
export class RejectionReasonsController {
  constructor(private readonly reasons: RejectionReasonsService) {}

  @Get()
  @RequirePermission(Permission.ApplicationsRead)
  @ApiOperation({ summary: "The organisation's rejection and withdrawal reasons." })
  @ApiResult(200, z.array(rejectionReasonViewSchema))
  list(@Ctx() context: RequestContext) {
    return this.reasons.list(context);
  }

  @Post()
  @RequirePermission(Permission.RejectionReasonsManage)
  @ApiOperation({ summary: 'Add a reason.' })
  @ApiResult(201, rejectionReasonViewSchema)
  create(@Ctx() context: RequestContext, @ValidBody(createRejectionReasonSchema) body: z.infer<typeof createRejectionReasonSchema>) {
    return this.reasons.create(context, body);
  }
}
