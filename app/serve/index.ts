/**
 * `ephemera serve`: the renderer and the host contract over HTTP + WebSocket, on 127.0.0.1 only,
 * behind a random per-launch token (../shared/DESIGN.md §9).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { HostError } from '../common/rpc';
import { RENDERER_BUILD_DIR, createNodeHost } from '../host/index';
import { createToken } from './auth';
import { createHttpHandler } from './http-handler';
import { createWsHost } from './ws-host';

/** Options of startServer. */
export interface ServeOptions {
  /** files to open at startup (none → the demo capture) */
  files: string[];
  /** 0 or absent: a free port */
  port?: number;
  /** the renderer build (default build/renderer) */
  staticDir?: string;
  /** only 127.0.0.1 or localhost; anything else is refused */
  host?: string;
  /** the demo capture when no files are given (default samples/demo/incident.strace); null: none */
  demoPath?: string | null;
  /** told about unexpected errors (default: printed to stderr) */
  onError?: (error: unknown) => void;
}

/** A running server. */
export interface RunningServer {
  /** `http://127.0.0.1:PORT/?token=TOKEN` — the URL to open */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost']);

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePort((server.address() as AddressInfo).port);
    });
  });
}

function defaultOnError(error: unknown): void {
  console.error(`ephemera serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

/**
 * Start serving. Rejects with a HostError when `host` is not loopback or a startup file cannot be
 * opened (`file-not-found`, `not-a-file`, …), before anything listens.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  if (options.host !== undefined && !LOOPBACK_NAMES.has(options.host)) {
    throw new HostError('bad-host', `ephemera serve listens on 127.0.0.1 only (asked for ${options.host})`, 'UserError');
  }
  const onError = options.onError ?? defaultOnError;
  const token = createToken();
  const host = createNodeHost({
    kind: 'serve',
    urlFor: (id) => `/files/${encodeURIComponent(id)}?token=${token}`,
    startupPaths: options.files,
    demoPath: options.demoPath,
  });
  await Promise.all(options.files.map((file) => host.files.open(file)));

  const server = createServer();
  // The handlers need the port (Host/Origin checks), known once listening; no request is read
  // before they are attached, as both happen in the same turn as the listen callback's resolution.
  const port = await listen(server, options.port ?? 0);
  const staticDir = resolve(options.staticDir ?? RENDERER_BUILD_DIR);
  server.on('request', createHttpHandler({ port, token, onError, staticDir, files: host.files }));
  const ws = createWsHost({ port, token, onError, services: host.services });
  server.on('upgrade', ws.onUpgrade);

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () => closeServer(server, ws.server),
  };
}

function closeServer(server: Server, wsServer: { clients: Set<{ terminate(): void }>; close(cb: () => void): void }): Promise<void> {
  for (const client of wsServer.clients) client.terminate();
  return new Promise((done, fail) => {
    wsServer.close(() => {
      server.close((error) => (error ? fail(error) : done()));
      server.closeAllConnections();
    });
  });
}
