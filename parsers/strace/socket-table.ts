/**
 * What the fd columns of a call say about its descriptor: the line's `-y` annotation, the socket
 * address argument of bind/connect/sendto/recvfrom/accept, and what earlier calls on the same
 * descriptor of the same process taught (a bound or connected address, a unix path, the socket's
 * domain and protocol from socket()), so that later calls whose annotation shows only an inode
 * (`TCP:[29572]`, `socket:[7]`, or no -y at all) still name the socket.
 *
 * Sockets are oriented client → server: a bound, listening or accepted socket's local end is the
 * server; otherwise a local port < 1024 facing a port ≥ 1024 is taken as the server side.
 */
import { type FdInfo, parseFdAnnotation } from './fd-annotation.js';
import { type SockAddr, findSockaddr } from './sockaddr.js';

/** The call being written, as far as the fd columns care. */
export interface FdCall {
  readonly name: string;
  readonly args: string;
  readonly res: bigint | null;
  readonly errnoName: string | null;
}

/** Values of the fd columns (`fd_type`, `fd_name`, `fd_l4proto`, client `fd_cip/fd_cport`, server `fd_sip/fd_sport`). */
export interface FdColumns {
  readonly type: string;
  readonly name: string | null;
  readonly l4proto: string | null;
  readonly clientIp: string | null;
  readonly clientPort: number | null;
  readonly serverIp: string | null;
  readonly serverPort: number | null;
}

/** What is remembered about one socket descriptor. */
interface SocketFacts {
  readonly info: FdInfo;
  /** bound, listening or accepted: the local end is the server */
  readonly isServer: boolean;
}

const ADDRESS_CALLS = new Set(['bind', 'connect', 'sendto', 'sendmsg', 'recvfrom', 'recvmsg', 'accept', 'accept4', 'getsockname', 'getpeername']);
const MESSAGE_CALLS = new Set(['sendto', 'sendmsg', 'recvfrom', 'recvmsg']);
/** calls after which the descriptor's socket is worth remembering */
const LEARNING_CALLS = new Set(['bind', 'connect', 'listen', 'getsockname', 'getpeername']);
const DUPS = new Set(['dup', 'dup2', 'dup3']);
/** calls that create two descriptors, printed in an array argument */
const FD_PAIRS = new Set(['pipe', 'pipe2', 'socketpair']);
const DOMAINS: Record<string, string> = { AF_INET: 'ipv4', AF_INET6: 'ipv6', AF_UNIX: 'unix', AF_LOCAL: 'unix', AF_NETLINK: 'netlink' };
const SOCKET_ARGS = /^(AF_[A-Z0-9]+), (SOCK_[A-Z]+)/;
const L4: Record<string, string> = { SOCK_STREAM: 'tcp', SOCK_DGRAM: 'udp', SOCK_RAW: 'raw' };

/** Per-process memory of socket descriptors, and the fd columns of each call. */
export class SocketTable {
  private readonly byProcess = new WeakMap<object, Map<number, SocketFacts>>();

  /**
   * The fd columns of `call` on `fd` of `process` (any object the process's threads share), or
   * null when nothing is known. `returnsFd`: `fd` is the call's result, a new descriptor;
   * `argFd`: the descriptor argument, for calls that also return one (accept, dup).
   */
  resolve(call: FdCall, process: object, fd: number, annotation: string | null, returnsFd: boolean, argFd: number): FdColumns | null {
    const fds = this.fdsOf(process);
    if (returnsFd) fds.delete(fd);
    const annotated = annotation === null ? null : parseFdAnnotation(annotation);
    const facts = returnsFd ? this.inherited(call, fds, argFd) : this.factsFor(fds, fd, annotated);
    const info = annotated ?? (facts ? { ...facts.info } : socketInfo(call, returnsFd));
    if (info === null) return null;
    if (annotated && facts) mergeFacts(info, facts.info);
    const isServer = call.name !== 'connect'
      && ((facts?.isServer ?? false) || call.name === 'bind' || call.name === 'listen' || call.name.startsWith('accept'));
    if (returnsFd && call.name.startsWith('accept')) this.fillAccepted(info, fds.get(argFd));
    // a datagram's address belongs to that message only: remember the socket without it
    const isPerMessage = MESSAGE_CALLS.has(call.name);
    if (!isPerMessage) this.applyAddress(call, info);
    this.remember(call, fds, fd, info, isServer, returnsFd);
    if (isPerMessage) this.applyAddress(call, info);
    return orient(info, isServer);
  }

