/**
 * Streaming reader of sysdig's text output (see line-parser.ts for the layouts): one row per
 * line, enter and exit events apart as sysdig prints them. A lower-fidelity syscall source than
 * the capture itself: only what the text shows is known.
 *
 * - `evt_num` numbers the rows of this input; sysdig's own number stays in `sysdig.evt.num`.
 * - Time of day (`-t h`): the date is `options.baseDate` (else 1970-01-01, with one warning), a
 *   jump back of more than 12 hours is midnight; `-t a` seconds and LID-DS ns are absolute;
 *   `-t r/d/D` (seconds below 1973) are relative and said so once.
 * - `res`/`failed`/`errno_name` from `res=` or, on exits that return a descriptor, from `fd=`;
 *   the descriptor (`fd`, `fd_type`, `fd_name`, socket ends as client → server) from the first
 *   `fd=` argument, else from `tuple=`, else from the enter event of the same call on the same
 *   thread (sysdig prints the descriptor on the enter line of read, write, close, …); a failed
 *   open's path (`name=`) is its fd_name. `latency_ns` = exit − enter time of the same call.
 * - Process columns: `pid`, `uid` of LID-DS lines; pid, ppid, exe and cwd learnt from execve and
 *   clone exits (`pid=`, `ptid=`, `exe=`, `cwd=`) for the thread's later lines.
 * - `data=` buffers go to `data`: base64-decoded in LID-DS recordings (made with `-b`), else the
 *   bytes of sysdig's printable rendering (non-printable bytes shown as `.`).
 */
import { COL } from '../common/arrow-schema.js';
import { EventBatchBuilder } from '../common/event-batch-builder.js';
import { LineSplitter } from '../common/line-splitter.js';
import { errnoName } from '../common/linux-names.js';
import { type FormatReader, type ReaderSink } from '../common/reader.js';
import { type ParseOptions } from '../common/types.js';
import { syscallCategory } from '../common/syscall-categories.js';
import { type FdValue, type SysdigArg, isNoFd, parseFd, parseResult, socketEnds, splitArgs } from './args.js';
import { type SysdigLine, newSysdigLine, parseSysdigLine } from './line-parser.js';
import { decodeBase64 } from './base64.js';
import { SysdigTime } from './time.js';
import { type EventFacts, eventFacts } from './event-names.js';

/** What the enter event of a call left for its exit. */
interface PendingEnter { readonly type: string; readonly ts: bigint | null; readonly fd: FdValue | null }
/** What the thread's execve/clone exits taught. */
interface ThreadInfo { pid: number | null; ppid: number | null; exe: string | null; cwd: string | null }

const HEX_RESULTS = new Set(['brk', 'mmap', 'mmap2', 'mremap', 'shmat']);
const PATH_OPENS = new Set(['open', 'openat', 'openat2', 'creat']);
/** exits whose socket tuple renames the descriptor (sysdig updates its fd table from them) */
const NAMING_EXITS = new Set(['connect', 'accept', 'accept4']);
const PROCESS_INFO_CALLS = new Set(['execve', 'execveat', 'clone', 'clone3', 'fork', 'vfork']);
const EVENT_CATEGORIES: Record<string, string> = { procexit: 'process', signaldeliver: 'signal', switch: 'process', container: 'process' };
const WARNING_PREVIEW = 80;
/** A sysdig line is at most a few KiB (buffers are cut at the snaplen); one over 10 MiB is damage (issue 4, Bad input). */
export const MAX_LINE_BYTES = 10 * 1024 * 1024;
const NOT_SYSDIG_REPORTED = 20;

/** Reads sysdig text output pushed in chunks of bytes (see the module comment). */
export class SysdigTextReader implements FormatReader {
  private readonly lines: LineSplitter;
  private readonly builder: EventBatchBuilder;
  private readonly line: SysdigLine = newSysdigLine();
  private readonly time: SysdigTime;
  private readonly pending = new Map<number, PendingEnter>();
  private readonly threads = new Map<number, ThreadInfo>();
  private events = 0;
  private notSysdig = 0;
  private notUtf8 = 0;
  private firstNotUtf8: { offset: number; line: number } | null = null;

  constructor(private readonly options: ParseOptions, private readonly sink: ReaderSink) {
    this.builder = new EventBatchBuilder(options.batchRows);
    this.time = new SysdigTime(options.baseDate, (offset, line, message) => sink.warning({ offset, line, message }));
    this.lines = new LineSplitter((text, offset, length, lineNumber, isTerminated) => this.onLine(text, offset, length, lineNumber, isTerminated));
  }

  push(chunk: Uint8Array): void {
    this.lines.push(chunk);
  }

  finish(): void {
    this.lines.finish();
    const first = this.firstNotUtf8;
    if (first !== null) {
      this.sink.warning({ ...first, message: `${this.notUtf8} line${this.notUtf8 === 1 ? '' : 's'} held bytes that are not UTF-8, shown as U+FFFD; the first is line ${first.line}` });
    }
    if (this.notSysdig > NOT_SYSDIG_REPORTED) {
      this.sink.warning({ offset: 0, message: `${this.notSysdig} lines in all were not sysdig events and were skipped (the first ${NOT_SYSDIG_REPORTED} were reported one by one)` });
    }
    const batch = this.builder.flush();
    if (batch) this.sink.batch(batch, this.events);
  }

