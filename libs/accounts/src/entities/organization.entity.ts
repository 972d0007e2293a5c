import { BaseEntity } from '@hp/database';
import { Check, Column, Entity, Unique } from 'typeorm';

@Entity({ name: 'organizations' })
@Unique('organizations_slug_unique', ['slug'])
@Check('organizations_retention_months_check', `retention_months IS NULL OR retention_months BETWEEN 1 AND 120`)
export class Organization extends BaseEntity {
  @Column({ type: 'text' })
  name: string;

  /** URL name of the organisation (career site, login disambiguation); unique across the install. */
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text', default: 'UTC' })
  timezone: string;

  /** What the organisation changed of the reminder policy; read through `readReminderPolicy`. */
  @Column({ type: 'jsonb', default: {} })
  reminderPolicy: object;

  /** Candidates with nothing active and no activity for this long are erased; null keeps them. */
  @Column({ type: 'integer', nullable: true })
  retentionMonths: number | null;
}
