import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { COOKIE_TRANSPORT, publicApi, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { fieldErrorsOf, FormError, formValues } from '../../components/form';
import { Page } from '../../components/page';
import { useSession } from '../../app/session';
import { MissingToken, NewPasswordFields, passwordMismatch } from './token-pages';

/** The invitation email's link: the invited person chooses a password and arrives signed in. */
export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  const { signIn } = useSession();
  const navigate = useNavigate();
  const accept = useMutation({
    mutationFn: async (values: Record<string, string>) => {
      if (values.password !== values.repeatPassword) throw passwordMismatch();
      return unwrap(
        publicApi.POST('/api/v1/auth/accept-invitation', {
          body: { token: token!, password: values.password! },
          headers: COOKIE_TRANSPORT,
        }),
      );
    },
    onSuccess: async (tokens) => {
      await signIn(tokens);
      navigate('/', { replace: true });
    },
  });
  if (!token) return <MissingToken title="Join your team" what="invitation" />;
  const errors = fieldErrorsOf(accept.error);
  const expired = accept.error instanceof ApiProblem && accept.error.code === 'INVALID_OR_EXPIRED_TOKEN';
  return (
    <Page title="Join your team">
      <form
        className="form narrow"
        onSubmit={(event) => {
          event.preventDefault();
          accept.mutate(formValues(event.currentTarget));
        }}
      >
        <p>Choose a password to finish setting up your account. You will use it with your email address to sign in.</p>
        {expired ? (
          <p className="form-error" role="alert">
            This invitation link has expired or was already used. Ask your administrator to invite you again.
          </p>
        ) : (
          <FormError error={accept.error} />
        )}
        <NewPasswordFields name="password" label="Choose a password" repeatLabel="Repeat the password" errors={errors} />
        <button type="submit" className="button button-primary" disabled={accept.isPending}>
          {accept.isPending ? 'Joining…' : 'Join and sign in'}
        </button>
        <p className="form-links">
          Already set up? <Link to="/login">Sign in</Link>
        </p>
      </form>
    </Page>
  );
}
