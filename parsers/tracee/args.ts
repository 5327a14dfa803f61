/**
 * The argument-derived columns of a Tracee event: the program and command line of exec events,
 * the path of file events, the descriptor and the socket ends of socket events (`sockaddr`
 * values `{sa_family, sin_addr, sin_port}`, `sin6_*`, `sun_path`), and `args`/`args_json`.
 *
 * Socket ends follow the catalog's client/server meaning: for bind, listen and accept events the
 * local end is the server and the remote end the client; for the others (connect, sendto, …) the
 * local end is the client and the remote end the server.
 */
import { COL } from '../common/arrow-schema.js';
import { type EventBatchBuilder } from '../common/event-batch-builder.js';
import { type PreciseIntegers, basename, int, obj, str } from '../falco/json-values.js';
import { type TraceeArg, type TraceeEvent } from './event-shape.js';

interface Endpoint { readonly family: 'ipv4' | 'ipv6' | 'unix'; readonly ip: string; readonly port: number | null }

const SERVER_SIDE = /bind|listen|accept/;
const FD_ARGS = ['fd', 'sockfd', 'oldfd'];
const PATH_ARGS = ['pathname', 'path', 'filename'];

/** Writes the columns the arguments give; returns `file`/`net` when they say so, else null. */
export function writeArgColumns(b: EventBatchBuilder, event: TraceeEvent, isExec: boolean): string | null {
  const args = new Map<string, unknown>(event.args.map((a) => [a.name, a.value]));
  for (const name of FD_ARGS) {
    const fd = int(args.get(name));
    if (fd !== null && fd >= 0) { b.setInt64(COL.fd, fd); break; }
  }
  if (isExec) { writeExec(b, event, args); return 'process'; }
  const serverSide = SERVER_SIDE.test(event.eventName);
  const local = sockaddr(args.get('local_addr')) ?? (serverSide ? sockaddr(args.get('addr')) : null);
  const remote = sockaddr(args.get('remote_addr')) ?? (serverSide ? null : sockaddr(args.get('addr')));
  if (local !== null || remote !== null) {
    writeSocket(b, serverSide ? remote : local, serverSide ? local : remote, str(args.get('type')));
    return 'net';
  }
  for (const name of PATH_ARGS) {
    const path = str(args.get(name));
    if (path === null) continue;
    b.setUtf8(COL.fd_type, 'file');
    b.setUtf8(COL.fd_name, path);
    return 'file';
  }
  return null;
}

function writeExec(b: EventBatchBuilder, event: TraceeEvent, args: Map<string, unknown>): void {
  const path = str(args.get('pathname')) ?? str(args.get('cmdpath')) ?? event.executable;
  if (path !== null) b.setUtf8(COL.exe, path);
  const argv = args.get('argv');
  if (Array.isArray(argv) && argv.length > 0) {
    const words = argv.map((w) => (typeof w === 'string' ? w : String(w)));
    // proc.cmdline is the name followed by the arguments (argv[0] left out), as Falco prints it
    const name = event.processName ?? (path !== null ? basename(path) : words[0]);
    b.setUtf8(COL.cmdline, [name, ...words.slice(1)].join(' '));
  }
}

function writeSocket(b: EventBatchBuilder, client: Endpoint | null, server: Endpoint | null, type: string | null): void {
  const family = (client ?? server as Endpoint).family;
  b.setUtf8(COL.fd_type, family);
  if (family === 'unix') { b.setUtf8(COL.fd_name, (server ?? client as Endpoint).ip); return; }
  const proto = type === null ? null : type.includes('SOCK_STREAM') ? 'tcp' : type.includes('SOCK_DGRAM') ? 'udp' : type.includes('SOCK_RAW') ? 'raw' : null;
  if (proto !== null) b.setUtf8(COL.fd_l4proto, proto);
  if (client !== null) {
    b.setUtf8(COL.fd_cip, client.ip);
    if (client.port !== null) b.setInt32(COL.fd_cport, client.port);
  }
  if (server !== null) {
    b.setUtf8(COL.fd_sip, server.ip);
    if (server.port !== null) b.setInt32(COL.fd_sport, server.port);
  }
  const text = (e: Endpoint) => (e.port === null ? e.ip : `${e.ip}:${e.port}`);
  b.setUtf8(COL.fd_name, client !== null && server !== null ? `${text(client)}->${text(server)}` : text((client ?? server) as Endpoint));
}

/** A Tracee sockaddr value (ports may be numbers or strings), or null. */
function sockaddr(value: unknown): Endpoint | null {
  const a = obj(value);
  if (a === null) return null;
  const family = str(a.sa_family);
  const port = (v: unknown) => { const n = int(v); return n !== null && n >= 0 && n <= 65535 ? n : null; };
  if (family === 'AF_INET' && str(a.sin_addr) !== null) return { family: 'ipv4', ip: a.sin_addr as string, port: port(a.sin_port) };
  if (family === 'AF_INET6' && str(a.sin6_addr) !== null) return { family: 'ipv6', ip: a.sin6_addr as string, port: port(a.sin6_port) };
  if (family === 'AF_UNIX' && str(a.sun_path) !== null) return { family: 'unix', ip: a.sun_path as string, port: null };
  return null;
}

/** `name=value …` (objects and arrays as compact JSON) and the arguments as one JSON object with exact numbers. */
export function renderArgs(args: readonly TraceeArg[], precise: PreciseIntegers): { text: string; json: string | null } {
  if (args.length === 0) return { text: '', json: null };
  const text = args.map((a) => `${a.name}=${typeof a.value === 'string' ? a.value : jsonText(a.value, precise, 0)}`).join(' ');
  const json = `{${args.map((a) => `${JSON.stringify(a.name)}:${jsonText(a.value, precise, 0)}`).join(',')}}`;
  return { text, json };
}

/** JSON text of a parsed value with integers past 2^53 written with their exact digits. */
function jsonText(value: unknown, precise: PreciseIntegers, depth: number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? precise.text(value) : 'null';
  if (value === null || value === undefined || typeof value !== 'object' || depth > 32) return JSON.stringify(value ?? null) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => jsonText(v, precise, depth + 1)).join(',')}]`;
  return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v, precise, depth + 1)}`).join(',')}}`;
}
