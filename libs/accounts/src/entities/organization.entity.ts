import { BaseEntity } from '@hp/database';
import { Column, Entity, Unique } from 'typeorm';

@Entity({ name: 'organizations' })
@Unique('organizations_slug_unique', ['slug'])
export class Organization extends BaseEntity {
  @Column({ type: 'text' })
  name: string;

  /** URL name of the organisation (career site, login disambiguation); unique across the install. */
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text', default: 'UTC' })
  timezone: string;
}
