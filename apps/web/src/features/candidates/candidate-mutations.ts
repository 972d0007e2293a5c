import { api, unwrap } from '../../api/client';
import type { CandidateInput } from './candidates-api';

/** POST /candidates/{id}/resume takes the file as multipart form data (PDF, DOCX or text, ≤ 10 MiB). */
export function uploadResume(candidateId: string, file: File) {
  const form = new FormData();
  form.append('file', file);
  return unwrap(
    api.POST('/api/v1/candidates/{id}/resume', {
      params: { path: { id: candidateId } },
      // openapi-fetch sends FormData as it is, and the browser sets the multipart boundary.
      body: form as unknown as { file: string },
    }),
  );
}

export function createCandidate(input: CandidateInput) {
  return unwrap(api.POST('/api/v1/candidates', { body: input }));
}

export function applyToJob(candidateId: string, jobId: string) {
  return unwrap(api.POST('/api/v1/applications', { body: { candidateId, jobId } }));
}
