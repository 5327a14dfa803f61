/**
 * Drives one input from raw bytes to events: hashes the raw bytes, gunzips when the input starts
 * with the gzip magic, sniffs the format from the first 64 KiB, then pushes the bytes through the
 * format's reader and yields what it produced after each chunk.
 */
import { type RecordBatch } from 'apache-arrow';
import { Gunzip } from 'fflate';
import { type FormatReader, type ReaderFactory, type ReaderSink } from './common/reader.js';
import { Sha256 } from './common/sha256.js';
import {
  type IncrementalHash, type ParseError, type ParseEvent, type ParseOptions, type ParseSummary, type ParseWarning, type SourceKind,
} from './common/types.js';
import { SNIFF_BYTES, sniffFormat } from './sniff.js';
import { ScapReader } from './scap/scap-reader.js';
import { StraceReader } from './strace/strace-reader.js';
import { K8sAuditReader } from './k8saudit/k8saudit-reader.js';
import { CloudTrailReader } from './cloudtrail/cloudtrail-reader.js';
import { AuditdReader } from './auditd/auditd-reader.js';
import { createGcpAuditReader } from './gcpaudit/gcpaudit-reader.js';
import { createAzureReader } from './azure/azure-reader.js';
import { createOktaReader } from './okta/okta-reader.js';
import { createGitHubReader } from './github/github-reader.js';
import { FalcoReader } from './falco/falco-reader.js';
import { TetragonReader } from './tetragon/tetragon-reader.js';
import { TraceeReader } from './tracee/tracee-reader.js';
import { SysdigTextReader } from './sysdig-text/sysdig-text-reader.js';

const READERS: Partial<Record<SourceKind, ReaderFactory>> = {
  strace: (options, sink) => new StraceReader(options, sink),
  scap: (options, sink) => new ScapReader(options, sink),
  k8saudit: (options, sink) => new K8sAuditReader(options, sink),
  cloudtrail: (options, sink) => new CloudTrailReader(options, sink),
  auditd: (options, sink) => new AuditdReader(options, sink),
  gcpaudit: createGcpAuditReader,
  azure: createAzureReader,
  okta: createOktaReader,
  github: createGitHubReader,
  falco: (options, sink) => new FalcoReader(options, sink),
  tetragon: (options, sink) => new TetragonReader(options, sink),
  tracee: (options, sink) => new TraceeReader(options, sink),
  'sysdig-text': (options, sink) => new SysdigTextReader(options, sink),
};

/** Most warnings kept (and yielded) per input; the rest are only counted. */
export const MAX_WARNINGS = 1000;
const PROGRESS_EVERY_BYTES = 1 << 20;

/** Mutable state of one parse; `parseStream` is the loop around it. */
class ParseRun implements ReaderSink {
  readonly hash: IncrementalHash;
  readonly outbox: ParseEvent[] = [];
  readonly warnings: ParseWarning[] = [];
  warningCount = 0;
  bytes = 0;
  events = 0;
  kind: SourceKind | undefined;
  reader: FormatReader | null = null;
  isGzip: boolean | null = null;
  private gunzip: Gunzip | null = null;
  private head: Uint8Array[] = [];
  private headLength = 0;
  private lastProgress = 0;
  failure: ParseError | null = null;

  constructor(readonly options: ParseOptions, private readonly readerOverride?: ReaderFactory) {
    this.kind = options.kind;
    this.hash = options.createHash?.() ?? new Sha256();
  }

  batch(batch: RecordBatch, events: number): void {
    this.events = events;
    this.outbox.push({ type: 'batch', batch, events });
  }

  warning(warning: ParseWarning): void {
    if (++this.warningCount > MAX_WARNINGS) return;
    this.warnings.push(warning);
    this.outbox.push({ type: 'warning', warning });
  }

