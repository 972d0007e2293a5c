import { OrganizationSetup } from '@hp/accounts';
import type { RequestContext } from '@hp/auth';
import { scopedQuery } from '@hp/database';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ApplicationsError } from './applications.errors.js';
import type { RejectionReasonView } from './dto/applications.schemas.js';
import { RejectionReason, type RejectionReasonType } from './rejection-reason.entity.js';

/** The reasons every organisation starts with (the benchmark generator loads the same ones). */
export const defaultRejectionReasons = {
  we_rejected: [
    'Not enough experience',
    'Skills mismatch',
    'Did not pass the technical assessment',
    'Values or team fit',
    'Salary expectations',
    'Position filled',
    'Other',
  ],
  they_withdrew: [
    'Accepted another offer',
    'Compensation',
    'Location or remote policy',
    'Process took too long',
    'Personal reasons',
    'Other',
  ],
} as const satisfies Record<RejectionReasonType, readonly string[]>;

export const toReasonView = (reason: RejectionReason): RejectionReasonView => ({ id: reason.id, type: reason.type, name: reason.name });

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class RejectionReasonsService {
  /** Every new organisation starts with sensible reasons of both kinds. */
  @OrganizationSetup()
  async seedDefaults(manager: EntityManager, organizationId: string): Promise<void> {
    await manager.insert(
      RejectionReason,
      Object.entries(defaultRejectionReasons).flatMap(([type, names]) =>
        names.map((name) => ({ organizationId, type: type as RejectionReasonType, name })),
      ),
    );
  }

  /** By kind, then name. */
  async list(context: RequestContext): Promise<RejectionReasonView[]> {
    const reasons = await scopedQuery(context, RejectionReason, 'reason')
      .orderBy('reason.type')
      .addOrderBy('reason.name')
      .addOrderBy('reason.id')
      .getMany();
    return reasons.map(toReasonView);
  }

  async create(context: RequestContext, input: { type: RejectionReasonType; name: string }): Promise<RejectionReasonView> {
    try {
      return toReasonView(
        await context.manager.save(context.manager.create(RejectionReason, { organizationId: context.organizationId, ...input })),
      );
    } catch (error) {
      const { code, constraint } = error as { code?: string; constraint?: string };
      if (code === UNIQUE_VIOLATION && constraint === 'rejection_reasons_organization_name_unique') {
        throw new ApplicationsError('REJECTION_REASON_EXISTS', 'A reason with this name and kind exists already.', {
          errors: [{ field: 'name', message: 'exists already' }],
        });
      }
      throw error;
    }
  }

  /** A reason of the organisation and of the expected kind, or a 400 naming `reasonId`. */
  async require(context: RequestContext, reasonId: string, type: RejectionReasonType): Promise<RejectionReason> {
    const reason = await scopedQuery(context, RejectionReason, 'reason').andWhere('reason.id = :reasonId', { reasonId }).getOne();
    if (!reason || reason.type !== type) {
      throw new ApplicationsError('REJECTION_REASON_INVALID', `Use a rejection reason of type ${type}.`, {
        errors: [{ field: 'reasonId', message: `is not a ${type} reason of this organisation` }],
      });
    }
    return reason;
  }
}
