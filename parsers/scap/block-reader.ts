/**
 * Splits the (decompressed) bytes of a scap capture into blocks (../shared/docs/scap-format.md
 * §2), whatever the chunk boundaries. A block that fits in the current chunk is handed over as a
 * view of it; only a block that spans chunks is copied, so at most one block is ever buffered.
 * Byte order comes from each section header's magic. Damage (a length that is too small, too
 * large or not matched by the trailer, a wrong magic, a block cut off by the end of the input)
 * ends the reading with one warning naming the offset and block type; everything before stays.
 *
 * Memory rule: a block's length is not trusted for allocation. A length above the limit of its
 * type (event blocks: 64 KiB + 8 as libscap, `_LARGE` event and metadata blocks:
 * `MAX_BLOCK_BYTES`) stops the reading at once; otherwise the buffer of a block that spans chunks
 * grows with the bytes that actually arrive (at most twice what arrived), so a bogus length near
 * the end costs no more than the input that is left, and the end of the input reports the block
 * as cut off.
 */
import { SHB_TYPE, blockLayout, blockTypeName } from './block-types.js';

/** One whole block: header, body, padding and trailer. Valid only during the callback. */
export interface RawBlock {
  readonly type: number;
  /** byte offset of the block in the decompressed input */
  readonly offset: number;
  /** the whole block (`block_total_length` bytes) */
  readonly bytes: Uint8Array;
  readonly littleEndian: boolean;
}

/** Where blocks and problems go. */
export interface BlockSink {
  block(block: RawBlock): void;
  /** the reading stopped (damage) or a block was skipped: offset of the block, what was wrong */
  warning(offset: number, message: string): void;
}

/** Largest block accepted (bounds memory: a garbage length cannot make us buffer gigabytes). */
export const MAX_BLOCK_BYTES = 64 * 1024 * 1024;
/** Largest event block of a non-`_LARGE` type: libscap's 64 KiB read buffer plus the block header. */
export const MAX_EVENT_BLOCK_BYTES = 65536 + 8;
/** First allocation for a block that spans chunks; it doubles as bytes arrive. */
const INITIAL_CARRY_BYTES = 64 * 1024;
/** Header bytes looked at before a block's length is trusted: type, length, and the SHB magic. */
const HEADER_BYTES = 12;
const MIN_BLOCK_BYTES = 12;

/** Push-style block splitter; see the module comment. */
export class BlockReader {
  private carry: Uint8Array = new Uint8Array(HEADER_BYTES);
  private carryLength = 0;
  /** total length of the block being carried, 0 while its header is incomplete */
  private carryTotal = 0;
  private position = 0;
  private littleEndian = true;
  private sawSection = false;
  private isStopped = false;

  constructor(private readonly sink: BlockSink) {}

  /** Bytes held for a block that spans chunks (the buffer's capacity). */
  get bufferedBytes(): number {
    return this.carry.length;
  }

  /** True after damage ended the reading. */
  get stopped(): boolean {
    return this.isStopped;
  }

  /** Offset of the next block not yet delivered. */
  get offset(): number {
    return this.position;
  }

  push(chunk: Uint8Array): void {
    let at = 0;
    if (this.carryLength > 0) at = this.fillCarry(chunk);
    while (!this.isStopped && at < chunk.length) {
      const rest = chunk.length - at;
      if (rest < HEADER_BYTES) { this.startCarry(chunk.subarray(at)); return; }
      const total = this.readTotal(chunk, at);
      if (total < 0) return;
      if (rest < total) { this.startCarry(chunk.subarray(at), total); return; }
      this.deliver(chunk.subarray(at, at + total));
      at += total;
    }
  }

  /** The input ended: a partly read block is reported as cut off. */
  finish(): void {
    if (this.isStopped || this.carryLength === 0) return;
    const type = this.carryLength >= 4 ? readU32(this.carry, 0, this.littleEndian) : -1;
    const what = type >= 0 ? `${blockTypeName(type)} block` : 'block header';
    const expected = this.carryTotal > 0 ? ` of ${this.carryTotal}` : '';
    this.stop(this.position, `the input ends inside a ${what} (${this.carryLength}${expected} bytes present)`);
  }

