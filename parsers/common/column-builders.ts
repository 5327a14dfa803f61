/**
 * Fixed-capacity Arrow column builders over typed arrays. Rows are written by index (a row that
 * is never written is null), and `finish` wraps the arrays with `makeData` — much faster than
 * apache-arrow's generic builders (../shared/docs/toolchain-notes.md).
 *
 * Buffers are allocated when a column is first written in a batch: most of the `events` columns
 * stay null for a given reader, and those are finished with zero-filled arrays of the batch's
 * length instead of capacity-sized ones. Every buffer gets its own ArrayBuffer: apache-arrow's IPC
 * writer merges views of one ArrayBuffer that overlap, so sharing a zero buffer corrupts streams.
 */
import { type Binary, type Bool, type Data, type Int32, type Int64, type List, type Map_, type Struct, Utf8, makeData } from 'apache-arrow';

/** Shared validity bookkeeping: one bit per row, set when the row has a value. */
abstract class ColumnBuilderBase {
  private validity: Uint8Array | null = null;

  constructor(protected readonly capacity: number) {}

  /** True when no row of the current batch has a value. */
  protected get isEmpty(): boolean {
    return this.validity === null;
  }

  /** Sets the row's validity bit; the valid rows are counted once, in `takeValidity`. */
  protected markValid(row: number): void {
    const validity = this.validity ??= new Uint8Array((this.capacity + 7) >> 3);
    validity[row >> 3] |= 1 << (row & 7);
  }

  protected takeValidity(length: number): { nullCount: number; nullBitmap: Uint8Array } {
    const bytes = (length + 7) >> 3;
    const nullBitmap = this.validity === null ? new Uint8Array(bytes) : this.validity.subarray(0, bytes);
    const nullCount = this.validity === null ? length : length - countValid(this.validity, length);
    this.validity = null;
    return { nullCount, nullBitmap };
  }

  /** Wraps the rows `0..length-1` as Arrow data and starts a fresh, empty column. */
  abstract finish(length: number): Data;
}

/** Set bits of each byte value. */
const BIT_COUNT = Uint8Array.from({ length: 256 }, (_, b) => {
  let n = 0;
  for (let v = b; v !== 0; v &= v - 1) n++;
  return n;
});

/** Rows `0..length-1` whose validity bit is set. */
function countValid(validity: Uint8Array, length: number): number {
  const whole = length >> 3;
  let count = 0;
  for (let i = 0; i < whole; i++) count += BIT_COUNT[validity[i]];
  if ((length & 7) !== 0) count += BIT_COUNT[validity[whole] & ((1 << (length & 7)) - 1)];
  return count;
}

const TWO_32 = 0x1_0000_0000;

/** int64 column (BigInt64Array; safe-integer numbers are written as two int32 halves, no BigInt). */
export class Int64ColumnBuilder extends ColumnBuilderBase {
  private values: BigInt64Array | null = null;
  private halves: Int32Array | null = null;
  constructor(capacity: number, private readonly type: Int64) {
    super(capacity);
  }
  set(row: number, value: bigint): void {
    (this.values ?? this.allocate())[row] = value;
    this.markValid(row);
  }
  /** Sets a safe integer (little-endian halves: Arrow buffers are little-endian, as are the hosts we run on). */
  setNumber(row: number, value: number): void {
    const halves = this.halves ?? (this.allocate(), this.halves as unknown as Int32Array);
    const high = Math.floor(value / TWO_32);
    halves[row * 2] = value - high * TWO_32;
    halves[row * 2 + 1] = high;
    this.markValid(row);
  }
  private allocate(): BigInt64Array {
    this.values = new BigInt64Array(this.capacity);
    this.halves = new Int32Array(this.values.buffer);
    return this.values;
  }
  finish(length: number): Data<Int64> {
    const data = this.values === null ? new BigInt64Array(length) : this.values.subarray(0, length);
    const result = makeData({ type: this.type, length, ...this.takeValidity(length), data });
    this.values = null;
    this.halves = null;
    return result;
  }
}

/** int32 column. */
export class Int32ColumnBuilder extends ColumnBuilderBase {
  private values: Int32Array | null = null;
  constructor(capacity: number, private readonly type: Int32) {
    super(capacity);
  }
  set(row: number, value: number): void {
    (this.values ??= new Int32Array(this.capacity))[row] = value;
    this.markValid(row);
  }
  finish(length: number): Data<Int32> {
    const data = this.values === null ? new Int32Array(length) : this.values.subarray(0, length);
    const result = makeData({ type: this.type, length, ...this.takeValidity(length), data });
    this.values = null;
    return result;
  }
}

