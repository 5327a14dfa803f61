/**
 * Files of a folder the user picked (`<input webkitdirectory>`) or dropped (a directory entry of
 * a DataTransfer): every file below it, recursively, in path order, dot-entries left out — the
 * browser side of what the host's expandInputPaths does for paths.
 */

/** A file with the path it had under the chosen folder (`AWSLogs/…/file.json.gz`). */
export interface FolderFile {
  readonly file: File;
  readonly relativePath: string;
}

function isHidden(relativePath: string): boolean {
  return relativePath.split('/').some((segment) => segment.startsWith('.'));
}

function byPath(a: FolderFile, b: FolderFile): number {
  return a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0;
}

/** The files of a folder input, in path order, without dot-entries. */
export function filesFromFolderInput(files: readonly File[]): FolderFile[] {
  return files
    .map((file) => ({ file, relativePath: (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name }))
    .filter((f) => !isHidden(f.relativePath))
    .sort(byPath);
}

/** The part of the File and Directory Entries API we use (Chromium, Electron). */
interface Entry {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly name: string;
  readonly fullPath: string;
  file?(success: (file: File) => void, failure: (error: unknown) => void): void;
  createReader?(): { readEntries(success: (entries: Entry[]) => void, failure: (error: unknown) => void): void };
}

/** Most files taken from one drop; a bigger tree should be opened through the host (paths). */
export const MAX_DROPPED_FILES = 20_000;

/**
 * The files of a drop: plain files as they are, folders walked recursively. Must be called
 * during the drop event (entries are only valid then); the walk itself is asynchronous.
 */
export async function filesFromDrop(transfer: DataTransfer): Promise<{ files: FolderFile[]; truncated: boolean }> {
  const entries: Entry[] = [];
  const plain: File[] = [];
  for (const item of [...transfer.items]) {
    if (item.kind !== 'file') continue;
    const entry = (item as DataTransferItem & { webkitGetAsEntry?: () => Entry | null }).webkitGetAsEntry?.() ?? null;
    if (entry) entries.push(entry);
    else { const file = item.getAsFile(); if (file) plain.push(file); }
  }
  if (entries.length === 0) return { files: [...transfer.files].map((file) => ({ file, relativePath: file.name })), truncated: false };
  const files: FolderFile[] = plain.map((file) => ({ file, relativePath: file.name }));
  let truncated = false;
  const walk = async (entry: Entry): Promise<void> => {
    if (files.length >= MAX_DROPPED_FILES) { truncated = true; return; }
    if (entry.name.startsWith('.')) return;
    if (entry.isFile && entry.file) {
      const file = await new Promise<File>((resolve, reject) => entry.file!(resolve, reject));
      files.push({ file, relativePath: entry.fullPath.replace(/^\//, '') });
    } else if (entry.isDirectory && entry.createReader) {
      const reader = entry.createReader();
      for (;;) {
        const batch = await new Promise<Entry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child);
      }
    }
  };
  for (const entry of entries) await walk(entry);
  return { files: files.sort(byPath), truncated };
}
