import { Ctx, Permission, RequestContext, RequirePermission } from '@hp/auth';
import { ApiResult, pageSchema, uuidParam, ValidParam, ValidQuery } from '@hp/common';
import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { listRemindersQuerySchema, type ListRemindersQuery, reminderViewSchema } from './dto/reminders.schemas.js';
import { RemindersService } from './reminders.service.js';

@ApiTags('reminders')
@Controller('reminders')
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @Get()
  @RequirePermission(Permission.RemindersRead)
  @ApiOperation({ summary: "The organisation's reminders, newest first: when each is due, to whom, and what became of it." })
  @ApiResult(200, pageSchema(reminderViewSchema))
  list(@Ctx() context: RequestContext, @ValidQuery(listRemindersQuerySchema) query: ListRemindersQuery) {
    return this.reminders.list(context, query);
  }

  @Post(':id/retry')
  @RequirePermission(Permission.RemindersManage)
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a failed or skipped reminder again now (its reason is checked again when it fires).' })
  @ApiResult(200, reminderViewSchema)
  retry(@Ctx() context: RequestContext, @ValidParam('id', uuidParam) id: string) {
    return this.reminders.retry(context, id);
  }
}