  /** pipe()/socketpair() created two descriptors whose numbers may have held sockets. */
  notePair(call: FdCall, process: object): void {
    if (!FD_PAIRS.has(call.name) || call.errnoName !== null) return;
    const pair = /\[(\d+)(?:<.*?>)?, (\d+)/.exec(call.args);
    const fds = this.byProcess.get(process);
    if (pair && fds) { fds.delete(Number(pair[1])); fds.delete(Number(pair[2])); }
  }

  private fdsOf(process: object): Map<number, SocketFacts> {
    let fds = this.byProcess.get(process);
    if (!fds) { fds = new Map(); this.byProcess.set(process, fds); }
    return fds;
  }

  /** Facts about `fd`, dropped when the annotation shows another socket now holds the number. */
  private factsFor(fds: Map<number, SocketFacts>, fd: number, annotated: FdInfo | null): SocketFacts | undefined {
    const facts = fds.get(fd);
    if (!facts || !annotated) return facts;
    const isSame = (annotated.inode === null || facts.info.inode === null || annotated.inode === facts.info.inode)
      && (annotated.type === 'socket' || annotated.type === facts.info.type);
    if (isSame) return facts;
    fds.delete(fd);
    return undefined;
  }

  /** dup copies the descriptor; an accepted socket shares its listener's protocol. */
  private inherited(call: FdCall, fds: Map<number, SocketFacts>, argFd: number): SocketFacts | undefined {
    return DUPS.has(call.name) ? fds.get(argFd) : undefined;
  }

  /** An accepted socket whose annotation has no tuple: local end = the listener's address. */
  private fillAccepted(info: FdInfo, listener: SocketFacts | undefined): void {
    if (!listener || info.localIp !== null) return;
    if (info.type === 'socket') info.type = listener.info.type;
    info.l4proto ??= listener.info.l4proto;
    info.localIp = listener.info.localIp;
    info.localPort = listener.info.localPort;
    if (info.type === 'unix' && !info.hasAddress && listener.info.hasAddress) { info.name = listener.info.name; info.hasAddress = true; }
  }

  /** bind and getsockname name the local end; connect, sendto, recvfrom, accept and getpeername the remote end. */
  private applyAddress(call: FdCall, info: FdInfo): void {
    if (!ADDRESS_CALLS.has(call.name)) return;
    const isOutput = call.name.startsWith('recv') || call.name.startsWith('accept') || call.name.startsWith('get');
    if (isOutput && (call.res === null || call.res < 0n)) return;
    const address = findSockaddr(call.args);
    if (!address) return;
    if (call.name === 'getsockname') {
      // an unbound socket reports port 0: nothing learned
      if (address.family !== 'unix' && address.port !== 0) applySockaddr(info, address, true);
    } else {
      applySockaddr(info, address, call.name === 'bind');
    }
  }

  private remember(call: FdCall, fds: Map<number, SocketFacts>, fd: number, info: FdInfo, isServer: boolean, returnsFd: boolean): void {
    if (call.name === 'close') { fds.delete(fd); return; }
    const succeeded = call.errnoName === null || call.errnoName === 'EINPROGRESS';
    if (!succeeded || !isSocketType(info.type)) return;
    const isLearning = returnsFd || LEARNING_CALLS.has(call.name) || !fds.has(fd);
    if (isLearning && (info.hasAddress || info.l4proto !== null || info.type !== 'socket')) fds.set(fd, { info: { ...info }, isServer });
  }
}

/** An fd with no annotation (no -y): only socket() itself says what it is. */
function socketInfo(call: FdCall, returnsFd: boolean): FdInfo | null {
  const args = returnsFd && call.name === 'socket' ? SOCKET_ARGS.exec(call.args) : null;
  const isAddressCall = ADDRESS_CALLS.has(call.name);
  if (!args && !isAddressCall) return null;
  const type = args ? DOMAINS[args[1]] ?? 'socket' : 'socket';
  const l4proto = args && (type === 'ipv4' || type === 'ipv6') ? L4[args[2]] ?? null : null;
  return { type, name: '', l4proto, localIp: null, localPort: null, remoteIp: null, remotePort: null, inode: null, hasAddress: false };
}

/** Fills what an inode-only annotation lacks from what was learned before. */
function mergeFacts(info: FdInfo, known: FdInfo): void {
  if (info.type === 'socket') info.type = known.type;
  info.l4proto ??= known.l4proto;
  if (info.type === 'unix' && !info.hasAddress && known.hasAddress) { info.name = known.name; info.hasAddress = true; }
  if (info.localIp === null && info.remoteIp === null) {
    info.localIp = known.localIp; info.localPort = known.localPort;
    info.remoteIp = known.remoteIp; info.remotePort = known.remotePort;
  }
}

function applySockaddr(info: FdInfo, address: SockAddr, isLocal: boolean): void {
  if (address.family === 'unix') {
    if (address.path === null || (info.type !== 'unix' && info.type !== 'socket') || info.hasAddress) return;
    info.type = 'unix';
    info.name = address.path;
    info.hasAddress = true;
    return;
  }
  if (info.type !== address.family && info.type !== 'socket') return;
  info.type = address.family;
  if (isLocal) { info.localIp = address.ip; info.localPort = address.port; }
  else if (info.remoteIp === null) { info.remoteIp = address.ip; info.remotePort = address.port; }
  else return;
  info.hasAddress = true;
}

function orient(info: FdInfo, isServer: boolean): FdColumns {
  const { localIp, localPort, remoteIp, remotePort } = info;
  if (localIp === null && remoteIp === null) return columns(info, info.name === '' ? null : info.name, null, null, null, null);
  if (remoteIp === null) {
    const name = hostPort(localIp, localPort);
    return isServer ? columns(info, name, null, null, localIp, localPort) : columns(info, name, localIp, localPort, null, null);
  }
  const isServerSide = isServer || (remotePort !== null && localPort !== null && localPort < 1024 && remotePort >= 1024);
  if (isServerSide) return columns(info, connectionName(remoteIp, remotePort, localIp, localPort), remoteIp, remotePort, localIp, localPort);
  return columns(info, connectionName(localIp, localPort, remoteIp, remotePort), localIp, localPort, remoteIp, remotePort);
}

function columns(
  info: FdInfo, name: string | null, clientIp: string | null, clientPort: number | null, serverIp: string | null, serverPort: number | null,
): FdColumns {
  return { type: info.type, name, l4proto: info.l4proto, clientIp, clientPort, serverIp, serverPort };
}

function connectionName(clientIp: string | null, clientPort: number | null, serverIp: string | null, serverPort: number | null): string {
  const serverText = hostPort(serverIp, serverPort);
  return clientIp === null ? serverText : `${hostPort(clientIp, clientPort)}->${serverText}`;
}

function isSocketType(type: string): boolean {
  return type === 'ipv4' || type === 'ipv6' || type === 'unix' || type === 'socket' || type === 'netlink';
}

function hostPort(ip: string | null, port: number | null): string {
  const host = ip !== null && ip.includes(':') ? `[${ip}]` : ip ?? '';
  return `${host}:${port ?? ''}`;
}
