/**
 * Streaming reader of scap captures (sysdig / Falco): blocks → state → one row per event.
 * evt_num counts every event of a known type in file order (sysdig's numbering); events sysdig
 * does not print (internal meta events, STATE_ONLY events, the leading container/user events that
 * seed its state) are kept with `hidden` = true.
 */
import { COL as COLUMNS } from '../common/arrow-schema.js';
import { EventBatchBuilder } from '../common/event-batch-builder.js';
import { type FormatReader, type ReaderSink } from '../common/reader.js';
import { type ParseOptions } from '../common/types.js';
import { BlockReader, type RawBlock } from './block-reader.js';
import { blockLayout, blockTypeName } from './block-types.js';
import { FieldOverrun } from './byte-cursor.js';
import { errnoName } from '../common/linux-names.js';
import { type EventRecord, STATE_ONLY_FLAG, frameEvent } from './event-record.js';
import { EVENT_TABLE, type EventSpec, ppmScName } from './event-table.js';
import { decodeFds, decodeProcesses, decodeUsers } from './metadata.js';
import { type ParamValue, type RenderContext, type SockAddr, type SockTuple, decodeParamSized, fixedSize, renderParam, stringList } from './params.js';
import { type FdInfo, NamedValues, ScapState, type ThreadState, containerIdOf, socketFdType, socketInfo, turned } from './state.js';

/** A module-local copy: a transpiled import is a getter call on every read. */
const COL = COLUMNS;
const SEED_TYPES = new Set([228, 272, 324, 354, 356, 358, 360, 402]);
const GENERIC = new Set([0, 1]);
/** clone/fork/vfork exits, procexit and switch: sinsp does not invent a thread for them */
const CLONES = new Set(['clone', 'fork', 'vfork', 'clone3']);
const RECEIVES = new Set(['recvfrom', 'recvmsg']);
const SENDS = new Set(['sendto', 'sendmsg']);
const FD_FLAGS = ['EF_CREATES_FD', 'EF_USES_FD', 'EF_DESTROYS_FD'] as const;
const AT_FDCWD = -100n;
const EINPROGRESS = -115n;
/** exits sysdig 0.29's event table does not mark as fd events (sendmmsg, recvmmsg, mmap, mmap2, symlinkat, unlinkat, mkdirat, fchmodat, fchmod) */
const NOT_FD_EVENTS_029 = new Set([51, 55, 161, 163, 181, 303, 305, 313, 317]);
const AF_INET = 2, AF_INET6 = 10, AF_UNIX = 1;

/** One decoded event: its framing and parameter values by position. */
interface DecodedEvent {
  readonly record: EventRecord;
  readonly spec: EventSpec;
  readonly plan: TypePlan;
  readonly values: ParamValue[];
  readonly block: RawBlock;
}

/** Reads scap bytes pushed in chunks; see the module comment. */
export class ScapReader implements FormatReader {
  private readonly blocks: BlockReader;
  private readonly builder: EventBatchBuilder;
  private readonly state = new ScapState();
  private events = 0;
  private number = 0;
  private seeding = true;
  private listsRead = false;
  private unknownTypes = 0;

  constructor(private readonly options: ParseOptions, private readonly sink: ReaderSink) {
    this.builder = new EventBatchBuilder(options.batchRows);
    this.blocks = new BlockReader({
      block: (block) => this.onBlock(block),
      warning: (offset, message) => sink.warning({ offset, message }),
    });
  }

  push(chunk: Uint8Array): void {
    this.blocks.push(chunk);
  }

  finish(): void {
    this.blocks.finish();
    if (this.unknownTypes > 0) {
      this.sink.warning({ offset: this.blocks.offset, message: `${this.unknownTypes} events of unknown types were skipped (no number, as sysdig)` });
    }
    const batch = this.builder.flush();
    if (batch) this.sink.batch(batch, this.events);
  }

