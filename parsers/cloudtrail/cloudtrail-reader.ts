/**
 * Streaming reader of AWS CloudTrail logs, one row per event record, whatever the packaging:
 * S3 delivery files (`{"Records":[…]}`, gzip is undone by parseStream), JSON arrays and JSON
 * lines of records (Grimoire/Stratus exports, logstash/ELK dumps), EventBridge envelopes
 * (`detail` holds the record), LookupEvents output and CloudTrail Lake rows (`{"Events":[…]}`,
 * arrays or lines of objects whose `CloudTrailEvent` is the record as an embedded JSON string).
 * Digest files are recognised and skipped with one warning; other JSON objects are skipped with
 * a warning each. `JsonRecordSplitter` finds the records and reports damage.
 */
import { COL } from '../common/arrow-schema.js';
import { EventBatchBuilder } from '../common/event-batch-builder.js';
import { DEFAULT_WRAPPER_KEYS, type JsonProblem, type JsonRecord, JsonRecordSplitter } from '../common/json-records.js';
import { type FormatReader, type ReaderSink } from '../common/reader.js';
import { type ParseOptions, type ParseWarning } from '../common/types.js';
import { CloudTrailRowWriter, type WriteResult } from './event-writer.js';
import { DEFAULT_FLATTEN_LIMITS, type FlattenLimits } from '../common/flat-attrs.js';
import { type Json, asObject, classifyRecord, isCloudTrailEvent, CLOUDTRAIL_WRAPPER_KEYS } from './record-shape.js';

/** Warnings of one noisy kind reported one by one before they are only counted. */
const REPORTED_PER_KIND = 10;

/** CloudTrail caps a record at 256 KB; anything past this is not a record worth holding. */
export const DEFAULT_CLOUDTRAIL_MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** Limits of the reader (tests lower them). */
export interface CloudTrailLimits {
  /** records above this many bytes are skipped (default 16 MiB) */
  readonly maxRecordBytes?: number;
  /** what one record may add to `attrs` */
  readonly flatten?: FlattenLimits;
}

type NoisyKind = 'not-json' | 'unknown' | 'no-time' | 'lake-broken';

const NOISY_SUMMARY: Record<NoisyKind, (n: number) => string> = {
  'not-json': (n) => `${n} lines in all were not JSON and were skipped`,
  unknown: (n) => `${n} JSON records in all were not CloudTrail records and were skipped`,
  'no-time': (n) => `${n} CloudTrail records in all had no usable event time and were kept with no time`,
  'lake-broken': (n) => `${n} LookupEvents/Lake rows in all had a broken CloudTrailEvent and were kept with their outer fields only`,
};

/** Reads CloudTrail records pushed in chunks of bytes. */
export class CloudTrailReader implements FormatReader {
  private readonly builder: EventBatchBuilder;
  private readonly writer: CloudTrailRowWriter;
  private readonly splitter: JsonRecordSplitter;
  private readonly encoder = new TextEncoder();
  private events = 0;
  private readonly noisy = new Map<NoisyKind, number>();
  private digests = 0;
  private firstDigest: JsonRecord | null = null;
  private timestampFallbacks = 0;

  constructor(private readonly options: ParseOptions, private readonly sink: ReaderSink, private readonly limits: CloudTrailLimits = {}) {
    this.builder = new EventBatchBuilder(options.batchRows);
    this.writer = new CloudTrailRowWriter(this.builder, limits.flatten ?? DEFAULT_FLATTEN_LIMITS);
    this.splitter = this.newSplitter(0, 0, false);
  }

  push(chunk: Uint8Array): void {
    this.splitter.push(chunk);
  }

  finish(): void {
    this.splitter.finish();
    if (this.firstDigest !== null) {
      const { offset, line } = this.firstDigest;
      const what = this.digests === 1 ? 'a CloudTrail digest file' : `${this.digests} CloudTrail digest records`;
      this.sink.warning({ offset, line, message: `info: this is ${what} (digestStartTime/digestEndTime/logFiles: hashes of log files, no events); skipped, no rows` });
    }
    if (this.timestampFallbacks > 0) {
      this.sink.warning({ offset: 0, message: `info: ${this.timestampFallbacks} records had no eventTime; their time was taken from @timestamp (as logstash ships CloudTrail)` });
    }
    for (const [kind, count] of this.noisy) {
      if (count > REPORTED_PER_KIND) this.sink.warning({ offset: 0, message: `${NOISY_SUMMARY[kind](count)} (the first ${REPORTED_PER_KIND} were reported one by one)` });
    }
    const batch = this.builder.flush();
    if (batch) this.sink.batch(batch, this.events);
  }

