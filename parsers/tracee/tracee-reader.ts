/**
 * Streaming reader of Tracee events (`tracee --output json`, JSON lines, possibly mixed with
 * Tracee's log lines): one row per event, in the `trace.Event` shape or the newer `v1beta1` one
 * (see event-shape.ts). Host pids fill pid/tid/ppid (as Falco's proc.pid), the namespace pid
 * `vpid`; the arguments fill the file and socket columns where they name what was touched
 * (`pathname`, `remote_addr`, `addr`, `local_addr`, `fd`/`sockfd`); signature findings
 * (`metadata`/`threat`) are category `alert` with `tracee.signature.*` attrs.
 */
import { COL } from '../common/arrow-schema.js';
import { EventBatchBuilder } from '../common/event-batch-builder.js';
import { errnoName } from '../common/linux-names.js';
import { type ReaderSink } from '../common/reader.js';
import { type ParseOptions } from '../common/types.js';
import { parseRfc3339Ns } from '../common/rfc3339.js';
import { syscallCategory } from '../common/syscall-categories.js';
import { FlatAttrs } from '../common/flat-attrs.js';
import {
  PreciseIntegers, int, obj, setInt, setSyscallResult, setText, shortContainerId, str,
} from '../falco/json-values.js';
import { type RecordContext, RuntimeJsonReader, type RuntimeJsonLimits, type RuntimeRecordWriter } from '../falco/runtime-json-reader.js';
import { type TraceeEvent, traceeEvent } from './event-shape.js';
import { renderArgs, writeArgColumns } from './args.js';

/** ns before 1973: a boot-relative clock, not the epoch (Tracee before v0.8 without --output option:...). */
const EPOCH_NS_FLOOR = 100_000_000_000_000_000n;
const EXEC_EVENTS = new Set(['sched_process_exec', 'execve', 'execveat']);

/** Fills rows from Tracee events. */
export class TraceeRecordWriter implements RuntimeRecordWriter {
  private noTime = 0;
  private relative = 0;
  private first: { offset: number; line: number } | null = null;

  constructor(private readonly builder: EventBatchBuilder) {}

  reject(value: unknown): string | null {
    if (obj(value) === null) return 'it is not a JSON object';
    return traceeEvent(value) === null ? 'it is not a Tracee event (no eventName, or name and workload)' : null;
  }

  write({ record, warn }: RecordContext): void {
    const b = this.builder;
    const event = traceeEvent(record.value) as TraceeEvent;
    const precise = new PreciseIntegers(record.text);
    this.writeTime(event.timestamp, precise, record);
    b.setUtf8(COL.evt_type, event.eventName);
    const isExec = EXEC_EVENTS.has(event.eventName);
    const category = writeArgColumns(b, event, isExec);
    b.setUtf8(COL.evt_category, event.signature !== null ? 'alert' : category ?? eventCategory(event.eventName));
    this.writeProcess(event, precise, isExec);
    const ret = int(event.returnValue);
    if (ret !== null) setSyscallResult(b, ret, errnoName);
    const rendered = renderArgs(event.args, precise);
    if (rendered.text !== '') b.setUtf8(COL.args, rendered.text);
    if (rendered.json !== null) b.setUtf8(COL.args_json, rendered.json);
    const attrs = new FlatAttrs(undefined, (n) => precise.text(n));
    writeAttrs(attrs, event);
    const cuts = attrs.writeTo(b);
    if (cuts.length > 0) warn(`some fields were cut: ${cuts.join(', ')}`);
  }

  finish(): { offset: number; line?: number; message: string }[] {
    const first = this.first;
    if (first === null) return [];
    const parts = [];
    if (this.noTime > 0) parts.push(`${this.noTime} Tracee event${this.noTime === 1 ? '' : 's'} had no usable timestamp and ${this.noTime === 1 ? 'was' : 'were'} kept without one`);
    if (this.relative > 0) parts.push(`${this.relative} Tracee timestamp${this.relative === 1 ? ' is' : 's are'} before 1973: a clock relative to boot, not the epoch, so ${this.relative === 1 ? 'it does' : 'they do'} not line up with other sources`);
    return [{ ...first, message: `${parts.join('; ')} (the first at line ${first.line})` }];
  }

  private writeTime(timestamp: unknown, precise: PreciseIntegers, record: { offset: number; line: number }): void {
    const ts = timeNs(timestamp, precise);
    if (ts !== null) this.builder.setInt64(COL.ts, ts);
    if (ts !== null && ts >= EPOCH_NS_FLOOR) return;
    if (ts === null) this.noTime++;
    else this.relative++;
    if (this.first === null) this.first = { offset: record.offset, line: record.line };
  }

