import { FieldFrame } from '../../components/form';

export const RESUME_MAX_BYTES = 10 * 1024 * 1024;
export const RESUME_ACCEPT =
  '.pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

/** A résumé file, checked for size before it is sent (the API reads the type from the content). */
export function ResumeField({
  file,
  onChange,
  label = 'Résumé',
}: {
  file: File | null;
  onChange: (file: File | null) => void;
  label?: string;
}) {
  const tooLarge = file !== null && file.size > RESUME_MAX_BYTES;
  return (
    <FieldFrame
      label={label}
      hint="Optional. PDF, Word (.docx) or plain text, at most 10 MB."
      error={tooLarge ? 'This file is over 10 MB.' : undefined}
    >
      {(wiring) => (
        <input
          {...wiring}
          type="file"
          name="resume"
          accept={RESUME_ACCEPT}
          onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
        />
      )}
    </FieldFrame>
  );
}
