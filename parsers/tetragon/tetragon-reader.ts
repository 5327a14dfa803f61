/**
 * Streaming reader of Tetragon events (`tetra getevents -o json`, the export-stdout container's
 * log, `export-filename` files; JSON lines or pretty-printed objects one after another; the gRPC
 * ProtoJSON spelling with camelCase keys too): one row per event. Each event is an object with one
 * member per event type (`process_exec`, `process_exit`, `process_kprobe`, `process_tracepoint`,
 * `process_uprobe`, `process_lsm`, the older `process_connect`/`process_close`/`process_listen`)
 * plus `node_name` and `time`.
 *
 * The process (`process`, `parent`, `ancestors`) fills the process, container and k8s columns;
 * the kprobe/tracepoint arguments fill fd/socket columns where they say what was touched
 * (`sock_arg`, `file_arg`, `path_arg`, …); everything Tetragon-specific is in `tetragon.*` attrs.
 */
import { COL } from '../common/arrow-schema.js';
import { EventBatchBuilder } from '../common/event-batch-builder.js';
import { errnoName, signalNumber } from '../common/linux-names.js';
import { type ReaderSink } from '../common/reader.js';
import { type ParseOptions } from '../common/types.js';
import { parseRfc3339Ns } from '../common/rfc3339.js';
import { FlatAttrs } from '../common/flat-attrs.js';
import {
  type JsonObject, PreciseIntegers, arr, basename, int, obj, setInt, setSyscallResult, setText, shortContainerId, str,
} from '../falco/json-values.js';
import { type RecordContext, RuntimeJsonReader, type RuntimeJsonLimits, type RuntimeRecordWriter } from '../falco/runtime-json-reader.js';
import { type EventShape, eventShape, snakeKeys } from './event-shape.js';
import { writeArgColumns } from './args.js';

/** Fills rows from Tetragon events. */
export class TetragonRecordWriter implements RuntimeRecordWriter {
  private timeFromStart = 0;
  private noTime = 0;
  private firstFallback: { offset: number; line: number } | null = null;

  constructor(private readonly builder: EventBatchBuilder) {}

  reject(value: unknown): string | null {
    const event = obj(value);
    if (event === null) return 'it is not a JSON object';
    const shape = eventShape(event);
    return shape === null ? 'it is not a Tetragon event (no process_* member)' : null;
  }

  write({ record, warn }: RecordContext): void {
    const b = this.builder;
    const event = snakeKeys(record.value) as JsonObject;
    const shape = eventShape(event) as EventShape;
    const body = shape.body;
    const process = obj(body.process) ?? {};
    const parent = obj(body.parent);
    const precise = new PreciseIntegers(record.text);
    this.writeTime(event, shape, process, record);
    b.setUtf8(COL.evt_type, eventType(shape, body));
    b.setUtf8(COL.evt_category, writeArgColumns(b, shape, body));
    writeProcess(b, process, parent);
    writeResult(b, shape, body);
    const attrs = new FlatAttrs(undefined, (n) => precise.text(n));
    writeAttrs(attrs, event, shape, body, process, parent);
    const cuts = attrs.writeTo(b);
    if (cuts.length > 0) warn(`some fields were cut: ${cuts.join(', ')}`);
  }

  finish(): { offset: number; line?: number; message: string }[] {
    const first = this.firstFallback;
    if (first === null) return [];
    const parts = [];
    if (this.timeFromStart > 0) parts.push(`${this.timeFromStart} process_exec event${this.timeFromStart === 1 ? '' : 's'} without a time took the process start_time`);
    if (this.noTime > 0) parts.push(`${this.noTime} event${this.noTime === 1 ? '' : 's'} had no usable time and ${this.noTime === 1 ? 'was' : 'were'} kept without one`);
    return [{ ...first, message: `${parts.join('; ')} (the first at line ${first.line})` }];
  }

  /** `time`; an exec event without one (older exports) happened at its process's start_time. */
  private writeTime(event: JsonObject, shape: EventShape, process: JsonObject, record: { offset: number; line: number }): void {
    const time = str(event.time) ?? str(shape.body.time);
    const ts = time === null ? null : parseRfc3339Ns(time);
    if (ts !== null) { this.builder.setInt64(COL.ts, ts); return; }
    const start = shape.type === 'exec' ? str(process.start_time) : null;
    const startNs = start === null ? null : parseRfc3339Ns(start);
    if (startNs !== null) { this.builder.setInt64(COL.ts, startNs); this.timeFromStart++; } else this.noTime++;
    if (this.firstFallback === null) this.firstFallback = { offset: record.offset, line: record.line };
  }
}

/** exec → execve, exit → procexit, kprobe/lsm → the hooked function, tracepoint → subsys/event, … */
function eventType(shape: EventShape, body: JsonObject): string {
  switch (shape.type) {
    case 'exec': return 'execve';
    case 'exit': return 'procexit';
    case 'kprobe': case 'lsm': return str(body.function_name) ?? shape.type;
    case 'uprobe': return str(body.symbol) ?? 'uprobe';
    case 'tracepoint': {
      const subsys = str(body.subsys);
      const name = str(body.event);
      return subsys !== null && name !== null ? `${subsys}/${name}` : name ?? 'tracepoint';
    }
    default: return shape.type;
  }
}

