/**
 * Reading one record's bytes back from its input, given the (decompressed) offset and length the
 * reader stored in `src_offset`/`src_length`. Uncompressed inputs that can seek are read with
 * `LoadInput.readRange`; gzip inputs, and inputs that cannot seek, are streamed again from the
 * start and skipped up to the offset (gunzipped with fflate exactly as parseStream does, so the
 * offsets agree). A window around the record is kept per source, so neighbouring records are
 * served without another pass; memory is bounded by `WINDOWS_KEPT` windows of about
 * 2 × `WINDOW_MARGIN` bytes plus the record.
 */
import { Gunzip } from 'fflate';
import type { LoadInput } from '../api.js';

/** Bytes kept on each side of the record asked for. */
export const WINDOW_MARGIN = 1 << 20;
/** Sources whose last window is kept. */
export const WINDOWS_KEPT = 4;

interface Window {
  readonly start: number;
  readonly bytes: Uint8Array;
}

interface SourceBytes {
  readonly input: LoadInput;
  /** whether the raw input starts with the gzip magic; unknown until first read */
  gzip?: boolean;
  window?: Window;
}

/** The inputs of a case, and the bytes of their records on demand. */
export class EventBytesReader {
  private readonly sources = new Map<number, SourceBytes>();
  /** source ids whose window is kept, least recently used first */
  private readonly windowed: number[] = [];

  constructor(private readonly margin = WINDOW_MARGIN, private readonly windowsKept = WINDOWS_KEPT) {}

  /** Remembers the input of a source (called when it is loaded). */
  remember(sourceId: number, input: LoadInput): void {
    this.sources.set(sourceId, { input });
  }

  /** Forgets a source and its window. */
  forget(sourceId: number): void {
    this.sources.delete(sourceId);
    this.dropWindow(sourceId);
  }

  /** Whether the source's input is known (it was loaded in this engine). */
  has(sourceId: number): boolean {
    return this.sources.has(sourceId);
  }

  /**
   * Bytes [offset, offset + length) of the source's decompressed input. Rejects when the source
   * is unknown or its input ends before the range (the file changed since it was loaded).
   */
  async read(sourceId: number, offset: number, length: number): Promise<Uint8Array> {
    const source = this.sources.get(sourceId);
    if (!source) throw new Error(`source ${sourceId} is not in the case`);
    const cached = source.window;
    if (cached && offset >= cached.start && offset + length <= cached.start + cached.bytes.length) {
      this.touch(sourceId);
      return cached.bytes.slice(offset - cached.start, offset - cached.start + length);
    }
    const { input } = source;
    source.gzip ??= input.readRange ? isGzip(await input.readRange(0, 2)) : undefined;
    if (source.gzip === false && input.readRange) return this.readDirect(input, offset, length);
    const start = Math.max(0, offset - this.margin);
    const window = await streamWindow(input, start, offset + length + this.margin, (gzip) => { source.gzip = gzip; });
    if (window.bytes.length < offset - start + length) {
      throw new Error(`${input.name} ends at byte ${start + window.bytes.length}, before the record at bytes ${offset}–${offset + length} (was the file changed since it was loaded?)`);
    }
    source.window = window;
    this.touch(sourceId);
    return window.bytes.slice(offset - start, offset - start + length);
  }

  private async readDirect(input: LoadInput, offset: number, length: number): Promise<Uint8Array> {
    const bytes = await input.readRange!(offset, offset + length);
    if (bytes.length < length) {
      throw new Error(`${input.name} ends before the record at bytes ${offset}–${offset + length} (was the file changed since it was loaded?)`);
    }
    return bytes.length === length ? bytes : bytes.subarray(0, length);
  }

  private touch(sourceId: number): void {
    const at = this.windowed.indexOf(sourceId);
    if (at >= 0) this.windowed.splice(at, 1);
    this.windowed.push(sourceId);
    while (this.windowed.length > this.windowsKept) this.dropWindow(this.windowed[0]);
  }

  private dropWindow(sourceId: number): void {
    const at = this.windowed.indexOf(sourceId);
    if (at >= 0) this.windowed.splice(at, 1);
    const source = this.sources.get(sourceId);
    if (source) source.window = undefined;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * Bytes [start, end) of the decompressed input (fewer when it ends first), streaming it from the
 * beginning and stopping once `end` is reached. `onGzip` learns whether the input is gzip.
 */
async function streamWindow(input: LoadInput, start: number, end: number, onGzip: (gzip: boolean) => void): Promise<Window> {
  const out = new Uint8Array(end - start);
  let position = 0;
  const take = (chunk: Uint8Array): void => {
    const from = Math.max(start, position);
    const to = Math.min(end, position + chunk.length);
    if (to > from) out.set(chunk.subarray(from - position, to - position), from - start);
    position += chunk.length;
  };
  let gunzip: Gunzip | null | undefined;
  let head: Uint8Array = new Uint8Array(0);
  const decide = (): void => {
    const gzip = isGzip(head);
    onGzip(gzip);
    gunzip = gzip ? new Gunzip((data) => take(data)) : null;
    if (gunzip) gunzip.push(head, false);
    else take(head);
  };
  const iterator = input.open()[Symbol.asyncIterator]();
  try {
    for (let next = await iterator.next(); !next.done && position < end; next = await iterator.next()) {
      const chunk = next.value;
      if (gunzip === undefined) {
        // the magic may arrive split over chunks
        head = concat(head, chunk);
        if (head.length >= 2) decide();
      } else if (gunzip) gunzip.push(chunk, false);
      else take(chunk);
    }
    if (gunzip === undefined) decide();
    if (gunzip && position < end) gunzip.push(new Uint8Array(0), true);
  } finally {
    await iterator.return?.();
  }
  return { start, bytes: out.subarray(0, Math.max(0, Math.min(end, position) - start)) };
}
