/**
 * Streaming reader of strace text output. Each syscall line becomes one event; a call split into
 * `<unfinished ...>` and `<... resumed>` lines becomes one event emitted when it resumes, with
 * `ts` of the first line, `src_offset` of the first line and `src_length` reaching to the end of
 * the resumed line (so it spans the other threads' lines printed in between), and `raw` holding
 * both lines. Calls still unfinished when the input ends are emitted last, without a result.
 */
import { COL } from '../common/arrow-schema.js';
import { EventBatchBuilder } from '../common/event-batch-builder.js';
import { LineSplitter } from '../common/line-splitter.js';
import { type FormatReader, type ReaderSink } from '../common/reader.js';
import { type ParseOptions } from '../common/types.js';
import { readExecArgs } from './c-string.js';
import { type StraceLine, newStraceLine, parseStraceLine } from './line-parser.js';
import { type ProcessInfo, ProcessTable, UNPREFIXED } from './process-table.js';
import { type FdColumns, SocketTable } from './socket-table.js';
import { signalNumber } from '../common/linux-names.js';
import { syscallCategory } from '../common/syscall-categories.js';
import { TimeBase } from './time-base.js';

/** The first half of a call that printed `<unfinished ...>`. */
interface PendingCall {
  readonly name: string;
  readonly args: string;
  readonly ts: bigint | null;
  readonly offset: number;
  readonly raw: string;
  readonly argFd: number;
  readonly argAnnotation: string | null;
}

/** The call being written: one line, or a joined unfinished/resumed pair. */
interface CallRow {
  tid: number;
  name: string;
  args: string;
  ts: bigint | null;
  offset: number;
  length: number;
  raw: string;
  /** the line's bytes when `raw` is one line of valid UTF-8 (copied as is, not re-encoded) */
  rawBytes: Uint8Array | null;
  argFd: number;
  argAnnotation: string | null;
}

const CLONES = new Set(['clone', 'clone3', 'fork', 'vfork']);
const EXECS = new Set(['execve', 'execveat']);
const FD_RETURNING = new Set(['open', 'openat', 'openat2', 'creat', 'socket', 'accept', 'accept4', 'dup', 'dup2', 'dup3',
  'epoll_create', 'epoll_create1', 'eventfd', 'eventfd2', 'signalfd', 'signalfd4', 'timerfd_create', 'inotify_init',
  'inotify_init1', 'memfd_create', 'pidfd_open', 'fanotify_init', 'perf_event_open']);
/** calls whose first argument is a descriptor, for fd without -y */
const FD_FIRST = new Set(['read', 'write', 'pread64', 'pwrite64', 'readv', 'writev', 'preadv', 'pwritev', 'preadv2', 'pwritev2',
  'close', 'fstat', 'fstatfs', 'lseek', '_llseek', 'fcntl', 'ioctl', 'getdents', 'getdents64', 'fsync', 'fdatasync', 'ftruncate',
  'fchmod', 'fchown', 'fchdir', 'flock', 'connect', 'bind', 'listen', 'sendto', 'recvfrom', 'sendmsg', 'recvmsg',
  'sendmmsg', 'recvmmsg', 'getsockname', 'getpeername', 'setsockopt', 'getsockopt', 'shutdown', 'epoll_ctl', 'epoll_wait',
  'epoll_pwait', 'sendfile', 'fadvise64', 'fallocate', 'fgetxattr', 'fsetxattr', 'flistxattr', 'fremovexattr', 'syncfs']);
const PATH_OPENS: Record<string, number> = { open: 0, creat: 0, openat: 1, openat2: 1 };
const WARNING_PREVIEW = 80;

/** Reads strace output pushed in chunks of bytes; see the module comment for joined calls. */
export class StraceReader implements FormatReader {
  private readonly lines: LineSplitter;
  private readonly builder: EventBatchBuilder;
  private readonly line: StraceLine = newStraceLine();
  private readonly row: CallRow = {
    tid: 0, name: '', args: '', ts: null, offset: 0, length: 0, raw: '', rawBytes: null, argFd: -1, argAnnotation: null,
  };
  private readonly pending = new Map<number, PendingCall>();
  private readonly processes = new ProcessTable();
  private readonly time: TimeBase;
  private readonly sockets = new SocketTable();
  private events = 0;