/** Boolean column (bit-packed values). */
export class BoolColumnBuilder extends ColumnBuilderBase {
  private values: Uint8Array | null = null;
  constructor(capacity: number, private readonly type: Bool) {
    super(capacity);
  }
  set(row: number, value: boolean): void {
    const values = this.values ??= new Uint8Array((this.capacity + 7) >> 3);
    if (value) values[row >> 3] |= 1 << (row & 7);
    else values[row >> 3] &= ~(1 << (row & 7));
    this.markValid(row);
  }
  finish(length: number): Data<Bool> {
    const bytes = (length + 7) >> 3;
    const data = this.values === null ? new Uint8Array(bytes) : this.values.subarray(0, bytes);
    const result = makeData({ type: this.type, length, ...this.takeValidity(length), data });
    this.values = null;
    return result;
  }
}

/** Variable-length column (utf8 or binary): offsets plus a growing byte buffer. */
abstract class VarColumnBuilder<T extends Utf8 | Binary> extends ColumnBuilderBase {
  protected bytes: Uint8Array = EMPTY;
  protected byteLength = 0;
  private offsets: Int32Array | null = null;
  /** rows up to here have their end offset written */
  private filledRows = 0;

  constructor(capacity: number, private readonly type: T) {
    super(capacity);
  }

  protected beginRow(row: number, maxBytes: number): void {
    this.fillOffsetsTo(row);
    const needed = this.byteLength + maxBytes;
    if (needed > this.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2, 1024));
      grown.set(this.bytes.subarray(0, this.byteLength));
      this.bytes = grown;
    }
  }

  protected endRow(row: number): void {
    (this.offsets as Int32Array)[row + 1] = this.byteLength;
    this.filledRows = row + 1;
    this.markValid(row);
  }

  private fillOffsetsTo(row: number): void {
    const offsets = this.offsets ??= new Int32Array(this.capacity + 1);
    if (this.filledRows < row) offsets.fill(this.byteLength, this.filledRows + 1, row + 1);
    this.filledRows = Math.max(this.filledRows, row);
  }

  finish(length: number): Data<T> {
    if (this.isEmpty) {
      const offsets = new Int32Array(length + 1);
      return makeData({ type: this.type, length, ...this.takeValidity(length), valueOffsets: offsets, data: EMPTY } as never) as unknown as Data<T>;
    }
    this.fillOffsetsTo(length);
    const validity = this.takeValidity(length);
    const data = makeData({
      type: this.type, length, ...validity,
      valueOffsets: (this.offsets as Int32Array).subarray(0, length + 1),
      data: this.bytes.slice(0, this.byteLength),
    } as never) as unknown as Data<T>;
    this.offsets = null;
    this.byteLength = 0;
    this.filledRows = 0;
    return data;
  }
}

const EMPTY = new Uint8Array(0);
/** Repeats at least this long are copied from the previous cell instead of encoded again. */
const REPEAT_COPY_MIN = 24;
/** Below this many UTF-16 units the JS loop beats TextEncoder.encodeInto's call overhead. */
const NATIVE_ENCODE_MIN = 48;
const encoder = new TextEncoder();

/** utf8 column filled from JS strings (encoded here, lone surrogates become U+FFFD). */
export class Utf8ColumnBuilder extends VarColumnBuilder<Utf8> {
  /** the last string written and where its bytes are: a repeat (same process name, command line…) is copied, not re-encoded */
  private lastValue: string | null = null;
  private lastStart = 0;
  private lastEnd = 0;

  set(row: number, value: string): void {
    if (value === this.lastValue && value.length >= REPEAT_COPY_MIN) return this.repeatLast(row);
    this.beginRow(row, value.length * 3);
    const start = this.byteLength;
    this.byteLength = value.length < NATIVE_ENCODE_MIN
      ? encodeUtf8(value, this.bytes, start)
      : start + encoder.encodeInto(value, this.bytes.subarray(start)).written;
    this.lastValue = value;
    this.lastStart = start;
    this.lastEnd = this.byteLength;
    this.endRow(row);
  }

  /** Appends bytes the caller knows to be valid UTF-8. */
  setBytes(row: number, value: Uint8Array): void {
    this.beginRow(row, value.length);
    this.bytes.set(value, this.byteLength);
    this.byteLength += value.length;
    this.endRow(row);
  }

  override finish(length: number): Data<Utf8> {
    this.lastValue = null;
    return super.finish(length);
  }

  private repeatLast(row: number): void {
    const size = this.lastEnd - this.lastStart;
    this.beginRow(row, size);
    this.bytes.copyWithin(this.byteLength, this.lastStart, this.lastEnd);
    this.lastStart = this.byteLength;
    this.byteLength += size;
    this.lastEnd = this.byteLength;
    this.endRow(row);
  }
}

