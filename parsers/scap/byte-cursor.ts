/**
 * Bounds-checked reading of packed, unaligned fields in either byte order. A read past `end`
 * throws `FieldOverrun`, which the block decoders turn into a warning for that block.
 */

/** A field ran past the end of its block or entry. */
export class FieldOverrun extends Error {
  constructor(readonly at: number, readonly needed: number) {
    super(`a field at byte ${at} needs ${needed} bytes past the end of its block`);
  }
}

const utf8 = new TextDecoder('utf-8');

/** Decodes bytes as UTF-8 up to the first NUL (invalid sequences become U+FFFD). */
export function cString(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  return utf8.decode(nul < 0 ? bytes : bytes.subarray(0, nul));
}

/** A read position over `bytes[start, end)`. */
export class ByteCursor {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array, public at: number, public end: number, readonly littleEndian: boolean) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get remaining(): number {
    return this.end - this.at;
  }

  private take(size: number): number {
    const at = this.at;
    if (at + size > this.end) throw new FieldOverrun(at, size);
    this.at = at + size;
    return at;
  }

  u8(): number { return this.view.getUint8(this.take(1)); }
  u16(): number { return this.view.getUint16(this.take(2), this.littleEndian); }
  u32(): number { return this.view.getUint32(this.take(4), this.littleEndian); }
  i64(): bigint { return this.view.getBigInt64(this.take(8), this.littleEndian); }
  u64(): bigint { return this.view.getBigUint64(this.take(8), this.littleEndian); }

  /** `size` raw bytes (a view). */
  raw(size: number): Uint8Array {
    const at = this.take(size);
    return this.bytes.subarray(at, at + size);
  }

  /** `u16 n` then n bytes of text (metadata strings, no NUL counted). */
  str16(): string {
    return cString(this.raw(this.u16()));
  }

  /** A str16 holding NUL-separated strings; one trailing empty element is dropped. */
  list16(): string[] {
    return splitNulList(this.raw(this.u16()));
  }

  skip(size: number): void {
    this.take(size);
  }
}

/** Splits NUL-separated strings (argv, env, cgroups); a final NUL does not add an empty string. */
export function splitNulList(bytes: Uint8Array): string[] {
  if (bytes.length === 0) return [];
  const end = bytes[bytes.length - 1] === 0 ? bytes.length - 1 : bytes.length;
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= end; i++) {
    if (i === end || bytes[i] === 0) {
      out.push(utf8.decode(bytes.subarray(start, i)));
      start = i + 1;
    }
  }
  return out;
}
