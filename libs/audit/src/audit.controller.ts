import { Permission, RequestContext, Ctx, RequirePermission } from '@hp/auth';
import { ApiResult, pageSchema, paginationQueryShape, ValidQuery } from '@hp/common';
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { auditEventTypes } from './audit-event.entity.js';
import { AuditService } from './audit.service.js';

const auditQuerySchema = z.strictObject({
  type: z.enum(auditEventTypes).optional(),
  actorId: z.uuid().optional(),
  ...paginationQueryShape,
});

const auditEventSchema = z.object({
  id: z.uuid(),
  type: z.enum(auditEventTypes),
  actorUserId: z.uuid().nullable(),
  targetUserId: z.uuid().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime(),
});

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermission(Permission.AuditRead)
  @ApiOperation({ summary: "The organisation's security events, newest first." })
  @ApiResult(200, pageSchema(auditEventSchema))
  list(@Ctx() context: RequestContext, @ValidQuery(auditQuerySchema) query: z.infer<typeof auditQuerySchema>) {
    return this.audit.list(context, query);
  }
}
