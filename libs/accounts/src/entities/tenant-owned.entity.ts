import { BaseEntity } from '@hp/database';
import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { Organization } from './organization.entity.js';

/** Every row that belongs to one organisation: `organization_id`, a foreign key that cascades. */
export abstract class TenantOwnedEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;
}