  private onLine(text: string, offset: number, length: number, lineNumber: number, isTerminated: boolean): void {
    if (text.trim() === '') return;
    if (length > MAX_LINE_BYTES) {
      this.sink.warning({ offset, line: lineNumber, message: `line ${lineNumber} (byte ${offset}) is ${length} bytes, over the ${MAX_LINE_BYTES}-byte limit of a sysdig line; it was skipped` });
      return;
    }
    if (text.includes('\uFFFD') && this.notUtf8++ === 0) this.firstNotUtf8 = { offset, line: lineNumber };
    if (!parseSysdigLine(text, this.line)) {
      if (!isTerminated) {
        this.sink.warning({ offset, line: lineNumber, message: `the input ends inside line ${lineNumber} (truncated output?): its last ${length} bytes were skipped` });
      } else if (++this.notSysdig <= NOT_SYSDIG_REPORTED) {
        const preview = text.length > WARNING_PREVIEW ? `${text.slice(0, WARNING_PREVIEW)}…` : text;
        this.sink.warning({ offset, line: lineNumber, message: `line ${lineNumber} (byte ${offset}) is not a sysdig event line, skipped: ${JSON.stringify(preview)}` });
      }
      return;
    }
    this.writeRow(text, offset, length, lineNumber);
  }

  private writeRow(text: string, offset: number, length: number, lineNumber: number): void {
    const line = this.line;
    const b = this.builder;
    const args = splitArgs(line.args);
    const ts = this.time.toNs(line, offset, lineNumber);
    this.events++;
    b.setInt64(COL.evt_num, this.options.evtNumBase + this.events);
    b.setInt32(COL.source_id, this.options.sourceId);
    b.setUtf8(COL.source_kind, 'sysdig-text');
    b.setInt64(COL.src_offset, offset);
    b.setInt32(COL.src_length, length);
    b.setUtf8(COL.raw, text);
    if (ts !== null) b.setInt64(COL.ts, ts);
    b.setUtf8(COL.evt_type, line.type);
    b.setUtf8(COL.evt_dir, line.dir);
    b.setUtf8(COL.evt_category, eventFacts(line.type, line.dir)?.category ?? EVENT_CATEGORIES[line.type] ?? syscallCategory(line.type));
    if (line.args !== '') b.setUtf8(COL.args, line.args);
    b.setInt64(COL.tid, line.tid);
    if (line.procName !== '<NA>') b.setUtf8(COL.proc_name, line.procName);
    if (line.uid !== null) b.setInt64(COL.uid, line.uid);
    if (line.containerId !== null) b.setUtf8(COL.container_id, line.containerId);
    if (line.containerName !== null) b.setUtf8(COL.container_name, line.containerName);
    if (line.evtNum !== null) b.addAttr('sysdig.evt.num', line.evtNum);
    if (line.cpu !== null) b.addAttr('sysdig.evt.cpu', line.cpu);
    if (line.vtid !== null) b.addAttr('sysdig.thread.vtid', String(line.vtid));
    const fd = this.writeCall(args, ts);
    this.writeProcess(args);
    this.writeFd(fd, args);
    this.writeData(args);
    const batch = b.commit();
    if (batch) this.sink.batch(batch, this.events);
  }

  /** Result columns and the enter/exit pairing; returns the descriptor the row is about. */
  private writeCall(args: readonly SysdigArg[], ts: bigint | null): FdValue | null {
    const line = this.line;
    const b = this.builder;
    const facts = eventFacts(line.type, line.dir);
    const argFd = eventFd(args, facts);
    if (line.dir === '>') {
      this.pending.set(line.tid, { type: line.type, ts, fd: argFd });
      return argFd;
    }
    const enter = this.pending.get(line.tid);
    this.pending.delete(line.tid);
    const paired = enter !== undefined && enter.type === line.type ? enter : null;
    if (paired !== null && paired.ts !== null && ts !== null && ts >= paired.ts) b.setInt64(COL.latency_ns, ts - paired.ts);
    const first = args[0];
    const resArg = first !== undefined && (first.name === 'res' || first.name === 'fd') ? first : undefined;
    const result = resArg === undefined ? null : parseResult(resArg.value, resArg.name === 'res' && HEX_RESULTS.has(line.type));
    if (result !== null) {
      b.setInt64(COL.res, result.res);
      b.setBool(COL.failed, result.res < 0n);
      const name = result.res < 0n ? result.errno ?? errnoName(Number(-result.res)) : undefined;
      if (name !== undefined) b.setUtf8(COL.errno_name, name);
    }
    // an exit that returns a descriptor names it; other exits act on the one their enter named
    if (facts?.createsFd && resArg !== undefined) {
      const created = resArg.name === 'fd' ? parseFd(resArg.value) : null;
      return created !== null && !isNoFd(created.num) ? created : null;
    }
    return argFd ?? paired?.fd ?? null;
  }

