/**
 * Expands the paths a user gives (files and folders) into the files of a case: a folder is read
 * recursively (CloudTrail's `AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/` layout, a
 * collection of node captures, …), in path order so a case opens the same way twice.
 * Dot-entries are skipped, symbolic links to folders are not followed (no loops), and a folder
 * holding more than `maxFiles` files stops with a problem instead of opening them all.
 */
import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** One file of the case and how it was named. */
export interface CaseFile {
  readonly path: string;
  /** found inside a folder the user gave (rather than named itself) */
  readonly fromFolder: boolean;
}

/** The expansion: files in order, and what could not be read (each names the path). */
export interface ExpandedPaths {
  readonly files: readonly CaseFile[];
  readonly problems: readonly string[];
}

export const DEFAULT_MAX_FILES = 100_000;

/** Expands `paths` (files or folders, relative to `cwd`). */
export async function expandInputPaths(paths: readonly string[], options: { cwd?: string; maxFiles?: number } = {}): Promise<ExpandedPaths> {
  const files: CaseFile[] = [];
  const problems: string[] = [];
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  for (const given of paths) {
    const absolute = path.resolve(options.cwd ?? process.cwd(), given);
    const info = await stat(absolute).catch(() => null);
    // a named path that is not a folder (or cannot be read) stays a file: opening it reports why
    if (!info?.isDirectory()) { files.push({ path: absolute, fromFolder: false }); continue; }
    const found: string[] = [];
    const complete = await walk(absolute, found, problems, maxFiles);
    if (!complete) problems.push(`${given}: more than ${maxFiles} files; open a narrower folder`);
    else files.push(...found.sort(comparePaths).map((file) => ({ path: file, fromFolder: true })));
  }
  return { files, problems };
}

/** Collects the files under `folder`; false when there were more than `maxFiles`. */
async function walk(folder: string, found: string[], problems: string[], maxFiles: number): Promise<boolean> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    problems.push(`${folder}: ${describe(error)}`);
    return true;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!(await walk(full, found, problems, maxFiles))) return false;
    } else if (entry.isFile() || (entry.isSymbolicLink() && (await isFileLink(full)))) {
      found.push(full);
      if (found.length > maxFiles) return false;
    }
  }
  return true;
}

async function isFileLink(full: string): Promise<boolean> {
  try {
    return (await lstat(full)).isSymbolicLink() && (await stat(full)).isFile();
  } catch {
    return false;
  }
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
