/**
 * What libsinsp remembers while reading a capture, reduced to what the `events` columns need:
 * threads (seeded from process-list blocks, then clone/fork/execve/procexit), one fd table per
 * process (seeded from fd-list blocks, then open/socket/connect/accept/pipe/dup/close…), user
 * names from the user list, containers from container events and cgroups.
 */
import { type FdRecord, type ThreadRecord } from './metadata.js';

/** One open descriptor. */
export interface FdInfo {
  name: string;
  /** our fd_type word (file, ipv4, unix, pipe, …) */
  type: string;
  /** sysdig's type character (`f`, `4`, `6`, `u`, `p`, …) */
  typeChar: string;
  /** client end of a connected socket (the tuple source after sinsp's role fix) */
  cip?: string;
  cport?: number;
  /** server end; for a listening socket, its bound address */
  sip?: string;
  sport?: number;
  l4proto?: string;
  /** sinsp's connection role: known once the socket connected, accepted, bound a port or moved data */
  role?: 'client' | 'server';
  /** a bound socket with a port (sinsp's IPV4_SERVSOCK / IPV6_SERVSOCK) */
  listening?: boolean;
}

/** One thread; `fds` is shared by the threads of a process. */
export interface ThreadState {
  tid: bigint;
  pid: bigint;
  ptid: bigint;
  comm: string;
  exe: string;
  exepath: string;
  args: readonly string[];
  cwd: string;
  uid: number;
  gid: number;
  vpid: bigint;
  containerId: string;
  fds: Map<bigint, FdInfo>;
  /** a thread sinsp invents for an event of an unknown tid (comm `<NA>`, pid = tid) */
  fake?: boolean;
  /** fd of the last enter event that used one (sinsp's m_lastevent_fd, 0 for a thread it has just met) */
  lastFd: bigint | null;
  /** parameter values of the last enter event, by name, for its exit */
  enter: NamedValues | null;
}

/** One event's parameter values looked up by name through a per-event-type index (the last parameter of a name wins). */
export class NamedValues {
  constructor(private readonly index: ReadonlyMap<string, number>, private readonly values: readonly unknown[]) {}

  /** The value of parameter `name`; undefined when the type has none or the event did not carry it. */
  get(name: string): unknown {
    const at = this.index.get(name);
    return at === undefined || at >= this.values.length ? undefined : this.values[at];
  }
}

/** A container known from container events. */
export interface ContainerInfo { name: string; image: string }

const FD_TYPES: Record<number, [string, string]> = {
  1: ['file', 'f'], 2: ['directory', 'd'], 3: ['ipv4', '4'], 4: ['ipv6', '6'], 5: ['ipv4', '4'], 6: ['ipv6', '6'],
  7: ['pipe', 'p'], 8: ['unix', 'u'], 9: ['event', 'e'], 10: ['unsupported', 'o'], 11: ['signalfd', 's'],
  12: ['eventpoll', 'l'], 13: ['inotify', 'i'], 14: ['timerfd', 't'], 15: ['netlink', 'n'], 16: ['file', 'f'],
  17: ['bpf', 'b'], 18: ['userfaultfd', 'u'], 19: ['io_uring', 'r'], 20: ['memfd', 'm'], 21: ['pidfd', 'P'],
};
const L4: Record<number, string> = { 2: 'tcp', 3: 'udp', 4: 'icmp', 5: 'raw' };

/** The state of one section of a capture. */
export class ScapState {
  readonly threads = new Map<bigint, ThreadState>();
  readonly users = new Map<number, string>();
  readonly containers = new Map<string, ContainerInfo>();
  private readonly processFds = new Map<bigint, Map<bigint, FdInfo>>();

  /** Forgets everything (a new section starts). */
  clear(): void {
    this.threads.clear();
    this.users.clear();
    this.processFds.clear();
    this.serverPorts.clear();
  }

  /** Ports of listening sockets in the fd lists (sinsp's m_server_ports). */
  private readonly serverPorts = new Set<number>();

  /** A placeholder for a thread missing from the process list, as sinsp adds one. */
  addFakeThread(tid: bigint): ThreadState {
    const thread: ThreadState = {
      tid, pid: tid, ptid: -1n, comm: '', exe: '', exepath: '', args: [], cwd: '', uid: -1, gid: -1, vpid: -1n,
      containerId: 'host', fds: this.fdsOf(tid), lastFd: 0n, enter: null, fake: true,
    };
    this.threads.set(tid, thread);
    return thread;
  }

  /**
   * Once the fd lists are read: connected IPv4 sockets whose local port some process listens on
   * are the server end, so their tuple turns around (client first); the others are clients.
   */
  fixSocketsFromLists(): void {
    for (const fds of this.processFds.values()) {
      for (const [fd, info] of fds) {
        if (info.type !== 'ipv4' || info.listening || info.sip === undefined) continue;
        fds.set(fd, this.serverPorts.has(info.cport ?? -1) ? turned(info) : { ...info, role: 'client' });
      }
    }
  }

  /** The fd table of process `pid`, created empty when new. */
  fdsOf(pid: bigint): Map<bigint, FdInfo> {
    let fds = this.processFds.get(pid);
    if (!fds) { fds = new Map(); this.processFds.set(pid, fds); }
    return fds;
  }