  private newSplitter(offsetShift: number, lineShift: number, nested: boolean): JsonRecordSplitter {
    return new JsonRecordSplitter(
      (r) => this.onRecord(nested ? { ...r, offset: r.offset + offsetShift, line: r.line + lineShift } : r, nested),
      (p) => this.onProblem(p, offsetShift, lineShift),
      { maxRecordBytes: this.limits.maxRecordBytes ?? DEFAULT_CLOUDTRAIL_MAX_RECORD_BYTES, wrapperKeys: [...DEFAULT_WRAPPER_KEYS, ...CLOUDTRAIL_WRAPPER_KEYS] },
    );
  }

  private onRecord(record: JsonRecord, nested: boolean): void {
    const shape = classifyRecord(record.value);
    switch (shape.kind) {
      case 'event': return this.emit(record, (w) => w.writeEvent(shape.event, undefined, shape.envelope));
      case 'lake': return this.onLakeRow(record, shape.row);
      case 'digest':
        this.digests++;
        this.firstDigest ??= record;
        return;
      case 'wrapper':
        if (nested) return this.noise('unknown', record, `a ${shape.key} wrapper nested in another wrapper was skipped`);
        return this.onWrapper(record);
      case 'unknown': return this.noise('unknown', record, `was skipped: ${shape.why}`);
    }
  }

  /** A `{"Records":[…]}` object that sat inside an outer array: its records, each with its own byte range. */
  private onWrapper(record: JsonRecord): void {
    const inner = this.newSplitter(record.offset, record.line - 1, true);
    inner.push(this.encoder.encode(record.text));
    inner.finish();
  }

  /** A LookupEvents / Lake row: the embedded event, or the outer fields when it is broken. */
  private onLakeRow(record: JsonRecord, row: Json): void {
    const embedded = row.CloudTrailEvent;
    let event: Json | undefined = asObject(embedded);
    let problem: string | undefined;
    if (typeof embedded === 'string') {
      try {
        event = asObject(JSON.parse(embedded));
        if (event === undefined) problem = 'its CloudTrailEvent is not a JSON object';
      } catch (error) {
        problem = `its CloudTrailEvent is not valid JSON (${error instanceof Error ? error.message : String(error)})`;
      }
    }
    if (event !== undefined && !isCloudTrailEvent(event)) problem = 'its CloudTrailEvent is not a CloudTrail record';
    if (problem !== undefined || event === undefined) {
      this.noise('lake-broken', record, `${problem ?? 'its CloudTrailEvent is missing'}; kept with the outer fields (EventName, EventTime, Username, …) only`);
      this.emit(record, (w) => w.writeOuterOnly(row));
      return;
    }
    const inner = event;
    this.emit(record, (w) => w.writeEvent(inner, row));
  }

  private emit(record: JsonRecord, write: (writer: CloudTrailRowWriter) => WriteResult): void {
    this.events++;
    const b = this.builder;
    b.setInt64(COL.evt_num, this.options.evtNumBase + this.events);
    b.setInt32(COL.source_id, this.options.sourceId);
    b.setUtf8(COL.source_kind, 'cloudtrail');
    b.setInt64(COL.src_offset, record.offset);
    b.setInt32(COL.src_length, record.length);
    b.setUtf8(COL.raw, record.text);
    const result = write(this.writer);
    const batch = b.commit();
    if (batch) this.sink.batch(batch, this.events);
    if (result.timeSource === '@timestamp') this.timestampFallbacks++;
    if (result.timeSource === null) {
      const why = result.badTime === undefined ? 'has no eventTime' : `has no usable time (${result.badTime} is not a time stamp)`;
      this.noise('no-time', record, `${why}; kept with no time`);
    }
    if (result.cuts.length > 0) this.warn(record, `has more fields than a row keeps: ${result.cuts.join(', ')}`);
  }

  private noise(kind: NoisyKind, record: { offset: number; line: number }, message: string): void {
    const count = (this.noisy.get(kind) ?? 0) + 1;
    this.noisy.set(kind, count);
    if (count <= REPORTED_PER_KIND) this.warn(record, message);
  }

  private warn(record: { offset: number; line: number }, message: string): void {
    this.sink.warning({ offset: record.offset, line: record.line, message: `the record at line ${record.line} (byte ${record.offset}) ${message}` });
  }

  private onProblem(problem: JsonProblem, offsetShift: number, lineShift: number): void {
    const warning: ParseWarning = offsetShift === 0 && lineShift === 0 ? problem : {
      offset: problem.offset + offsetShift,
      line: problem.line + lineShift,
      message: problem.message.replace(/line \d+ \(byte \d+\)/, `line ${problem.line + lineShift} (byte ${problem.offset + offsetShift})`),
    };
    if (problem.kind === 'not-json') {
      const count = (this.noisy.get('not-json') ?? 0) + 1;
      this.noisy.set('not-json', count);
      if (count > REPORTED_PER_KIND) return;
    }
    this.sink.warning({ offset: warning.offset, line: warning.line, message: warning.message });
  }
}
