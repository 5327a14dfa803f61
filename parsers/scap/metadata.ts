/**
 * Decoders of the metadata blocks (../shared/docs/scap-format.md §5–9): machine info, interface,
 * user/group, process and fd lists. Each takes the whole block and returns plain records; a
 * field that overruns its entry throws `FieldOverrun` (the caller keeps the entries before it).
 */
import { ByteCursor, cString } from './byte-cursor.js';

/** One thread of a process-list block. */
export interface ThreadRecord {
  tid: bigint;
  pid: bigint;
  ptid: bigint;
  sid: bigint;
  vpgid: bigint;
  comm: string;
  exe: string;
  exepath: string;
  args: string[];
  cwd: string;
  fdlimit: bigint;
  flags: number;
  uid: number;
  gid: number;
  env: string[];
  vtid: bigint;
  vpid: bigint;
  cgroups: string[];
  root: string;
  loginuid: number;
  pgid: bigint;
}

/** One descriptor of an fd-list block. */
export interface FdRecord {
  fd: bigint;
  ino: bigint;
  /** SCAP_FD_* code */
  type: number;
  name: string;
  /** sockets: local end as written by the /proc scan */
  sip?: Uint8Array;
  dip?: Uint8Array;
  sport?: number;
  dport?: number;
  l4proto?: number;
  openFlags?: number;
}

export interface UserRecord { uid: number; gid: number; name: string; home: string; shell: string }
export interface GroupRecord { gid: number; name: string }
export interface InterfaceRecord { name: string; address: Uint8Array }
export interface MachineRecord { cpus: number; memoryBytes: bigint; hostname: string; bootTs: bigint }

const BODY_START = 8;

function bodyCursor(block: Uint8Array, littleEndian: boolean): ByteCursor {
  return new ByteCursor(block, BODY_START, block.length - 4, littleEndian);
}

/** Machine info (§5). */
export function decodeMachine(block: Uint8Array, littleEndian: boolean): MachineRecord {
  const c = bodyCursor(block, littleEndian);
  const cpus = c.u32();
  const memoryBytes = c.u64();
  c.skip(8);
  const hostname = cString(c.raw(128));
  const bootTs = c.u64();
  return { cpus, memoryBytes, hostname, bootTs };
}

/** Process list of any version 1–9 (§8); `onEntry` gets each thread as it is decoded. */
export function decodeProcesses(block: Uint8Array, littleEndian: boolean, version: number, onEntry: (t: ThreadRecord) => void): void {
  const c = bodyCursor(block, littleEndian);
  const blockEnd = c.end;
  while (c.remaining >= 4) {
    const start = c.at;
    let entryEnd = blockEnd;
    if (version >= 9) {
      entryEnd = start + c.u32();
      if (entryEnd > blockEnd || entryEnd < start + 4) throw new RangeError(`process entry at byte ${start} has length ${entryEnd - start}, past its block`);
      c.end = entryEnd;
    }
    onEntry(readThread(c, version));
    if (version >= 9) { c.end = blockEnd; c.at = entryEnd; }
  }
}

function readThread(c: ByteCursor, version: number): ThreadRecord {
  const tid = c.i64(), pid = c.i64(), ptid = c.i64();
  const sid = version >= 6 ? c.i64() : -1n;
  const vpgid = version >= 8 ? c.i64() : -1n;
  const comm = c.str16(), exe = c.str16();
  const exepath = version >= 7 ? c.str16() : '';
  const args = c.list16(), cwd = c.str16(), fdlimit = c.i64(), flags = c.u32(), uid = c.u32(), gid = c.u32();
  if (version >= 2) c.skip(12 + 16);
  const env = version >= 3 ? c.list16() : [];
  const vtid = version >= 4 ? c.i64() : -1n;
  const vpid = version >= 4 ? c.i64() : -1n;
  const cgroups = version >= 4 ? c.list16() : [];
  const root = version >= 5 ? c.str16() : '';
  const thread: ThreadRecord = {
    tid, pid, ptid, sid, vpgid, comm, exe, exepath, args, cwd, fdlimit, flags, uid, gid, env, vtid, vpid, cgroups, root,
    loginuid: 0xffffffff, pgid: -1n,
  };
  if (version >= 9) readThreadTail(c, thread);
  return thread;
}

/** The growable tail of PL_V9 entries: each field only if it still fits (§8). */
function readThreadTail(c: ByteCursor, thread: ThreadRecord): void {
  const remaining = c.end - c.at;
  if (remaining > 29) {
    if (c.remaining >= 8) c.skip(8);
    if (c.remaining >= 4) c.skip(4);
  }
  if (c.remaining >= 4) thread.loginuid = c.u32();
  const skips = [1, 8, 8, 8, 1, 8, 8, 8, 1, 1];
  for (const size of skips) {
    if (c.remaining < size) return;
    c.skip(size);
  }
  if (c.remaining >= 8) thread.pgid = c.i64();
}

