/**
 * Streaming reader of Linux audit logs (`/var/log/audit/audit.log`: raw and ENRICHED formats,
 * `node=` prefixes, `ausearch --raw` and `ausearch -i` output). Lines become records
 * (record.ts), records become events (event-assembler.ts), events become rows (event-row.ts).
 *
 * Rows: `src_offset` is the event's first record, `src_length` reaches to the end of its last
 * record (records of other events read in between are inside that span), `raw` is the event's
 * record lines joined by `\n`. `evt_num` follows the order in which events complete.
 */
import { COL } from '../common/arrow-schema.js';
import { EventBatchBuilder } from '../common/event-batch-builder.js';
import { LineSplitter } from '../common/line-splitter.js';
import { type FormatReader, type ReaderSink } from '../common/reader.js';
import { type ParseOptions } from '../common/types.js';
import { type AuditEvent, DEFAULT_GRACE, EventAssembler, type GraceWindow } from './event-assembler.js';
import { type AuditRow, describeEvent } from './event-row.js';
import { type AuditRecord, parseRecord } from './record.js';

/** Longer lines are not audit records (the kernel's limit is 8970 bytes; ENRICHED adds little). */
export const MAX_LINE_BYTES = 1024 * 1024;
/** Per kind of skipped line, this many get a warning of their own; the rest are counted in one. */
const WARNINGS_PER_KIND = 100;
const PREVIEW = 80;

type SkipKind = 'comment' | 'junk';

/** Reads an audit log pushed in chunks of bytes; see the module comment. */
export class AuditdReader implements FormatReader {
  private readonly lines: LineSplitter;
  private readonly builder: EventBatchBuilder;
  private readonly assembler: EventAssembler;
  private readonly skipped: Record<SkipKind, number> = { comment: 0, junk: 0 };
  private events = 0;
  private hasWarnedLocalTime = false;

  constructor(private readonly options: ParseOptions, private readonly sink: ReaderSink, grace: GraceWindow = DEFAULT_GRACE) {
    this.builder = new EventBatchBuilder(options.batchRows);
    this.assembler = new EventAssembler({
      event: (event) => this.writeEvent(event),
      warning: (record, message) => sink.warning({ offset: record.offset, line: record.lineNumber, message: `Line ${record.lineNumber}: ${message}` }),
    }, grace);
    this.lines = new LineSplitter((text, offset, length, lineNumber, isTerminated) => this.onLine(text, offset, length, lineNumber, isTerminated));
  }

  push(chunk: Uint8Array): void {
    this.lines.push(chunk);
  }

  finish(): void {
    this.lines.finish();
    this.assembler.flush();
    this.reportSkipped('comment', 'comment lines (# …)');
    this.reportSkipped('junk', 'lines that are not audit records');
    const batch = this.builder.flush();
    if (batch) this.sink.batch(batch, this.events);
  }

  private onLine(text: string, offset: number, length: number, lineNumber: number, isTerminated: boolean): void {
    if (length > MAX_LINE_BYTES) {
      this.sink.warning({ offset, line: lineNumber, message: `Line ${lineNumber} is ${length} bytes long, longer than any audit record (${MAX_LINE_BYTES} bytes at most); skipped` });
      return;
    }
    const line = text.trim();
    if (line === '') return;
    if (line.startsWith('#')) return this.skip('comment', offset, lineNumber, `Line ${lineNumber} is a comment, skipped: ${preview(line)}`);
    // ausearch's separators between events
    if (line.startsWith('----') || line.startsWith('time->')) return;
    const record = parseRecord(line.length === text.length ? text : text.replace(/^\s+/, ''), { offset, length, lineNumber });
    if ('problem' in record) return this.skip('junk', offset, lineNumber, `Line ${lineNumber} is ${record.problem}, skipped: ${preview(line)}`);
    if (!isTerminated) {
      this.sink.warning({ offset, line: lineNumber, message: `Line ${lineNumber}: the input ends inside this line (no line end); its record was read as it is and may be cut off` });
    }
    if (record.isInterpreted && !this.hasWarnedLocalTime) {
      this.hasWarnedLocalTime = true;
      this.sink.warning({ offset, line: lineNumber, message: `Line ${lineNumber}: ausearch -i output prints local times without a zone; they are taken as UTC` });
    }
    this.assembler.add(record);
  }

