/**
 * Streaming reader of Kubernetes API-server audit logs: `audit.k8s.io` Event objects (v1,
 * v1beta1, v1alpha1) as JSON lines (the log backend), one JSON array, an `EventList`
 * (`{"kind":"EventList","items":[…]}`, the webhook backend's body) or an array of EventLists.
 * `JsonRecordSplitter` finds the records; an EventList it hands over whole (inside an array) is
 * split again so each event keeps its own byte range.
 *
 * Every stage of a request is kept as its own row (RequestReceived, ResponseStarted,
 * ResponseComplete, Panic share an auditID): choosing one row per auditID is a view policy, applied
 * by engine/derive/k8s-stages.ts with `hidden`, so nothing is dropped here.
 */
import { COL } from '../common/arrow-schema.js';
import { EventBatchBuilder } from '../common/event-batch-builder.js';
import { type JsonProblem, type JsonRecord, JsonRecordSplitter } from '../common/json-records.js';
import { type FormatReader, type ReaderSink } from '../common/reader.js';
import { type ParseOptions } from '../common/types.js';
import { type AuditRecord, AuditEventWriter, classifyRecord } from './audit-event.js';

/** `not-json` lines reported one by one before they are only counted. */
const NOT_JSON_REPORTED = 10;

/** Limits of the reader (tests lower them). */
export interface K8sAuditLimits {
  /** records above this many bytes are skipped (default: the splitter's, 64 MiB) */
  readonly maxRecordBytes?: number;
}

/** Reads Kubernetes audit events pushed in chunks of bytes. */
export class K8sAuditReader implements FormatReader {
  private readonly builder: EventBatchBuilder;
  private readonly writer: AuditEventWriter;
  private readonly splitter: JsonRecordSplitter;
  private readonly encoder = new TextEncoder();
  private events = 0;
  private notJson = 0;
  private skipped = 0;

  constructor(private readonly options: ParseOptions, private readonly sink: ReaderSink, private readonly limits: K8sAuditLimits = {}) {
    this.builder = new EventBatchBuilder(options.batchRows);
    this.writer = new AuditEventWriter(this.builder);
    this.splitter = new JsonRecordSplitter((r) => this.onRecord(r, 0), (p) => this.onProblem(p), { maxRecordBytes: limits.maxRecordBytes });
  }

  push(chunk: Uint8Array): void {
    this.splitter.push(chunk);
  }

  finish(): void {
    this.splitter.finish();
    if (this.notJson > NOT_JSON_REPORTED) {
      this.sink.warning({ offset: 0, message: `${this.notJson} lines in all were not JSON and were skipped (the first ${NOT_JSON_REPORTED} were reported one by one)` });
    }
    if (this.skipped > 0 && this.events === 0) {
      this.sink.warning({ offset: 0, message: `none of the ${this.skipped} JSON records was a Kubernetes audit event` });
    }
    const batch = this.builder.flush();
    if (batch) this.sink.batch(batch, this.events);
  }

  /** One record at `depth` 0 (from the input) or 1 (an item of an EventList found inside an array). */
  private onRecord(record: JsonRecord, depth: number): void {
    const found = classifyRecord(record.value);
    if (found.kind === 'list') return this.onList(record, depth);
    if (found.kind === 'skip') {
      this.skipped++;
      this.sink.warning({ offset: record.offset, line: record.line, message: `the JSON record at line ${record.line} (byte ${record.offset}) was skipped: ${found.why}` });
      return;
    }
    this.events++;
    const b = this.builder;
    b.setInt64(COL.evt_num, this.options.evtNumBase + this.events);
    b.setInt32(COL.source_id, this.options.sourceId);
    b.setUtf8(COL.source_kind, 'k8saudit');
    this.writer.write(record as AuditRecord, (message) => {
      this.sink.warning({ offset: record.offset, line: record.line, message: `audit event at line ${record.line} (byte ${record.offset}): ${message}` });
    });
    const batch = b.commit();
    if (batch) this.sink.batch(batch, this.events);
  }

  /** An EventList the outer splitter kept whole: its items, each with its own byte range. */
  private onList(list: JsonRecord, depth: number): void {
    if (depth > 0) {
      this.skipped++;
      this.sink.warning({ offset: list.offset, line: list.line, message: `an EventList nested in an EventList at line ${list.line} (byte ${list.offset}) was skipped` });
      return;
    }
    const items = (list.value as { items?: unknown }).items;
    if (!Array.isArray(items) || items.length === 0) return;
    const shift = (r: { offset: number; line: number }) => ({ offset: list.offset + r.offset, line: list.line + r.line - 1 });
    const inner = new JsonRecordSplitter(
      (r) => this.onRecord({ ...r, ...shift(r) }, depth + 1),
      (p) => this.onProblem({ ...p, ...shift(p), message: `inside the EventList at line ${list.line} (byte ${list.offset}): ${p.message}` }),
      { wrapperKeys: ['items'], maxRecordBytes: this.limits.maxRecordBytes },
    );
    inner.push(this.encoder.encode(list.text));
    inner.finish();
  }

  private onProblem(problem: JsonProblem): void {
    if (problem.kind === 'not-json' && ++this.notJson > NOT_JSON_REPORTED) return;
    this.sink.warning({ offset: problem.offset, line: problem.line, message: problem.message });
  }
}
