import { AuditService } from '@hp/audit';
import type { RequestContext } from '@hp/auth';
import { OutboxWriter } from '@hp/outbox';
import { QueueJobName } from '@hp/queue';
import { Injectable } from '@nestjs/common';
import { Organization } from '../entities/organization.entity.js';
import { User } from '../entities/user.entity.js';
import {
  applyReminderPolicyPatch,
  type NotificationPreferences,
  readNotificationPreferences,
  readReminderPolicy,
} from './reminder-policy.js';
import type { OrganizationSettings, UpdateNotificationPreferencesInput, UpdateOrganizationSettingsInput } from './settings.schemas.js';

const toSettings = (organization: Organization): OrganizationSettings => ({
  timezone: organization.timezone,
  reminderPolicy: readReminderPolicy(organization.reminderPolicy),
  retentionMonths: organization.retentionMonths,
});

@Injectable()
export class OrganizationSettingsService {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: OutboxWriter,
  ) {}

  async get(context: RequestContext): Promise<OrganizationSettings> {
    return toSettings(await context.manager.findOneByOrFail(Organization, { id: context.organizationId }));
  }

  /**
   * Changes settings; reminders not yet sent are re-planned by the worker from the event written
   * in the same transaction.
   */
  async update(context: RequestContext, input: UpdateOrganizationSettingsInput): Promise<OrganizationSettings> {
    return context.transaction(async (tx) => {
      const organization = await tx.manager.findOneOrFail(Organization, {
        where: { id: tx.organizationId },
        lock: { mode: 'pessimistic_write' },
      });
      const before = toSettings(organization);
      const after: OrganizationSettings = {
        timezone: input.timezone ?? before.timezone,
        reminderPolicy: input.reminderPolicy
          ? applyReminderPolicyPatch(before.reminderPolicy, input.reminderPolicy)
          : before.reminderPolicy,
        retentionMonths: input.retentionMonths === undefined ? before.retentionMonths : input.retentionMonths,
      };
      const changed = (Object.keys(after) as (keyof OrganizationSettings)[]).filter(
        (key) => JSON.stringify(after[key]) !== JSON.stringify(before[key]),
      );
      if (changed.length === 0) return before;
      await tx.manager.update(
        Organization,
        { id: tx.organizationId },
        { timezone: after.timezone, reminderPolicy: after.reminderPolicy, retentionMonths: after.retentionMonths },
      );
      await this.audit.record(tx.manager, {
        type: 'organization.settings_changed',
        organizationId: tx.organizationId,
        actorUserId: tx.actor.userId,
        client: tx.client,
        data: { changed, before: pick(before, changed), after: pick(after, changed) },
      });
      await this.outbox.publish(tx.manager, {
        name: QueueJobName.OrganizationSettingsChanged,
        payload: { organizationId: tx.organizationId, occurredAt: new Date().toISOString() },
        organizationId: tx.organizationId,
      });
      return after;
    });
  }

  async notificationPreferences(context: RequestContext): Promise<NotificationPreferences> {
    const user = await context.manager.findOneOrFail(User, {
      where: { id: context.actor.userId, organizationId: context.organizationId },
      select: { id: true, notificationPreferences: true },
    });
    return readNotificationPreferences(user.notificationPreferences);
  }

  /** Stores the kinds turned off; reminders already planned check it when they fire. */
  async updateNotificationPreferences(
    context: RequestContext,
    input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreferences> {
    const next = { ...(await this.notificationPreferences(context)), ...input };
    const turnedOff = Object.fromEntries(
      Object.entries(next)
        .filter(([, on]) => !on)
        .map(([kind]) => [kind, false]),
    );
    await context.manager.update(
      User,
      { id: context.actor.userId, organizationId: context.organizationId },
      { notificationPreferences: turnedOff },
    );
    return next;
  }
}

function pick(settings: OrganizationSettings, keys: (keyof OrganizationSettings)[]): Partial<OrganizationSettings> {
  return Object.fromEntries(keys.map((key) => [key, settings[key]]));
}
