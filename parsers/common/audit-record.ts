/**
 * Shared ground of the JSON audit-log readers (GCP, Azure/Entra/M365, Okta, GitHub, and any later
 * one): time stamps to int64 ns, picking the first present value among JSON paths, flattening JSON
 * subtrees into the `attrs` map with caps, and `JsonAuditReader`, which splits the input into
 * records with `JsonRecordSplitter`, hands each object to a source's mapper and writes the row
 * (identity columns, `raw`, the common cloud columns, attrs). A mapper is a pure function of one
 * record; every problem becomes a warning with the record's byte offset and line, never a throw.
 */
import { COL } from './arrow-schema.js';
import { EventBatchBuilder } from './event-batch-builder.js';
import { type JsonProblem, type JsonRecord, JsonRecordSplitter, type JsonRecordSplitterOptions } from './json-records.js';
import { type FormatReader, type ReaderSink } from './reader.js';
import { type ParseOptions, type SourceKind } from './types.js';

// ---------------------------------------------------------------------------------------------
// time

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;
const NS_PER_MS = 1_000_000n;

/**
 * An ISO-8601 / RFC 3339 date-time (`2021-09-13T03:14:32.392272964Z`, `…+02:00`, `…-0700`,
 * `2022-05-07T12:55:53` without a zone, which is taken as UTC as the Microsoft 365 audit log
 * writes it, `2021-08-02 13:29:25.983`) as ns since the Unix epoch, keeping every fractional
 * digit up to ns. Null when the text is not such a time or names an impossible date.
 */
export function parseIsoTime(text: string): bigint | null {
  const m = ISO_TIME.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1) return null; // 31 April, 30 February
  date.setUTCHours(hour, minute, second, 0);
  const fraction = m[7] ?? '';
  let ns = BigInt(date.getTime()) * NS_PER_MS + BigInt(fraction.slice(0, 9).padEnd(9, '0'));
  const zone = m[8];
  if (zone && zone !== 'Z' && zone !== 'z' && zone !== 'UTC') {
    const sign = zone[0] === '-' ? -1n : 1n;
    const digits = zone.slice(1).replace(':', '');
    const minutes = BigInt(Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
    ns -= sign * minutes * 60_000_000_000n;
  }
  return ns;
}

const EPOCH_DIGITS = /^-?\d+(?:\.\d+)?$/;

/**
 * An epoch number in seconds, ms, µs or ns (the unit guessed from the magnitude: below 1e11 is
 * seconds — until the year 5138 —, below 1e14 ms, below 1e17 µs, else ns) as ns. Digit strings are
 * read exactly (no float rounding).
 */
export function epochToNs(value: number | string): bigint | null {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? numberText(value) : '') : value.trim();
  if (!EPOCH_DIGITS.test(text)) return null;
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const magnitude = BigInt(whole);
  const digitsPerUnit = magnitude < 100_000_000_000n ? 9 : magnitude < 100_000_000_000_000n ? 6 : magnitude < 100_000_000_000_000_000n ? 3 : 0;
  const scale = 10n ** BigInt(digitsPerUnit);
  const ns = magnitude * scale + (digitsPerUnit > 0 ? BigInt(fraction.slice(0, digitsPerUnit).padEnd(digitsPerUnit, '0')) : 0n);
  return negative ? -ns : ns;
}

/** A number's decimal text without exponent notation (1.6e12 → "1600000000000"). */
function numberText(value: number): string {
  if (Number.isInteger(value)) return BigInt(value).toString();
  const text = String(value);
  return text.includes('e') ? value.toFixed(9) : text;
}

/** A time value of a record: an epoch number (or digit string, see `epochToNs`) or an ISO-8601 string. */
export function parseTimeValue(value: unknown): bigint | null {
  if (typeof value === 'number') return epochToNs(value);
  if (typeof value !== 'string') return null;
  return EPOCH_DIGITS.test(value.trim()) ? epochToNs(value) : parseIsoTime(value);
}

