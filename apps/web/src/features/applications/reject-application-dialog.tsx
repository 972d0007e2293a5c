// PLACEHOLDER owned by the jobs/board work: replaced by the real dialog (reason picker, note, notify candidate).
export interface RejectApplicationDialogProps {
  /** The application to reject and the candidate's name, for the dialog's title. */
  application: { id: string; candidateName: string };
  open: boolean;
  onClose: () => void;
  /** Called after the API accepted the rejection (the dialog has already closed). */
  onRejected?: () => void;
}

export function RejectApplicationDialog(_props: RejectApplicationDialogProps) {
  return null;
}