function writeProcess(b: EventBatchBuilder, process: JsonObject, parent: JsonObject | null): void {
  setInt(b, COL.pid, process.pid);
  setInt(b, COL.tid, process.tid);
  setInt(b, COL.uid, process.uid);
  if (parent !== null) setInt(b, COL.ppid, parent.pid);
  setText(b, COL.cwd, process.cwd);
  setText(b, COL.exe_id, process.exec_id);
  setText(b, COL.user_name, obj(process.user)?.name);
  const binary = str(process.binary);
  if (binary !== null) {
    b.setUtf8(COL.exe, binary);
    const name = basename(binary);
    b.setUtf8(COL.proc_name, name);
    const args = str(process.arguments);
    b.setUtf8(COL.cmdline, args === null ? name : `${name} ${args}`);
  }
  const start = str(process.start_time);
  const startNs = start === null ? null : parseRfc3339Ns(start);
  if (startNs !== null) b.setInt64(COL.proc_start_ts, startNs);
  const pod = obj(process.pod);
  const container = obj(pod?.container);
  const id = str(container?.id) ?? str(process.docker);
  if (id !== null) b.setUtf8(COL.container_id, shortContainerId(id));
  setText(b, COL.container_name, container?.name);
  setText(b, COL.k8s_container, container?.name);
  setText(b, COL.container_image, obj(container?.image)?.name);
  setText(b, COL.k8s_ns, pod?.namespace);
  setText(b, COL.k8s_pod, pod?.name);
}

/** exit: the status, or 128 + the signal as a shell reports a killed process; kprobe: its return value. */
function writeResult(b: EventBatchBuilder, shape: EventShape, body: JsonObject): void {
  if (shape.type === 'exit') {
    const signal = str(body.signal);
    const signo = signal === null ? undefined : signalNumber(signal);
    const status = int(body.status);
    const res = signo !== undefined ? 128 + signo : status;
    if (res !== null) { b.setInt64(COL.res, res); b.setBool(COL.failed, res !== 0); }
    return;
  }
  const ret = obj(body.return);
  if (ret === null) return;
  const value = int(ret.int_arg) ?? int(ret.long_arg) ?? int(ret.size_arg);
  if (value !== null) setSyscallResult(b, value, errnoName);
}

function writeAttrs(attrs: FlatAttrs, event: JsonObject, shape: EventShape, body: JsonObject, process: JsonObject, parent: JsonObject | null): void {
  attrs.add('tetragon.event', shape.key);
  attrs.add('tetragon.exec_id', str(process.exec_id));
  attrs.add('tetragon.parent_exec_id', str(process.parent_exec_id) ?? str(parent?.exec_id));
  attrs.add('tetragon.node_name', str(event.node_name));
  for (const flag of (str(process.flags) ?? '').split(' ')) if (flag !== '') attrs.add('tetragon.flags', flag);
  attrs.flatten('tetragon.auid', process.auid);
  attrs.add('tetragon.docker', str(process.docker));
  const pod = obj(process.pod);
  const container = obj(pod?.container);
  attrs.add('tetragon.container.id', str(container?.id));
  attrs.add('tetragon.container.image.id', str(obj(container?.image)?.id));
  attrs.flatten('tetragon.container.pid', container?.pid);
  attrs.add('tetragon.pod.workload', str(pod?.workload));
  attrs.flatten('tetragon.pod.labels', pod?.pod_labels);
  for (const set of ['permitted', 'effective', 'inheritable']) attrs.flatten(`tetragon.cap.${set}`, obj(process.cap)?.[set]);
  if (parent !== null) {
    attrs.add('tetragon.parent.binary', str(parent.binary));
    attrs.add('tetragon.parent.arguments', str(parent.arguments));
  }
  for (const ancestor of arr(body.ancestors)) {
    const a = obj(ancestor);
    attrs.add('tetragon.ancestors.exec_id', str(a?.exec_id));
    attrs.add('tetragon.ancestors.binary', str(a?.binary));
  }
  for (const key of ['function_name', 'policy_name', 'action', 'message', 'subsys', 'symbol', 'path', 'signal']) attrs.add(`tetragon.${key}`, str(body[key]));
  attrs.add('tetragon.tracepoint', shape.type === 'tracepoint' ? str(body.event) : null);
  attrs.flatten('tetragon.status', body.status);
  attrs.flatten('tetragon.tags', body.tags);
  for (const arg of arr(body.args)) attrs.flatten('tetragon.args', arg);
  attrs.flatten('tetragon.return', body.return);
  if (shape.type === 'connect' || shape.type === 'close' || shape.type === 'listen') {
    for (const key of ['source_ip', 'source_port', 'destination_ip', 'destination_port', 'protocol']) attrs.flatten(`tetragon.${key}`, body[key]);
  }
}

/** Reads Tetragon JSON events (see the module comment). */
export class TetragonReader extends RuntimeJsonReader {
  constructor(options: ParseOptions, sink: ReaderSink, limits: RuntimeJsonLimits = {}) {
    const builder = new EventBatchBuilder(options.batchRows);
    super(options, sink, 'tetragon', 'Tetragon', builder, new TetragonRecordWriter(builder), limits);
  }
}
