/**
 * Read access to host files, by id. The renderer never sees a path it can turn into bytes by
 * itself: `files.open(path)` registers the file and hands back an opaque id and a URL that the
 * transport (serve's /files route, Electron's ephemera-file:// protocol) maps back through
 * `openStream(id)`. Files are opened read-only and never modified.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import { basename, resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { FileRef, ServiceApi } from '../common/contract';
import { HostError } from '../common/rpc';

/** How the host builds a fetchable URL for a registered file id. */
export type UrlForId = (id: string) => string;

/** Options of NodeFileHost. */
export interface NodeFileHostOptions {
  urlFor: UrlForId;
  /** a native open dialog (Electron); without one, `showOpenDialog` answers [] */
  pickFiles?: () => Promise<string[]>;
  /** base for relative paths (default: process.cwd()) */
  cwd?: string;
}

/** An open byte stream of a registered file. */
export interface FileStream {
  readonly stream: Readable;
  /** bytes the stream will deliver (the size when it was opened) */
  readonly size: number;
  readonly name: string;
}

interface Registered {
  readonly path: string;
  readonly name: string;
}

const ERRNO_CODES: Record<string, [string, string]> = {
  ENOENT: ['file-not-found', 'no such file'],
  ENOTDIR: ['file-not-found', 'no such file'],
  EACCES: ['permission-denied', 'permission denied'],
  EPERM: ['permission-denied', 'permission denied'],
  ELOOP: ['file-not-found', 'too many symbolic links'],
};

function fileError(error: unknown, path: string): HostError {
  const errno = (error as NodeJS.ErrnoException).code ?? '';
  const known = ERRNO_CODES[errno];
  if (known) return new HostError(known[0], `${known[1]}: ${path}`, 'UserError');
  return new HostError('file-unreadable', `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`, 'UserError');
}

/** The `files` service on Node, plus the byte streams behind the file URLs. */
export class NodeFileHost implements ServiceApi<'files'> {
  private readonly byId = new Map<string, Registered>();
  private readonly byPath = new Map<string, string>();

  constructor(private readonly options: NodeFileHostOptions) {}

  /** Whether `showOpenDialog` opens a native dialog. */
  get canShowOpenDialog(): boolean {
    return this.options.pickFiles !== undefined;
  }

  async open(path: string): Promise<FileRef> {
    const absolute = resolve(this.options.cwd ?? process.cwd(), path);
    const size = await this.statRegularFile(absolute);
    const id = this.register(absolute);
    return { id, path: absolute, name: basename(absolute), size, url: this.options.urlFor(id) };
  }

  async showOpenDialog(): Promise<FileRef[]> {
    if (!this.options.pickFiles) return [];
    const paths = await this.options.pickFiles();
    return Promise.all(paths.map((path) => this.open(path)));
  }

  /** Open the bytes of a registered file; unknown id → HostError `unknown-file`. */
  async openStream(id: string): Promise<FileStream> {
    const entry = this.byId.get(id);
    if (!entry) throw new HostError('unknown-file', 'no file is registered under this id', 'UserError');
    const size = await this.statRegularFile(entry.path);
    // Read exactly the bytes stat saw, so Content-Length holds even while a capture grows.
    const stream = size > 0 ? createReadStream(entry.path, { start: 0, end: size - 1 }) : Readable.from([]);
    return { stream, size, name: entry.name };
  }

  private register(path: string): string {
    const known = this.byPath.get(path);
    if (known) return known;
    const id = randomUUID();
    this.byId.set(id, { path, name: basename(path) });
    this.byPath.set(path, id);
    return id;
  }

  private async statRegularFile(path: string): Promise<number> {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw new HostError('not-a-file', `this is a folder, not a file: ${path}`, 'UserError');
      if (!info.isFile()) throw new HostError('not-a-file', `not a regular file: ${path}`, 'UserError');
      await access(path, constants.R_OK);
      return info.size;
    } catch (error: unknown) {
      throw error instanceof HostError ? error : fileError(error, path);
    }
  }
}
