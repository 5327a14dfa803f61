export { Session, REFRESH_MS, type SessionState, type LoadState, type Notice } from './session';
export { SessionProvider, useSession, useSessionStore } from './SessionContext';
export { fileToLoadInput, fileRefToLoadInput, iterateStream } from './load-input';