/** binary column filled from bytes. */
export class BinaryColumnBuilder extends VarColumnBuilder<Binary> {
  set(row: number, value: Uint8Array): void {
    this.beginRow(row, value.length);
    this.bytes.set(value, this.byteLength);
    this.byteLength += value.length;
    this.endRow(row);
  }
}

/** Writes `text` as UTF-8 into `out` at `at` (room for 3 bytes per UTF-16 unit); returns the end. */
export function encodeUtf8(text: string, out: Uint8Array, at: number): number {
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) { out[at++] = c; continue; }
    if (c < 0x800) { out[at++] = 0xc0 | (c >> 6); out[at++] = 0x80 | (c & 63); continue; }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        out[at++] = 0xf0 | (c >> 18); out[at++] = 0x80 | ((c >> 12) & 63);
        out[at++] = 0x80 | ((c >> 6) & 63); out[at++] = 0x80 | (c & 63);
        continue;
      }
      c = 0xfffd;
    }
    out[at++] = 0xe0 | (c >> 12); out[at++] = 0x80 | ((c >> 6) & 63); out[at++] = 0x80 | (c & 63);
  }
  return at;
}

/**
 * The `attrs` column, MAP<utf8, LIST<utf8>>: per row, named lists of values. Values for the same
 * key in one row are appended to one list (DuckDB maps need unique keys). Rows are written in
 * order; a row with no entries is null. Log sources are thousands of rows per second, not
 * millions, so this keeps plain arrays and encodes them once per batch.
 */
export class AttrsColumnBuilder extends ColumnBuilderBase {
  private rowOffsets: number[] = [0];
  private rowsDone = 0;
  private keys: string[] = [];
  private values: string[][] = [];
  private pendingRow = -1;
  private pending = new Map<string, string[]>();

  constructor(capacity: number, private readonly type: Map_<Utf8, List<Utf8>>) {
    super(capacity);
  }

  /** Adds values under `key` for `row`; rows must be written in increasing order. */
  add(row: number, key: string, values: string | readonly string[]): void {
    if (row !== this.pendingRow) { this.closePending(); this.pendingRow = row; }
    const list = this.pending.get(key);
    if (list === undefined) this.pending.set(key, typeof values === 'string' ? [values] : [...values]);
    else if (typeof values === 'string') list.push(values);
    else list.push(...values);
    this.markValid(row);
  }

  private closePending(): void {
    if (this.pendingRow < 0) return;
    this.padTo(this.pendingRow);
    for (const [key, list] of this.pending) { this.keys.push(key); this.values.push(list); }
    this.rowOffsets.push(this.keys.length);
    this.rowsDone = this.pendingRow + 1;
    this.pending = new Map();
    this.pendingRow = -1;
  }

  private padTo(row: number): void {
    while (this.rowsDone < row) { this.rowOffsets.push(this.keys.length); this.rowsDone++; }
  }

  finish(length: number): Data<Map_<Utf8, List<Utf8>>> {
    this.closePending();
    this.padTo(length);
    const validity = this.takeValidity(length);
    const entryType = this.type.children[0].type as Struct;
    const listType = entryType.children[1].type as List<Utf8>;
    const keyData = utf8Data(this.keys);
    const itemOffsets = new Int32Array(this.values.length + 1);
    const items: string[] = [];
    this.values.forEach((list, i) => { items.push(...list); itemOffsets[i + 1] = items.length; });
    const itemData = utf8Data(items);
    const listData = makeData({ type: listType, length: this.values.length, nullCount: 0, valueOffsets: itemOffsets, child: itemData });
    const entries = makeData({ type: entryType, length: this.keys.length, nullCount: 0, children: [keyData, listData] });
    const data = makeData({
      type: this.type, length, ...validity, valueOffsets: Int32Array.from(this.rowOffsets.slice(0, length + 1)), child: entries,
    });
    this.rowOffsets = [0];
    this.rowsDone = 0;
    this.keys = [];
    this.values = [];
    return data;
  }
}

function utf8Data(strings: readonly string[]): Data<Utf8> {
  const offsets = new Int32Array(strings.length + 1);
  let size = 0;
  for (const s of strings) size += s.length * 3;
  const bytes = new Uint8Array(size);
  let at = 0;
  strings.forEach((s, i) => { at = encodeUtf8(s, bytes, at); offsets[i + 1] = at; });
  return makeData({ type: new Utf8(), length: strings.length, nullCount: 0, valueOffsets: offsets, data: bytes.slice(0, at) });
}
