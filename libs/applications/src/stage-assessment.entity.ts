import { TenantOwnedEntity, User } from '@hp/accounts';
import { Stage } from '@hp/jobs';
import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { Application } from './application.entity.js';

/**
 * What assesses an application in one of its stages (an interview, a coding challenge): the
 * application, the stage it was set for (scorecards rate that stage's attributes), who set it up.
 */
export abstract class StageAssessment extends TenantOwnedEntity {
  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ type: 'uuid' })
  stageId: string;

  @ManyToOne(() => Stage)
  @JoinColumn({ name: 'stage_id' })
  stage?: Stage;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: User | null;
}
