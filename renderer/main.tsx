import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserEngine } from '../engine/browser/index';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { startHost } from './features/case';
import { Session, SessionProvider } from './state';
import './styles.css';

const session = new Session(createBrowserEngine());
const host = startHost(session);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary label="Ephemera">
      <SessionProvider session={session}>
        <App host={host} />
      </SessionProvider>
    </ErrorBoundary>
  </StrictMode>,
);
