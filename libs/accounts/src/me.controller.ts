import { Authenticated, Ctx, RequestContext } from '@hp/auth';
import { ApiResult, ValidBody } from '@hp/common';
import { Controller, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { AuthService } from './auth.service.js';
import { changePasswordSchema, meSchema, updateMeSchema } from './dto/accounts.schemas.js';

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(private readonly auth: AuthService) {}

  @Patch()
  @Authenticated()
  @ApiOperation({ summary: 'Change my name or timezone (null: use the organisation’s).' })
  @ApiResult(200, meSchema)
  update(@Ctx() context: RequestContext, @ValidBody(updateMeSchema) body: z.infer<typeof updateMeSchema>) {
    return this.auth.updateMe(context, body);
  }

  @Post('password')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Change my password; my other sessions end.' })
  @ApiResult(204, null, 'Password changed')
  changePassword(@Ctx() context: RequestContext, @ValidBody(changePasswordSchema) body: z.infer<typeof changePasswordSchema>) {
    return this.auth.changePassword(context, body);
  }
}
