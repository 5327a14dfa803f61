/**
 * Streaming reader of Falco alerts written with `json_output: true` (stdout, a file output, or
 * `journalctl -u falco` where they are mixed with Falco's start-up and shutdown lines): one row
 * per alert. The alert's `output_fields` use Falco's own field names, so they map straight onto
 * the common columns (`proc.name` → proc_name, `fd.sip` → fd_sip, …); every one of them is also
 * kept as-is under `falco.field.<name>` (`falco.field.proc.aname[2]`), next to `falco.rule`,
 * `falco.priority`, `falco.source`, `falco.tags`, `falco.hostname` and `falco.output`.
 */
import { COL } from '../common/arrow-schema.js';
import { EventBatchBuilder } from '../common/event-batch-builder.js';
import { errnoName, errnoNumber } from '../common/linux-names.js';
import { type ReaderSink } from '../common/reader.js';
import { type ParseOptions } from '../common/types.js';
import { parseRfc3339Ns } from '../common/rfc3339.js';
import { FlatAttrs } from '../common/flat-attrs.js';
import {
  type JsonObject, PreciseIntegers, arr, int, obj, scalarText, setFirstText, setInt, setPort, setText, shortContainerId, str,
} from './json-values.js';
import { type RecordContext, RuntimeJsonReader, type RuntimeJsonLimits, type RuntimeRecordWriter } from './runtime-json-reader.js';

/** Falco fields that fill a utf8 column as they are. */
const TEXT_FIELDS: readonly (readonly [string, number])[] = [
  ['proc.name', COL.proc_name], ['proc.cmdline', COL.cmdline], ['proc.cwd', COL.cwd], ['user.name', COL.user_name],
  ['fd.name', COL.fd_name], ['fd.type', COL.fd_type], ['fd.l4proto', COL.fd_l4proto], ['fd.cip', COL.fd_cip], ['fd.sip', COL.fd_sip],
  ['container.name', COL.container_name], ['k8s.ns.name', COL.k8s_ns], ['k8s.pod.name', COL.k8s_pod],
  ['evt.dir', COL.evt_dir],
];
/** Falco fields that fill an int64 column. */
const INT_FIELDS: readonly (readonly [string, number])[] = [
  ['proc.pid', COL.pid], ['proc.ppid', COL.ppid], ['proc.vpid', COL.vpid], ['thread.tid', COL.tid], ['user.uid', COL.uid],
  ['group.gid', COL.gid], ['fd.num', COL.fd], ['evt.latency', COL.latency_ns],
];
const PORT_FIELDS: readonly (readonly [string, number])[] = [['fd.cport', COL.fd_cport], ['fd.sport', COL.fd_sport]];

/** Fills rows from Falco alert records. */
export class FalcoRecordWriter implements RuntimeRecordWriter {
  private noTime = 0;
  private firstNoTime: { offset: number; line: number } | null = null;

  constructor(private readonly builder: EventBatchBuilder) {}

  reject(value: unknown): string | null {
    const alert = obj(value);
    if (alert === null) return 'it is not a JSON object';
    if (typeof alert.rule !== 'string' || typeof alert.output !== 'string') return 'it is not a Falco alert (no rule and output)';
    return null;
  }

  write({ record, warn }: RecordContext): void {
    const b = this.builder;
    const alert = record.value as JsonObject;
    const fields = obj(alert.output_fields) ?? {};
    const precise = new PreciseIntegers(record.text);
    const ts = alertTime(alert, fields, precise);
    if (ts !== null) b.setInt64(COL.ts, ts);
    else if (this.noTime++ === 0) this.firstNoTime = { offset: record.offset, line: record.line };
    b.setUtf8(COL.evt_type, str(fields['evt.type']) ?? 'falco-alert');
    b.setUtf8(COL.evt_category, 'alert');
    b.setUtf8(COL.args, alert.output as string);
    this.writeProcessColumns(fields);
    this.writeResult(fields);
    this.writeContainer(fields);
    this.writeApiColumns(fields);
    const attrs = new FlatAttrs(undefined, (n) => precise.text(n));
    attrs.add('falco.rule', alert.rule as string);
    attrs.add('falco.priority', str(alert.priority));
    attrs.add('falco.source', str(alert.source));
    for (const tag of arr(alert.tags)) attrs.add('falco.tags', typeof tag === 'string' ? tag : null);
    attrs.add('falco.hostname', str(alert.hostname));
    attrs.add('falco.output', alert.output as string);
    for (const [key, value] of Object.entries(fields)) {
      if (Array.isArray(value)) for (const item of value) attrs.add(`falco.field.${key}`, scalarText(item, precise));
      else attrs.add(`falco.field.${key}`, scalarText(value, precise));
    }
    const cuts = attrs.writeTo(b);
    if (cuts.length > 0) warn(`some output fields were cut: ${cuts.join(', ')}`);
  }

