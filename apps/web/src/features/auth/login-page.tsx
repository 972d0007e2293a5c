import { useMutation } from '@tanstack/react-query';
import { Link, useLocation, useNavigate } from 'react-router';
import { COOKIE_TRANSPORT, publicApi, unwrap } from '../../api/client';
import { fieldErrorsOf, FormError, formValues, TextField } from '../../components/form';
import { Page } from '../../components/page';
import { useSession } from '../../app/session';

export function LoginPage() {
  const { signIn, state } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const returnTo = (location.state as { from?: string } | null)?.from ?? '/jobs';
  const login = useMutation({
    mutationFn: async (values: Record<string, string>) =>
      unwrap(
        publicApi.POST('/api/v1/auth/login', {
          body: {
            email: values.email!,
            password: values.password!,
            ...(values.organizationSlug ? { organizationSlug: values.organizationSlug } : {}),
          },
          headers: COOKIE_TRANSPORT,
        }),
      ),
    onSuccess: async (tokens) => {
      await signIn(tokens);
      navigate(returnTo, { replace: true });
    },
  });
  const errors = fieldErrorsOf(login.error);
  const notice = state.status === 'anonymous' ? state.notice : undefined;
  return (
    <Page title="Sign in">
      <form
        className="form narrow"
        onSubmit={(event) => {
          event.preventDefault();
          login.mutate(formValues(event.currentTarget));
        }}
      >
        {notice && (
          <p className="form-notice" role="status">
            {notice}
          </p>
        )}
        <FormError error={login.error} />
        <TextField label="Email" name="email" type="email" autoComplete="username" required error={errors.email} />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required error={errors.password} />
        <TextField
          label="Organisation (optional)"
          name="organizationSlug"
          hint="Only if your email belongs to several organisations: its short name, as in its career page address."
          error={errors.organizationSlug}
        />
        <button type="submit" className="button button-primary" disabled={login.isPending}>
          {login.isPending ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="form-links">
          <Link to="/forgot-password">Forgot your password?</Link> · <Link to="/signup">Create an organisation</Link>
        </p>
      </form>
    </Page>
  );
}
