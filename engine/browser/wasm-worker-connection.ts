import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import {
  OFFLINE_SETTINGS, throwIfCancelled, toQueryResult, wireParams,
  type QueryResult, type SqlConnection, type SqlParam,
} from '../sql/index.js';

/**
 * duckdb-wasm's AsyncDuckDB in its own Web Worker behind {@link SqlConnection}. Single-threaded
 * bundles only (mvp/eh): the threaded one needs cross-origin isolation and gains little.
 */
export class WasmWorkerConnection implements SqlConnection {
  private constructor(
    private readonly db: duckdb.AsyncDuckDB,
    private readonly worker: Worker,
    private readonly conn: duckdb.AsyncDuckDBConnection,
  ) {}

  /** Starts the worker, instantiates the best bundle this browser supports and connects. */
  static async open(): Promise<WasmWorkerConnection> {
    const bundle = await duckdb.selectBundle({
      mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
      eh: { mainModule: ehWasm, mainWorker: ehWorker },
    });
    const worker = new Worker(bundle.mainWorker ?? mvpWorker);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
    const conn = await db.connect();
    await conn.query(OFFLINE_SETTINGS);
    return new WasmWorkerConnection(db, worker, conn);
  }

  async query(sql: string, params: readonly SqlParam[] = [], signal?: AbortSignal): Promise<QueryResult> {
    throwIfCancelled(signal);
    if (params.length === 0) return toQueryResult(await this.conn.query(sql));
    const statement = await this.conn.prepare(sql);
    try {
      const table = await statement.query(...wireParams(params));
      throwIfCancelled(signal);
      return toQueryResult(table);
    } finally {
      await statement.close();
    }
  }

  async insertArrowIpc(table: string, bytes: Uint8Array): Promise<void> {
    await this.conn.insertArrowFromIPCStream(bytes, { name: table, create: false });
  }

  async close(): Promise<void> {
    await this.conn.close();
    await this.db.terminate();
    this.worker.terminate();
  }
}