  /** Adds a thread of a process-list block. */
  addThread(record: ThreadRecord): void {
    this.threads.set(record.tid, {
      tid: record.tid, pid: record.pid, ptid: record.ptid, comm: record.comm, exe: record.exe, exepath: record.exepath,
      args: record.args, cwd: record.cwd, uid: record.uid, gid: record.gid, vpid: record.vpid,
      containerId: containerIdOf(record.cgroups), fds: this.fdsOf(record.pid), lastFd: 0n, enter: null,
    });
  }

  /** Adds the descriptors of an fd-list block to the process of `tid`. */
  addFds(tid: bigint, records: readonly FdRecord[]): void {
    const pid = this.threads.get(tid)?.pid ?? tid;
    const fds = this.fdsOf(pid);
    for (const record of records) {
      const info = fdFromRecord(record);
      if (info.listening && info.sport !== undefined) this.serverPorts.add(info.sport);
      fds.set(record.fd, info);
    }
  }

  /** Forgets process tables no thread uses any more. */
  dropThread(tid: bigint): void {
    const thread = this.threads.get(tid);
    if (!thread) return;
    this.threads.delete(tid);
    if (thread.pid === tid) this.processFds.delete(tid);
  }
}

function fdFromRecord(record: FdRecord): FdInfo {
  const [type, typeChar] = FD_TYPES[record.type] ?? ['unknown', 'o'];
  const l4proto = record.l4proto === undefined ? undefined : L4[record.l4proto];
  if (record.sip && record.dip && record.sport !== undefined && record.dport !== undefined) {
    const v4 = record.sip.length === 4 || (isV4Mapped(record.sip) && isV4Mapped(record.dip));
    return socketInfo(v4 ? 'ipv4' : 'ipv6', ipText(record.sip), record.sport, ipText(record.dip), record.dport, l4proto);
  }
  if (record.sip && record.sport !== undefined) {
    return { name: endpoint(record.sip, record.sport), type, typeChar, sip: ipText(record.sip), sport: record.sport, l4proto, listening: true };
  }
  // names read from /proc/net/unix end in a newline that sinsp does not show
  const name = record.type === 8 && record.name.endsWith('\n') ? record.name.slice(0, -1) : record.name;
  return { name, type, typeChar };
}

function endpoint(ip: Uint8Array, port: number): string {
  return `${ipText(ip)}:${port}`;
}

/** A connected inet socket from a tuple: `cip:cport->sip:sport`, as sinsp names it. */
export function socketInfo(type: 'ipv4' | 'ipv6', cip: string, cport: number, sip: string, sport: number, l4proto: string | undefined, role?: 'client' | 'server'): FdInfo {
  return {
    name: `${cip}:${cport}->${sip}:${sport}`, type, typeChar: type === 'ipv4' ? '4' : '6',
    cip, cport, sip, sport, l4proto, role,
  };
}

/** The same socket with its ends swapped (sinsp's swap_addresses). */
export function turned(info: FdInfo, role: 'client' | 'server' = 'server'): FdInfo {
  if (info.cip === undefined || info.sip === undefined) return { ...info, role };
  return socketInfo(info.type === 'ipv6' ? 'ipv6' : 'ipv4', info.sip, info.sport ?? 0, info.cip, info.cport ?? 0, info.l4proto, role);
}

function isV4Mapped(ip: Uint8Array): boolean {
  return ip.length === 16 && ip.subarray(0, 10).every((b) => b === 0) && ip[10] === 0xff && ip[11] === 0xff;
}

/** Dotted IPv4, or IPv6 in its short form (a v4-mapped address as dotted IPv4). */
export function ipText(ip: Uint8Array): string {
  if (ip.length === 4) return ip.join('.');
  if (isV4Mapped(ip)) return ip.subarray(12).join('.');
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((ip[i] << 8) | ip[i + 1]);
  let bestStart = -1, bestLength = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength && j - i > 1) { bestStart = i; bestLength = j - i; }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

const CONTAINER_ID = /(?:\/docker\/|docker-|crio-|cri-containerd-|containerd-|libpod-|\/kubepods\/[^/]*\/pod[^/]*\/)([0-9a-f]{64})/;

/** `host`, or the 12-character id of the container named in the cgroup paths. */
export function containerIdOf(cgroups: readonly string[]): string {
  for (const cgroup of cgroups) {
    const match = CONTAINER_ID.exec(cgroup);
    if (match) return match[1].slice(0, 12);
  }
  return 'host';
}

/** Our fd_type word and sysdig's character for a new descriptor of a socket family (PPM_AF_*). */
export function socketFdType(family: number): [string, string] {
  if (family === 2) return ['ipv4', '4'];
  if (family === 10) return ['ipv6', '6'];
  if (family === 1) return ['unix', 'u'];
  if (family === 16) return ['netlink', 'n'];
  return ['unknown', 'o'];
}

/** Our word for an l4 protocol code. */
export function l4protoName(code: number | undefined): string | undefined {
  return code === undefined ? undefined : L4[code];
}
