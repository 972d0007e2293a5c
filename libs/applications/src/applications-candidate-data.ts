import { CandidateDataContributor } from '@hp/candidates';
import { scopedQuery, type TenantScope } from '@hp/database';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { ApplicationEvent } from './application-event.entity.js';
import { Application } from './application.entity.js';
import { ApplicationNote } from './application-note.entity.js';

/**
 * The candidate's applications in GDPR export and erasure. Erasure keeps the applications and
 * their stage history (anonymous once the candidate is erased, still counted by reports) and
 * removes what people wrote about or for the person: notes, rejection notes, the submitted form.
 */
@Injectable()
@CandidateDataContributor()
export class ApplicationsCandidateData {
  readonly section = 'applications';

  async exportCandidate(scope: TenantScope, candidateId: string): Promise<unknown> {
    const applications = await scopedQuery(scope, Application, 'application')
      .innerJoinAndSelect('application.job', 'job')
      .innerJoinAndSelect('application.stage', 'stage')
      .leftJoinAndSelect('application.rejectionReason', 'reason')
      .andWhere('application.candidate_id = :candidateId', { candidateId })
      .orderBy('application.id')
      .getMany();
    const ids = applications.map((application) => application.id);
    const [events, notes] = ids.length
      ? await Promise.all([
          scopedQuery(scope, ApplicationEvent, 'event')
            .leftJoinAndSelect('event.toStage', 'toStage')
            .andWhere({ applicationId: In(ids) })
            .orderBy('event.occurred_at')
            .addOrderBy('event.id')
            .getMany(),
          scopedQuery(scope, ApplicationNote, 'note')
            .andWhere({ applicationId: In(ids) })
            .orderBy('note.id')
            .getMany(),
        ])
      : [[], []];
    return applications.map((application) => ({
      id: application.id,
      job: { id: application.job!.id, title: application.job!.title },
      stage: application.stage!.name,
      status: application.status,
      source: application.source,
      appliedAt: application.appliedAt.toISOString(),
      closedAt: application.closedAt?.toISOString() ?? null,
      rejectionReason: application.rejectionReason?.name ?? null,
      submittedForm: application.submittedForm,
      history: events
        .filter((event) => event.applicationId === application.id)
        .map((event) => ({
          type: event.type,
          stage: event.toStage?.name ?? null,
          note: event.note,
          occurredAt: event.occurredAt.toISOString(),
        })),
      notes: notes
        .filter((note) => note.applicationId === application.id)
        .map((note) => ({ body: note.body, createdAt: note.createdAt.toISOString() })),
    }));
  }

  async eraseCandidate(scope: TenantScope, candidateId: string): Promise<void> {
    const ofCandidate = `application_id IN (SELECT id FROM applications WHERE organization_id = $1 AND candidate_id = $2)`;
    await scope.manager.query(
      `UPDATE application_notes SET body = '[erased]', updated_at = now() WHERE organization_id = $1 AND ${ofCandidate}`,
      [scope.organizationId, candidateId],
    );
    await scope.manager.query(
      `UPDATE application_events SET note = NULL, updated_at = now() WHERE organization_id = $1 AND note IS NOT NULL AND ${ofCandidate}`,
      [scope.organizationId, candidateId],
    );
    await scope.manager.query(
      `UPDATE applications SET submitted_form = NULL, updated_at = now() WHERE organization_id = $1 AND candidate_id = $2`,
      [scope.organizationId, candidateId],
    );
  }
}
