import { Link } from 'react-router';

/** A form's submit button (with its busy wording) and a way out, the same in every form here. */
export function FormActions({
  label,
  busyLabel,
  busy,
  disabled,
  danger,
  onCancel,
  cancelTo,
}: {
  label: string;
  busyLabel: string;
  busy: boolean;
  disabled?: boolean;
  danger?: boolean;
  onCancel?: () => void;
  cancelTo?: string;
}) {
  return (
    <div className="row">
      <button type="submit" className={danger ? 'button button-danger' : 'button button-primary'} disabled={busy || disabled}>
        {busy ? busyLabel : label}
      </button>
      {cancelTo ? (
        <Link className="button button-quiet" to={cancelTo}>
          Cancel
        </Link>
      ) : (
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}

/** Open jobs as options, named as recruiters tell them apart: title and place. */
export function JobOptions({ jobs }: { jobs: { id: string; title: string; location: string | null }[] }) {
  return (
    <>
      {jobs.map((job) => (
        <option key={job.id} value={job.id}>
          {job.title}
          {job.location ? ` · ${job.location}` : ''}
        </option>
      ))}
    </>
  );
}
