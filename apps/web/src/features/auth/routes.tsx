import type { RouteObject } from 'react-router';
import { AnonymousOnly } from '../../app/guards';
import { LoginPage } from './login-page';
import { SignupPage } from './signup-page';

/**
 * Sign-in, sign-up, invitation and password reset: reachable without a session. The invitation
 * and reset links are not AnonymousOnly: someone still signed in on a shared computer must be able
 * to use the link they were emailed.
 */
export const authPublicRoutes: RouteObject[] = [
  {
    path: 'login',
    element: (
      <AnonymousOnly>
        <LoginPage />
      </AnonymousOnly>
    ),
  },
  {
    path: 'signup',
    element: (
      <AnonymousOnly>
        <SignupPage />
      </AnonymousOnly>
    ),
  },
  {
    path: 'forgot-password',
    lazy: async () => {
      const { ForgotPasswordPage } = await import('./forgot-password-page');
      return { Component: ForgotPasswordPage };
    },
  },
  {
    path: 'reset-password',
    lazy: async () => {
      const { ResetPasswordPage } = await import('./reset-password-page');
      return { Component: ResetPasswordPage };
    },
  },
  {
    path: 'accept-invitation',
    lazy: async () => {
      const { AcceptInvitationPage } = await import('./accept-invitation-page');
      return { Component: AcceptInvitationPage };
    },
  },
];

/** The signed-in user's own pages (profile). */
export const authSignedInRoutes: RouteObject[] = [
  {
    path: 'profile',
    lazy: async () => {
      const { ProfilePage } = await import('./profile-page');
      return { Component: ProfilePage };
    },
  },
];
