import { useMutation } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { publicApi, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { fieldErrorsOf, FormError, formValues } from '../../components/form';
import { Page } from '../../components/page';
import { MissingToken, NewPasswordFields, passwordMismatch } from './token-pages';

/** The reset email's link: a new password, then sign in with it (every session ended). */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  const reset = useMutation({
    mutationFn: async (values: Record<string, string>) => {
      if (values.newPassword !== values.repeatPassword) throw passwordMismatch();
      return unwrap(publicApi.POST('/api/v1/auth/password-reset/confirm', { body: { token: token!, newPassword: values.newPassword! } }));
    },
  });
  if (!token) return <MissingToken title="Choose a new password" what="reset" />;
  if (reset.isSuccess) {
    return (
      <Page title="Password changed">
        <div className="form narrow" role="status">
          <p>Your password has been changed, and every session that was open with the old one has ended.</p>
          <p>
            <Link className="button button-primary" to="/login">
              Sign in
            </Link>
          </p>
        </div>
      </Page>
    );
  }
  const errors = fieldErrorsOf(reset.error);
  const expired = reset.error instanceof ApiProblem && reset.error.code === 'INVALID_OR_EXPIRED_TOKEN';
  return (
    <Page title="Choose a new password">
      <form
        className="form narrow"
        onSubmit={(event) => {
          event.preventDefault();
          reset.mutate(formValues(event.currentTarget));
        }}
      >
        {expired ? (
          <p className="form-error" role="alert">
            This reset link has expired or was already used. <Link to="/forgot-password">Ask for a new one</Link>.
          </p>
        ) : (
          <FormError error={reset.error} />
        )}
        <NewPasswordFields name="newPassword" label="New password" repeatLabel="Repeat the new password" errors={errors} />
        <button type="submit" className="button button-primary" disabled={reset.isPending}>
          {reset.isPending ? 'Saving…' : 'Save new password'}
        </button>
      </form>
    </Page>
  );
}
