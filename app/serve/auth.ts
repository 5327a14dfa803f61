/**
 * Who may talk to `ephemera serve`: requests that carry the launch token (in `?token=` or the
 * cookie set on the first page load), addressed to our own origin (Host header, against DNS
 * rebinding) and, for the WebSocket, sent by our own page (Origin header).
 */
import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh random token: 32 bytes, base64url. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time comparison (hashing first makes the lengths equal). */
export function tokensEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The cookie's name; the port is part of it because cookies ignore ports. */
export function cookieName(port: number): string {
  return `ephemera_token_${port}`;
}

/** The Set-Cookie value that lets the page's later requests (assets, fetch, ws) in. */
export function tokenCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** Where a request presented the token, if it did. */
export interface PresentedToken {
  readonly query: string | null;
  readonly cookie: string | null;
}

/** The tokens a request carries, in its query and in its cookie. */
export function presentedToken(request: IncomingMessage, url: URL, port: number): PresentedToken {
  return { query: url.searchParams.get('token'), cookie: cookieValue(request.headers.cookie, cookieName(port)) };
}

/** Whether any presented token is the right one. */
export function isAuthorized(presented: PresentedToken, token: string): boolean {
  return [presented.query, presented.cookie].some((given) => given !== null && tokensEqual(given, token));
}

/** Our own origins: the page may be opened as 127.0.0.1 or localhost. */
export function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** DNS-rebinding guard: the Host header must name us. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && ownHosts(port).includes(host.toLowerCase());
}

/** The WebSocket's Origin must be exactly our page's origin. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin !== undefined && ownHosts(port).some((host) => origin === `http://${host}`);
}
