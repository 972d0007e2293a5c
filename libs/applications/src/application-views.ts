import type { ApplicationEventView, ApplicationView, NoteView } from './dto/applications.schemas.js';
import type { ApplicationEvent } from './application-event.entity.js';
import type { Application } from './application.entity.js';
import type { ApplicationNote } from './application-note.entity.js';
import { toReasonView } from './rejection-reasons.service.js';

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

const stageRef = (stage: { id: string; name: string; kind: ApplicationView['stage']['kind'] } | null | undefined) =>
  stage ? { id: stage.id, name: stage.name, kind: stage.kind } : null;

/** Expects candidate, job, stage and rejectionReason joined. */
export const toApplicationView = (application: Application): ApplicationView => ({
  id: application.id,
  version: application.version,
  status: application.status,
  source: application.source,
  candidate: {
    id: application.candidate!.id,
    firstName: application.candidate!.firstName,
    lastName: application.candidate!.lastName,
    email: application.candidate!.email,
  },
  job: { id: application.job!.id, title: application.job!.title },
  stage: stageRef(application.stage)!,
  stageEnteredAt: application.stageEnteredAt.toISOString(),
  appliedAt: application.appliedAt.toISOString(),
  closedAt: iso(application.closedAt),
  hiredAt: iso(application.hiredAt),
  rejectionReason: application.rejectionReason ? toReasonView(application.rejectionReason) : null,
});

export const toEventView = (event: ApplicationEvent): ApplicationEventView => ({
  id: event.id,
  type: event.type,
  fromStage: stageRef(event.fromStage),
  toStage: stageRef(event.toStage),
  actor: event.actor ? { id: event.actor.id, name: event.actor.name } : null,
  rejectionReason: event.rejectionReason ? toReasonView(event.rejectionReason) : null,
  note: event.note,
  occurredAt: event.occurredAt.toISOString(),
});

export const toNoteView = (note: ApplicationNote): NoteView => ({
  id: note.id,
  body: note.body,
  author: note.author ? { id: note.author.id, name: note.author.name } : null,
  createdAt: note.createdAt.toISOString(),
});
