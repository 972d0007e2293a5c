import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { Dialog } from '../../components/dialog';
import { FormError } from '../../components/form';
import { useNotify } from '../../components/notices';
import { Loading } from '../../components/states';
import { type Candidate, candidateKeys, type CandidateSummary, fullName, useCandidateSearch } from './candidates-api';
import { useDebouncedValue } from './use-debounced-value';

/** Fold a duplicate record into this candidate: find it, then confirm, since the duplicate goes away. */
export function MergeDuplicateButton({ candidate }: { candidate: Candidate }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Merge a duplicate
      </button>
      <Dialog title={`Merge a duplicate into ${fullName(candidate)}`} open={open} onClose={() => setOpen(false)}>
        <MergeForm candidate={candidate} onClose={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function MergeForm({ candidate, onClose }: { candidate: Candidate; onClose: () => void }) {
  const [text, setText] = useState(`${candidate.firstName} ${candidate.lastName}`);
  const q = useDebouncedValue(text.trim(), 250);
  const search = useCandidateSearch(q, q.length > 0);
  const [duplicate, setDuplicate] = useState<CandidateSummary | null>(null);
  const queryClient = useQueryClient();
  const notify = useNotify();
  const merge = useMutation({
    mutationFn: (duplicateId: string) => unwrap(api.POST('/api/v1/candidates/merge', { body: { primaryId: candidate.id, duplicateId } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: candidateKeys.all });
      onClose();
      notify.success(`${duplicate ? fullName(duplicate) : 'The duplicate'} was merged into ${fullName(candidate)}.`);
    },
  });
  const matches = (search.data?.pages.flatMap((page) => page.data) ?? []).filter((match) => match.id !== candidate.id && !match.erasedAt);

  if (duplicate) {
    return (
      <div className="form">
        <FormError error={merge.error} />
        <p>
          The applications of <strong>{fullName(duplicate)}</strong> ({duplicate.email}), with their history and notes, and their tags and
          links will move to <strong>{fullName(candidate)}</strong> ({candidate.email}), as will their résumé if this record has none. The
          duplicate record is then deleted. This cannot be undone.
        </p>
        <div className="row">
          <button type="button" className="button button-danger" disabled={merge.isPending} onClick={() => merge.mutate(duplicate.id)}>
            {merge.isPending ? 'Merging…' : `Merge into ${fullName(candidate)}`}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setDuplicate(null)}>
            Back
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="form">
      <div className="field">
        <label htmlFor="merge-search">Find the duplicate</label>
        <input
          id="merge-search"
          className="input"
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
        />
      </div>
      {search.isPending && q ? (
        <Loading label="Searching…" />
      ) : search.isError ? (
        <FormError error={search.error} />
      ) : matches.length === 0 ? (
        <p className="muted">{q ? 'No other candidate matches.' : 'Type a name or an email.'}</p>
      ) : (
        <ul className="plain-list merge-matches" aria-label="Possible duplicates">
          {matches.map((match) => (
            <li key={match.id} className="row">
              <span>
                {fullName(match)} <span className="muted">{match.email}</span>
              </span>
              <button
                type="button"
                className="button button-small"
                onClick={() => setDuplicate(match)}
                aria-label={`Choose ${fullName(match)} (${match.email})`}
              >
                Choose
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
