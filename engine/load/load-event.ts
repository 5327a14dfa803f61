/**
 * What a parse runner reports to the engine. Batches travel as Arrow IPC stream bytes so they
 * can cross a Worker boundary (transferred) and reach duckdb-wasm's own apache-arrow intact.
 */
import type { ParseError, ParseOptions, ParseSummary, ParseWarning, SourceKind } from '../../parsers/index.js';
import type { LoadInput } from '../api.js';

/** One step of a load. */
export type LoadEvent =
  | { readonly type: 'sniffed'; readonly kind: SourceKind; readonly gzip: boolean }
  | { readonly type: 'batch'; readonly ipc: Uint8Array; readonly rows: number }
  | { readonly type: 'progress'; readonly bytes: number; readonly events: number }
  | { readonly type: 'warning'; readonly warning: ParseWarning }
  | { readonly type: 'done'; readonly summary: ParseSummary }
  | { readonly type: 'error'; readonly error: ParseError; readonly summary?: ParseSummary };

/** Runs the parsers over one input somewhere (in-process, Web Worker) and reports steps. */
export type ParseRunner = (input: LoadInput, options: ParseOptions, signal?: AbortSignal) => AsyncIterable<LoadEvent>;
