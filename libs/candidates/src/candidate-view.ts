import type { Candidate, StoredFile } from './candidate.entity.js';
import type { CandidateView } from './dto/candidates.schemas.js';

export const toStoredFileView = (file: StoredFile) => ({
  fileName: file.fileName,
  contentType: file.contentType,
  size: file.size,
  uploadedAt: file.uploadedAt,
});

/** What the API shows of a candidate (the résumé text stays out of lists; the export carries it). */
export function toCandidateView(candidate: Candidate): CandidateView {
  return {
    id: candidate.id,
    firstName: candidate.firstName,
    lastName: candidate.lastName,
    email: candidate.email,
    phone: candidate.phone,
    location: candidate.location,
    links: candidate.links,
    source: candidate.source,
    tags: candidate.tags,
    consentGivenAt: candidate.consentGivenAt?.toISOString() ?? null,
    resume: candidate.resumeFile ? toStoredFileView(candidate.resumeFile) : null,
    erasedAt: candidate.erasedAt?.toISOString() ?? null,
    createdAt: candidate.createdAt.toISOString(),
    updatedAt: candidate.updatedAt.toISOString(),
  };
}
