/**
 * Serving the renderer's build output safely, shared by `serve` (HTTP) and Electron's app://
 * protocol: URL path → file inside the build folder (no traversal, no symlink escape), content
 * types, and the Content-Security-Policy of the page.
 */
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The content type of a file by its extension; unknown types are served as bytes. */
export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Whether the file is an HTML page (gets the CSP). */
export function isHtml(path: string): boolean {
  return extname(path).toLowerCase() === '.html';
}

/**
 * The page's Content-Security-Policy. `connect` lists the extra origins the page may connect to
 * (serve: its own ws:// origins; Electron: ephemera-file:).
 */
export function contentSecurityPolicy(connect: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "worker-src 'self' blob:",
    `connect-src ${["'self'", ...connect].join(' ')}`,
    "img-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && !rel.startsWith(`..${sep}`));
}

/**
 * Map a URL pathname (still percent-encoded) to a regular file inside `root`, or null when it
 * does not name one: bad encoding, NUL, `..` escaping the root, a symlink pointing outside, a
 * folder. "/" names index.html.
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null; // malformed percent-encoding is simply not a file
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const wanted = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const rootPath = resolve(root);
  const candidate = resolve(join(rootPath, wanted));
  if (!isInside(rootPath, candidate)) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(rootPath), realpath(candidate)]);
    if (!isInside(realRoot, realFile)) return null;
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES') return null;
    throw error;
  }
}
