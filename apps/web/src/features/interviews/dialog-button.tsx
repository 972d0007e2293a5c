import { type ReactNode, useState } from 'react';
import { type PermissionName, useMe } from '../../app/session';
import { Dialog } from '../../components/dialog';

/** A button that opens a dialog, shown only to a role holding `permission`; the dialog's content gets `close`. */
export function DialogButton({
  permission,
  label,
  title,
  primary,
  children,
}: {
  permission: PermissionName;
  label: string;
  title: string;
  primary?: boolean;
  children: (close: () => void) => ReactNode;
}) {
  const me = useMe();
  const [open, setOpen] = useState(false);
  if (!me.can(permission)) return null;
  return (
    <>
      <button type="button" className={primary ? 'button button-primary' : 'button'} onClick={() => setOpen(true)}>
        {label}
      </button>
      <Dialog title={title} open={open} onClose={() => setOpen(false)}>
        {children(() => setOpen(false))}
      </Dialog>
    </>
  );
}

/** A dialog form's submit button (busy while pending) and its way out. */
export function SubmitRow({
  label,
  pending,
  onCancel,
  cancelLabel = 'Cancel',
}: {
  label: string;
  pending: boolean;
  onCancel: () => void;
  cancelLabel?: string;
}) {
  return (
    <div className="row">
      <button type="submit" className="button button-primary" disabled={pending}>
        {label}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
