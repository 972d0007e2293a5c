import { TenantOwnedEntity, User } from '@hp/accounts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Application } from './application.entity.js';

@Entity({ name: 'application_notes' })
@Index('application_notes_application_id_idx', ['applicationId', 'id'])
export class ApplicationNote extends TenantOwnedEntity {
  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_user_id' })
  author?: User | null;

  @Column({ type: 'text' })
  body: string;
}