  constructor(private readonly options: ParseOptions, private readonly sink: ReaderSink) {
    this.builder = new EventBatchBuilder(options.batchRows);
    this.time = new TimeBase(options.baseDate, (offset, message) => sink.warning({ offset, message }));
    this.lines = new LineSplitter((text, offset, length, lineNumber, isTerminated) => this.onLine(text, offset, length, lineNumber, isTerminated));
  }

  push(chunk: Uint8Array): void {
    this.lines.push(chunk);
  }

  finish(): void {
    this.lines.finish();
    const left = [...this.pending.entries()].sort((a, b) => a[1].offset - b[1].offset);
    this.pending.clear();
    for (const [tid, call] of left) this.emitUnresumed(tid, call);
    const batch = this.builder.flush();
    if (batch) this.sink.batch(batch, this.events);
  }

  private onLine(text: string, offset: number, length: number, lineNumber: number, isTerminated: boolean): void {
    if (!isTerminated) {
      this.sink.warning({ offset, line: lineNumber, message: `The input ends inside a line (truncated capture?): its last ${length} bytes were skipped` });
      return;
    }
    if (text.trim() === '') return;
    const line = this.line;
    switch (parseStraceLine(text, line)) {
      case 'garbage': return this.warnGarbage(text, offset, lineNumber);
      case 'message': return;
      case 'unfinished': return this.onUnfinished(text, offset);
      case 'resumed': return this.onResumed(text, offset, length);
      case 'signal': case 'exit': return this.onBodyLine(text, offset, length);
      case 'call':
        if (!line.hasResult) this.sink.warning({ offset, line: lineNumber, message: `Line ${lineNumber}: ${line.name}() has no result (output interleaved with the trace?)` });
        return this.onCall(text, offset, length);
    }
  }

  private warnGarbage(text: string, offset: number, lineNumber: number): void {
    const preview = text.length > WARNING_PREVIEW ? `${text.slice(0, WARNING_PREVIEW)}…` : text;
    this.sink.warning({ offset, line: lineNumber, message: `Line ${lineNumber} is not strace output, skipped: ${JSON.stringify(preview)}` });
  }

  private onUnfinished(text: string, offset: number): void {
    const line = this.line;
    const tid = this.processes.resolveTid(line.tid);
    const call: PendingCall = {
      name: line.name, args: line.args, ts: this.time.toNs(line, offset), offset, raw: text, argFd: line.argFd, argAnnotation: line.argAnnotation,
    };
    if (CLONES.has(call.name)) this.processes.noteCloneStarted(tid, call.args.includes('CLONE_THREAD'));
    const previous = this.pending.get(tid);
    if (previous) this.emitUnresumed(tid, previous);
    this.pending.set(tid, call);
  }

  private onResumed(text: string, offset: number, length: number): void {
    const line = this.line;
    let tid = this.processes.resolveTid(line.tid);
    let first = this.pending.get(tid);
    if (!first && line.tid !== UNPREFIXED && this.pending.get(UNPREFIXED)?.name === line.name) {
      first = this.pending.get(UNPREFIXED);
      this.pending.delete(UNPREFIXED);
      this.processes.bindRoot(line.tid);
      tid = line.tid;
    }
    if (!first || first.name !== line.name) return this.onCall(text, offset, length);
    this.pending.delete(tid);
    const row = this.row;
    row.tid = tid;
    row.name = line.name;
    row.args = joinArgs(first.args, line.args);
    row.ts = first.ts;
    row.offset = first.offset;
    row.length = offset + length - first.offset;
    row.raw = `${first.raw}\n${text}`;
    row.rawBytes = null;
    row.argFd = first.argAnnotation !== null ? first.argFd : line.argFd;
    row.argAnnotation = first.argAnnotation ?? line.argAnnotation;
    this.writeCall(row, true);
  }

  private onCall(text: string, offset: number, length: number): void {
    const line = this.line;
    const row = this.row;
    row.tid = this.processes.resolveTid(line.tid);
    row.name = line.name;
    row.args = line.args;
    row.ts = this.time.toNs(line, offset);
    row.offset = offset;
    row.length = length;
    row.raw = text;
    row.rawBytes = this.validLineBytes(text);
    row.argFd = line.argFd;
    row.argAnnotation = line.argAnnotation;
    this.writeCall(row, false);
  }

