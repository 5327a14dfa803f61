/**
 * Drives one parse into the `events` table: appends each batch, tracks progress, and settles
 * the source as done, error (message names the file) or cancelled. Rows already appended stay.
 */
import type { ParseError, ParseWarning, SourceKind } from '../../parsers/index.js';
import type { LoadInput, LoadProgress, SourceInfo } from '../api.js';
import type { SqlConnection } from '../sql/index.js';
import type { LoadEvent, ParseRunner } from './load-event.js';

const MAX_WARNINGS_KEPT = 100;
const PROGRESS_INTERVAL_MS = 100;

/** Everything a load needs. */
export interface LoadJob {
  readonly conn: SqlConnection;
  readonly runner: ParseRunner;
  readonly input: LoadInput;
  readonly sourceId: number;
  readonly evtNumBase: number;
  /** read the input as this kind instead of sniffing it */
  readonly kind?: SourceKind;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: LoadProgress) => void;
  /** called whenever the source's state changes */
  readonly update: (info: SourceInfo) => void;
}

interface LoadState {
  kind?: SourceKind;
  bytes: number;
  events: number;
  sha256?: string;
  warnings: ParseWarning[];
  warningCount: number;
  error?: ParseError;
  status: SourceInfo['status'];
}

/** Runs the load to its end; never throws for parse or IO failures (they become the status). */
export async function loadSource(job: LoadJob): Promise<SourceInfo> {
  const state: LoadState = { bytes: 0, events: 0, warnings: [], warningCount: 0, status: 'loading' };
  let lastProgress = 0;
  try {
    for await (const event of job.runner(job.input, { sourceId: job.sourceId, evtNumBase: job.evtNumBase, name: job.input.name, ...(job.kind ? { kind: job.kind } : {}) }, job.signal)) {
      if (job.signal?.aborted) break;
      await apply(job, state, event);
      if (event.type === 'batch' || event.type === 'progress') lastProgress = reportProgress(job, state, lastProgress);
    }
    if (state.status === 'loading') state.status = job.signal?.aborted ? 'cancelled' : 'error';
    if (state.status === 'error' && !state.error) state.error = { code: 'io', message: `${job.input.name}: the parser stopped without finishing` };
  } catch (error) {
    if (job.signal?.aborted) state.status = 'cancelled';
    else fail(job, state, { code: 'io', message: describe(error) });
  }
  reportProgress(job, state, 0);
  const info = snapshot(job, state);
  job.update(info);
  return info;
}

async function apply(job: LoadJob, state: LoadState, event: LoadEvent): Promise<void> {
  switch (event.type) {
    case 'sniffed':
      state.kind = event.kind;
      await job.conn.query('UPDATE sources SET kind = ? WHERE id = ?', [event.kind, job.sourceId]);
      job.update(snapshot(job, state));
      return;
    case 'batch':
      await job.conn.insertArrowIpc('events', event.ipc);
      state.events += event.rows;
      return;
    case 'progress':
      state.bytes = event.bytes;
      return;
    case 'warning':
      state.warningCount++;
      if (state.warnings.length < MAX_WARNINGS_KEPT) state.warnings.push(event.warning);
      return;
    case 'done':
      absorbSummary(state, event.summary);
      state.status = 'done';
      return;
    case 'error':
      if (event.summary) absorbSummary(state, event.summary);
      fail(job, state, event.error);
  }
}

function absorbSummary(state: LoadState, summary: Extract<LoadEvent, { type: 'done' }>['summary']): void {
  state.kind = summary.kind;
  state.bytes = summary.bytes;
  state.sha256 = summary.sha256;
  if (summary.warningCount >= state.warningCount) {
    state.warnings = summary.warnings.slice(0, MAX_WARNINGS_KEPT);
    state.warningCount = summary.warningCount;
  }
}

function fail(job: LoadJob, state: LoadState, error: ParseError): void {
  if (job.signal?.aborted) {
    state.status = 'cancelled';
    return;
  }
  const message = error.message.includes(job.input.name) ? error.message : `${job.input.name}: ${error.message}`;
  state.error = { ...error, message };
  state.status = 'error';
}

function reportProgress(job: LoadJob, state: LoadState, last: number): number {
  const now = Date.now();
  if (last !== 0 && now - last < PROGRESS_INTERVAL_MS) return last;
  job.onProgress?.({ sourceId: job.sourceId, bytes: state.bytes, totalBytes: job.input.size, events: state.events });
  job.update(snapshot(job, state));
  return now;
}

function snapshot(job: LoadJob, state: LoadState): SourceInfo {
  return {
    id: job.sourceId,
    name: job.input.name,
    path: job.input.path,
    kind: state.kind,
    status: state.status,
    bytes: state.bytes,
    totalBytes: job.input.size,
    events: state.events,
    sha256: state.sha256,
    warnings: [...state.warnings],
    warningCount: state.warningCount,
    error: state.error,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
