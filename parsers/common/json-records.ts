/**
 * Splits a byte stream of JSON log records into records, whatever way the exporter packed them:
 * JSON lines, pretty-printed objects one after another, one top-level array of records, or a
 * wrapper object holding the records in an array member (`{"Records": […]}` of CloudTrail S3
 * files, `{"items": […]}` of a Kubernetes List, `{"value": […]}` of Graph exports, …). Each
 * record keeps its byte offset, byte length and 1-based line in the input, so a row can point
 * back at its exact record.
 *
 * Records are found by scanning brackets and strings, not by trusting commas: a file of objects
 * with missing commas (hand-concatenated exports) still splits. Damage is reported through
 * `onProblem` and skipped; nothing throws:
 * - text outside any record (journal lines, banners) is skipped a line at a time (`not-json`);
 * - a record that JSON.parse rejects is skipped (`bad-json`);
 * - a raw line break inside a string, or inside a record of a JSON-lines input, ends that record
 *   as broken (`bad-json`) and scanning resumes on the next line;
 * - a record larger than `maxRecordBytes` is skipped without being buffered (`too-big`);
 * - a record the input ends inside is reported (`truncated`);
 * - invalid UTF-8 inside a record is replaced by U+FFFD and reported (`utf8`); the record is kept.
 */

/** Where a record came from in the (decompressed) input. */
export interface JsonRecordPosition {
  /** byte offset of the record's first byte */
  readonly offset: number;
  /** byte length of the record's text */
  readonly length: number;
  /** 1-based line the record starts on */
  readonly line: number;
}

/** A record as parsed, with its source text (for the `raw` column). */
export interface JsonRecord extends JsonRecordPosition {
  readonly value: unknown;
  readonly text: string;
}

export type JsonProblemKind = 'not-json' | 'bad-json' | 'too-big' | 'truncated' | 'utf8';

/** Something skipped or repaired. `offset`/`line` point at where it starts. */
export interface JsonProblem {
  readonly kind: JsonProblemKind;
  readonly offset: number;
  readonly line: number;
  readonly message: string;
}

export interface JsonRecordSplitterOptions {
  /** records above this many bytes are skipped (default 64 MiB) */
  readonly maxRecordBytes?: number;
  /** member names of a top-level object whose array value holds the records */
  readonly wrapperKeys?: readonly string[];
}

/** The wrapper members known from real exports. */
export const DEFAULT_WRAPPER_KEYS: readonly string[] = ['Records', 'records', 'items', 'value', 'entries', 'Events'];
export const DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024;

const LF = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;

const fatalDecoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8');

/** Outside a record: where the scanner is. */
const enum Mode {
  /** between top-level values */
  Top,
  /** skipping the rest of a line that is not JSON, or after a broken record */
  SkipLine,
  /** inside a top-level array or a wrapper's records array, between records */
  InList,
  /** inside a wrapper object, after its records array: skipping to its end */
  AfterList,
}

/** Push-style splitter: `push(chunk)` … `finish()`. */
export class JsonRecordSplitter {
  private readonly maxRecordBytes: number;
  private readonly wrapperKeys: ReadonlySet<string>;

  private mode = Mode.Top;
  /** depth of the container holding records when in a list (1: top array, 2: wrapper array) */
  private listDepth = 0;
  /** absolute offset of the next byte to scan */
  private offset = 0;
  private line = 1;

  // the record (or candidate wrapper) being scanned
  private inRecord = false;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private recordStart = 0;
  private recordLine = 0;
  private buffer = new Uint8Array(4096);
  private bufferLength = 0;
  /** the record outgrew maxRecordBytes: its bytes are no longer kept */
  private oversized = false;
  /** the record is a top-level object that may still turn out to be a wrapper */
  private maybeWrapper = false;
  /** at depth 1 of a candidate wrapper: the next string is a member name */
  private expectKey = false;
  private keyStart = -1;
  private lastKey: string | null = null;
  /** every record so far started and ended on one line: line breaks end broken records */
  private linesMode: boolean | null = null;
  // depth of the wrapper while skipping to its end
  private skipDepth = 0;
  private skipInString = false;
  private skipEscaped = false;

  constructor(
    private readonly onRecord: (record: JsonRecord) => void,
    private readonly onProblem: (problem: JsonProblem) => void,
    options: JsonRecordSplitterOptions = {},
  ) {
    this.maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
    this.wrapperKeys = new Set(options.wrapperKeys ?? DEFAULT_WRAPPER_KEYS);
  }

