import type { RouteObject } from 'react-router';
import { AnonymousOnly } from '../../app/guards';
import { LoginPage } from './login-page';
import { SignupPage } from './signup-page';

/** Sign-in, sign-up, invitation and password reset: reachable without a session. */
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
];

/** The signed-in user's own pages (profile). */
export const authSignedInRoutes: RouteObject[] = [];
