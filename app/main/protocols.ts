/**
 * Two privileged schemes: `app://ephemera/` serves the renderer build with the CSP header (so the
 * page never runs from file://), and `ephemera-file://file/<id>` streams a registered file to it.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { protocol } from 'electron';
import { HostError } from '../common/rpc';
import { contentSecurityPolicy, contentTypeOf, resolveStaticFile, type NodeFileHost } from '../host/index';

/** The renderer's origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ephemera';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;
/** The scheme of file URLs handed to the renderer. */
export const FILE_SCHEME = 'ephemera-file';

/** The URL of a registered file id. */
export function fileUrlFor(id: string): string {
  return `${FILE_SCHEME}://file/${encodeURIComponent(id)}`;
}

/** Must run before `app` is ready. */
export function registerSchemesAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    { scheme: FILE_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true } },
  ]);
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS } });
}

type ResponseBody = ConstructorParameters<typeof Response>[0];

function body(stream: Readable): ResponseBody {
  return Readable.toWeb(stream) as unknown as ResponseBody;
}

/** Serve the renderer build under app://ephemera/. */
export function handleAppProtocol(staticDir: string): void {
  const csp = contentSecurityPolicy([`${FILE_SCHEME}:`]);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return notFound();
    const file = await resolveStaticFile(staticDir, url.pathname);
    if (!file) return notFound();
    return new Response(body(createReadStream(file)), {
      headers: { 'Content-Type': contentTypeOf(file), 'Content-Security-Policy': csp, ...SECURITY_HEADERS },
    });
  });
}

/** Stream registered files under ephemera-file://file/<id>, readable by the app origin only. */
export function handleFileProtocol(files: NodeFileHost): void {
  protocol.handle(FILE_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'file') return notFound();
    try {
      const opened = await files.openStream(decodeURIComponent(url.pathname.slice(1)));
      return new Response(body(opened.stream), {
        headers: {
          'Content-Type': 'application/octet-stream',
          'Content-Length': String(opened.size),
          'Access-Control-Allow-Origin': `${APP_SCHEME}://${APP_HOST}`,
          ...SECURITY_HEADERS,
        },
      });
    } catch (error: unknown) {
      if (error instanceof HostError) return notFound();
      throw error;
    }
  });
}
