import { Ctx, Permission, RequestContext, RequirePermission } from '@hp/auth';
import { ApiResult, pageSchema, uuidParam, ValidBody, ValidParam, ValidQuery } from '@hp/common';
import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { invitationSchema, invitationViewSchema, listUsersQuerySchema, updateUserSchema, userViewSchema } from './dto/accounts.schemas.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission(Permission.UsersRead)
  @ApiOperation({ summary: 'The team, oldest first.' })
  @ApiResult(200, pageSchema(userViewSchema))
  list(@Ctx() context: RequestContext, @ValidQuery(listUsersQuerySchema) query: z.infer<typeof listUsersQuerySchema>) {
    return this.users.list(context, query);
  }

  @Post('invitations')
  @RequirePermission(Permission.UsersManage)
  @ApiOperation({ summary: 'Invite someone: a pending user and an emailed single-use link (7 days).' })
  @ApiResult(201, invitationViewSchema)
  invite(@Ctx() context: RequestContext, @ValidBody(invitationSchema) body: z.infer<typeof invitationSchema>) {
    return this.users.invite(context, body);
  }

  @Patch(':id')
  @RequirePermission(Permission.UsersManage)
  @ApiOperation({ summary: 'Change a user’s role or name, deactivate or reactivate them. At least one active admin remains.' })
  @ApiResult(200, userViewSchema)
  update(
    @Ctx() context: RequestContext,
    @ValidParam('id', uuidParam) id: string,
    @ValidBody(updateUserSchema) body: z.infer<typeof updateUserSchema>,
  ) {
    return this.users.update(context, id, body);
  }
}
