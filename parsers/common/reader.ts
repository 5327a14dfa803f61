/**
 * The shape every format reader has, so that `parseStream` can drive any of them.
 */
import type { RecordBatch } from 'apache-arrow';
import type { ParseOptions, ParseWarning } from './types.js';

/** Where a reader delivers its output, synchronously, as it goes. */
export interface ReaderSink {
  batch(batch: RecordBatch, events: number): void;
  warning(warning: ParseWarning): void;
}

/** A push-style reader over the (decompressed) bytes of one input. */
export interface FormatReader {
  /** Takes the next chunk of bytes. */
  push(chunk: Uint8Array): void;
  /** The input ended (or broke off): flush what is pending, including a partial last batch. */
  finish(): void;
}

/** Creates a reader for one input. */
export type ReaderFactory = (options: ParseOptions, sink: ReaderSink) => FormatReader;
