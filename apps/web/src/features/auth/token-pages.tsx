import { Link } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { TextField } from '../../components/form';
import { Page } from '../../components/page';

export const NEW_PASSWORD_HINT = 'At least 10 characters. A short sentence is easy to remember and hard to guess.';

/** A field error of the form itself, shown like the API's: next to the repeat field. */
export function passwordMismatch(): ApiProblem {
  return new ApiProblem({
    status: 400,
    code: 'VALIDATION_FAILED',
    errors: [{ field: 'repeatPassword', message: 'does not match' }],
  });
}

/** A link from an email opened without its token (cut by the mail client, or typed by hand). */
export function MissingToken({ title, what }: { title: string; what: 'invitation' | 'reset' }) {
  return (
    <Page title={title}>
      <div className="state state-error" role="alert">
        <p>
          This link is incomplete. Open the {what === 'invitation' ? 'invitation' : 'password reset'} email again and use its button, or
          copy the whole address into the browser.
        </p>
      </div>
      <p>{what === 'reset' ? <Link to="/forgot-password">Ask for a new reset link</Link> : <Link to="/login">Go to sign in</Link>}</p>
    </Page>
  );
}

/** A new password and its repetition; a mismatch is reported on the repetition (`passwordMismatch`). */
export function NewPasswordFields({
  name,
  label,
  repeatLabel,
  errors,
}: {
  name: string;
  label: string;
  repeatLabel: string;
  errors: Record<string, string>;
}) {
  return (
    <>
      <TextField
        label={label}
        name={name}
        type="password"
        required
        minLength={10}
        autoComplete="new-password"
        hint={NEW_PASSWORD_HINT}
        error={errors[name]}
      />
      <TextField
        label={repeatLabel}
        name="repeatPassword"
        type="password"
        required
        autoComplete="new-password"
        error={errors.repeatPassword}
      />
    </>
  );
}
