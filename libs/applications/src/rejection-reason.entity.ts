import { TenantOwnedEntity } from '@hp/accounts';
import { Check, Column, Entity, Index } from 'typeorm';

export const rejectionReasonTypes = ['we_rejected', 'they_withdrew'] as const;
export type RejectionReasonType = (typeof rejectionReasonTypes)[number];

@Entity({ name: 'rejection_reasons' })
@Check('rejection_reasons_type_check', `type IN ('we_rejected', 'they_withdrew')`)
@Index('rejection_reasons_organization_name_unique', { synchronize: false })
export class RejectionReason extends TenantOwnedEntity {
  @Column({ type: 'text' })
  type: RejectionReasonType;

  @Column({ type: 'text' })
  name: string;
}
