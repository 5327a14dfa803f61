/**
 * Splits a byte stream into text lines, keeping each line's byte offset and length so that an
 * event can point back at its exact record in the input. Lines may span chunks.
 */

/** Receives one line. `text` has no line terminator; `length` counts the terminator's bytes. */
export type LineHandler = (text: string, offset: number, length: number, lineNumber: number, isTerminated: boolean) => void;

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** Feeds byte chunks in, calls the handler once per line (the last one may lack a `\n`). */
export class LineSplitter {
  private readonly decoder = new TextDecoder('utf-8');
  private carry = new Uint8Array(256);
  private carryLength = 0;
  private offset = 0;
  private lineNumber = 0;
  private currentBytes: Uint8Array = new Uint8Array(0);

  constructor(private readonly onLine: LineHandler) {}

  /** Byte offset just past the last complete line handed out. */
  get consumedBytes(): number {
    return this.offset;
  }

  /**
   * The bytes of the line being handed out, without its terminator: a view valid only during the
   * handler call. They are the bytes `text` was decoded from (so equal to its UTF-8 encoding unless
   * they held invalid UTF-8, which decoding turned into U+FFFD, or a leading byte-order mark).
   */
  get lineBytes(): Uint8Array {
    return this.currentBytes;
  }

  /** Adds a chunk; calls the handler for every line it completes. */
  push(chunk: Uint8Array): void {
    let start = 0;
    let end = chunk.indexOf(NEWLINE);
    while (end !== -1) {
      if (this.carryLength > 0) {
        this.append(chunk.subarray(start, end + 1));
        this.emit(this.carry.subarray(0, this.carryLength), true);
        this.carryLength = 0;
      } else {
        this.emit(chunk.subarray(start, end + 1), true);
      }
      start = end + 1;
      end = chunk.indexOf(NEWLINE, start);
    }
    if (start < chunk.length) this.append(chunk.subarray(start));
  }

  /** Ends the input: hands out a last line that had no `\n`, if any. */
  finish(): void {
    if (this.carryLength === 0) return;
    this.emit(this.carry.subarray(0, this.carryLength), false);
    this.carryLength = 0;
  }

  private emit(bytes: Uint8Array, isTerminated: boolean): void {
    let textEnd = bytes.length;
    if (isTerminated) {
      textEnd--;
      if (textEnd > 0 && bytes[textEnd - 1] === CARRIAGE_RETURN) textEnd--;
    }
    this.currentBytes = bytes.subarray(0, textEnd);
    const text = this.decoder.decode(this.currentBytes);
    this.lineNumber++;
    const offset = this.offset;
    this.offset += bytes.length;
    this.onLine(text, offset, bytes.length, this.lineNumber, isTerminated);
  }

  private append(bytes: Uint8Array): void {
    const needed = this.carryLength + bytes.length;
    if (needed > this.carry.length) {
      const grown = new Uint8Array(Math.max(needed, this.carry.length * 2));
      grown.set(this.carry.subarray(0, this.carryLength));
      this.carry = grown;
    }
    this.carry.set(bytes, this.carryLength);
    this.carryLength = needed;
  }
}
