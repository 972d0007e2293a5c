export { MailDelivery, type MailDeliveryStatus, mailDeliveryStatuses } from './mail-delivery.entity.js';
export { mailAttemptJobId } from './mail-attempt-job-id.js';
export { MailDeliveryProcessor, mailRetryDelayMs, type MailSendOutcome } from './mail-delivery.processor.js';
export { MailError } from './mail.errors.js';
export { MailDeliveryModule, MailModule } from './mail.module.js';
export { type ClaimedDelivery, type ClaimedMail, type MailRequest, MailService, type QueuedMail } from './mail.service.js';
export { MailTransport } from './mail-transport.js';
export { type MailTemplateData, type MailTemplateName, mailTemplates, renderMail } from './templates/index.js';
export type { RenderedMail } from './templates/render.js';
