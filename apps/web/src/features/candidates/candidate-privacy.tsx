import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { Dialog } from '../../components/dialog';
import { FormError, TextField } from '../../components/form';
import { useNotify } from '../../components/notices';
import { type Candidate, candidateKeys, fullName } from './candidates-api';
import { saveFile } from '../../lib/save-file';
import { FormActions } from './form-actions';

/** GDPR: everything stored about the candidate as a JSON file, or erased for good. */
export function CandidatePrivacyActions({ candidate }: { candidate: Candidate }) {
  const notify = useNotify();
  const [erasing, setErasing] = useState(false);
  const exportData = useMutation({
    mutationFn: () => unwrap(api.GET('/api/v1/candidates/{id}/export', { params: { path: { id: candidate.id } } })),
    onSuccess: (data) => {
      const slug = fullName(candidate)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      saveFile(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), `candidate-${slug || candidate.id}-export.json`);
      notify.success('The export was downloaded.');
    },
    onError: (error) => notify.error(`The export failed: ${error.message}`),
  });
  return (
    <>
      <button type="button" className="button" disabled={exportData.isPending} onClick={() => exportData.mutate()}>
        {exportData.isPending ? 'Exporting…' : 'Export data'}
      </button>
      <button type="button" className="button button-danger" onClick={() => setErasing(true)}>
        Erase candidate
      </button>
      <Dialog title={`Erase ${fullName(candidate)}`} open={erasing} onClose={() => setErasing(false)}>
        <EraseForm candidate={candidate} onClose={() => setErasing(false)} />
      </Dialog>
    </>
  );
}

/** Erasure cannot be undone: the user types the candidate's name to confirm they mean this one. */
function EraseForm({ candidate, onClose }: { candidate: Candidate; onClose: () => void }) {
  const name = fullName(candidate);
  const [typed, setTyped] = useState('');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  const erase = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/candidates/{id}', { params: { path: { id: candidate.id } } })),
    onSuccess: async () => {
      onClose();
      queryClient.removeQueries({ queryKey: candidateKeys.one(candidate.id) });
      await queryClient.invalidateQueries({ queryKey: candidateKeys.all });
      notify.success(`${name}’s personal data was erased.`);
      navigate('/candidates');
    },
  });
  const confirmed = typed.trim().toLowerCase() === name.toLowerCase();
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (confirmed) erase.mutate();
      }}
    >
      <FormError error={erase.error} />
      <p>
        This removes {name}’s name, contact details, résumé and notes for good. Their applications stay only as anonymous history in the
        reports. It cannot be undone.
      </p>
      <TextField
        label={`Type “${name}” to confirm`}
        name="confirmation"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        autoComplete="off"
      />
      <FormActions label="Erase permanently" busyLabel="Erasing…" busy={erase.isPending} disabled={!confirmed} danger onCancel={onClose} />
    </form>
  );
}
