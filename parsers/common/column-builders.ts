/**
 * Fixed-capacity Arrow column builders over typed arrays. Rows are written by index (a row that
 * is never written is null), and `finish` wraps the arrays with `makeData` — much faster than
 * apache-arrow's generic builders (../shared/docs/toolchain-notes.md).
 */
import { type Binary, type Bool, type Data, type Int32, type Int64, type Utf8, makeData } from 'apache-arrow';

/** Shared validity bookkeeping: one bit per row, set when the row has a value. */
abstract class ColumnBuilderBase {
  protected validity: Uint8Array;
  protected validCount = 0;

  constructor(protected readonly capacity: number) {
    this.validity = new Uint8Array((capacity + 7) >> 3);
  }

  protected markValid(row: number): void {
    const mask = 1 << (row & 7);
    const at = row >> 3;
    if ((this.validity[at] & mask) === 0) {
      this.validity[at] |= mask;
      this.validCount++;
    }
  }

  protected takeValidity(length: number): { nullCount: number; nullBitmap: Uint8Array } {
    const nullBitmap = this.validity.subarray(0, (length + 7) >> 3);
    const nullCount = length - this.validCount;
    this.validity = new Uint8Array(this.validity.length);
    this.validCount = 0;
    return { nullCount, nullBitmap };
  }

  /** Wraps the rows `0..length-1` as Arrow data and starts a fresh, empty column. */
  abstract finish(length: number): Data;
}

/** int64 column (BigInt64Array). */
export class Int64ColumnBuilder extends ColumnBuilderBase {
  private values: BigInt64Array;
  constructor(capacity: number, private readonly type: Int64) {
    super(capacity);
    this.values = new BigInt64Array(capacity);
  }
  set(row: number, value: bigint): void {
    this.values[row] = value;
    this.markValid(row);
  }
  finish(length: number): Data<Int64> {
    const data = makeData({ type: this.type, length, ...this.takeValidity(length), data: this.values.subarray(0, length) });
    this.values = new BigInt64Array(this.capacity);
    return data;
  }
}

/** int32 column. */
export class Int32ColumnBuilder extends ColumnBuilderBase {
  private values: Int32Array;
  constructor(capacity: number, private readonly type: Int32) {
    super(capacity);
    this.values = new Int32Array(capacity);
  }
  set(row: number, value: number): void {
    this.values[row] = value;
    this.markValid(row);
  }
  finish(length: number): Data<Int32> {
    const data = makeData({ type: this.type, length, ...this.takeValidity(length), data: this.values.subarray(0, length) });
    this.values = new Int32Array(this.capacity);
    return data;
  }
}

/** Boolean column (bit-packed values). */
export class BoolColumnBuilder extends ColumnBuilderBase {
  private values: Uint8Array;
  constructor(capacity: number, private readonly type: Bool) {
    super(capacity);
    this.values = new Uint8Array((capacity + 7) >> 3);
  }
  set(row: number, value: boolean): void {
    if (value) this.values[row >> 3] |= 1 << (row & 7);
    else this.values[row >> 3] &= ~(1 << (row & 7));
    this.markValid(row);
  }
  finish(length: number): Data<Bool> {
    const data = makeData({ type: this.type, length, ...this.takeValidity(length), data: this.values.subarray(0, (length + 7) >> 3) });
    this.values = new Uint8Array(this.values.length);
    return data;
  }
}

/** Variable-length column (utf8 or binary): offsets plus a growing byte buffer. */
abstract class VarColumnBuilder<T extends Utf8 | Binary> extends ColumnBuilderBase {
  protected bytes = new Uint8Array(1024);
  protected byteLength = 0;
  private offsets: Int32Array;
  /** rows up to here have their end offset written */
  private filledRows = 0;

  constructor(capacity: number, private readonly type: T) {
    super(capacity);
    this.offsets = new Int32Array(capacity + 1);
  }

  protected beginRow(row: number, maxBytes: number): void {
    this.fillOffsetsTo(row);
    const needed = this.byteLength + maxBytes;
    if (needed > this.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.byteLength));
      this.bytes = grown;
    }
  }

  protected endRow(row: number): void {
    this.offsets[row + 1] = this.byteLength;
    this.filledRows = row + 1;
    this.markValid(row);
  }

  private fillOffsetsTo(row: number): void {
    for (let r = this.filledRows; r < row; r++) this.offsets[r + 1] = this.byteLength;
    this.filledRows = Math.max(this.filledRows, row);
  }

  finish(length: number): Data<T> {
    this.fillOffsetsTo(length);
    const validity = this.takeValidity(length);
    const data = makeData({
      type: this.type, length, ...validity,
      valueOffsets: this.offsets.subarray(0, length + 1),
      data: this.bytes.slice(0, this.byteLength),
    } as never) as unknown as Data<T>;
    this.offsets = new Int32Array(this.capacity + 1);
    this.byteLength = 0;
    this.filledRows = 0;
    return data;
  }
}

/** utf8 column filled from JS strings (encoded here, lone surrogates become U+FFFD). */
export class Utf8ColumnBuilder extends VarColumnBuilder<Utf8> {
  set(row: number, value: string): void {
    this.beginRow(row, value.length * 3);
    this.byteLength = encodeUtf8(value, this.bytes, this.byteLength);
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