  /** Takes one raw chunk. */
  pushRaw(chunk: Uint8Array): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (this.isGzip === null) {
      this.stash(chunk);
      if (this.headLength >= 2) this.decideGzip();
    } else if (this.gunzip) {
      this.pushGzip(chunk, false);
    } else {
      this.pushDecoded(chunk);
    }
    if (this.bytes - this.lastProgress >= PROGRESS_EVERY_BYTES) {
      this.lastProgress = this.bytes;
      this.outbox.push({ type: 'progress', bytes: this.bytes, events: this.events });
    }
  }

  /** The raw input ended. */
  endRaw(): void {
    if (this.isGzip === null) this.decideGzip();
    if (this.gunzip) this.pushGzip(new Uint8Array(0), true);
    if (!this.reader && !this.failure) this.startReader();
  }

  /** Finishes the reader (flushing pending rows) after the end or a failure. */
  finishReader(): void {
    if (this.failure?.code === 'gzip') this.readStashed(this.failure);
    const reader = this.reader;
    this.reader = null;
    reader?.finish();
  }

  /** After a gzip failure: reads what was decompressed before it but not yet sniffed. */
  private readStashed(failure: ParseError): void {
    if (this.reader || this.headLength === 0) return;
    this.failure = null;
    this.startReader();
    this.failure = failure;
  }

  summary(): ParseSummary {
    return { kind: this.kind, events: this.events, bytes: this.bytes, sha256: this.hash.digestHex(), warnings: this.warnings, warningCount: this.warningCount };
  }

  private decideGzip(): void {
    const stashed = this.takeHead();
    this.isGzip = stashed.length >= 2 && stashed[0] === 0x1f && stashed[1] === 0x8b;
    if (this.isGzip) {
      this.gunzip = new Gunzip((data) => this.pushDecoded(data));
      this.pushGzip(stashed, false);
    } else if (stashed.length > 0) {
      this.pushDecoded(stashed);
    }
  }

  private pushGzip(chunk: Uint8Array, isFinal: boolean): void {
    if (this.failure) return;
    try {
      this.gunzip?.push(chunk, isFinal);
    } catch (error) {
      this.failure ??= {
        code: 'gzip', offset: this.bytes,
        message: `${this.options.name}: the gzip data is corrupt or truncated (${messageOf(error)}); the events before the damage were kept`,
      };
    }
  }

  private pushDecoded(data: Uint8Array): void {
    if (this.failure || data.length === 0) return;
    if (this.reader) return this.pushToReader(data);
    this.stash(data.slice());
    if (this.headLength >= SNIFF_BYTES) this.startReader();
  }

  private startReader(): void {
    const head = this.takeHead();
    if (this.kind === undefined) {
      const sniffed = sniffFormat(head, this.options.name);
      if ('code' in sniffed) { this.failure = sniffed; return; }
      this.kind = sniffed.kind;
    }
    const factory = this.readerOverride ?? READERS[this.kind];
    if (!factory) {
      this.failure = { code: 'unknown-format', message: `${this.options.name}: there is no reader for ${this.kind} input yet` };
      return;
    }
    this.outbox.push({ type: 'sniffed', kind: this.kind, gzip: this.isGzip === true });
    this.reader = factory(this.options, this);
    if (head.length > 0) this.pushToReader(head);
  }

  private pushToReader(data: Uint8Array): void {
    try {
      this.reader?.push(data);
    } catch (error) {
      this.failure = { code: 'io', message: `${this.options.name}: the ${this.kind} reader failed: ${messageOf(error)}` };
    }
  }

  private stash(chunk: Uint8Array): void {
    this.head.push(chunk);
    this.headLength += chunk.length;
  }

  private takeHead(): Uint8Array {
    const head = new Uint8Array(this.headLength);
    let at = 0;
    for (const part of this.head) { head.set(part, at); at += part.length; }
    this.head = [];
    this.headLength = 0;
    return head;
  }
}

/**
 * Parses one input. Yields `sniffed`, then `batch`/`progress`/`warning` events, then exactly one
 * `done` or `error` (an error comes after every event decoded before the damage). Bad input never
 * throws. When `signal` aborts, the generator stops without yielding anything more.
 */
export async function* parseStream(input: AsyncIterable<Uint8Array>, options: ParseOptions, signal?: AbortSignal): AsyncGenerator<ParseEvent> {
  yield* parseStreamWith(undefined, input, options, signal);
}

/**
 * `parseStream` with a given reader instead of the registered one for `options.kind` (which must
 * be set): for readers' own tests. Not exported from `parsers/index.ts`.
 */
export async function* parseStreamWith(
  reader: ReaderFactory | undefined, input: AsyncIterable<Uint8Array>, options: ParseOptions, signal?: AbortSignal,
): AsyncGenerator<ParseEvent> {
  const run = new ParseRun(options, reader);
  try {
    for await (const chunk of input) {
      if (signal?.aborted) return;
      run.pushRaw(chunk);
      if (run.failure) break;
      yield* drain(run, signal);
      if (signal?.aborted) return;
    }
    if (!run.failure) run.endRaw();
  } catch (error) {
    run.failure ??= { code: 'io', message: `${options.name}: reading failed: ${messageOf(error)}`, offset: run.bytes };
  }
  if (signal?.aborted) return;
  try {
    run.finishReader();
  } catch (error) {
    run.failure ??= { code: 'io', message: `${options.name}: the ${run.kind} reader failed: ${messageOf(error)}` };
  }
  yield* drain(run, signal);
  if (signal?.aborted) return;
  yield run.failure ? { type: 'error', error: run.failure, summary: run.summary() } : { type: 'done', summary: run.summary() };
}

function* drain(run: ParseRun, signal: AbortSignal | undefined): Generator<ParseEvent> {
  let at = 0;
  while (at < run.outbox.length && !signal?.aborted) yield run.outbox[at++];
  run.outbox.length = 0;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
