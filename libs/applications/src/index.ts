export { ApplicationEvent, type ApplicationEventType, applicationEventTypes } from './application-event.entity.js';
export { Application, type ApplicationStatus, applicationStatuses } from './application.entity.js';
export { ApplicationNote } from './application-note.entity.js';
export { ApplicationsError } from './applications.errors.js';
export { ApplicationEventsModule, applicationsEntities, ApplicationsModule } from './applications.module.js';
export { ApplicationsService } from './applications.service.js';
export { RejectionReason, type RejectionReasonType, rejectionReasonTypes } from './rejection-reason.entity.js';
export { BOARD_SCORE_SUMMARIES, type BoardScoreSummaries } from './pipeline-board.service.js';
export type { BoardCardScoreSummary } from './dto/applications.schemas.js';
