import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { publicApi, unwrap } from '../../api/client';
import { fieldErrorsOf, FormError, formValues, TextField } from '../../components/form';
import { Page } from '../../components/page';

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account, so
 * the page cannot be used to find out who works where.
 */
export function ForgotPasswordPage() {
  const request = useMutation({
    mutationFn: async (values: Record<string, string>) =>
      unwrap(
        publicApi.POST('/api/v1/auth/password-reset', {
          body: { email: values.email!, ...(values.organizationSlug ? { organizationSlug: values.organizationSlug } : {}) },
        }),
      ),
  });
  const errors = fieldErrorsOf(request.error);
  if (request.isSuccess) {
    return (
      <Page title="Check your email">
        <div className="form narrow" role="status">
          <p>
            If <strong>{request.variables.email}</strong> has an account, we have sent it a link to choose a new password. The link works
            for a limited time and only once.
          </p>
          <p className="muted">Nothing arrived after a few minutes? Check your spam folder, or ask again.</p>
          <p className="form-links">
            <Link to="/login">Back to sign in</Link>
          </p>
        </div>
      </Page>
    );
  }
  return (
    <Page title="Forgot your password?">
      <form
        className="form narrow"
        onSubmit={(event) => {
          event.preventDefault();
          request.mutate(formValues(event.currentTarget));
        }}
      >
        <p>Enter the email address you sign in with, and we will send you a link to choose a new password.</p>
        <FormError error={request.error} />
        <TextField label="Email" name="email" type="email" autoComplete="username" required error={errors.email} />
        <TextField
          label="Organisation (optional)"
          name="organizationSlug"
          hint="Only if your email belongs to several organisations: its short name, as in its career page address."
          error={errors.organizationSlug}
        />
        <button type="submit" className="button button-primary" disabled={request.isPending}>
          {request.isPending ? 'Sending…' : 'Send reset link'}
        </button>
        <p className="form-links">
          <Link to="/login">Back to sign in</Link>
        </p>
      </form>
    </Page>
  );
}
