import { useRef, type ChangeEvent } from 'react';
import { useHost } from '../../bridge';
import { fileRefToLoadInput, fileToLoadInput, useSession, useSessionStore } from '../../state';
import { FilterBar } from '../filter-bar';
import { HostBadge } from './HostBadge';
import { TimeZoneSelect } from './TimeZoneSelect';
import { filesFromFolderInput } from '../case';

/** Open button, filter bar and host/engine status. */
export function Toolbar() {
  const session = useSessionStore();
  const host = useHost();
  const engine = useSession((s) => s.engine);
  const inputRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);

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
  const onFolderPicked = (event: ChangeEvent<HTMLInputElement>) => {
    const files = filesFromFolderInput([...(event.target.files ?? [])]);
    event.target.value = '';
    if (files.length > 0) session.open(files.map((f) => ({ ...fileToLoadInput(f.file), name: f.relativePath })), { fromFolder: true });
    else session.notify('info', 'That folder holds no files to open.');
  };

  return (
    <header className="toolbar" data-testid="toolbar">
      <div className="brand" title="Ephemera">◈ Ephemera</div>
      <button type="button" className="button primary" onClick={() => void openFiles()} data-testid="open-button" title="Open capture files">
        Open…
      </button>
      <button type="button" className="button" onClick={() => folderRef.current?.click()} data-testid="open-folder-button" title="Open every file of a folder (recursively), e.g. an AWSLogs tree">
        Folder…
      </button>
      <input ref={inputRef} type="file" multiple hidden onChange={onPicked} data-testid="file-input" />
      <input
        ref={(el) => { folderRef.current = el; el?.setAttribute('webkitdirectory', ''); }}
        type="file" multiple hidden onChange={onFolderPicked} data-testid="folder-input"
      />
      <FilterBar />
      <div className="toolbar-status">
        <TimeZoneSelect />
        <span className={`badge engine-${engine}`} data-testid="engine-status">engine: {engine}</span>
        <HostBadge />
      </div>
    </header>
  );
}