  finish(): { offset: number; line?: number; message: string }[] {
    const first = this.firstNoTime;
    if (first === null) return [];
    return [{ ...first, message: `${this.noTime} Falco alert${this.noTime === 1 ? '' : 's'} had no usable time (time, output_fields evt.time) and ${this.noTime === 1 ? 'was' : 'were'} kept without one; the first is at line ${first.line}` }];
  }

  private writeProcessColumns(fields: JsonObject): void {
    const b = this.builder;
    for (const [name, col] of TEXT_FIELDS) setText(b, col, fields[name]);
    for (const [name, col] of INT_FIELDS) setInt(b, col, fields[name]);
    for (const [name, col] of PORT_FIELDS) setPort(b, col, fields[name]);
    setFirstText(b, COL.exe, fields['proc.exepath'], fields['proc.exe']);
    if (fields['proc.name'] === undefined) {
      // Falco's default rules print proc.cmdline but not always proc.name: its first word is the name
      const cmdline = str(fields['proc.cmdline']);
      const name = cmdline?.split(' ', 1)[0];
      if (name && !name.startsWith('container:')) b.setUtf8(COL.proc_name, name);
    }
  }

  /** `evt.rawres` is the number; `evt.res` is SUCCESS or an errno name; `evt.failed` a flag. */
  private writeResult(fields: JsonObject): void {
    const b = this.builder;
    const raw = int(fields['evt.rawres']);
    const res = str(fields['evt.res']);
    if (raw !== null) b.setInt64(COL.res, raw);
    const failed = typeof fields['evt.failed'] === 'boolean' ? fields['evt.failed'] as boolean
      : res !== null ? res !== 'SUCCESS' : raw !== null ? raw < 0 : null;
    if (failed !== null) b.setBool(COL.failed, failed);
    const name = res !== null && res !== 'SUCCESS' && errnoNumber(res) !== undefined ? res
      : raw !== null && raw < 0 ? errnoName(-raw) : undefined;
    if (failed && name !== undefined) b.setUtf8(COL.errno_name, name);
  }

  private writeContainer(fields: JsonObject): void {
    const b = this.builder;
    const id = str(fields['container.id']);
    if (id !== null) b.setUtf8(COL.container_id, shortContainerId(id));
    const image = str(fields['container.image']);
    const repository = str(fields['container.image.repository']);
    const tag = str(fields['container.image.tag']);
    if (image !== null) b.setUtf8(COL.container_image, image);
    else if (repository !== null) b.setUtf8(COL.container_image, tag !== null ? `${repository}:${tag}` : repository);
    setText(b, COL.k8s_container, fields['k8s.container.name']);
  }

  /** Alerts of the k8s_audit and cloudtrail plugin sources carry ka.* / ct.* fields. */
  private writeApiColumns(fields: JsonObject): void {
    const b = this.builder;
    setFirstText(b, COL.actor, fields['ka.user.name'], fields['ct.user']);
    setFirstText(b, COL.user_agent, fields['ka.useragent'], fields['ct.useragent']);
    setFirstText(b, COL.src_ip, fields['ct.srcip'], firstWord(fields['ka.sourceips']));
    setText(b, COL.region, fields['ct.region']);
    setFirstText(b, COL.request_id, fields['ka.auditid'], fields['ct.id']);
    setText(b, COL.target, fields['ka.target.name']);
  }
}

function firstWord(value: unknown): string | null {
  if (Array.isArray(value)) return str(value[0]);
  const text = str(value);
  return text === null ? null : text.split(/[ ,]/, 1)[0];
}

/** The alert's `time` (RFC 3339, ns) or else `output_fields['evt.time']` (ns as an integer). */
function alertTime(alert: JsonObject, fields: JsonObject, precise: PreciseIntegers): bigint | null {
  const time = str(alert.time);
  const parsed = time === null ? null : parseRfc3339Ns(time);
  if (parsed !== null) return parsed;
  return precise.bigint(fields['evt.time']);
}

/** Reads Falco `json_output` alerts (see the module comment). */
export class FalcoReader extends RuntimeJsonReader {
  constructor(options: ParseOptions, sink: ReaderSink, limits: RuntimeJsonLimits = {}) {
    const builder = new EventBatchBuilder(options.batchRows);
    super(options, sink, 'falco', 'Falco', builder, new FalcoRecordWriter(builder), limits);
  }
}
