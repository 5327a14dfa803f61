import { useEffect, useState } from 'react';
import { fileToLoadInput, useSessionStore } from '../../state';
import { filesFromDrop, MAX_DROPPED_FILES } from './folder-files';

/** Files and folders dropped anywhere on the window are opened (folders recursively); an overlay shows while dragging. */
export function DropZone() {
  const session = useSessionStore();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const enter = (e: DragEvent) => { if (hasFiles(e)) { depth++; setDragging(true); } };
    const leave = () => { depth = Math.max(0, depth - 1); if (depth === 0) setDragging(false); };
    const over = (e: DragEvent) => { if (hasFiles(e)) { e.preventDefault(); e.dataTransfer!.dropEffect = 'copy'; } };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      depth = 0;
      setDragging(false);
      if (!e.dataTransfer) return;
      filesFromDrop(e.dataTransfer).then(({ files, truncated }) => {
        if (truncated) session.notify('warning', `Only the first ${MAX_DROPPED_FILES} files of the drop were opened; open big folders through the command line (npm start -- FOLDER).`);
        const fromFolder = files.some((f) => f.relativePath.includes('/'));
        if (files.length > 0) session.open(files.map((f) => ({ ...fileToLoadInput(f.file), name: f.relativePath })), { fromFolder });
      }, (error: unknown) => session.notify('error', `The dropped files could not be read: ${error instanceof Error ? error.message : String(error)}`));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [session]);

  if (!dragging) return null;
  return <div className="drop-overlay" data-testid="drop-overlay">Drop files or folders to open them</div>;
}