  private onBlock(block: RawBlock): void {
    const layout = blockLayout(block.type);
    try {
      switch (layout?.kind) {
        case 'event': return this.onEvent(block, frameEvent(block.bytes, layout, block.littleEndian));
        case 'section': this.state.clear(); this.seeding = true; return;
        case 'processes': return decodeProcesses(block.bytes, block.littleEndian, layout.version, (t) => this.state.addThread(t));
        case 'fds': { const { tid, fds } = decodeFds(block.bytes, block.littleEndian, layout.version); this.listsRead = true; return this.state.addFds(tid, fds); }
        case 'users': return this.onUsers(block, layout.version);
        case 'machine': case 'interfaces': return;
        default: this.warn(block, 'unknown block type, skipped');
      }
    } catch (error) {
      if (!(error instanceof FieldOverrun) && !(error instanceof RangeError)) throw error;
      this.warn(block, `${error.message}; the rest of the block was skipped`);
    }
  }

  private onUsers(block: RawBlock, version: number): void {
    const { users } = decodeUsers(block.bytes, block.littleEndian, version);
    for (const user of users) this.state.users.set(user.uid, user.name);
  }

  private warn(block: RawBlock, message: string): void {
    this.sink.warning({ offset: block.offset, message: `${blockTypeName(block.type)} block at byte ${block.offset}: ${message}` });
  }

  private onEvent(block: RawBlock, record: EventRecord | string): void {
    if (typeof record === 'string') { this.warn(block, `${record}; the event was skipped`); return; }
    if (this.listsRead) { this.state.fixSocketsFromLists(); this.listsRead = false; }
    const spec = record.spec;
    if (!spec) { this.unknownTypes++; return; }
    this.number++;
    const plan = planOf(spec);
    const count = Math.min(record.paramStart.length, spec.params.length);
    const values: ParamValue[] = [];
    const sizes = plan.sizes;
    for (let i = 0; i < count; i++) values.push(decodeParamSized(spec.params[i], sizes[i], block.bytes, record.paramStart[i], record.paramLength[i], block.littleEndian));
    const event: DecodedEvent = { record, spec, plan, values, block };
    const isSeed = this.seeding && SEED_TYPES.has(record.type);
    if (!isSeed) this.seeding = false;
    const hidden = isSeed || spec.internal || (record.flags & STATE_ONLY_FLAG) !== 0;
    this.writeRow(event, hidden);
  }

  private writeRow(event: DecodedEvent, hidden: boolean): void {
    const { record, spec, block } = event;
    const b = this.builder;
    const before = this.state.threads.get(record.tid) ?? this.fakeThread(event);
    if (record.type === 324 || record.type === 272 || record.type === 228) this.onContainer(event);
    const fd = this.eventFd(event, before);
    const fdBefore = fd !== null ? before?.fds.get(fd) : undefined;
    this.updateState(event, before, fd);
    const thread = this.state.threads.get(record.tid) ?? before;
    const fdInfo = (fd !== null ? thread?.fds.get(fd) : undefined) ?? fdBefore;
    b.setInt64(COL.evt_num, this.options.evtNumBase + this.number);
    b.setInt32(COL.source_id, this.options.sourceId);
    b.setUtf8(COL.source_kind, 'scap');
    b.setInt64(COL.src_offset, block.offset);
    b.setInt32(COL.src_length, block.bytes.length);
    b.setInt64(COL.ts, record.ts);
    b.setInt64(COL.tid, record.tid);
    b.setUtf8(COL.evt_type, event.plan.generic ? genericName(event) : spec.name);
    b.setUtf8(COL.evt_dir, spec.dir);
    b.setUtf8(COL.evt_category, spec.category);
    b.setBool(COL.hidden, hidden);
    this.writeResult(event);
    if (!event.plan.generic) b.setUtf8(COL.args, this.renderArgs(event, thread));
    this.writeData(event);
    if (thread) this.writeThread(thread);
    else if (record.tid >= 0n && spec.source === 'SYSCALL') b.setUtf8(COL.container_id, 'host');
    if (fd !== null) b.setInt64(COL.fd, fd);
    if (fdInfo) this.writeFd(fdInfo, thread && failedConnect(event) ? this.creatorName(event, thread) : fdInfo.name);
    else if (thread && spec.dir === '<' && event.plan.fdEvent) b.setUtf8(COL.fd_name, this.creatorName(event, thread));
    if (spec.name === 'procexit') this.state.dropThread(record.tid);
    this.events++;
    const batch = b.commit();
    if (batch) this.sink.batch(batch, this.events);
  }