  private writeProcess(args: readonly SysdigArg[]): void {
    const line = this.line;
    const b = this.builder;
    if (line.dir === '<' && PROCESS_INFO_CALLS.has(line.type)) this.learnThread(args);
    const info = this.threads.get(line.tid);
    const pid = line.pid ?? info?.pid ?? null;
    if (pid !== null) b.setInt64(COL.pid, pid);
    if (info?.ppid != null) b.setInt64(COL.ppid, info.ppid);
    if (info?.exe != null) b.setUtf8(COL.exe, info.exe);
    if (info?.cwd != null) b.setUtf8(COL.cwd, info.cwd);
  }

  /** execve/clone exits describe the calling thread: `tid=843(curl) pid=843(curl) ptid=1(bash) exe=… cwd=…`. */
  private learnThread(args: readonly SysdigArg[]): void {
    const get = (name: string) => args.find((a) => a.name === name)?.value;
    const res = get('res');
    if (res !== undefined && res.startsWith('-')) return;
    const number = (value: string | undefined) => { const m = value === undefined ? null : /^(\d+)/.exec(value); return m ? Number(m[1]) : null; };
    const tid = number(get('tid'));
    if (tid !== null && tid !== this.line.tid) return;
    const info = this.threads.get(this.line.tid) ?? { pid: null, ppid: null, exe: null, cwd: null };
    info.pid = number(get('pid')) ?? info.pid;
    info.ppid = number(get('ptid')) ?? info.ppid;
    const exe = get('exe');
    if (exe !== undefined && exe !== '') info.exe = exe;
    const cwd = get('cwd');
    if (cwd !== undefined && cwd !== '') info.cwd = cwd;
    this.threads.set(this.line.tid, info);
  }

  private writeFd(fd: FdValue | null, args: readonly SysdigArg[]): void {
    const b = this.builder;
    const line = this.line;
    const tuple = args.find((a) => a.name === 'tuple')?.value ?? null;
    const usableTuple = tuple !== null && tuple !== 'NULL' && tuple !== '' ? tuple : null;
    if (fd !== null && !isNoFd(fd.num)) {
      b.setInt64(COL.fd, fd.num);
      if (fd.type !== null) b.setUtf8(COL.fd_type, fd.type);
      if (fd.l4proto !== null) b.setUtf8(COL.fd_l4proto, fd.l4proto);
      // what a connect/accept/bind exit says about the socket is newer than its enter's name
      const exitName = line.dir === '<' ? (NAMING_EXITS.has(line.type) ? usableTuple : null) ?? (line.type === 'bind' ? args.find((a) => a.name === 'addr')?.value ?? null : null) : null;
      const name = exitName ?? fd.name ?? ((fd.type === 'ipv4' || fd.type === 'ipv6') ? usableTuple : null);
      // sysdig prints a known descriptor without a name (`3(<u>)`, `4(<e>)`) as an empty fd.name, an unknown one (`fd=54`) as none
      if (name !== null || fd.known) this.writeFdName(name ?? '', fd.type);
      return;
    }
    if (PATH_OPENS.has(line.type) && line.dir === '<') {
      const path = args.find((a) => a.name === 'name' || a.name === 'path')?.value;
      if (path) { b.setUtf8(COL.fd_type, 'file'); b.setUtf8(COL.fd_name, path.replace(/\(.*\)$/, '')); }
    }
  }

  private writeFdName(name: string, type: string | null): void {
    const b = this.builder;
    b.setUtf8(COL.fd_name, name);
    if (type !== null && type !== 'ipv4' && type !== 'ipv6') return;
    const ends = socketEnds(name);
    if (ends === null) return;
    if (ends.clientIp !== null) b.setUtf8(COL.fd_cip, ends.clientIp);
    if (ends.clientPort !== null) b.setInt32(COL.fd_cport, ends.clientPort);
    if (ends.serverIp !== null) b.setUtf8(COL.fd_sip, ends.serverIp);
    if (ends.serverPort !== null) b.setInt32(COL.fd_sport, ends.serverPort);
  }

  private writeData(args: readonly SysdigArg[]): void {
    const data = args.find((a) => a.name === 'data')?.value;
    if (data === undefined || data === '' || data === 'NULL') return;
    const bytes = this.line.form === 'lidds' ? decodeBase64(data) : null;
    this.builder.setBinary(COL.data, bytes ?? new TextEncoder().encode(data));
  }
}

/** The descriptor argument of an event: the table's fd parameter, or `fd=` for events the table does not know. */
function eventFd(args: readonly SysdigArg[], facts: EventFacts | undefined): FdValue | null {
  const name = facts === undefined ? 'fd' : facts.fdParam;
  if (name === null) return null;
  const arg = args.find((a) => a.name === name);
  return arg === undefined ? null : parseFd(arg.value);
}
