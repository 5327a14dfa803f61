import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Session, SessionState } from './session';

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The store itself, for actions. */
export function useSessionStore(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSessionStore outside SessionProvider');
  return session;
}

/** A slice of the session state; the component re-renders when the slice changes. */
export function useSession<T>(select: (state: SessionState) => T): T {
  const session = useSessionStore();
  return useSyncExternalStore(session.subscribe, () => select(session.getState()));
}