  /** sinsp's placeholder for a syscall of a thread it has never seen (not for clone exits and procexit). */
  private fakeThread(event: DecodedEvent): ThreadState | undefined {
    const { record, spec } = event;
    if (record.tid < 0n || (spec.source !== 'SYSCALL' && spec.source !== 'TRACEPOINT')) return undefined;
    if (spec.name === 'procexit' || spec.name === 'switch' || (spec.dir === '<' && CLONES.has(spec.name))) return undefined;
    return this.state.addFakeThread(record.tid);
  }

  /**
   * sysdig's fd.name for an exit whose descriptor it does not know (or a failed connect): what the
   * call named (path, tuple), else empty.
   */
  private creatorName(event: DecodedEvent, thread: ThreadState): string {
    const { spec, values } = event;
    switch (spec.name) {
      case 'open': case 'creat': case 'accept': case 'accept4': case 'connect':
        return values.length > 1 ? renderParam(spec.params[1], values[1]) : '';
      case 'openat': case 'openat2': {
        const get = (name: string): unknown => valueOf(event, name) ?? thread.enter?.get(name);
        const name = get('name');
        return typeof name === 'string' ? this.resolveAt(thread, get('dirfd'), name) : '';
      }
      case 'open_by_handle_at': return typeof values[3] === 'string' ? values[3] : '';
      default: return '';
    }
  }

  /** A path as sinsp completes it: absolute as is, else against the cwd (AT_FDCWD) or the dirfd's name. */
  private resolveAt(thread: ThreadState, dirfd: unknown, name: string): string {
    if (name.startsWith('/')) return name;
    if (typeof dirfd === 'bigint' && BigInt.asIntN(64, dirfd) !== AT_FDCWD) {
      const dir = thread.fds.get(dirfd);
      return dir ? joinPath(dir.name, name) : name;
    }
    return joinPath(thread.cwd, name);
  }

  private writeResult(event: DecodedEvent): void {
    const res = resultOf(event);
    if (res === null) return;
    this.builder.setInt64(COL.res, res);
    this.builder.setBool(COL.failed, res < 0n);
    if (res < 0n) {
      const name = errnoName(Number(-res));
      if (name) this.builder.setUtf8(COL.errno_name, name);
    }
  }

  private writeData(event: DecodedEvent): void {
    const at = event.plan.dataIndex;
    const value = at >= 0 ? event.values[at] : undefined;
    if (value instanceof Uint8Array) this.builder.setBinary(COL.data, value);
  }

  private writeThread(thread: ThreadState): void {
    const b = this.builder;
    b.setInt64(COL.pid, thread.pid);
    if (thread.fake) { b.setInt64(COL.ppid, -1n); b.setUtf8(COL.container_id, 'host'); return; }
    b.setInt64(COL.ppid, this.state.threads.get(thread.ptid)?.pid ?? thread.ptid);
    if (thread.vpid >= 0n) b.setInt64(COL.vpid, thread.vpid);
    b.setUtf8(COL.proc_name, thread.comm);
    b.setUtf8(COL.exe, thread.exepath || thread.exe);
    b.setUtf8(COL.cmdline, cmdlineOf(thread));
    b.setUtf8(COL.cwd, thread.cwd);
    b.setInt64(COL.uid, thread.uid);
    b.setInt64(COL.gid, thread.gid);
    const user = this.state.users.get(thread.uid);
    if (user !== undefined) b.setUtf8(COL.user_name, user);
    b.setUtf8(COL.container_id, thread.containerId);
    const container = this.state.containers.get(thread.containerId);
    if (container) {
      b.setUtf8(COL.container_name, container.name);
      b.setUtf8(COL.container_image, container.image);
    } else if (thread.containerId === 'host') {
      b.setUtf8(COL.container_name, 'host');
    }
  }