  /** Bytes scanned so far. */
  get consumedBytes(): number {
    return this.offset;
  }

  push(chunk: Uint8Array): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.inRecord) i = this.scanRecord(chunk, i);
      else i = this.scanBetween(chunk, i);
    }
  }

  /** The input ended. */
  finish(): void {
    if (this.inRecord) {
      this.onProblem({
        kind: 'truncated', offset: this.recordStart, line: this.recordLine,
        message: `the input ends inside a JSON record that starts at line ${this.recordLine} (byte ${this.recordStart}); the record was skipped`,
      });
      this.resetRecord();
    }
  }

  /** Scans between records; returns the index of the first byte not consumed. */
  private scanBetween(chunk: Uint8Array, i: number): number {
    for (; i < chunk.length; i++, this.offset++) {
      const b = chunk[i];
      if (b === LF) { this.line++; if (this.mode === Mode.SkipLine) this.mode = this.listDepth > 0 ? Mode.InList : Mode.Top; continue; }
      if (this.mode === Mode.SkipLine) continue;
      if (this.mode === Mode.AfterList) { this.skipWrapperByte(b); continue; }
      if (b === 0x20 || b === 0x09 || b === 0x0d || b === COMMA) continue;
      if (this.mode === Mode.Top && i === 0 && this.offset === 0 && b === 0xef) continue; // UTF-8 byte-order mark
      if (this.mode === Mode.Top && this.offset <= 2 && (b === 0xbb || b === 0xbf)) continue;
      if (b === OPEN_OBJECT) { this.startRecord(this.mode === Mode.Top); return i; }
      if (this.mode === Mode.Top && b === OPEN_ARRAY) { this.mode = Mode.InList; this.listDepth = 1; continue; }
      if (this.mode === Mode.InList && b === CLOSE_ARRAY) {
        if (this.listDepth === 2) { this.mode = Mode.AfterList; this.skipDepth = 1; } else { this.mode = Mode.Top; }
        this.listDepth = 0;
        continue;
      }
      this.onProblem({
        kind: 'not-json', offset: this.offset, line: this.line,
        message: `line ${this.line} (byte ${this.offset}) is not a JSON record; the line was skipped`,
      });
      this.mode = Mode.SkipLine;
    }
    return i;
  }

  /** After a wrapper's records array: skips the wrapper's remaining members up to its `}`. */
  private skipWrapperByte(b: number): void {
    if (this.skipInString) {
      if (this.skipEscaped) this.skipEscaped = false;
      else if (b === BACKSLASH) this.skipEscaped = true;
      else if (b === QUOTE) this.skipInString = false;
      return;
    }
    if (b === QUOTE) this.skipInString = true;
    else if (b === OPEN_OBJECT || b === OPEN_ARRAY) this.skipDepth++;
    else if ((b === CLOSE_OBJECT || b === CLOSE_ARRAY) && --this.skipDepth === 0) this.mode = Mode.Top;
  }

  private startRecord(mayBeWrapper: boolean): void {
    this.inRecord = true;
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    this.recordStart = this.offset;
    this.recordLine = this.line;
    this.bufferLength = 0;
    this.oversized = false;
    this.maybeWrapper = mayBeWrapper;
    this.expectKey = false;
    this.keyStart = -1;
    this.lastKey = null;
  }

  private resetRecord(): void {
    this.inRecord = false;
    this.bufferLength = 0;
    this.oversized = false;
    if (this.buffer.length > 1 << 20) this.buffer = new Uint8Array(4096);
  }

  /** Scans inside a record; returns the index of the first byte not consumed. */
  private scanRecord(chunk: Uint8Array, start: number): number {
    let i = start;
    let ended = false;
    for (; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === LF) {
        if (this.inString || (this.linesMode === true && this.depth > 0)) {
          this.keep(chunk, start, i);
          this.offset += i - start;
          this.broken(this.inString ? 'a line break inside a string' : 'the line ends before the record does');
          return i; // the line feed is scanned again between records
        }
        this.line++;
        continue;
      }
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (b === BACKSLASH) this.escaped = true;
        else if (b === QUOTE) {
          this.inString = false;
          if (this.keyStart >= 0) this.endKey(chunk, start, i);
        }
        continue;
      }
      if (b === QUOTE) {
        this.inString = true;
        if (this.maybeWrapper && this.depth === 1 && this.expectKey) this.keyStart = this.bufferLength + (i - start);
      } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
        if (b === OPEN_ARRAY && this.maybeWrapper && this.depth === 1 && this.lastKey !== null && this.wrapperKeys.has(this.lastKey)) {
          // `{"Records": [` — the object is a wrapper: its array's elements are the records
          this.offset += i + 1 - start;
          this.inRecord = false;
          this.bufferLength = 0;
          this.mode = Mode.InList;
          this.listDepth = 2;
          return i + 1;
        }
        this.depth++;
        if (this.depth === 1) this.expectKey = true;
      } else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
        if (--this.depth === 0) { i++; ended = true; break; }
      } else if (this.depth === 1 && this.maybeWrapper) {
        if (b === COMMA) this.expectKey = true;
        else if (b === COLON) this.expectKey = false;
      }
    }
    this.keep(chunk, start, i);
    this.offset += i - start;
    if (ended) this.endRecord();
    return i;
  }

  /** Decodes the member name that just closed (its bytes are in buffer + chunk). */
  private endKey(chunk: Uint8Array, start: number, quoteAt: number): void {
    const keyStart = this.keyStart;
    this.keyStart = -1;
    if (this.oversized) return;
    this.keep(chunk, start, quoteAt);
    if (this.oversized) return;
    const bytes = this.buffer.subarray(keyStart + 1, this.bufferLength);
    this.lastKey = bytes.length <= 64 ? lenientDecoder.decode(bytes) : null;
    // the bytes of chunk[start, quoteAt) are kept now: drop them from the caller's pending slice
    this.bufferLength -= quoteAt - start;
  }

  /** Appends chunk[from, to) to the record buffer, unless the record is already too big. */
  private keep(chunk: Uint8Array, from: number, to: number): void {
    if (this.oversized || to <= from) return;
    const needed = this.bufferLength + (to - from);
    if (needed > this.maxRecordBytes) {
      this.oversized = true;
      this.bufferLength = 0;
      return;
    }
    if (needed > this.buffer.length) {
      const grown = new Uint8Array(Math.min(Math.max(needed, this.buffer.length * 2), this.maxRecordBytes));
      grown.set(this.buffer.subarray(0, this.bufferLength));
      this.buffer = grown;
    }
    this.buffer.set(chunk.subarray(from, to), this.bufferLength);
    this.bufferLength = needed;
  }

  private broken(why: string): void {
    this.onProblem({
      kind: 'bad-json', offset: this.recordStart, line: this.recordLine,
      message: `the JSON record at line ${this.recordLine} (byte ${this.recordStart}) is broken: ${why}; it was skipped`,
    });
    this.resetRecord();
    this.mode = Mode.SkipLine;
  }

  private endRecord(): void {
    const position = { offset: this.recordStart, length: this.offset - this.recordStart, line: this.recordLine };
    const singleLine = this.line === this.recordLine;
    if (this.linesMode === null) this.linesMode = singleLine && this.listDepth === 0;
    else if (!singleLine) this.linesMode = false;
    if (this.oversized) {
      this.onProblem({
        kind: 'too-big', ...position,
        message: `the JSON record at line ${position.line} (byte ${position.offset}) is ${position.length} bytes, over the ${this.maxRecordBytes}-byte limit; it was skipped`,
      });
      this.resetRecord();
      return;
    }
    const bytes = this.buffer.subarray(0, this.bufferLength);
    let text: string;
    try {
      text = fatalDecoder.decode(bytes);
    } catch {
      text = lenientDecoder.decode(bytes);
      this.onProblem({
        kind: 'utf8', ...position,
        message: `the JSON record at line ${position.line} (byte ${position.offset}) holds bytes that are not UTF-8; they were replaced by U+FFFD`,
      });
    }
    this.resetRecord();
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.onProblem({
        kind: 'bad-json', ...position,
        message: `the JSON record at line ${position.line} (byte ${position.offset}) is not valid JSON (${error instanceof Error ? error.message : String(error)}); it was skipped`,
      });
      return;
    }
    this.onRecord({ ...position, value, text });
  }
}

/**
 * Splits a whole in-memory text (the first bytes of an input, for sniffing): the complete records
 * it holds, at most `limit`.
 */
export function firstJsonRecords(head: Uint8Array, limit = 8): unknown[] {
  const records: unknown[] = [];
  const splitter = new JsonRecordSplitter((r) => { if (records.length < limit) records.push(r.value); }, () => {});
  splitter.push(head);
  return records;
}
