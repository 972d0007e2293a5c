import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { Candidate } from './candidates-api';
import { saveFile } from '../../lib/save-file';

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-GB')} KB`;

/** The résumé needs the access token, so a plain link cannot fetch it: download through the client. */
export function ResumeDownload({ candidateId, resume }: { candidateId: string; resume: NonNullable<Candidate['resume']> }) {
  const download = useMutation({
    mutationFn: async () => {
      const { response } = await api.GET('/api/v1/candidates/{id}/resume', { params: { path: { id: candidateId } }, parseAs: 'stream' });
      if (!response.ok) throw new ApiProblem({ status: response.status, detail: 'The résumé could not be downloaded.' });
      return response.blob();
    },
    onSuccess: (blob) => saveFile(blob, resume.fileName),
  });
  return (
    <span>
      <button type="button" className="button button-small" onClick={() => download.mutate()} disabled={download.isPending}>
        Download {resume.fileName}
      </button>{' '}
      <span className="muted">{kilobytes(resume.size)}</span>
      {download.isError && (
        <span className="field-error" role="alert">
          {' '}
          {download.error.message}
        </span>
      )}
    </span>
  );
}
