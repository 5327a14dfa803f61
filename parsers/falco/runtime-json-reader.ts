/**
 * The streaming skeleton shared by the runtime-security JSON readers (Falco alerts, Tetragon
 * events, Tracee events): `JsonRecordSplitter` finds the records, a kind-specific
 * {@link RuntimeRecordWriter} decides whether a record is one of its events and fills the row.
 *
 * Noise is reported the way a person can act on it: text lines between records (journal and
 * banner lines of `journalctl -u falco`, tracee's log lines) are counted and reported once at the
 * end with the count and the first one's line and byte; JSON records of another shape are
 * reported one by one up to a cap, then counted; broken, huge, truncated and non-UTF-8 records
 * are reported one by one (the splitter skips or repairs them). Nothing throws.
 */
import { COL } from '../common/arrow-schema.js';
import { type EventBatchBuilder } from '../common/event-batch-builder.js';
import { type JsonProblem, type JsonRecord, JsonRecordSplitter } from '../common/json-records.js';
import { type FormatReader, type ReaderSink } from '../common/reader.js';
import { type ParseOptions, type SourceKind } from '../common/types.js';

/** Records of another shape reported one by one before they are only counted. */
const REPORTED_OTHER_RECORDS = 10;
/** Damaged records (bad JSON, truncated, too big, bad UTF-8) reported one by one before they are only counted. */
const REPORTED_DAMAGE = 100;

/** Default per-record size limit: runtime events are a few KiB; a line over 10 MiB is not one (issue 4, Bad input). */
export const DEFAULT_RUNTIME_MAX_RECORD_BYTES = 10 * 1024 * 1024;

/** Context a writer gets for one record. */
export interface RecordContext {
  readonly record: JsonRecord;
  /** reports a problem with this record (the row is kept) */
  warn(message: string): void;
}

/** What a kind-specific writer does with one parsed record. */
export interface RuntimeRecordWriter {
  /** null when `value` is an event of this kind, else why it is not (the record is skipped). */
  reject(value: unknown): string | null;
  /**
   * Fills the current row from an accepted record: every column but the identity ones
   * (evt_num, source_id, source_kind, src_offset, src_length, raw), which the reader sets.
   */
  write(context: RecordContext): void;
  /** Summary warnings the writer wants to give at the end (counted oddities), with an offset. */
  finish?(): readonly { offset: number; line?: number; message: string }[];
}

/** Limits of the reader (tests lower them). */
export interface RuntimeJsonLimits {
  /** records above this many bytes are skipped (default 10 MiB) */
  readonly maxRecordBytes?: number;
}

/** Reads one runtime-security JSON input; `kind` names it in rows and messages. */
export class RuntimeJsonReader implements FormatReader {
  private readonly splitter: JsonRecordSplitter;
  private events = 0;
  private notJson = 0;
  private firstNotJson: JsonProblem | null = null;
  private otherRecords = 0;
  private damaged = 0;

  constructor(
    private readonly options: ParseOptions,
    private readonly sink: ReaderSink,
    private readonly kind: SourceKind,
    private readonly label: string,
    private readonly builder: EventBatchBuilder,
    private readonly writer: RuntimeRecordWriter,
    limits: RuntimeJsonLimits = {},
  ) {
    this.splitter = new JsonRecordSplitter((r) => this.onRecord(r), (p) => this.onProblem(p), {
      maxRecordBytes: limits.maxRecordBytes ?? DEFAULT_RUNTIME_MAX_RECORD_BYTES,
      wrapperKeys: ['items', 'events'],
    });
  }

  push(chunk: Uint8Array): void {
    this.splitter.push(chunk);
  }

  finish(): void {
    this.splitter.finish();
    const first = this.firstNotJson;
    if (first !== null) {
      this.sink.warning({
        offset: first.offset, line: first.line,
        message: `${this.notJson} line${this.notJson === 1 ? ' was' : 's were'} not JSON (log or banner lines?) and ${this.notJson === 1 ? 'was' : 'were'} skipped; the first is line ${first.line} (byte ${first.offset})`,
      });
    }
    if (this.otherRecords > REPORTED_OTHER_RECORDS) {
      this.sink.warning({ offset: 0, message: `${this.otherRecords} JSON records in all were not ${this.label} events and were skipped (the first ${REPORTED_OTHER_RECORDS} were reported one by one)` });
    }
    if (this.damaged > REPORTED_DAMAGE) {
      this.sink.warning({ offset: 0, message: `${this.damaged} damaged JSON records in all were skipped or repaired (the first ${REPORTED_DAMAGE} were reported one by one)` });
    }
    for (const warning of this.writer.finish?.() ?? []) this.sink.warning(warning);
    const batch = this.builder.flush();
    if (batch) this.sink.batch(batch, this.events);
  }

  private onRecord(record: JsonRecord): void {
    const why = this.writer.reject(record.value);
    if (why !== null) {
      if (++this.otherRecords <= REPORTED_OTHER_RECORDS) {
        this.sink.warning({ offset: record.offset, line: record.line, message: `the JSON record at line ${record.line} (byte ${record.offset}) was skipped: ${why}` });
      }
      return;
    }
    this.events++;
    const b = this.builder;
    b.setInt64(COL.evt_num, this.options.evtNumBase + this.events);
    b.setInt32(COL.source_id, this.options.sourceId);
    b.setUtf8(COL.source_kind, this.kind);
    b.setInt64(COL.src_offset, record.offset);
    b.setInt32(COL.src_length, record.length);
    b.setUtf8(COL.raw, record.text);
    this.writer.write({
      record,
      warn: (message) => this.sink.warning({ offset: record.offset, line: record.line, message: `${this.label} event at line ${record.line} (byte ${record.offset}): ${message}` }),
    });
    const batch = b.commit();
    if (batch) this.sink.batch(batch, this.events);
  }

  private onProblem(problem: JsonProblem): void {
    if (problem.kind === 'not-json') {
      if (this.notJson++ === 0) this.firstNotJson = problem;
      return;
    }
    if (++this.damaged > REPORTED_DAMAGE) return;
    this.sink.warning({ offset: problem.offset, line: problem.line, message: problem.message });
  }
}
