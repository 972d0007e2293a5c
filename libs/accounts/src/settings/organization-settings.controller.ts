import { Authenticated, Ctx, Permission, RequestContext, RequirePermission } from '@hp/auth';
import { ApiResult, ValidBody } from '@hp/common';
import { Controller, Get, Patch } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { OrganizationSettingsService } from './organization-settings.service.js';
import { notificationPreferencesSchema } from './reminder-policy.js';
import { organizationSettingsSchema, updateNotificationPreferencesSchema, updateOrganizationSettingsSchema } from './settings.schemas.js';

@ApiTags('organization')
@Controller('organization/settings')
export class OrganizationSettingsController {
  constructor(private readonly settings: OrganizationSettingsService) {}

  @Get()
  @RequirePermission(Permission.OrganizationRead)
  @ApiOperation({ summary: "The organisation's timezone, reminder policy and candidate retention." })
  @ApiResult(200, organizationSettingsSchema)
  get(@Ctx() context: RequestContext) {
    return this.settings.get(context);
  }

  @Patch()
  @RequirePermission(Permission.OrganizationManage)
  @ApiOperation({ summary: 'Change settings; reminders not yet sent are re-planned under the new policy.' })
  @ApiResult(200, organizationSettingsSchema)
  update(
    @Ctx() context: RequestContext,
    @ValidBody(updateOrganizationSettingsSchema) body: z.infer<typeof updateOrganizationSettingsSchema>,
  ) {
    return this.settings.update(context, body);
  }
}

@ApiTags('me')
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly settings: OrganizationSettingsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Which reminder emails I receive (security emails cannot be turned off).' })
  @ApiResult(200, notificationPreferencesSchema)
  get(@Ctx() context: RequestContext) {
    return this.settings.notificationPreferences(context);
  }

  @Patch()
  @Authenticated()
  @ApiOperation({ summary: 'Turn reminder kinds on or off for myself.' })
  @ApiResult(200, notificationPreferencesSchema)
  update(
    @Ctx() context: RequestContext,
    @ValidBody(updateNotificationPreferencesSchema) body: z.infer<typeof updateNotificationPreferencesSchema>,
  ) {
    return this.settings.updateNotificationPreferences(context, body);
  }
}
