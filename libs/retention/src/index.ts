export { CandidateRetention, RETENTION_BATCH_SIZE } from './candidate-retention.js';
export { RetentionModule } from './retention.module.js';
