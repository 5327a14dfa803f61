/**
 * Types shared by every reader and by whoever drives them (engine, CLI, parse worker).
 */
import type { RecordBatch } from 'apache-arrow';

/** Input formats the readers know. Later issues add more. */
export type SourceKind = 'strace' | 'scap' | 'auditd' | 'cloudtrail' | 'k8saudit' | 'gcpaudit'
  | 'azure' | 'okta' | 'github' | 'falco' | 'tetragon' | 'tracee' | 'sysdig-text';

/** Something a reader skipped or could not fully understand; the parse goes on. */
export interface ParseWarning {
  /** byte offset in the (decompressed) input where the problem starts */
  readonly offset: number;
  /** 1-based line number for text formats */
  readonly line?: number;
  /** what was wrong, for a person */
  readonly message: string;
}

/** A failure that stops a source from being read at all (unknown format, empty, unreadable header). */
export interface ParseError {
  readonly code: 'empty' | 'unknown-format' | 'binary' | 'bad-header' | 'gzip' | 'io';
  readonly message: string;
  readonly offset?: number;
}

/** Options every reader takes. */
export interface ParseOptions {
  /** id of the source within the case, written into `source_id` */
  readonly sourceId: number;
  /** evt_num of the first event minus one: events are numbered evtNumBase+1, +2, … */
  readonly evtNumBase: number;
  /** file name, used for sniffing hints and messages only */
  readonly name: string;
  /** rows per emitted batch; default 65536 */
  readonly batchRows?: number;
  /** force a format instead of sniffing */
  readonly kind?: SourceKind;
  /**
   * A faster SHA-256 of the raw bytes where the host has one (Node's crypto); default: the
   * portable one in common/sha256.ts. Not set across a Worker boundary (functions do not clone).
   */
  readonly createHash?: () => IncrementalHash;
  /**
   * 'YYYY-MM-DD': the date of time-of-day-only stamps (strace -t/-tt), taken as UTC. Without it
   * such times fall on 1970-01-01 and the reader warns once.
   */
  readonly baseDate?: string;
}

/** An incremental hash of the raw input: chunks in, lower-case hex digest out (once). */
export interface IncrementalHash {
  update(data: Uint8Array): void;
  digestHex(): string;
}

/** Summary of one finished (or stopped) parse. */
export interface ParseSummary {
  /** absent when the format was never recognized (empty, binary, unknown input) */
  readonly kind?: SourceKind;
  readonly events: number;
  /** raw bytes read from the input (before gunzip) */
  readonly bytes: number;
  /** lower-case hex SHA-256 of the raw input bytes */
  readonly sha256: string;
  readonly warnings: readonly ParseWarning[];
  /** how many warnings there were in all (the list above may be capped) */
  readonly warningCount: number;
}

/** What `parseStream` yields, in order: sniffed, then batches/progress/warnings, then done or error. */
export type ParseEvent =
  | { readonly type: 'sniffed'; readonly kind: SourceKind; readonly gzip: boolean }
  | { readonly type: 'batch'; readonly batch: RecordBatch; readonly events: number }
  | { readonly type: 'progress'; readonly bytes: number; readonly events: number }
  | { readonly type: 'warning'; readonly warning: ParseWarning }
  | { readonly type: 'done'; readonly summary: ParseSummary }
  | { readonly type: 'error'; readonly error: ParseError; readonly summary: ParseSummary };
