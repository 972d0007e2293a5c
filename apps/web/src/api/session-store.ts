/**
 * The access token lives in memory only (never in storage a script could read later); the refresh
 * token is the httpOnly session cookie the API sets. Subscribers hear about sign-in and sign-out.
 */
export interface SessionSnapshot {
  accessToken: string;
  expiresAt: number;
}

type Listener = (session: SessionSnapshot | null, reason?: SignOutReason) => void;
export type SignOutReason = 'logout' | 'expired' | 'reused';

let current: SessionSnapshot | null = null;
const listeners = new Set<Listener>();

export const sessionStore = {
  get: () => current,
  set(accessToken: string, expiresInSeconds: number) {
    current = { accessToken, expiresAt: Date.now() + expiresInSeconds * 1000 };
    for (const listener of listeners) listener(current);
  },
  clear(reason: SignOutReason) {
    current = null;
    for (const listener of listeners) listener(null, reason);
  },
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};