// ---------------------------------------------------------------------------------------------
// picking values

/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a dotted path (`protoPayload.requestMetadata.callerIp`), or undefined. Members are looked up exactly. */
export function at(record: unknown, path: string): unknown {
  let value: unknown = record;
  for (const part of path.split('.')) {
    if (!isObject(value)) return undefined;
    value = value[part];
  }
  return value;
}

/** A scalar as text: strings as they are, numbers and booleans as JSON text; '' and anything else → null. */
export function asText(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return null;
}

/** The first of `paths` whose value is a non-empty scalar, as text; null when none is. */
export function firstText(record: unknown, ...paths: readonly string[]): string | null {
  for (const path of paths) {
    const text = asText(at(record, path));
    if (text !== null) return text;
  }
  return null;
}

/** The first of `paths` whose value is neither undefined nor null nor ''. */
export function firstDefined(record: unknown, ...paths: readonly string[]): unknown {
  for (const path of paths) {
    const value = at(record, path);
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/**
 * JSON carried as a string inside a record (Log Analytics exports hold `InitiatedBy`,
 * `TargetResources`, Okta's `target` this way): the parsed object or array, else null.
 */
export function parseEmbeddedJson(value: unknown): unknown {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!(text.startsWith('{') && text.endsWith('}')) && !(text.startsWith('[') && text.endsWith(']'))) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null; // not JSON after all: the caller keeps the text
  }
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const IPV6 = /^[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*(?:%[\w.-]+)?$/;

/** True for an IPv4 or IPv6 address literal. */
export function isIpAddress(text: string): boolean {
  return IPV4.test(text) || (text.includes(':') && IPV6.test(text) && text.length <= 64);
}

/**
 * An IP address from a caller-address field, without the port some sources append
 * (`20.1.2.3:5555`, `[2001:db8::1]:443`); null when what remains is not an address
 * (GCP writes `private` or `gce-internal-ip`).
 */
export function ipAddressOf(value: unknown): string | null {
  const text = asText(value)?.trim();
  if (!text) return null;
  const v4Port = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(text);
  const v6Port = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  const address = v4Port?.[1] ?? v6Port?.[1] ?? text;
  return isIpAddress(address) ? address : null;
}

// ---------------------------------------------------------------------------------------------
// attrs

/** Flattened keys kept per record. */
export const MAX_ATTR_KEYS = 500;
/** Characters kept per attribute value. */
export const MAX_ATTR_VALUE_CHARS = 64 * 1024;
/** Values kept per key (an array of 10 000 items does not become 10 000 values). */
export const MAX_ATTR_VALUES = 1000;

/**
 * The `attrs` of one record, collected before the row is written (so a record the mapper rejects
 * leaves nothing behind). Caps the number of keys, of values per key and the length of each value;
 * `cut` says what was dropped, for the reader's warning.
 */
export class AttrBag {
  readonly entries = new Map<string, string[]>();
  /** what the caps dropped, for a warning (empty when nothing was) */
  readonly cut: string[] = [];

  constructor(
    private readonly maxKeys = MAX_ATTR_KEYS,
    private readonly maxValueChars = MAX_ATTR_VALUE_CHARS,
  ) {}

  /** Adds text values under `key`; null, undefined and '' are ignored, other scalars become their JSON text. */
  add(key: string, value: unknown): void {
    if (Array.isArray(value)) {
      for (const item of value) this.add(key, item);
      return;
    }
    const text = asText(value);
    if (text === null) return;
    let list = this.entries.get(key);
    if (list === undefined) {
      if (this.entries.size >= this.maxKeys) { this.note(`more than ${this.maxKeys} fields (from ${key} on)`); return; }
      list = [];
      this.entries.set(key, list);
    }
    if (list.length >= MAX_ATTR_VALUES) { this.note(`more than ${MAX_ATTR_VALUES} values of ${key}`); return; }
    if (text.length > this.maxValueChars) {
      this.note(`a value of ${key} longer than ${this.maxValueChars} characters`);
      list.push(`${text.slice(0, this.maxValueChars)}…`);
    } else {
      list.push(text);
    }
  }

  /** Adds `value` as JSON text (objects and arrays serialized; strings kept as they are). */
  addJson(key: string, value: unknown): void {
    if (value === undefined || value === null) return;
    if (typeof value === 'object') {
      if (Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0) return;
      this.add(key, JSON.stringify(value));
    } else {
      this.add(key, value);
    }
  }

  /**
   * Flattens a JSON value under `prefix`: object members joined with dots (`gcp.request.name`),
   * array items as several values of one key (no indexes), scalars as text; null and empty
   * containers add nothing.
   */
  flatten(prefix: string, value: unknown, depth = 0): void {
    if (depth > 32) { this.note(`${prefix} nested deeper than 32 levels`); return; }
    if (Array.isArray(value)) {
      for (const item of value) this.flatten(prefix, item, depth + 1);
    } else if (isObject(value)) {
      for (const [name, member] of Object.entries(value)) this.flatten(`${prefix}.${name}`, member, depth + 1);
    } else {
      this.add(prefix, value);
    }
  }

  private note(what: string): void {
    if (this.cut.length < 3) this.cut.push(what);
  }
}

// ---------------------------------------------------------------------------------------------
// rows

/** What a mapper makes of one record: the common columns (null/undefined/'' leave a column null). */
export interface AuditRow {
  readonly ts: bigint | null;
  readonly evtType: string;
  readonly category: string;
  readonly actor?: string | null;
  readonly actorType?: string | null;
  readonly srcIp?: string | null;
  readonly userAgent?: string | null;
  readonly account?: string | null;
  readonly region?: string | null;
  readonly target?: string | null;
  readonly outcome?: string | null;
  readonly failed?: boolean | null;
  readonly requestId?: string | null;
  readonly args?: string | null;
  readonly argsJson?: string | null;
}

/** A record the mapper does not take, with the reason (becomes a warning). */
export interface AuditSkip {
  readonly skip: string;
}

/** Maps one JSON object to a row, putting its namespaced fields into `attrs`. Pure; must not throw. */
export type AuditMapper = (record: JsonObject, attrs: AttrBag) => AuditRow | AuditSkip;

/** Options of `JsonAuditReader`. */
export interface JsonAuditReaderOptions {
  readonly kind: SourceKind;
  /** how a record of this source is called in messages, with its article ("a GCP log entry") */
  readonly recordName: string;
  readonly mapper: AuditMapper;
  readonly splitter?: JsonRecordSplitterOptions;
}

/** Lines of not-JSON text reported one by one; the rest are counted in one warning at the end. */
const NOT_JSON_WARNINGS = 10;
const ARGS_MAX_CHARS = 512;

/** Reads JSON audit records of one source: splitting, mapping, rows, warnings. */
export class JsonAuditReader implements FormatReader {
  private readonly builder: EventBatchBuilder;
  private readonly splitter: JsonRecordSplitter;
  private events = 0;
  private notJson = 0;
  private firstNotJson: JsonProblem | null = null;

  constructor(private readonly options: ParseOptions, private readonly sink: ReaderSink, private readonly source: JsonAuditReaderOptions) {
    this.builder = new EventBatchBuilder(options.batchRows);
    this.splitter = new JsonRecordSplitter((r) => this.onRecord(r), (p) => this.onProblem(p), source.splitter);
  }

  push(chunk: Uint8Array): void {
    this.splitter.push(chunk);
  }

  finish(): void {
    this.splitter.finish();
    if (this.notJson > NOT_JSON_WARNINGS && this.firstNotJson) {
      this.sink.warning({
        offset: this.firstNotJson.offset, line: this.firstNotJson.line,
        message: `${this.notJson} lines in all were not JSON records and were skipped (the first at line ${this.firstNotJson.line})`,
      });
    }
    const batch = this.builder.flush();
    if (batch) this.sink.batch(batch, this.events);
  }

  private onProblem(problem: JsonProblem): void {
    if (problem.kind === 'not-json') {
      this.firstNotJson ??= problem;
      if (++this.notJson > NOT_JSON_WARNINGS) return;
    }
    this.sink.warning({ offset: problem.offset, line: problem.line, message: problem.message });
  }

  private onRecord(record: JsonRecord): void {
    const where = `the record at line ${record.line} (byte ${record.offset})`;
    if (!isObject(record.value)) {
      this.warn(record, `${where} is not a JSON object; it was skipped`);
      return;
    }
    const attrs = new AttrBag();
    let row: AuditRow | AuditSkip;
    try {
      row = this.source.mapper(record.value, attrs);
    } catch (error) {
      // a mapper bug must not lose the rest of the input: report it with the record and go on
      this.warn(record, `${where} could not be read as ${this.source.recordName} (${error instanceof Error ? error.message : String(error)}); it was skipped`);
      return;
    }
    if ('skip' in row) {
      this.warn(record, `${where} is not ${this.source.recordName} (${row.skip}); it was skipped`);
      return;
    }
    if (row.ts === null) this.warn(record, `${where} has no readable time stamp; it was kept without one`);
    if (attrs.cut.length > 0) this.warn(record, `${where}: fields were cut to fit the limits: ${attrs.cut.join('; ')}`);
    this.write(record, row, attrs);
  }

  private warn(record: JsonRecord, message: string): void {
    this.sink.warning({ offset: record.offset, line: record.line, message });
  }

  private write(record: JsonRecord, row: AuditRow, attrs: AttrBag): void {
    const b = this.builder;
    b.setInt64(COL.evt_num, this.options.evtNumBase + this.events + 1);
    b.setInt32(COL.source_id, this.options.sourceId);
    b.setUtf8(COL.source_kind, this.source.kind);
    b.setInt64(COL.src_offset, record.offset);
    b.setInt32(COL.src_length, record.length);
    if (row.ts !== null) b.setInt64(COL.ts, row.ts);
    b.setUtf8(COL.evt_type, row.evtType);
    b.setUtf8(COL.evt_category, row.category);
    this.text(COL.actor, row.actor);
    this.text(COL.actor_type, row.actorType);
    this.text(COL.src_ip, row.srcIp);
    this.text(COL.user_agent, row.userAgent);
    this.text(COL.account, row.account);
    this.text(COL.region, row.region);
    this.text(COL.target, row.target);
    this.text(COL.outcome, row.outcome);
    if (row.failed !== undefined && row.failed !== null) b.setBool(COL.failed, row.failed);
    this.text(COL.request_id, row.requestId);
    if (row.args) this.text(COL.args, row.args.length > ARGS_MAX_CHARS ? `${row.args.slice(0, ARGS_MAX_CHARS)}…` : row.args);
    this.text(COL.args_json, row.argsJson);
    b.setUtf8(COL.raw, record.text);
    for (const [key, values] of attrs.entries) b.addAttr(key, values);
    this.events++;
    const batch = b.commit();
    if (batch) this.sink.batch(batch, this.events);
  }

  private text(col: number, value: string | null | undefined): void {
    if (value !== null && value !== undefined && value !== '') this.builder.setUtf8(col, value);
  }
}

/** `name=value` pairs of the present values, for the `args` column. */
export function renderArgs(pairs: readonly (readonly [string, unknown])[]): string {
  const parts: string[] = [];
  for (const [name, value] of pairs) {
    const text = asText(value);
    if (text !== null) parts.push(`${name}=${text}`);
  }
  return parts.join(' ');
}

/** JSON text of an object or array that has content; null otherwise. */
export function jsonOrNull(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object' && (Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0)) return null;
  return JSON.stringify(value);
}
