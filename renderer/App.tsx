import { useCallback, useEffect, useRef, useState } from 'react';
import { CONNECTING, HostProvider, type HostConnection } from './bridge';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Splitter } from './components/Splitter';
import { DropZone } from './features/case';
import { DetailsPane } from './features/details';
import { EventList } from './features/event-list';
import { SourcesPanel } from './features/sources';
import { LoadBar, Notices, StatusBar, Toolbar } from './features/toolbar';

const MIN_PANE = 80;

/** The main window: toolbar, load progress, notices, event list over details, status bar. */
export function App({ host }: { host: Promise<HostConnection> }) {
  const [connection, setConnection] = useState<HostConnection>(CONNECTING);
  const [detailsHeight, setDetailsHeight] = useState(260);
  const [sourcesOpen, setSourcesOpen] = useState(false);
  const startHeight = useRef(detailsHeight);

  useEffect(() => { void host.then(setConnection); }, [host]);

  const onResize = useCallback((deltaY: number, done: boolean) => {
    const next = Math.max(MIN_PANE, Math.min(window.innerHeight - 200, startHeight.current - deltaY));
    setDetailsHeight(next);
    if (done) startHeight.current = next;
  }, []);

  return (
    <HostProvider connection={connection}>
      <div className="app" data-testid="app">
        <ErrorBoundary label="Toolbar"><Toolbar /></ErrorBoundary>
        <LoadBar />
        <Notices />
        <main className="panes">
          <ErrorBoundary label="Event list"><EventList /></ErrorBoundary>
          <Splitter onResize={onResize} label="Resize the details pane" />
          <section className="details-pane" style={{ height: detailsHeight }}>
            <ErrorBoundary label="Details"><DetailsPane /></ErrorBoundary>
          </section>
          {sourcesOpen && <ErrorBoundary label="Sources"><SourcesPanel /></ErrorBoundary>}
        </main>
        <StatusBar sourcesOpen={sourcesOpen} onToggleSources={() => setSourcesOpen((open) => !open)} />
        <DropZone />
      </div>
    </HostProvider>
  );
}
