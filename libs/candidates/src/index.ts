export { Candidate, type CandidateSource, candidateSources, normalizeEmail, type StoredFile } from './candidate.entity.js';
export { CANDIDATE_DATA_CONTRIBUTOR, CandidateDataContributor } from './candidate-data.js';
export { CandidateRecordsModule, CandidatesModule, candidatesEntities } from './candidates.module.js';
export { CandidatesError } from './candidates.errors.js';
export { CandidatesService, type ReadResume, type ResumeDownload } from './candidates.service.js';
export { CandidatePrivacyService } from './candidate-privacy.service.js';
export { restrictToVisibleCandidates } from './candidate-visibility.js';
export { toCandidateView } from './candidate-view.js';
export {
  type CandidateExport,
  candidateExportSchema,
  type CandidateView,
  candidateViewSchema,
  type CreateCandidateInput,
  type UpdateCandidateInput,
} from './dto/candidates.schemas.js';
export { normalizeTag, normalizeTags } from './tags.js';
export { FileStorage } from './storage/file-storage.js';
export { createFileStorage } from './storage/file-storage.provider.js';
export { LocalFileStorage } from './storage/local-file-storage.js';
export { S3FileStorage, type S3StorageOptions } from './storage/s3-file-storage.js';
export { RESUME_MAX_BYTES } from './resume/resume-type.js';
export type { UploadedFile } from './resume/uploaded-file.js';
