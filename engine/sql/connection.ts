/**
 * The SQL seam (../shared/DESIGN.md §2): the one interface the engine runs SQL through.
 *
 * Implementations (duckdb-wasm in Node, duckdb-wasm in a Web Worker) live in the adapters; results
 * are copied out of duckdb-wasm's bundled apache-arrow 17 into {@link QueryResult} so that no
 * Arrow 17 class leaks into the engine.
 */

/** A bound parameter. bigint is sent as a number when exact, else as decimal text. */
export type SqlParam = string | number | bigint | boolean | null;

/** A value of a result cell: BIGINT stays bigint, BLOB is bytes. */
export type SqlValue = string | number | bigint | boolean | Uint8Array | null;

/** Name and (Arrow) type name of a result column. */
export interface SqlColumn {
  readonly name: string;
  readonly type: string;
}

/** A materialized query result. */
export interface QueryResult {
  readonly columns: readonly SqlColumn[];
  readonly rowCount: number;
  /** the cell at (row, column index) */
  get(row: number, column: number): SqlValue;
  /** every row as an object keyed by column name */
  toRows(): Record<string, SqlValue>[];
}

/** One DuckDB connection. Calls are not concurrent: callers serialize. */
export interface SqlConnection {
  /** Run SQL; with params it runs as a prepared statement (`?` placeholders). */
  query(sql: string, params?: readonly SqlParam[], signal?: AbortSignal): Promise<QueryResult>;
  /** Append an Arrow IPC stream (apache-arrow 21 `tableToIPC(…, 'stream')`) to an existing table. */
  insertArrowIpc(table: string, bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** Run first on every duckdb-wasm connection: offline, autoloaded extensions hang or break queries. */
export const OFFLINE_SETTINGS = 'SET autoload_known_extensions=false; SET autoinstall_known_extensions=false';

/** Thrown when a query is abandoned because its AbortSignal fired. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
  constructor(message = 'cancelled') {
    super(message);
  }
}

/** Throws {@link CancelledError} when the signal has fired. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

/** Converts params to what duckdb-wasm can serialize (it JSON-encodes them). */
export function wireParams(params: readonly SqlParam[]): (string | number | boolean | null)[] {
  return params.map((p) => {
    if (typeof p !== 'bigint') return p;
    return p >= BigInt(Number.MIN_SAFE_INTEGER) && p <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(p) : p.toString();
  });
}