/** Fd list (§9): the owning tid and its descriptors. */
export function decodeFds(block: Uint8Array, littleEndian: boolean, version: number): { tid: bigint; fds: FdRecord[] } {
  const c = bodyCursor(block, littleEndian);
  const blockEnd = c.end;
  const tid = c.u64();
  const fds: FdRecord[] = [];
  while (c.remaining >= 4) {
    const start = c.at;
    let entryEnd = blockEnd;
    if (version >= 2) {
      entryEnd = start + c.u32();
      if (entryEnd > blockEnd || entryEnd < start + 4) throw new RangeError(`fd entry at byte ${start} has length ${entryEnd - start}, past its block`);
      c.end = entryEnd;
    }
    const fd = readFd(c, version);
    if (fd === null) break;
    fds.push(fd);
    if (version >= 2) { c.end = blockEnd; c.at = entryEnd; }
  }
  return { tid, fds };
}

const IPV4_SOCK = 3, IPV6_SOCK = 4, IPV4_SERVSOCK = 5, IPV6_SERVSOCK = 6, UNIX_SOCK = 8, FILE_V2 = 16, UNSUPPORTED = 10;

/** One fd entry; null when its type is unknown and the list cannot be skipped (v1). */
function readFd(c: ByteCursor, version: number): FdRecord | null {
  const fd = c.i64(), ino = c.u64(), type = c.u8();
  switch (type) {
    case IPV4_SOCK: case IPV6_SOCK: {
      const size = type === IPV4_SOCK ? 4 : 16;
      const sip = c.raw(size).slice(), dip = c.raw(size).slice();
      return { fd, ino, type, name: '', sip, dip, sport: c.u16(), dport: c.u16(), l4proto: c.u8() };
    }
    case IPV4_SERVSOCK: case IPV6_SERVSOCK: {
      const sip = c.raw(type === IPV4_SERVSOCK ? 4 : 16).slice();
      return { fd, ino, type, name: '', sip, sport: c.u16(), l4proto: c.u8() };
    }
    case UNIX_SOCK:
      c.skip(16);
      return { fd, ino, type, name: c.str16() };
    case FILE_V2: {
      const openFlags = c.u32();
      return { fd, ino, type, name: c.str16(), openFlags };
    }
    default:
      if (type >= 1 && type <= 21) return { fd, ino, type, name: c.str16() };
      if (version >= 2) return { fd, ino, type: UNSUPPORTED, name: `unknown-type:[${type}]` };
      return null;
  }
}

/** User/group list (§7). */
export function decodeUsers(block: Uint8Array, littleEndian: boolean, version: number): { users: UserRecord[]; groups: GroupRecord[] } {
  const c = bodyCursor(block, littleEndian);
  const blockEnd = c.end;
  const users: UserRecord[] = [];
  const groups: GroupRecord[] = [];
  while (c.remaining >= 4) {
    const start = c.at;
    let entryEnd = blockEnd;
    if (version >= 2) {
      entryEnd = start + c.u32();
      if (entryEnd > blockEnd || entryEnd < start + 4) throw new RangeError(`user entry at byte ${start} has length ${entryEnd - start}, past its block`);
      c.end = entryEnd;
    }
    if (c.u8() === 0) {
      const uid = c.u32(), gid = c.u32();
      users.push({ uid, gid, name: c.str16(), home: c.str16(), shell: c.str16() });
    } else {
      const gid = c.u32();
      groups.push({ gid, name: c.str16() });
    }
    if (version >= 2) { c.end = blockEnd; c.at = entryEnd; }
  }
  return { users, groups };
}

const INTERFACE_SIZES: Record<number, { addr: number; linkspeed: boolean }> = {
  1: { addr: 4, linkspeed: true }, 2: { addr: 16, linkspeed: true }, 3: { addr: 4, linkspeed: false }, 4: { addr: 16, linkspeed: false },
};

/** Interface list (§6). */
export function decodeInterfaces(block: Uint8Array, littleEndian: boolean, version: number): InterfaceRecord[] {
  const c = bodyCursor(block, littleEndian);
  const out: InterfaceRecord[] = [];
  while (c.remaining >= 4) {
    const entryEnd = version >= 2 ? c.u32() + c.at : -1;
    const type = c.u16();
    const layout = INTERFACE_SIZES[type];
    if (!layout) throw new RangeError(`interface entry of unknown type ${type}`);
    const nameLength = c.u16();
    const address = c.raw(layout.addr).slice();
    c.skip(layout.addr * 2 + (layout.linkspeed ? 8 : 0));
    out.push({ name: cString(c.raw(nameLength)), address });
    if (entryEnd >= 0) c.at = entryEnd;
  }
  return out;
}
