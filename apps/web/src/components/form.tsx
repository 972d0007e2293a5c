import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from 'react';
import { ApiProblem } from '../api/problem';

/** The field errors of a failed call, by field path. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiProblem ? error.fieldErrors : {};
}

interface FieldFrameProps {
  label: string;
  error?: string;
  hint?: ReactNode;
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}

/** A labelled control with its hint and its error next to it, wired for screen readers. */
export function FieldFrame({ label, error, hint, children }: FieldFrameProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(error ? { 'aria-invalid': true as const } : {}), 'aria-describedby': describedBy })}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

type Labelled = { label: string; error?: string; hint?: ReactNode };

export function TextField({ label, error, hint, ...input }: Labelled & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {(wiring) => <input {...input} {...wiring} />}
    </FieldFrame>
  );
}

export function TextArea({ label, error, hint, ...input }: Labelled & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {(wiring) => <textarea {...input} {...wiring} />}
    </FieldFrame>
  );
}

export function SelectField({ label, error, hint, children, ...select }: Labelled & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {(wiring) => (
        <select {...select} {...wiring}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

/** The summary of a failed submission, above the form; field errors show beside their fields. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof ApiProblem ? error.message : 'Something unexpected happened. Try again.';
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}

/** The form's data as strings, by input name. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  return Object.fromEntries([...new FormData(form)].map(([key, value]) => [key, String(value)]));
}
