export { AuditEvent, type AuditEventType, auditEventTypes } from './audit-event.entity.js';
export { AuditModule } from './audit.module.js';
export { type AuditRecord, AuditService } from './audit.service.js';
