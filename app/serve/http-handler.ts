/**
 * The HTTP side of `ephemera serve`: the renderer's static build and `/files/<id>` byte streams,
 * both behind the token and the Host check, with a strict CSP and no CORS.
 */
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { contentSecurityPolicy, contentTypeOf, isHtml, resolveStaticFile, type NodeFileHost } from '../host/index';
import { HostError } from '../common/rpc';
import { isAllowedHost, isAuthorized, presentedToken, tokenCookie } from './auth';

/** What the handler needs to know about its server. */
export interface HttpContext {
  readonly port: number;
  readonly token: string;
  readonly staticDir: string;
  readonly files: NodeFileHost;
  readonly onError: (error: unknown) => void;
}

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

function pageCsp(port: number): string {
  return contentSecurityPolicy([`ws://127.0.0.1:${port}`, `ws://localhost:${port}`]);
}

function sendText(response: ServerResponse, status: number, text: string, port: number): void {
  response.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Security-Policy': pageCsp(port),
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

async function streamTo(response: ServerResponse, status: number, headers: Record<string, string | number>, body: NodeJS.ReadableStream | null): Promise<void> {
  response.writeHead(status, { ...COMMON_HEADERS, ...headers });
  if (body === null) {
    response.end();
    return;
  }
  await pipeline(body, response);
}

async function serveFile(context: HttpContext, id: string, response: ServerResponse, isHead: boolean): Promise<void> {
  let opened;
  try {
    opened = await context.files.openStream(decodeURIComponent(id));
  } catch (error: unknown) {
    if (error instanceof HostError) return sendText(response, error.code === 'unknown-file' ? 404 : 410, `${error.message}\n`, context.port);
    throw error;
  }
  if (isHead) opened.stream.destroy();
  await streamTo(response, 200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': opened.size,
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  }, isHead ? null : opened.stream);
}

async function serveStatic(context: HttpContext, url: URL, response: ServerResponse, setCookie: boolean, isHead: boolean): Promise<void> {
  try {
    await access(join(context.staticDir, 'index.html'));
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') context.onError(error);
    return sendText(response, 503, 'The renderer is not built: run `npm run build` first.\n', context.port);
  }
  const file = await resolveStaticFile(context.staticDir, url.pathname);
  if (!file) return sendText(response, 404, 'Not found\n', context.port);
  const headers: Record<string, string> = {
    'Content-Type': contentTypeOf(file),
    'Content-Security-Policy': pageCsp(context.port),
    'Cache-Control': isHtml(file) ? 'no-store' : 'no-cache',
  };
  if (setCookie) headers['Set-Cookie'] = tokenCookie(context.port, context.token);
  const stream = createReadStream(file);
  if (isHead) stream.destroy();
  await streamTo(response, 200, headers, isHead ? null : stream);
}

async function route(context: HttpContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (!isAllowedHost(request.headers.host, context.port)) return sendText(response, 403, 'Forbidden: unexpected Host header\n', context.port);
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${context.port}`);
  const presented = presentedToken(request, url, context.port);
  if (!isAuthorized(presented, context.token)) return sendText(response, 401, 'Unauthorized: open the URL with its ?token= that `ephemera serve` printed\n', context.port);
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed\n', context.port);
  const isHead = request.method === 'HEAD';
  if (url.pathname.startsWith('/files/')) return serveFile(context, url.pathname.slice('/files/'.length), response, isHead);
  if (url.pathname === '/ws') return sendText(response, 426, 'Upgrade required\n', context.port);
  const setCookie = presented.query !== null && !isAuthorized({ query: null, cookie: presented.cookie }, context.token);
  return serveStatic(context, url, response, setCookie, isHead);
}

/** The request listener of the serve HTTP server. */
export function createHttpHandler(context: HttpContext): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    route(context, request, response).catch((error: unknown) => {
      // The browser going away mid-stream is not a fault of ours.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') context.onError(error);
      if (!response.headersSent) sendText(response, 500, 'Internal error\n', context.port);
      else response.destroy();
    });
  };
}