  private emitUnresumed(tid: number, call: PendingCall): void {
    parseStraceLine('', this.line);
    const row = this.row;
    Object.assign(row, {
      tid, name: call.name, args: call.args, ts: call.ts, offset: call.offset, raw: call.raw, rawBytes: null, argFd: call.argFd, argAnnotation: call.argAnnotation,
    });
    row.length = new TextEncoder().encode(call.raw).length + 1;
    this.writeCall(row, true);
  }

  private writeCall(row: CallRow, wasPending: boolean): void {
    const line = this.line;
    if (EXECS.has(row.name) && line.res === 0n) {
      const exec = readExecArgs(row.args);
      if (exec) this.processes.noteExec(row.tid, exec.exe, exec.argv ? exec.argv.join(' ') : null);
    }
    const info = this.processes.lookup(row.tid);
    this.writeCommon(row.tid, info, row.ts, row.offset, row.length, row.raw, row.rawBytes);
    const b = this.builder;
    b.setUtf8(COL.evt_type, row.name);
    b.setUtf8(COL.evt_category, syscallCategory(row.name));
    b.setUtf8(COL.args, row.args);
    if (line.latencyNs >= 0) b.setInt64(COL.latency_ns, line.latencyNs);
    if (line.res !== null) b.setInt64(COL.res, line.res);
    if (line.hasResult) b.setBool(COL.failed, line.errnoName !== null);
    if (line.errnoName !== null) b.setUtf8(COL.errno_name, line.errnoName);
    this.writeFd(row, info);
    this.commit();
    if (CLONES.has(row.name) && line.res !== null && line.res > 0n) {
      this.processes.noteCloneResult(row.tid, Number(line.res), row.args.includes('CLONE_THREAD'), wasPending);
    }
  }

  private onBodyLine(text: string, offset: number, length: number): void {
    const line = this.line;
    const tid = this.processes.resolveTid(line.tid);
    const info = this.processes.lookup(tid);
    this.writeCommon(tid, info, this.time.toNs(line, offset), offset, length, text, this.validLineBytes(text));
    const b = this.builder;
    const isExit = line.kind === 'exit';
    b.setUtf8(COL.evt_type, isExit ? 'procexit' : 'signal');
    b.setUtf8(COL.evt_category, isExit ? 'process' : 'signal');
    b.setUtf8(COL.args, line.args);
    if (isExit) {
      const status = exitStatus(line.args);
      if (status !== null) { b.setInt64(COL.res, status); b.setBool(COL.failed, status !== 0); }
    }
    this.commit();
    if (isExit) this.processes.noteExit(tid);
  }

  /** The current line's bytes when they are exactly the UTF-8 of `text` (no U+FFFD from bad bytes, no BOM). */
  private validLineBytes(text: string): Uint8Array | null {
    const bytes = this.lines.lineBytes;
    if (text.indexOf('\uFFFD') !== -1 || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) return null;
    return bytes;
  }

  private writeCommon(tid: number, info: ProcessInfo, ts: bigint | null, offset: number, length: number, raw: string, rawBytes: Uint8Array | null): void {
    const b = this.builder;
    b.setInt64(COL.evt_num, this.options.evtNumBase + this.events + 1);
    b.setInt32(COL.source_id, this.options.sourceId);
    b.setUtf8(COL.source_kind, 'strace');
    b.setInt64(COL.src_offset, offset);
    b.setInt32(COL.src_length, length);
    if (ts !== null) b.setInt64(COL.ts, ts);
    if (tid !== UNPREFIXED) b.setInt64(COL.tid, tid);
    if (info.pid !== null) b.setInt64(COL.pid, info.pid);
    const ppid = info.parent?.pid ?? null;
    if (ppid !== null) b.setInt64(COL.ppid, ppid);
    if (info.name !== null) b.setUtf8(COL.proc_name, info.name);
    if (info.exe !== null) b.setUtf8(COL.exe, info.exe);
    if (info.cmdline !== null) b.setUtf8(COL.cmdline, info.cmdline);
    if (rawBytes !== null) b.setUtf8Bytes(COL.raw, rawBytes);
    else b.setUtf8(COL.raw, raw);
  }

