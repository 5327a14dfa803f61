/**
 * The `-y`/`-yy` fd annotations strace prints after a descriptor: `3</etc/passwd>`,
 * `3<TCP:[127.0.0.1:42->1.2.3.4:80]>`, `3<UNIX-STREAM:[1234->1235]>`, `3<pipe:[99]>`,
 * `1</dev/pts/0<char 136:0>>`, `5<anon_inode:[eventpoll]>`, `4<socket:[777]>`,
 * `4<UNIX:[3646855,"/run/proftpd/proftpd.sock"]>`.
 */
import { readCString, unescapeC } from './c-string.js';

/** What an annotation says about its descriptor (sip/dip are local/remote until oriented). */
export interface FdInfo {
  type: string;
  name: string;
  l4proto: string | null;
  localIp: string | null;
  localPort: number | null;
  remoteIp: string | null;
  remotePort: number | null;
  /** socket inode when the annotation shows it (`TCP:[29572]`, `UNIX:[29578->29579]`, `socket:[7]`) */
  inode: string | null;
  /** false for a socket annotation that names no address or path (only inodes) */
  hasAddress: boolean;
}

/** Index of the `>` closing the `<` at `open` (annotations nest under -yy), or -1. */
export function annotationEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 60) depth++;
    else if (c === 62 && text.charCodeAt(i - 1) !== 45 && --depth === 0) return i; // `->` joins socket ends
  }
  return -1;
}

const SOCKET = /^(TCP|UDP|UDPLITE|SCTP|DCCP|RAW|PING)(v6)?:\[(.*)\]$/;
const ANON = /^anon_inode:\[?([a-z_-]+)/;

/** Interprets the text between an annotation's outer `<` `>`. */
export function parseFdAnnotation(inner: string): FdInfo {
  const info: FdInfo = {
    type: 'file', name: inner, l4proto: null, localIp: null, localPort: null, remoteIp: null, remotePort: null, inode: null, hasAddress: true,
  };
  const socket = SOCKET.exec(inner);
  if (socket) return parseInetSocket(info, socket[1].toLowerCase(), socket[2] === 'v6', socket[3]);
  if (inner.startsWith('UNIX')) return parseUnixSocket(info, bracketBody(inner));
  if (inner.startsWith('NETLINK')) return { ...info, type: 'netlink', name: bracketBody(inner) };
  if (inner.startsWith('pipe:')) return { ...info, type: 'pipe' };
  if (inner.startsWith('socket:')) return { ...info, type: 'socket', inode: bracketBody(inner), hasAddress: false };
  const anon = ANON.exec(inner);
  if (anon) return { ...info, type: anonType(anon[1]) };
  if (inner.startsWith('/memfd:')) return { ...info, type: 'memfd', name: inner };
  const nested = inner.indexOf('<');
  const path = nested === -1 ? inner : inner.slice(0, nested);
  return { ...info, name: unescapeC(path) };
}

function anonType(kind: string): string {
  switch (kind) {
    case 'eventfd': return 'event';
    case 'eventpoll': return 'eventpoll';
    case 'signalfd': return 'signalfd';
    case 'timerfd': return 'timerfd';
    case 'inotify': return 'inotify';
    case 'pidfd': return 'pidfd';
    case 'bpf-map': case 'bpf-prog': case 'bpf_link': return 'bpf';
    case 'io_uring': return 'io_uring';
    case 'userfaultfd': return 'userfaultfd';
    default: return kind;
  }
}

function bracketBody(inner: string): string {
  const open = inner.indexOf('[');
  return open === -1 || !inner.endsWith(']') ? inner : inner.slice(open + 1, -1);
}

const UNIX_BODY = /^(\d+)(?:->\d+)?(?:,(@?)(".*))?$/;

/** `29578`, `29578->29579`, `3646855,"/run/x.sock"` or `…,@"abstract"`: the path names the socket when shown. */
function parseUnixSocket(info: FdInfo, body: string): FdInfo {
  const result: FdInfo = { ...info, type: 'unix', name: body, hasAddress: false };
  const parts = UNIX_BODY.exec(body);
  if (!parts) return result;
  result.inode = parts[1];
  const path = parts[3] === undefined ? null : readCString(parts[3], 0);
  if (path) { result.name = `${parts[2]}${path.value}`; result.hasAddress = true; }
  return result;
}

function parseInetSocket(info: FdInfo, proto: string, isV6: boolean, body: string): FdInfo {
  const result: FdInfo = { ...info, type: isV6 ? 'ipv6' : 'ipv4', l4proto: proto === 'ping' ? 'icmp' : proto, name: body };
  if (/^\d+$/.test(body)) return { ...result, inode: body, hasAddress: false };
  const arrow = body.indexOf('->');
  const local = splitHostPort(arrow === -1 ? body : body.slice(0, arrow));
  const remote = arrow === -1 ? null : splitHostPort(body.slice(arrow + 2));
  if (local) { result.localIp = local.ip; result.localPort = local.port; }
  if (remote) { result.remoteIp = remote.ip; result.remotePort = remote.port; }
  return result;
}

/** `1.2.3.4:80`, `[::1]:80` or `::ffff:1.2.3.4:80` (strace < 5 does not bracket IPv6). */
function splitHostPort(text: string): { ip: string; port: number } | null {
  const colon = text.lastIndexOf(':');
  if (colon <= 0) return null;
  const port = Number(text.slice(colon + 1));
  if (!Number.isInteger(port)) return null;
  let ip = text.slice(0, colon);
  if (ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
  return { ip, port };
}