  private fillCarry(chunk: Uint8Array): number {
    let at = 0;
    if (this.carryTotal === 0) {
      const take = Math.min(HEADER_BYTES - this.carryLength, chunk.length);
      this.carry.set(chunk.subarray(0, take), this.carryLength);
      this.carryLength += take;
      at = take;
      if (this.carryLength < HEADER_BYTES) return at;
      const total = this.readTotal(this.carry, 0);
      if (total < 0) return chunk.length;
      this.carryTotal = total;
    }
    const take = Math.min(this.carryTotal - this.carryLength, chunk.length - at);
    this.reserve(this.carryLength + take);
    this.carry.set(chunk.subarray(at, at + take), this.carryLength);
    this.carryLength += take;
    at += take;
    if (this.carryLength === this.carryTotal) {
      const block = this.carry.subarray(0, this.carryTotal);
      this.carry = new Uint8Array(HEADER_BYTES);
      this.carryLength = 0;
      this.carryTotal = 0;
      this.deliver(block);
    }
    return at;
  }

  private startCarry(bytes: Uint8Array, total = 0): void {
    this.carryTotal = total;
    this.carryLength = 0;
    this.carry = new Uint8Array(total > 0 ? Math.min(total, Math.max(INITIAL_CARRY_BYTES, bytes.length)) : HEADER_BYTES);
    this.carry.set(bytes, 0);
    this.carryLength = bytes.length;
  }

  /** Grows the carry buffer to hold `size` bytes: doubling, never past the block's length. */
  private reserve(size: number): void {
    if (size <= this.carry.length) return;
    const grown = new Uint8Array(Math.min(this.carryTotal, Math.max(size, 2 * this.carry.length, INITIAL_CARRY_BYTES)));
    grown.set(this.carry.subarray(0, this.carryLength));
    this.carry = grown;
  }

  /** The length of the block whose first 12 bytes are at `at`, or −1 after stopping on damage. */
  private readTotal(bytes: Uint8Array, at: number): number {
    let type = readU32(bytes, at, this.littleEndian);
    if (type === SHB_TYPE) {
      const order = byteOrder(bytes, at + 8);
      if (order === null) return this.stopAt(`the section header's byte-order magic is wrong (${hex(bytes.subarray(at + 8, at + 12))})`);
      this.littleEndian = order;
      this.sawSection = true;
    } else if (!this.sawSection) {
      return this.stopAt(`the input does not start with a section header block (type ${blockTypeName(type)})`);
    }
    type = readU32(bytes, at, this.littleEndian);
    const total = readU32(bytes, at + 4, this.littleEndian);
    if (total < MIN_BLOCK_BYTES) return this.stopAt(`${blockTypeName(type)} block: length ${total} is too small (at least ${MIN_BLOCK_BYTES})`);
    if (total <= MAX_EVENT_BLOCK_BYTES) return total;
    const limit = blockLimit(type);
    if (total > limit) return this.stopAt(`${blockTypeName(type)} block: length ${total} is larger than the ${limit}-byte limit`);
    return total;
  }

  private deliver(block: Uint8Array): void {
    const offset = this.position;
    const type = readU32(block, 0, this.littleEndian);
    const trailer = readU32(block, block.length - 4, this.littleEndian);
    if (trailer !== block.length) {
      this.stop(offset, `${blockTypeName(type)} block: the trailer length ${trailer} does not match the header length ${block.length}`);
      return;
    }
    this.position += block.length;
    this.sink.block({ type, offset, bytes: block, littleEndian: this.littleEndian });
  }

  private stopAt(message: string): number {
    this.stop(this.position, message);
    return -1;
  }

  private stop(offset: number, message: string): void {
    this.isStopped = true;
    this.carry = new Uint8Array(0);
    this.carryLength = 0;
    this.sink.warning(offset, `${message}; reading stopped at byte ${offset}`);
  }
}

/** The largest length accepted for a block of `type`. */
export function blockLimit(type: number): number {
  const layout = blockLayout(type);
  const isLarge = layout?.name.endsWith('_LARGE') ?? false;
  return layout?.kind === 'event' && !isLarge ? MAX_EVENT_BLOCK_BYTES : MAX_BLOCK_BYTES;
}

/** true = little-endian, false = big-endian, null = not the scap byte-order magic. */
function byteOrder(bytes: Uint8Array, at: number): boolean | null {
  const b0 = bytes[at], b1 = bytes[at + 1], b2 = bytes[at + 2], b3 = bytes[at + 3];
  if (b0 === 0x4d && b1 === 0x3c && b2 === 0x2b && b3 === 0x1a) return true;
  if (b0 === 0x1a && b1 === 0x2b && b2 === 0x3c && b3 === 0x4d) return false;
  return null;
}

/** An unsigned 32-bit integer at `at` in the given byte order. */
export function readU32(bytes: Uint8Array, at: number, littleEndian: boolean): number {
  return littleEndian
    ? (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0
    : ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
}
