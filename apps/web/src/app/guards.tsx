import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../components/states';
import { useSession } from './session';

/** Signed-in pages: wait for the session to be restored, else go to sign-in and come back after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <Loading label="Opening your session…" />;
  if (state.status === 'anonymous') return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

/** Sign-in and sign-up: a signed-in user goes straight to the app. */
export function AnonymousOnly({ children }: { children: ReactNode }) {
  const { state } = useSession();
  if (state.status === 'loading') return <Loading label="Opening your session…" />;
  if (state.status === 'signed-in') return <Navigate to="/jobs" replace />;
  return <>{children}</>;
}