  /** The fd columns as sysdig shows them: ends only once the role is known, a listening socket's port and protocol always. */
  private writeFd(info: FdInfo, name: string): void {
    const b = this.builder;
    b.setUtf8(COL.fd_type, info.type);
    b.setUtf8(COL.fd_name, name);
    if (info.role !== undefined) {
      if (info.cip !== undefined) b.setUtf8(COL.fd_cip, info.cip);
      if (info.cport !== undefined) b.setInt32(COL.fd_cport, info.cport);
      if (info.sip !== undefined) b.setUtf8(COL.fd_sip, info.sip);
    }
    if (info.sport !== undefined && (info.role !== undefined || info.listening)) b.setInt32(COL.fd_sport, info.sport);
    if (info.l4proto !== undefined && (info.role !== undefined || info.listening || info.l4proto === 'raw')) b.setUtf8(COL.fd_l4proto, info.l4proto);
  }

  /** The thread whose fds the args of the event being rendered refer to (one context for all events). */
  private argsThread: ThreadState | undefined;
  private readonly argsContext: RenderContext = {
    fdSuffix: (fd) => { const info = this.argsThread?.fds.get(fd); return info ? `<${info.typeChar}>${info.name}` : undefined; },
    pidSuffix: (pid) => this.state.threads.get(pid)?.comm,
    fdTypeChar: (fd) => this.argsThread?.fds.get(fd)?.typeChar,
  };

  private renderArgs(event: DecodedEvent, thread: ThreadState | undefined): string {
    this.argsThread = thread;
    const context = this.argsContext;
    let text = '';
    for (let i = 0; i < event.values.length; i++) text += `${event.spec.params[i].name}=${renderParam(event.spec.params[i], event.values[i], context)} `;
    return text;
  }

  /** The descriptor an event is about, as sinsp picks it. */
  private eventFd(event: DecodedEvent, thread: ThreadState | undefined): bigint | null {
    const { spec } = event;
    const usesFd = event.plan.usesFd;
    if (spec.dir === '>') {
      const first = event.values[0];
      if (usesFd && typeof first === 'bigint' && spec.params[0].type === 'PT_FD') return first;
      return null;
    }
    if (spec.name === 'pipe' || spec.name === 'pipe2') {
      const fd1 = valueOf(event, 'fd1');
      return typeof fd1 === 'bigint' && resultOf(event) === 0n ? fd1 : null;
    }
    if (event.plan.createsFd) {
      const res = resultOf(event);
      return res !== null && res >= 0n ? res : null;
    }
    if (usesFd) return thread?.lastFd ?? null;
    return null;
  }

  /** The exit being applied to the state and its thread: `exitGet` reads a parameter of it, else of its enter. */
  private exitParams: NamedValues | null = null;
  private exitThread: ThreadState | undefined;
  private readonly exitGet = (name: string): unknown => this.exitParams?.get(name) ?? this.exitThread?.enter?.get(name);

  private updateState(event: DecodedEvent, thread: ThreadState | undefined, fd: bigint | null): void {
    const { spec } = event;
    if (event.plan.noStateUpdate) return;
    if (spec.dir === '>') {
      if (thread) { thread.lastFd = fd; thread.enter = namedValues(event); }
      if (thread && fd !== null && spec.name === 'sendto' && !thread.fds.has(fd)) this.inferSendto(thread, fd, thread.enter?.get('tuple'));
      return;
    }
    const res = resultOf(event);
    const params = namedValues(event);
    this.exitParams = params;
    this.exitThread = thread;
    const get = this.exitGet;
    switch (spec.name) {
      case 'clone': case 'fork': case 'vfork': case 'clone3': this.onClone(event, thread, res, params); break;
      case 'execve': case 'execveat': if (res === 0n) this.onExec(event, params); break;
      case 'close': if (res !== null && res >= 0n && fd !== null) thread?.fds.delete(fd); break;
      case 'connect': if (thread && res !== null) this.onConnection(spec.name, thread, res, get); break;
      case 'bind': if (thread && res !== null && res >= 0n) this.onBind(thread, get); break;
      default:
        if (thread && res !== null && res >= 0n && (RECEIVES.has(spec.name) || SENDS.has(spec.name))) this.onTransfer(spec, thread, fd, get); if (thread && res !== null && res >= 0n) this.onFdCall(spec, thread, res, get);
    }
  }

