/**
 * Socket address arguments as strace prints them (bind, connect, sendto, recvfrom, sendmsg):
 *   {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("1.2.3.4")}
 *   {sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}
 *   {sa_family=AF_UNIX, sun_path="/run/x.sock"}   {sa_family=AF_UNIX, sun_path=@"abstract"}   {sa_family=AF_UNIX}
 * The text around them may hold captured buffers, so literals are skipped while searching.
 */
import { closingQuoteOrEnd, readCString } from './c-string.js';

/** An inet or unix socket address; `path` is null for an unnamed unix socket, `@name` when abstract. */
export type SockAddr =
  | { readonly family: 'ipv4' | 'ipv6'; readonly ip: string; readonly port: number }
  | { readonly family: 'unix'; readonly path: string | null };

const OPEN = '{sa_family=';
const INET_PORT = /^sin6?_port=htons\((\d+)\)/;
const INET4_ADDR = /^sin_addr=inet_addr\("([0-9.]+)"\)/;
const INET6_ADDR = /^(?:sin6_addr=)?inet_pton\(AF_INET6, "([0-9A-Fa-f:.]+)"/;

/** The first inet or unix socket address among the arguments (outside string literals), or null. */
export function findSockaddr(args: string): SockAddr | null {
  if (args.indexOf(OPEN) === -1) return null;
  for (let i = 0; i < args.length; i++) {
    const c = args.charCodeAt(i);
    if (c === 34) i = closingQuoteOrEnd(args, i);
    else if (c === 123 && args.startsWith(OPEN, i)) {
      const address = readSockaddr(args, i + OPEN.length);
      if (address) return address;
    }
  }
  return null;
}

function readSockaddr(text: string, at: number): SockAddr | null {
  const fields = topLevelFields(text, at);
  const family = fields[0];
  if (family === 'AF_UNIX' || family === 'AF_LOCAL') return readUnix(fields);
  if (family === 'AF_INET' || family === 'AF_INET6') return readInet(family === 'AF_INET6', fields);
  return null;
}

function readUnix(fields: readonly string[]): SockAddr {
  const path = fields.find((f) => f.startsWith('sun_path='));
  if (path === undefined) return { family: 'unix', path: null };
  const isAbstract = path.charCodeAt(9) === 64;
  const literal = readCString(path, isAbstract ? 10 : 9);
  if (!literal) return { family: 'unix', path: null };
  const value = literal.isTruncated ? `${literal.value}...` : literal.value;
  return { family: 'unix', path: isAbstract ? `@${value}` : value };
}

function readInet(isV6: boolean, fields: readonly string[]): SockAddr | null {
  let port: number | null = null;
  let ip: string | null = null;
  for (const field of fields) {
    const portMatch = INET_PORT.exec(field);
    if (portMatch) { port = Number(portMatch[1]); continue; }
    const addr = (isV6 ? INET6_ADDR : INET4_ADDR).exec(field);
    if (addr) ip = addr[1];
  }
  if (ip === null || port === null || port > 65535) return null;
  return { family: isV6 ? 'ipv6' : 'ipv4', ip, port };
}

/** The comma-separated fields of a `{…}` whose body starts at `at`, split at depth 0 only. */
function topLevelFields(text: string, at: number): string[] {
  const fields: string[] = [];
  let depth = 0;
  let start = at;
  let i = at;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) i = closingQuoteOrEnd(text, i);
    else if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) { if (depth-- === 0) break; }
    else if (c === 44 && depth === 0) { fields.push(text.slice(start, i).trim()); start = i + 1; }
  }
  fields.push(text.slice(start, i).trim());
  return fields;
}
