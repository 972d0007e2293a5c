import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, COOKIE_TRANSPORT, publicApi, refreshSession, unwrap } from '../api/client';
import { sessionStore } from '../api/session-store';
import type { ResponseOf } from '../api/types';

export type Me = ResponseOf<'/api/v1/auth/me', 'get'>;
export type SessionTokens = ResponseOf<'/api/v1/auth/login', 'post'>;
export type PermissionName = Me['permissions'][number];

type SessionState = { status: 'loading' } | { status: 'anonymous'; notice?: string } | { status: 'signed-in'; me: Me };

interface SessionApi {
  state: SessionState;
  /** After login, sign-up or accepting an invitation: the tokens the API answered with. */
  signIn(tokens: SessionTokens): Promise<void>;
  signOut(): Promise<void>;
  /** Reload the signed-in user (after editing the profile). */
  reload(): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

const notices = {
  expired: 'Your session has ended. Please sign in again.',
  reused:
    'For your safety we signed you out: this session was used from somewhere else. Sign in again, and change your password if that was not you.',
} as const;

/** Restores the session from the cookie at start, and follows sign-in and sign-out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const queryClient = useQueryClient();

  const loadMe = useCallback(async () => {
    const me = await unwrap(api.GET('/api/v1/auth/me'));
    setState({ status: 'signed-in', me });
  }, []);

  useEffect(() => {
    const unsubscribe = sessionStore.subscribe((session, reason) => {
      if (session) return;
      queryClient.clear();
      setState({ status: 'anonymous', notice: reason && reason !== 'logout' ? notices[reason] : undefined });
    });
    void refreshSession()
      .then((restored) => (restored ? loadMe() : setState({ status: 'anonymous' })))
      .catch(() => setState({ status: 'anonymous' }));
    return unsubscribe;
  }, [loadMe, queryClient]);

  const value = useMemo<SessionApi>(
    () => ({
      state,
      async signIn(tokens) {
        sessionStore.set(tokens.accessToken, tokens.expiresIn);
        await loadMe();
      },
      async signOut() {
        await publicApi.POST('/api/v1/auth/logout', { body: {}, headers: COOKIE_TRANSPORT }).catch(() => undefined);
        sessionStore.clear('logout');
      },
      reload: loadMe,
    }),
    [state, loadMe],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; only for pages behind RequireSession. */
export function useMe(): Me & { can(permission: PermissionName): boolean } {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe outside a signed-in page');
  const { me } = state;
  return useMemo(() => ({ ...me, can: (permission: PermissionName) => me.permissions.includes(permission) }), [me]);
}