  private onFdCall(spec: EventSpec, thread: ThreadState, res: bigint, get: (name: string) => unknown): void {
    switch (spec.name) {
      case 'open': case 'openat': case 'openat2': case 'creat': case 'open_by_handle_at': {
        const name = get('name');
        const path = typeof name !== 'string' ? '' : spec.name.startsWith('openat') ? this.resolveAt(thread, get('dirfd'), name) : joinPath(thread.cwd, name);
        thread.fds.set(res, { name: path, type: 'file', typeChar: 'f' });
        return;
      }
      case 'socket': {
        const domain = Number(get('domain') ?? 0);
        const [type, typeChar] = socketFdType(domain);
        const l4proto = domain === AF_INET || domain === AF_INET6 ? socketL4(Number(get('type') ?? 0), Number(get('proto') ?? 0)) : undefined;
        thread.fds.set(res, { name: '', type, typeChar, l4proto });
        return;
      }
      case 'fcntl': {
        const cmd = get('cmd');
        const info = cmd === 1 || cmd === 0x1a ? this.fdOfParam(thread, get('fd')) : undefined;
        if (info) thread.fds.set(res, { ...info });
        return;
      }
      case 'connect': case 'accept': case 'accept4': return this.onConnection(spec.name, thread, res, get);
      case 'pipe': case 'pipe2': {
        for (const key of ['fd1', 'fd2']) {
          const value = get(key);
          if (typeof value === 'bigint') thread.fds.set(value, { name: '', type: 'pipe', typeChar: 'p' });
        }
        return;
      }
      case 'dup': case 'dup2': case 'dup3': {
        const old = get('oldfd') ?? get('fd');
        const info = typeof old === 'bigint' ? thread.fds.get(old) : undefined;
        if (info) thread.fds.set(res, { ...info });
        return;
      }
      case 'eventfd': case 'eventfd2': thread.fds.set(res, { name: '', type: 'event', typeChar: 'e' }); return;
      case 'signalfd': case 'signalfd4': thread.fds.set(res, { name: '', type: 'signalfd', typeChar: 's' }); return;
      case 'timerfd_create': thread.fds.set(res, { name: '', type: 'timerfd', typeChar: 't' }); return;
      case 'inotify_init': case 'inotify_init1': thread.fds.set(res, { name: '', type: 'inotify', typeChar: 'i' }); return;
      case 'epoll_create': case 'epoll_create1': thread.fds.set(res, { name: '', type: 'eventpoll', typeChar: 'l' }); return;
      default:
    }
  }

  /** connect, accept: the socket's ends from the tuple (source = the client for both). */
  private onConnection(name: string, thread: ThreadState, res: bigint, get: (name: string) => unknown): void {
    const tuple = get('tuple');
    const fd = name === 'connect' ? get('fd') ?? thread.lastFd : res;
    if (typeof fd !== 'bigint' || !isTuple(tuple)) return;
    const previous = thread.fds.get(fd);
    if (name === 'connect' && (!previous || (res < 0n && res !== EINPROGRESS))) return;
    if (tuple.family === AF_UNIX) {
      thread.fds.set(fd, { name: unixName(tuple), type: 'unix', typeChar: 'u' });
      return;
    }
    if (tuple.sip === undefined || tuple.dip === undefined || tuple.sport === undefined || tuple.dport === undefined) return;
    const type = tuple.family === AF_INET6 ? 'ipv6' : 'ipv4';
    if (name !== 'connect') {
      thread.fds.set(fd, socketInfo(type, tuple.sip, tuple.sport, tuple.dip, tuple.dport, 'tcp', 'server'));
      return;
    }
    const l4proto = previous?.listening ? previous.l4proto : previous?.l4proto ?? 'tcp';
    const info = socketInfo(type, tuple.sip, tuple.sport, tuple.dip, tuple.dport, l4proto, previous?.role ?? 'client');
    thread.fds.set(fd, info.role === 'server' && l4proto === 'udp' ? turned(info) : info);
  }

  /** A sendto on an unknown descriptor with an inet address: sinsp assumes a UDP socket. */
  private inferSendto(thread: ThreadState, fd: bigint, tuple: unknown): void {
    if (BigInt.asIntN(64, fd) < 0n || !isTuple(tuple) || (tuple.family !== AF_INET && tuple.family !== AF_INET6)) return;
    thread.fds.set(fd, { ...fdTypeOf(tuple), name: '', l4proto: 'udp' });
  }