  private writeFd(row: CallRow, info: ProcessInfo): void {
    const line = this.line;
    const call = { name: row.name, args: row.args, res: line.res, errnoName: line.errnoName };
    this.sockets.notePair(call, info);
    const returnsFd = line.resultAnnotation !== null || (FD_RETURNING.has(row.name) && line.res !== null && line.res >= 0n);
    const argFd = row.argFd >= 0 ? row.argFd : FD_FIRST.has(row.name) || returnsFd ? leadingFd(row.args) : -1;
    const fd = returnsFd ? (line.resultAnnotation !== null ? line.resultFd : Number(line.res)) : argFd;
    if (fd < 0) return this.writeFailedOpen(row);
    this.builder.setInt64(COL.fd, fd);
    const annotation = returnsFd ? line.resultAnnotation : row.argAnnotation;
    const columns = this.sockets.resolve(call, info, fd, annotation, returnsFd, argFd);
    if (columns) return this.writeFdColumns(columns);
    if (returnsFd) this.writeOpenedPath(row);
  }

  /** A failed open has no fd, but the path it tried is what an investigator filters on (sysdig shows it as fd.name too). */
  private writeFailedOpen(row: CallRow): void {
    if (this.line.res !== null && this.line.res < 0n) this.writeOpenedPath(row);
  }

  private writeOpenedPath(row: CallRow): void {
    const pathArg = PATH_OPENS[row.name];
    if (pathArg === undefined) return;
    const comma = row.args.indexOf(',');
    const path = readExecArgs(pathArg === 0 ? row.args : row.args.slice(comma + 1));
    if (!path) return;
    const dir = pathArg === 1 ? annotatedDir(row.args.slice(0, comma)) : null;
    this.builder.setUtf8(COL.fd_type, 'file');
    this.builder.setUtf8(COL.fd_name, dir !== null ? joinPath(dir, path.exe) : path.exe);
  }

  private writeFdColumns(columns: FdColumns): void {
    const b = this.builder;
    b.setUtf8(COL.fd_type, columns.type);
    if (columns.name !== null) b.setUtf8(COL.fd_name, columns.name);
    if (columns.l4proto !== null) b.setUtf8(COL.fd_l4proto, columns.l4proto);
    if (columns.clientIp !== null) b.setUtf8(COL.fd_cip, columns.clientIp);
    if (columns.clientPort !== null) b.setInt32(COL.fd_cport, columns.clientPort);
    if (columns.serverIp !== null) b.setUtf8(COL.fd_sip, columns.serverIp);
    if (columns.serverPort !== null) b.setInt32(COL.fd_sport, columns.serverPort);
  }

  private commit(): void {
    this.events++;
    const batch = this.builder.commit();
    if (batch) this.sink.batch(batch, this.events);
  }
}

function joinArgs(first: string, rest: string): string {
  if (rest === '') return first;
  if (first === '') return rest;
  return `${first} ${rest}`;
}

/** The directory of an `openat` dirfd shown by -y (`AT_FDCWD</home/ir>`, `5</etc>`), or null. */
function annotatedDir(dirfd: string): string | null {
  const open = dirfd.indexOf('<');
  return open !== -1 && dirfd.endsWith('>') ? dirfd.slice(open + 1, -1) : null;
}

/** `dir` + a path relative to it, as the kernel resolves it; absolute paths stand as they are. */
function joinPath(dir: string, path: string): string {
  if (path.startsWith('/') || dir === '') return path;
  return dir.endsWith('/') ? dir + path : `${dir}/${path}`;
}

/** First argument when it is a plain descriptor number (no -y): `read(3, …` → 3. */
function leadingFd(args: string): number {
  const match = /^(\d+)(?:,|$)/.exec(args);
  return match ? Number(match[1]) : -1;
}

/** `exited with 3` → 3; `killed by SIGKILL (core dumped)` → 128 + 9, as a shell reports it. */
function exitStatus(body: string): number | null {
  const exited = /^exited with (\d+)/.exec(body);
  if (exited) return Number(exited[1]);
  const killed = /^killed by (SIG[A-Z0-9_]+)/.exec(body);
  const signal = killed ? signalNumber(killed[1]) : undefined;
  return signal === undefined ? null : 128 + signal;
}
