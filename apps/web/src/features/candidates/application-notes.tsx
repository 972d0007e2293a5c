import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, FormError, TextArea } from '../../components/form';
import { formatDateTime } from '../../lib/format';
import { type ApplicationDetail, candidateKeys } from './candidates-api';

/** What the team wrote about the application, newest first, and a box to add to it. */
export function ApplicationNotes({
  application,
  canWrite,
  timeZone,
}: {
  application: ApplicationDetail;
  canWrite: boolean;
  timeZone: string;
}) {
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const titleId = useId();
  const add = useMutation({
    mutationFn: (text: string) =>
      unwrap(api.POST('/api/v1/applications/{id}/notes', { params: { path: { id: application.id } }, body: { body: text } })),
    onSuccess: async () => {
      setBody('');
      await queryClient.invalidateQueries({ queryKey: candidateKeys.application(application.id) });
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) add.mutate(body.trim());
  };
  const notes = [...application.notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby={titleId}>
      <h4 id={titleId}>Notes</h4>
      {notes.length === 0 ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <ul className="notes" aria-label="Notes, newest first">
          {notes.map((note) => (
            <li key={note.id} className="note">
              <p className="note-body">{note.body}</p>
              <p className="muted">
                {note.author?.name ?? 'A former user'} · <time dateTime={note.createdAt}>{formatDateTime(note.createdAt, timeZone)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <form className="form" onSubmit={onSubmit} aria-label="Add a note">
          <FormError error={add.error} />
          <TextArea
            label="Note"
            name="body"
            rows={3}
            maxLength={20_000}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            error={fieldErrorsOf(add.error).body}
          />
          <div>
            <button type="submit" className="button" disabled={add.isPending || !body.trim()}>
              {add.isPending ? 'Adding…' : 'Add note'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
