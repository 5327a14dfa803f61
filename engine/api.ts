/**
 * The engine's public surface as the renderer and the CLI use it. Implementations live beside
 * this file; renderer code depends on these types only.
 */
import type { EventParamDetail, ParseError, ParseWarning, SourceKind } from '../parsers/index.js';

/** Bytes of one input, however the host delivers them. */
export interface LoadInput {
  readonly name: string;
  /** host path when known (CLI, host-opened files); absent for dropped browser files */
  readonly path?: string;
  /** total size when known, for the progress bar */
  readonly size?: number;
  /** a fresh byte stream of the raw file (may be gzip); browsers adapt ReadableStream */
  readonly open: () => AsyncIterable<Uint8Array>;
  /** raw bytes [start, end) of the file, for inputs that can seek (fewer at its end); event details use it */
  readonly readRange?: (start: number, end: number) => Promise<Uint8Array>;
}

/** One decoded parameter of an event: table name, PT_* type, raw value, sysdig's rendering. */
export type EventParam = EventParamDetail;

export type { SourceKind };

/** The parameters of one event decoded from its bytes; `error` says why there are none. */
export interface EventDetails {
  readonly params: readonly EventParam[];
  /** scap block type (EV, EVF_V2, …) */
  readonly blockType?: string;
  readonly error?: string;
}

/** State of one source of the case. */
export interface SourceInfo {
  readonly id: number;
  readonly name: string;
  readonly path?: string;
  readonly kind?: SourceKind;
  readonly status: 'loading' | 'done' | 'error' | 'cancelled';
  readonly bytes: number;
  readonly totalBytes?: number;
  readonly events: number;
  readonly sha256?: string;
  readonly warnings: readonly ParseWarning[];
  readonly warningCount: number;
  readonly error?: ParseError;
  /** left out of every view (the user hid it); its events stay loaded */
  readonly hidden?: boolean;
  /** the kind was chosen by the user rather than sniffed */
  readonly kindForced?: boolean;
  /** facts about the source worth telling the user (not problems), e.g. k8s audit rows hidden by the stage policy */
  readonly notes?: readonly string[];
}

/** Progress of a load, reported a few times a second at most. */
export interface LoadProgress {
  readonly sourceId: number;
  readonly bytes: number;
  readonly totalBytes?: number;
  readonly events: number;
}

/** A filter problem with the span of text it is about (0-based, in UTF-16 code units). */
export interface FilterDiagnostic {
  readonly start: number;
  readonly length: number;
  readonly message: string;
}

/** Result of compiling filter text: SQL with bound parameters, or diagnostics. */
export type CompiledFilter =
  | { readonly ok: true; readonly sql: string; readonly params: readonly (string | number | bigint | boolean)[]; readonly fields: readonly string[] }
  | { readonly ok: false; readonly diagnostics: readonly FilterDiagnostic[] };

/** A field of the catalog (engine/schema). */
export interface FieldInfo {
  /** Falco/sysdig-style name: `proc.name` */
  readonly name: string;
  readonly type: 'string' | 'int' | 'bool' | 'time' | 'duration' | 'ip' | 'bytes';
  readonly description: string;
  /** SQL expression over `events` */
  readonly sql: string;
  /** the SQL is a list (VARCHAR[]) of values: `ka.user.groups`, `ka.sourceips`, … */
  readonly multi?: boolean;
}

/** How a view is built beyond its filter text. */
export interface ViewOptions {
  /** include internal meta events (scap procinfo, container, …) that are hidden by default */
  readonly includeHidden?: boolean;
  /**
   * `file`: evt.num order (each input in its own order, inputs one after another); `time`: one
   * timeline across sources by event time; `auto` (default): `time` when more than one source
   * has events, else `file`.
   */
  readonly order?: 'file' | 'time' | 'auto';
}

/** How to load a source beyond its bytes. */
export interface LoadOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: LoadProgress) => void;
  /** read it as this kind instead of sniffing (the user overrides a wrong guess) */
  readonly kind?: SourceKind;
}

/** A filtered, ordered view of `events` whose rows are fetched by position. */
export interface ViewInfo {
  readonly viewId: number;
  readonly filter: string;
  readonly rowCount: number;
  /** the order the rows come in */
  readonly order: 'file' | 'time';
}

/** A cell value as it reaches the UI; int64 time stays bigint. */
export type CellValue = string | number | bigint | boolean | Uint8Array | null;

/** One row keyed by field name (`evt.num`, `proc.name`, …). */
export type EventRow = Readonly<Record<string, CellValue>>;

/** The engine as the renderer and CLI drive it. */
export interface EngineApi {
  readonly fields: readonly FieldInfo[];
  loadSource(input: LoadInput, options?: LoadOptions): Promise<SourceInfo>;
  listSources(): readonly SourceInfo[];
  /** Leaves a source's events out of views (or brings them back); nothing is unloaded. */
  setSourceHidden(sourceId: number, hidden: boolean): Promise<void>;
  /** Deletes a source and its events from the case (after its load, if one is running, ends). */
  removeSource(sourceId: number): Promise<void>;
  /**
   * Which stage rows of each Kubernetes audit request stay visible: 'response-complete' (default:
   * ResponseComplete, else the latest stage), 'request-received', or 'all'. The others are hidden
   * (evt.hidden), never dropped; each k8saudit source's notes say how many.
   */
  setK8sStagePolicy?(policy: 'response-complete' | 'request-received' | 'all'): Promise<void>;
  compileFilter(text: string): CompiledFilter;
  /**
   * Create a view for the filter ('' = everything). Call again to refresh while loading.
   * Internal meta events that sysdig does not print (`evt.hidden`) are left out unless
   * `options.includeHidden`.
   */
  openView(filter: string, signal?: AbortSignal, options?: ViewOptions):
    Promise<{ readonly ok: true; readonly view: ViewInfo } | { readonly ok: false; readonly diagnostics: readonly FilterDiagnostic[] }>;
  /** Rows [offset, offset+limit) of a view, ordered by evt.num. */
  getRows(viewId: number, offset: number, limit: number, fields: readonly string[], signal?: AbortSignal): Promise<EventRow[]>;
  /** Every non-null field of one event. */
  getEvent(evtNum: number): Promise<EventRow | null>;
  /**
   * The parameters of one scap event decoded from its bytes in the source file (read back on
   * demand); null for events of other kinds of source. Optional: engines without source files (test
   * fakes, a remote engine) leave it out.
   */
  getEventDetails?(evtNum: number, signal?: AbortSignal): Promise<EventDetails | null>;
  stats(): Promise<{ readonly events: number; readonly byType: Readonly<Record<string, number>> }>;
  close(): Promise<void>;
}
