import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { COOKIE_TRANSPORT, publicApi, unwrap } from '../../api/client';
import { fieldErrorsOf, FormError, formValues, TextField } from '../../components/form';
import { Page } from '../../components/page';
import { useSession } from '../../app/session';

export function SignupPage() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const signup = useMutation({
    mutationFn: async (values: Record<string, string>) =>
      unwrap(
        publicApi.POST('/api/v1/auth/signup', {
          body: { organizationName: values.organizationName!, name: values.name!, email: values.email!, password: values.password! },
          headers: COOKIE_TRANSPORT,
        }),
      ),
    onSuccess: async (tokens) => {
      await signIn(tokens);
      navigate('/jobs', { replace: true });
    },
  });
  const errors = fieldErrorsOf(signup.error);
  return (
    <Page title="Create your organisation">
      <form
        className="form narrow"
        onSubmit={(event) => {
          event.preventDefault();
          signup.mutate(formValues(event.currentTarget));
        }}
      >
        <FormError error={signup.error} />
        <TextField label="Organisation name" name="organizationName" required autoComplete="organization" error={errors.organizationName} />
        <TextField label="Your name" name="name" required autoComplete="name" error={errors.name} />
        <TextField label="Work email" name="email" type="email" required autoComplete="email" error={errors.email} />
        <TextField
          label="Password"
          name="password"
          type="password"
          required
          minLength={10}
          autoComplete="new-password"
          hint="At least 10 characters."
          error={errors.password}
        />
        <button type="submit" className="button button-primary" disabled={signup.isPending}>
          {signup.isPending ? 'Creating…' : 'Create organisation'}
        </button>
        <p className="form-links">
          Already have an account? <Link to="/login">Sign in</Link>
        </p>
      </form>
    </Page>
  );
}
