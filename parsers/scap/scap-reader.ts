/**
 * Streaming reader of scap captures (sysdig / Falco): blocks → state → one row per event.
 * evt_num counts every event of a known type in file order (sysdig's numbering); events sysdig
 * does not print (internal meta events, STATE_ONLY events, the leading container/user events that
 * seed its state) are kept with `hidden` = true.
 */
import { COL } from '../common/arrow-schema.js';
import { EventBatchBuilder } from '../common/event-batch-builder.js';
import { type FormatReader, type ReaderSink } from '../common/reader.js';
import { type ParseOptions } from '../common/types.js';
import { BlockReader, type RawBlock } from './block-reader.js';
import { blockLayout, blockTypeName } from './block-types.js';
import { FieldOverrun } from './byte-cursor.js';
import { errnoName } from './errno.js';
import { type EventRecord, STATE_ONLY_FLAG, frameEvent } from './event-record.js';
import { type EventSpec, ppmScName } from './event-table.js';
import { decodeFds, decodeProcesses, decodeUsers } from './metadata.js';
import { type ParamValue, type RenderContext, type SockTuple, decodeParam, renderParam, stringList } from './params.js';
import { type FdInfo, ScapState, type ThreadState, containerIdOf, l4protoName, socketFdType } from './state.js';

const SEED_TYPES = new Set([228, 272, 324, 354, 356, 358, 360, 402]);
const GENERIC = new Set([0, 1]);