  private writeProcess(event: TraceeEvent, precise: PreciseIntegers, isExec: boolean): void {
    const b = this.builder;
    // the host pids are the ones that match other sources (Falco's proc.pid); the namespace pid is vpid
    setInt(b, COL.pid, int(event.hostProcessId) ?? event.processId);
    setInt(b, COL.tid, int(event.hostThreadId) ?? event.threadId);
    setInt(b, COL.ppid, int(event.hostParentProcessId) ?? event.parentProcessId);
    setInt(b, COL.vpid, event.processId);
    setInt(b, COL.uid, event.userId);
    setText(b, COL.proc_name, event.processName);
    if (!isExec) setText(b, COL.exe, event.executable);
    const tid = int(event.threadId);
    const start = timeNs(event.threadStartTime, precise);
    // a thread's start time is its process's only for the main thread
    if (start !== null && start >= EPOCH_NS_FLOOR && tid !== null && tid === int(event.processId)) b.setInt64(COL.proc_start_ts, start);
    const entity = precise.bigint(event.processEntityId);
    if (entity !== null && entity !== 0n) b.setUtf8(COL.exe_id, entity.toString());
    if (event.containerId !== null) b.setUtf8(COL.container_id, shortContainerId(event.containerId));
    setText(b, COL.container_name, event.containerName);
    setText(b, COL.container_image, event.containerImage);
    setText(b, COL.k8s_pod, event.podName);
    setText(b, COL.k8s_ns, event.podNamespace);
  }
}

/** ns since the epoch of a ns integer, a `{seconds, nanos}` object or RFC 3339 text. */
function timeNs(value: unknown, precise: PreciseIntegers): bigint | null {
  if (typeof value === 'string' && !/^\d+$/.test(value)) return parseRfc3339Ns(value);
  const o = obj(value);
  if (o !== null) {
    const seconds = precise.bigint(o.seconds);
    if (seconds === null) return null;
    const nanos = int(o.nanos) ?? 0;
    return seconds * 1_000_000_000n + BigInt(nanos);
  }
  return precise.bigint(value);
}

/** Category of an event without file or socket arguments. */
function eventCategory(name: string): string {
  const syscall = syscallCategory(name);
  if (syscall !== 'other') return syscall;
  if (name.startsWith('sched_process_') || name.startsWith('security_bprm') || name === 'commit_creds' || name === 'switch_task_ns') return 'process';
  if (name.startsWith('security_file') || name.startsWith('security_inode') || name.startsWith('security_path') || name === 'magic_write' || name.includes('file')) return 'file';
  if (name.startsWith('security_socket') || name.startsWith('net_') || name.includes('socket')) return 'net';
  if (name.startsWith('security_bpf') || name.startsWith('bpf_') || name.includes('kernel_module') || name.includes('module_load')) return 'system';
  return 'other';
}

function writeAttrs(attrs: FlatAttrs, event: TraceeEvent): void {
  attrs.add('tracee.eventName', event.eventName);
  attrs.add('tracee.eventId', event.eventId);
  attrs.add('tracee.syscall', event.syscall);
  attrs.add('tracee.hostName', event.hostName);
  attrs.flatten('tracee.processId', event.processId);
  attrs.flatten('tracee.cgroupId', event.cgroupId);
  attrs.flatten('tracee.mountNamespace', event.mountNamespace);
  attrs.flatten('tracee.pidNamespace', event.pidNamespace);
  attrs.flatten('tracee.parentEntityId', event.parentEntityId);
  attrs.add('tracee.containerId', event.containerId);
  attrs.add('tracee.imageDigest', event.containerImageDigest);
  attrs.add('tracee.podUID', event.podUid);
  for (const policy of event.matchedPolicies) if (typeof policy === 'string' && policy !== '') attrs.add('tracee.matchedPolicies', policy);
  if (event.executable !== null) attrs.add('tracee.executable', event.executable);
  for (const arg of event.args) attrs.flatten(`tracee.args.${arg.name}`, arg.value);
  const signature = event.signature;
  if (signature === null) return;
  const props = obj(signature.Properties) ?? {};
  attrs.add('tracee.signature.id', str(props.signatureID) ?? str(props.id));
  attrs.add('tracee.signature.name', str(props.signatureName));
  attrs.flatten('tracee.signature.severity', props.Severity);
  attrs.add('tracee.signature.category', str(props.Category));
  attrs.add('tracee.signature.technique', str(props.Technique));
  attrs.add('tracee.signature.external_id', str(props.external_id));
  attrs.add('tracee.signature.description', str(signature.Description) ?? str(signature.description));
  attrs.add('tracee.signature.version', str(signature.Version));
}

/** Reads Tracee JSON events (see the module comment). */
export class TraceeReader extends RuntimeJsonReader {
  constructor(options: ParseOptions, sink: ReaderSink, limits: RuntimeJsonLimits = {}) {
    const builder = new EventBatchBuilder(options.batchRows);
    super(options, sink, 'tracee', 'Tracee', builder, new TraceeRecordWriter(builder), limits);
  }
}
