import { createContext, useContext, type ReactNode } from 'react';
import { CONNECTING, type HostConnection } from './connect';

const HostContext = createContext<HostConnection>(CONNECTING);

export function HostProvider({ connection, children }: { connection: HostConnection; children: ReactNode }) {
  return <HostContext.Provider value={connection}>{children}</HostContext.Provider>;
}

/** The host connection (status, client, info). */
export function useHost(): HostConnection {
  return useContext(HostContext);
}
