/**
 * The fd, socket and argument columns of a Tetragon event: from the typed arguments of kprobe,
 * lsm, uprobe and tracepoint events (`sock_arg`, `skb_arg`, `file_arg`, `path_arg`, …) and from
 * the address members of the older `process_connect`/`close`/`listen` events.
 *
 * Columns follow the catalog's client/server meaning (`fd.cip`/`fd.sip`): a socket's local end is
 * the client for connect and send hooks, the server for accept and listen hooks; for other hooks
 * a local port below 1024 facing one above it counts as the server side.
 */
import { COL } from '../common/arrow-schema.js';
import { type EventBatchBuilder } from '../common/event-batch-builder.js';
import { syscallCategory } from '../common/syscall-categories.js';
import { type JsonObject, arr, int, obj, str } from '../falco/json-values.js';
import { type EventShape } from './event-shape.js';

interface Endpoint { readonly ip: string; readonly port: number | null }

const SERVER_HOOKS = /accept|listen/;
const CLIENT_HOOKS = /connect|sendmsg|sendto|sendpage/;
const SOCKET_ARGS = ['sock_arg', 'skb_arg', 'sockaddr_arg'];
const FILE_ARGS = ['file_arg', 'path_arg', 'linux_binprm_arg'];

/**
 * Writes the fd/socket columns, `args` and `args_json` of the event; returns its category
 * (`process`, `net`, `file`, or the syscall's category for syscall tracepoints, else `other`).
 */
export function writeArgColumns(b: EventBatchBuilder, shape: EventShape, body: JsonObject): string {
  switch (shape.type) {
    case 'exec': case 'exit': case 'clone': case 'fork': return 'process';
    case 'connect': case 'close': case 'listen': case 'accept': return writeConnection(b, shape.type, body);
    default: return writeHookArgs(b, shape, body);
  }
}

function writeConnection(b: EventBatchBuilder, type: string, body: JsonObject): string {
  const source = endpoint(body.source_ip, body.source_port);
  const destination = endpoint(body.destination_ip, body.destination_port);
  const proto = str(body.protocol)?.toLowerCase() ?? null;
  if (type === 'listen' || type === 'accept') writeSocket(b, destination, source, proto);
  else writeSocket(b, source, destination, proto);
  return 'net';
}

function writeHookArgs(b: EventBatchBuilder, shape: EventShape, body: JsonObject): string {
  const args = arr(body.args);
  const rendered: string[] = [];
  let category: string | null = null;
  const hook = str(body.function_name) ?? str(body.event) ?? '';
  for (const item of args) {
    const arg = obj(item);
    if (arg === null) continue;
    for (const [type, value] of Object.entries(arg)) {
      rendered.push(`${type}=${renderArg(value)}`);
      if (category === null && SOCKET_ARGS.includes(type)) category = writeSockArg(b, obj(value), hook);
      else if (category === null && FILE_ARGS.includes(type)) category = writeFileArg(b, obj(value));
    }
  }
  if (rendered.length > 0) b.setUtf8(COL.args, rendered.join(' '));
  if (args.length > 0) {
    const json = safeJson(args);
    if (json !== null) b.setUtf8(COL.args_json, json);
  }
  return category ?? hookCategory(shape, body, hook);
}

/** `sock_arg`/`skb_arg`: saddr/sport is the local end, daddr/dport the remote one. */
function writeSockArg(b: EventBatchBuilder, sock: JsonObject | null, hook: string): string | null {
  if (sock === null) return null;
  const local = endpoint(sock.saddr, sock.sport);
  const remote = endpoint(sock.daddr, sock.dport);
  if (local === null && remote === null) return null;
  const proto = l4proto(str(sock.protocol));
  const localIsServer = SERVER_HOOKS.test(hook) || str(sock.state) === 'TCP_LISTEN' ? true
    : CLIENT_HOOKS.test(hook) ? false
      : local?.port !== null && local?.port !== undefined && local.port < 1024 && (remote?.port ?? 0) >= 1024;
  if (localIsServer) writeSocket(b, remote, local, proto);
  else writeSocket(b, local, remote, proto);
  return 'net';
}

function writeFileArg(b: EventBatchBuilder, file: JsonObject | null): string | null {
  const path = str(file?.path);
  if (path === null) return null;
  b.setUtf8(COL.fd_type, 'file');
  b.setUtf8(COL.fd_name, path);
  return 'file';
}

function writeSocket(b: EventBatchBuilder, client: Endpoint | null, server: Endpoint | null, proto: string | null): void {
  const ip = client?.ip ?? server?.ip ?? '';
  b.setUtf8(COL.fd_type, ip.includes(':') ? 'ipv6' : 'ipv4');
  if (proto !== null) b.setUtf8(COL.fd_l4proto, proto);
  if (client !== null) {
    b.setUtf8(COL.fd_cip, client.ip);
    if (client.port !== null) b.setInt32(COL.fd_cport, client.port);
  }
  if (server !== null) {
    b.setUtf8(COL.fd_sip, server.ip);
    if (server.port !== null) b.setInt32(COL.fd_sport, server.port);
  }
  const name = client !== null && server !== null ? `${hostPort(client)}->${hostPort(server)}` : hostPort((client ?? server) as Endpoint);
  b.setUtf8(COL.fd_name, name);
}

function hostPort(e: Endpoint): string {
  return e.port === null ? e.ip : `${e.ip}:${e.port}`;
}

function endpoint(ip: unknown, port: unknown): Endpoint | null {
  const address = str(ip);
  if (address === null) return null;
  const n = int(port);
  return { ip: address, port: n !== null && n >= 0 && n <= 65535 ? n : null };
}

/** `IPPROTO_TCP` → `tcp`. */
function l4proto(protocol: string | null): string | null {
  if (protocol === null) return null;
  const name = protocol.replace(/^IPPROTO_/, '').toLowerCase();
  return name === '' ? null : name;
}

function hookCategory(shape: EventShape, body: JsonObject, hook: string): string {
  if (shape.type === 'tracepoint' && str(body.subsys) === 'syscalls') {
    const call = /^sys_(?:enter|exit)_(.+)$/.exec(hook);
    if (call) return syscallCategory(call[1]);
  }
  if (/tcp|udp|sock|inet|skb|netif|ip_/.test(hook)) return 'net';
  if (/file|fd_install|path|inode|vfs_|open|mmap/.test(hook)) return 'file';
  if (/cred|setuid|setgid|capab|exec|task|ptrace|kill|signal/.test(hook)) return 'process';
  const syscall = /^(?:__x64_|__arm64_|__ia32_)?sys_(.+)$/.exec(hook);
  return syscall ? syscallCategory(syscall[1]) : 'other';
}

/** A short text of one argument value: scalars as they are, objects as compact JSON. */
function renderArg(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return safeJson(value) ?? '';
}

function safeJson(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    // a pathologically nested value: the caller leaves the column empty
    return null;
  }
}