  private skip(kind: SkipKind, offset: number, lineNumber: number, message: string): void {
    if (++this.skipped[kind] <= WARNINGS_PER_KIND) this.sink.warning({ offset, line: lineNumber, message });
  }

  private reportSkipped(kind: SkipKind, what: string): void {
    const more = this.skipped[kind] - WARNINGS_PER_KIND;
    if (more > 0) {
      this.sink.warning({ offset: this.lines.consumedBytes, message: `${more} more ${what} were skipped (${this.skipped[kind]} in all; only the first ${WARNINGS_PER_KIND} were listed)` });
    }
  }

  private writeEvent(event: AuditEvent): void {
    const row = describeEvent(event);
    for (const problem of row.problems) {
      const { record } = problem;
      this.sink.warning({ offset: record.offset, line: record.lineNumber, message: `Line ${record.lineNumber}: ${problem.message}` });
    }
    this.writeRow(event.records, row);
    this.events++;
    const batch = this.builder.commit();
    if (batch) this.sink.batch(batch, this.events);
  }

  private writeRow(records: readonly AuditRecord[], row: AuditRow): void {
    const b = this.builder;
    const first = records[0];
    let end = 0;
    for (const r of records) end = Math.max(end, r.offset + r.length);
    b.setInt64(COL.evt_num, this.options.evtNumBase + this.events + 1);
    b.setInt32(COL.source_id, this.options.sourceId);
    b.setUtf8(COL.source_kind, 'auditd');
    b.setInt64(COL.src_offset, first.offset);
    b.setInt32(COL.src_length, end - first.offset);
    b.setInt64(COL.ts, row.tsNs);
    b.setUtf8(COL.evt_type, row.evtType);
    b.setUtf8(COL.evt_category, row.category);
    if (row.res !== null) b.setInt64(COL.res, row.res);
    if (row.failed !== null) b.setBool(COL.failed, row.failed);
    if (row.errnoName !== null) b.setUtf8(COL.errno_name, row.errnoName);
    setInt(b, COL.pid, row.pid);
    setInt(b, COL.tid, row.pid);
    setInt(b, COL.ppid, row.ppid);
    setInt(b, COL.uid, row.uid);
    setInt(b, COL.gid, row.gid);
    setText(b, COL.user_name, row.userName);
    setText(b, COL.proc_name, row.procName);
    setText(b, COL.exe, row.exe);
    setText(b, COL.cmdline, row.cmdline);
    setText(b, COL.cwd, row.cwd);
    setText(b, COL.fd_name, row.fdName);
    setText(b, COL.fd_type, row.fdType);
    setText(b, COL.fd_cip, row.clientIp);
    if (row.clientPort !== null) b.setInt32(COL.fd_cport, row.clientPort);
    setText(b, COL.fd_sip, row.serverIp);
    if (row.serverPort !== null) b.setInt32(COL.fd_sport, row.serverPort);
    setText(b, COL.actor, row.actor);
    setText(b, COL.src_ip, row.srcIp);
    setText(b, COL.outcome, row.outcome);
    if (row.args !== '') b.setUtf8(COL.args, row.args);
    b.setUtf8(COL.args_json, row.argsJson);
    b.setUtf8(COL.raw, records.map((r) => r.text).join('\n'));
    for (const [key, values] of row.attrs) b.addAttr(key, values);
  }
}

function setInt(b: EventBatchBuilder, col: number, value: number | null): void {
  if (value !== null && Number.isSafeInteger(value)) b.setInt64(col, value);
}

function setText(b: EventBatchBuilder, col: number, value: string | null): void {
  if (value !== null) b.setUtf8(col, value);
}

function preview(text: string): string {
  return JSON.stringify(text.length > PREVIEW ? `${text.slice(0, PREVIEW)}…` : text);
}
