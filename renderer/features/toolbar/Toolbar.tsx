import { useRef, type ChangeEvent } from 'react';
import { useHost } from '../../bridge';
import { fileRefToLoadInput, fileToLoadInput, useSession, useSessionStore } from '../../state';
import { FilterBar } from '../filter-bar';
import { HostBadge } from './HostBadge';

/** Open button, filter bar and host/engine status. */
export function Toolbar() {
  const session = useSessionStore();
  const host = useHost();
  const engine = useSession((s) => s.engine);
  const inputRef = useRef<HTMLInputElement>(null);

  const openFiles = async () => {
    if (host.client && host.info?.canShowOpenDialog) {
      try {
        const refs = await host.client.files.showOpenDialog();
        session.open(refs.map((ref) => fileRefToLoadInput(ref)));
      } catch (error: unknown) {
        session.notify('error', `The open dialog failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      return;
    }
    inputRef.current?.click();
  };
  const onPicked = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length > 0) session.open(files.map(fileToLoadInput));
  };

  return (
    <header className="toolbar" data-testid="toolbar">
      <div className="brand" title="Ephemera">◈ Ephemera</div>
      <button type="button" className="button primary" onClick={() => void openFiles()} data-testid="open-button" title="Open capture files">
        Open…
      </button>
      <input ref={inputRef} type="file" multiple hidden onChange={onPicked} data-testid="file-input" />
      <FilterBar />
      <div className="toolbar-status">
        <span className={`badge engine-${engine}`} data-testid="engine-status">engine: {engine}</span>
        <HostBadge />
      </div>
    </header>
  );
}