  /** bind: a port makes a listening (server) socket; the name is the address either way. */
  private onBind(thread: ThreadState, get: (name: string) => unknown): void {
    const fd = get('fd') ?? thread.lastFd;
    const addr = get('addr');
    const info = typeof fd === 'bigint' ? thread.fds.get(fd) : undefined;
    if (!info || typeof fd !== 'bigint' || !isSockAddr(addr)) return;
    const name = renderAddr(addr);
    if ((addr.family === AF_INET || addr.family === AF_INET6) && addr.port && addr.ip !== undefined) {
      const type = addr.ip.includes(':') ? 'ipv6' : 'ipv4';
      thread.fds.set(fd, { name, type, typeChar: type === 'ipv4' ? '4' : '6', sip: addr.ip, sport: addr.port, l4proto: info.l4proto, role: 'server', listening: true });
      return;
    }
    thread.fds.set(fd, { ...info, name });
  }

  /**
   * send*, recv*: a socket without a name, or not TCP, learns its ends from the tuple; the role is
   * guessed (a receiver serves, a sender is a client) and the tuple turned to put the client first.
   */
  private onTransfer(spec: EventSpec, thread: ThreadState, fd: bigint | null, get: (name: string) => unknown): void {
    const tuple = get('tuple');
    if (fd === null || !isTuple(tuple)) return;
    const incoming = RECEIVES.has(spec.name);
    const info = thread.fds.get(fd);
    const inet = tuple.family === AF_INET || tuple.family === AF_INET6;
    if (!info || (info.name !== '' && info.l4proto === 'tcp' && (info.type === 'ipv4' || info.type === 'ipv6') && !info.listening)) return;
    if (tuple.family === AF_UNIX) { thread.fds.set(fd, { name: tuple.path ?? '', type: 'unix', typeChar: 'u', role: info.role }); return; }
    if (!inet || tuple.sip === undefined || tuple.dip === undefined || tuple.sport === undefined || tuple.dport === undefined) return;
    if (sameEnds(info, tuple)) return;
    // sinsp guesses from IPv4 port fields; for IPv6 they read as no port it owns, so: client
    const type = fdTypeOf(tuple).type;
    const role = info.role && !info.listening ? info.role : type === 'ipv6' ? 'client' : incoming ? 'server' : 'client';
    const l4proto = info.l4proto ?? 'udp';
    const fresh = socketInfo(type === 'ipv6' ? 'ipv6' : 'ipv4', tuple.sip, tuple.sport, tuple.dip, tuple.dport, l4proto, role);
    thread.fds.set(fd, role === (incoming ? 'client' : 'server') ? turned(fresh, role) : fresh);
  }

  private fdOfParam(thread: ThreadState, fd: unknown): FdInfo | undefined {
    return typeof fd === 'bigint' ? thread.fds.get(fd) : undefined;
  }

  private onClone(event: DecodedEvent, parent: ThreadState | undefined, res: bigint | null, params: NamedValues): void {
    if (res === null || res < 0n) return;
    const childTid = res === 0n ? event.record.tid : res;
    const existing = this.state.threads.get(childTid);
    if (existing && !existing.fake) return;
    const flags = Number(params.get('flags') ?? 0);
    const isThread = (flags & 0x10000) !== 0 || (params.get('pid') !== undefined && params.get('pid') !== params.get('tid') && res === 0n);
    const source = res === 0n ? this.state.threads.get(asBig(params.get('ptid')) ?? -1n) ?? parent : parent;
    const pid = res === 0n ? asBig(params.get('pid')) ?? childTid : isThread && source ? source.pid : childTid;
    const args = params.get('args');
    const cgroups = params.get('cgroups');
    const thread: ThreadState = {
      tid: childTid, pid, ptid: res === 0n ? asBig(params.get('ptid')) ?? -1n : event.record.tid,
      comm: str(params.get('comm')) ?? source?.comm ?? str(params.get('exe')) ?? '',
      exe: str(params.get('exe')) ?? source?.exe ?? '', exepath: source?.exepath ?? '',
      args: args instanceof Uint8Array ? stringList(args) : source?.args ?? [],
      cwd: str(params.get('cwd')) ?? source?.cwd ?? '', uid: Number(params.get('uid') ?? source?.uid ?? 0),
      gid: Number(params.get('gid') ?? source?.gid ?? 0), vpid: asBig(params.get('vpid')) ?? -1n,
      containerId: cgroups instanceof Uint8Array ? containerIdOf(stringList(cgroups)) : source?.containerId ?? 'host',
      fds: this.state.fdsOf(pid), lastFd: 0n, enter: null,
    };
    if (pid !== source?.pid && source && thread.fds.size === 0) for (const [n, info] of source.fds) thread.fds.set(n, { ...info });
    this.state.threads.set(childTid, thread);
  }