/** One decoded event: its framing and parameter values by position. */
interface DecodedEvent {
  readonly record: EventRecord;
  readonly spec: EventSpec;
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
        case 'fds': { const { tid, fds } = decodeFds(block.bytes, block.littleEndian, layout.version); return this.state.addFds(tid, fds); }
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
    const spec = record.spec;
    if (!spec) { this.unknownTypes++; return; }
    this.number++;
    const count = Math.min(record.paramStart.length, spec.params.length);
    const values: ParamValue[] = [];
    for (let i = 0; i < count; i++) values.push(decodeParam(spec.params[i], block.bytes, record.paramStart[i], record.paramLength[i], block.littleEndian));
    const event: DecodedEvent = { record, spec, values, block };
    const isSeed = this.seeding && SEED_TYPES.has(record.type);
    if (!isSeed) this.seeding = false;
    const hidden = isSeed || spec.internal || (record.flags & STATE_ONLY_FLAG) !== 0;
    this.writeRow(event, hidden);
  }

  private writeRow(event: DecodedEvent, hidden: boolean): void {
    const { record, spec, block } = event;
    const b = this.builder;
    const before = this.state.threads.get(record.tid);
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
    b.setUtf8(COL.evt_type, GENERIC.has(record.type) ? genericName(event) : spec.name);
    b.setUtf8(COL.evt_dir, spec.dir);
    b.setUtf8(COL.evt_category, spec.category);
    b.setBool(COL.hidden, hidden);
    this.writeResult(event);
    if (!GENERIC.has(record.type)) b.setUtf8(COL.args, this.renderArgs(event, thread));
    this.writeData(event);
    if (thread) this.writeThread(thread);
    else if (record.tid >= 0n && spec.source === 'SYSCALL') b.setUtf8(COL.container_id, 'host');
    if (fd !== null) b.setInt64(COL.fd, fd);
    if (fdInfo) this.writeFd(fdInfo);
    if (spec.name === 'procexit') this.state.dropThread(record.tid);
    this.events++;
    const batch = b.commit();
    if (batch) this.sink.batch(batch, this.events);
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
    const at = event.spec.params.findIndex((p) => p.name === 'data' && p.type === 'PT_BYTEBUF');
    const value = at >= 0 ? event.values[at] : undefined;
    if (value instanceof Uint8Array) this.builder.setBinary(COL.data, value);
  }

  private writeThread(thread: ThreadState): void {
    const b = this.builder;
    b.setInt64(COL.pid, thread.pid);
    b.setInt64(COL.ppid, this.state.threads.get(thread.ptid)?.pid ?? thread.ptid);
    if (thread.vpid >= 0n) b.setInt64(COL.vpid, thread.vpid);
    b.setUtf8(COL.proc_name, thread.comm);
    b.setUtf8(COL.exe, thread.exepath || thread.exe);
    b.setUtf8(COL.cmdline, [thread.comm, ...thread.args].join(' '));
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

  private writeFd(info: FdInfo): void {
    const b = this.builder;
    b.setUtf8(COL.fd_type, info.type);
    b.setUtf8(COL.fd_name, info.name);
    if (info.cip !== undefined) b.setUtf8(COL.fd_cip, info.cip);
    if (info.cport !== undefined) b.setInt32(COL.fd_cport, info.cport);
    if (info.sip !== undefined) b.setUtf8(COL.fd_sip, info.sip);
    if (info.sport !== undefined) b.setInt32(COL.fd_sport, info.sport);
    if (info.l4proto !== undefined) b.setUtf8(COL.fd_l4proto, info.l4proto);
  }

  private renderArgs(event: DecodedEvent, thread: ThreadState | undefined): string {
    const context: RenderContext = {
      fdSuffix: (fd) => { const info = thread?.fds.get(fd); return info ? `<${info.typeChar}>${info.name}` : undefined; },
      pidSuffix: (pid) => this.state.threads.get(pid)?.comm,
      fdTypeChar: (fd) => thread?.fds.get(fd)?.typeChar,
    };
    let text = '';
    for (let i = 0; i < event.values.length; i++) text += `${event.spec.params[i].name}=${renderParam(event.spec.params[i], event.values[i], context)} `;
    return text;
  }

  /** The descriptor an event is about, as sinsp picks it. */
  private eventFd(event: DecodedEvent, thread: ThreadState | undefined): bigint | null {
    const { spec } = event;
    const usesFd = spec.flags.includes('EF_USES_FD');
    if (spec.dir === '>') {
      const first = event.values[0];
      if (usesFd && typeof first === 'bigint' && spec.params[0].type === 'PT_FD') return first;
      return null;
    }
    if (spec.flags.includes('EF_CREATES_FD')) {
      const res = resultOf(event);
      return res !== null && res >= 0n ? res : null;
    }
    if (usesFd) return thread?.lastFd ?? null;
    return null;
  }

  private updateState(event: DecodedEvent, thread: ThreadState | undefined, fd: bigint | null): void {
    const { spec } = event;
    if (spec.dir === '>') {
      if (thread) { thread.lastFd = fd; thread.enter = namedValues(event); }
      return;
    }
    const res = resultOf(event);
    const params = namedValues(event);
    const get = (name: string): unknown => params.get(name) ?? thread?.enter?.get(name);
    switch (spec.name) {
      case 'clone': case 'fork': case 'vfork': case 'clone3': this.onClone(event, thread, res, params); break;
      case 'execve': case 'execveat': if (res === 0n) this.onExec(event, params); break;
      case 'close': if (res !== null && res >= 0n && fd !== null) thread?.fds.delete(fd); break;
      case 'connect': if (thread && res !== null) this.onConnection(spec.name, thread, res, get); break;
      default: if (thread && res !== null && res >= 0n) this.onFdCall(spec, thread, res, get);
    }
  }

  private onFdCall(spec: EventSpec, thread: ThreadState, res: bigint, get: (name: string) => unknown): void {
    switch (spec.name) {
      case 'open': case 'openat': case 'openat2': case 'creat': case 'open_by_handle_at': {
        const name = get('name');
        thread.fds.set(res, { name: typeof name === 'string' ? absolute(name, thread.cwd) : '', type: 'file', typeChar: 'f' });
        return;
      }
      case 'socket': {
        const [type, typeChar] = socketFdType(Number(get('domain') ?? 0));
        thread.fds.set(res, { name: '', type, typeChar });
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

  private onConnection(name: string, thread: ThreadState, res: bigint, get: (name: string) => unknown): void {
    const tuple = get('tuple');
    const fd = name === 'connect' ? get('fd') ?? thread.lastFd : res;
    if (typeof fd !== 'bigint' || !isTuple(tuple)) return;
    const previous = thread.fds.get(fd);
    if (tuple.family === 1) {
      const ends = `${(tuple.source ?? 0n).toString(16)}->${(tuple.dest ?? 0n).toString(16)}`;
      thread.fds.set(fd, { name: `${ends} ${tuple.path ?? ''}`, type: 'unix', typeChar: 'u' });
      return;
    }
    if (tuple.sip === undefined || tuple.dip === undefined) return;
    const isServer = name !== 'connect';
    const [cip, cport, sip, sport] = isServer ? [tuple.dip, tuple.dport, tuple.sip, tuple.sport] : [tuple.sip, tuple.sport, tuple.dip, tuple.dport];
    const [type, typeChar] = tuple.family === 10 && tuple.sip.includes(':') ? ['ipv6', '6'] : ['ipv4', '4'];
    thread.fds.set(fd, {
      name: `${tuple.sip}:${tuple.sport}->${tuple.dip}:${tuple.dport}`, type, typeChar, cip, cport, sip, sport,
      l4proto: previous?.l4proto ?? l4protoName(2),
    });
  }

  private onClone(event: DecodedEvent, parent: ThreadState | undefined, res: bigint | null, params: Map<string, unknown>): void {
    if (res === null || res < 0n) return;
    const childTid = res === 0n ? event.record.tid : res;
    if (this.state.threads.has(childTid)) return;
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
      fds: this.state.fdsOf(pid), lastFd: null, enter: null,
    };
    if (pid !== source?.pid && source && thread.fds.size === 0) for (const [n, info] of source.fds) thread.fds.set(n, { ...info });
    this.state.threads.set(childTid, thread);
  }

  private onExec(event: DecodedEvent, params: Map<string, unknown>): void {
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

function namedValues(event: DecodedEvent): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (let i = 0; i < event.values.length; i++) map.set(event.spec.params[i].name, event.values[i]);
  return map;
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

function absolute(name: string, cwd: string): string {
  if (name.startsWith('/') || cwd === '') return name;
  return cwd.endsWith('/') ? cwd + name : `${cwd}/${name}`;
}