  private onExec(event: DecodedEvent, params: NamedValues): void {
    const tid = event.record.tid;
    const old = this.state.threads.get(tid);
    const exe = str(params.get('exe')) ?? old?.exe ?? '';
    const args = params.get('args');
    const cgroups = params.get('cgroups');
    const pid = asBig(params.get('pid')) ?? old?.pid ?? tid;
    const thread: ThreadState = {
      tid, pid, ptid: asBig(params.get('ptid')) ?? old?.ptid ?? -1n,
      comm: str(params.get('comm')) ?? basename(exe), exe, exepath: str(params.get('trusted_exepath')) ?? '',
      args: args instanceof Uint8Array ? stringList(args) : [], cwd: str(params.get('cwd')) ?? old?.cwd ?? '',
      uid: Number(params.get('uid') ?? old?.uid ?? 0), gid: old?.gid ?? 0, vpid: old?.vpid ?? -1n,
      containerId: cgroups instanceof Uint8Array ? containerIdOf(stringList(cgroups)) : old?.containerId ?? 'host',
      fds: old?.fds ?? this.state.fdsOf(pid), lastFd: null, enter: null,
    };
    this.state.threads.set(tid, thread);
  }

  private onContainer(event: DecodedEvent): void {
    const { values } = event;
    if (event.record.type === 228) {
      const [id, , name, image] = values;
      if (typeof id === 'string') this.state.containers.set(id, { name: String(name ?? ''), image: String(image ?? '') });
      return;
    }
    const json = values[0];
    const text = typeof json === 'string' ? json : json instanceof Uint8Array ? new TextDecoder().decode(json) : '';
    try {
      const parsed = JSON.parse(text) as { container?: { id?: unknown; name?: unknown; image?: unknown } };
      const c = parsed.container;
      if (c && typeof c.id === 'string') this.state.containers.set(c.id, { name: String(c.name ?? ''), image: String(c.image ?? '') });
    } catch (error) {
      this.warn(event.block, `container event with invalid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}

/** sinsp's l4 protocol for a new inet socket of `type` (SOCK_*) and `proto` (IPPROTO_*). */
function socketL4(type: number, proto: number): string | undefined {
  const raw = type === 3;
  if (proto === 6) return raw ? 'raw' : 'tcp';
  if (proto === 17) return raw ? 'raw' : 'udp';
  if (proto === 1) return raw ? 'raw' : 'icmp';
  if (proto === 255) return 'raw';
  if (proto === 0) return (type & 0xff) === 1 ? 'tcp' : (type & 0xff) === 2 ? 'udp' : undefined;
  return undefined;
}

function fdTypeOf(tuple: SockTuple): { type: string; typeChar: string } {
  return tuple.family === AF_INET6 && tuple.sip?.includes(':') ? { type: 'ipv6', typeChar: '6' } : { type: 'ipv4', typeChar: '4' };
}

function sameEnds(info: FdInfo, t: SockTuple): boolean {
  if (info.listening || info.cip === undefined) return false;
  return (info.cip === t.sip && info.cport === t.sport && info.sip === t.dip && info.sport === t.dport)
    || (info.cip === t.dip && info.cport === t.dport && info.sip === t.sip && info.sport === t.sport);
}

function unixName(tuple: SockTuple): string {
  return `${(tuple.source ?? 0n).toString(16)}->${(tuple.dest ?? 0n).toString(16)} ${tuple.path ?? ''}`;
}

function renderAddr(addr: SockAddr): string {
  if (addr.family === AF_UNIX) return addr.path ?? '';
  return addr.ip === undefined ? '' : `${addr.ip}:${addr.port ?? 0}`;
}

function isSockAddr(value: unknown): value is SockAddr {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'sockaddr';
}

/** `res` of an exit event (the `res` parameter, else an exit `fd`), as sysdig's evt.res. */
function resultOf(event: DecodedEvent): bigint | null {
  if (event.spec.dir !== '<') return null;
  for (let i = 0; i < event.values.length; i++) {
    const name = event.spec.params[i].name;
    if (name !== 'res' && !(name === 'fd' && i === 0)) continue;
    const value = event.values[i];
    return typeof value === 'bigint' ? BigInt.asIntN(64, value) : typeof value === 'number' ? BigInt(value) : null;
  }
  return null;
}

function genericName(event: DecodedEvent): string {
  const id = event.values[0];
  return typeof id === 'number' ? ppmScName(id) : '<unknown>';
}

/** What the reader needs of an event type, worked out once per type instead of per event. */
interface TypePlan {
  /** `fixedSize` of each parameter (undefined: variable size) */
  readonly sizes: readonly (number | undefined)[];
  /** parameter positions by name (the last of a name wins) */
  readonly paramIndex: ReadonlyMap<string, number>;
  /** position of the `data` buffer, −1 for none */
  readonly dataIndex: number;
  /** syscall ids 0/1 (generic): the type name is the syscall's */
  readonly generic: boolean;
  readonly usesFd: boolean;
  readonly createsFd: boolean;
  /** an fd event as sysdig 0.29's table marks them */
  readonly fdEvent: boolean;
  /** switch and EF_SKIPPARSERESET events leave the state alone */
  readonly noStateUpdate: boolean;
}

/** by type id, dense (a sparse array would fall back to dictionary mode) */
const PLANS: (TypePlan | undefined)[] = new Array<TypePlan | undefined>(EVENT_TABLE.length).fill(undefined);

function planOf(spec: EventSpec): TypePlan {
  return PLANS[spec.id] ?? makePlan(spec);
}

function makePlan(spec: EventSpec): TypePlan {
  const paramIndex = new Map<string, number>();
  for (let i = 0; i < spec.params.length; i++) paramIndex.set(spec.params[i].name, i);
  const plan: TypePlan = {
    sizes: spec.params.map(fixedSize),
    paramIndex,
    dataIndex: spec.params.findIndex((p) => p.name === 'data' && p.type === 'PT_BYTEBUF'),
    generic: GENERIC.has(spec.id),
    usesFd: spec.flags.includes('EF_USES_FD'),
    createsFd: spec.flags.includes('EF_CREATES_FD'),
    fdEvent: !NOT_FD_EVENTS_029.has(spec.id) && FD_FLAGS.some((f) => spec.flags.includes(f)),
    noStateUpdate: spec.name === 'switch' || spec.flags.includes('EF_SKIPPARSERESET'),
  };
  if (spec.id >= 0 && spec.id < PLANS.length) PLANS[spec.id] = plan;
  return plan;
}

function namedValues(event: DecodedEvent): NamedValues {
  return new NamedValues(event.plan.paramIndex, event.values);
}

const CMDLINES = new WeakMap<ThreadState, string>();

/** `comm args…`, joined once per thread (a thread's comm and args are replaced with the thread, never changed). */
function cmdlineOf(thread: ThreadState): string {
  let cmdline = CMDLINES.get(thread);
  if (cmdline === undefined) {
    cmdline = [thread.comm, ...thread.args].join(' ');
    CMDLINES.set(thread, cmdline);
  }
  return cmdline;
}

function isTuple(value: unknown): value is SockTuple {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'socktuple';
}

function asBig(value: unknown): bigint | undefined {
  return typeof value === 'bigint' ? value : typeof value === 'number' ? BigInt(value) : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function joinPath(dir: string, name: string): string {
  if (name.startsWith('/') || dir === '') return name;
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

function valueOf(event: DecodedEvent, name: string): unknown {
  const at = event.spec.params.findIndex((p) => p.name === name);
  return at >= 0 && at < event.values.length ? event.values[at] : undefined;
}


function failedConnect(event: DecodedEvent): boolean {
  if (event.spec.name !== 'connect' || event.spec.dir !== '<') return false;
  const res = resultOf(event);
  return res !== null && res < 0n;
}

