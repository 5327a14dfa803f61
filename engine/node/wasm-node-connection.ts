import { createRequire } from 'node:module';
import path from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import {
  OFFLINE_SETTINGS, throwIfCancelled, toQueryResult, wireParams,
  type QueryResult, type SqlConnection, type SqlParam,
} from '../sql/index.js';

/**
 * duckdb-wasm's blocking Node build behind {@link SqlConnection}. Queries run synchronously on
 * the calling thread, so a signal is honoured between statements, not inside one.
 */
export class WasmNodeConnection implements SqlConnection {
  private constructor(
    private readonly db: duckdb.DuckDBBindings,
    private readonly conn: duckdb.DuckDBConnection,
  ) {}

  /** Instantiates an in-memory database from the .wasm files in node_modules. */
  static async open(): Promise<WasmNodeConnection> {
    const require = createRequire(import.meta.url);
    const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
    const bundles = {
      mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
      eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
    };
    const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
    await db.instantiate();
    const conn = db.connect();
    conn.query(OFFLINE_SETTINGS);
    return new WasmNodeConnection(db, conn);
  }

  async query(sql: string, params: readonly SqlParam[] = [], signal?: AbortSignal): Promise<QueryResult> {
    throwIfCancelled(signal);
    if (params.length === 0) return toQueryResult(this.conn.query(sql));
    const statement = this.conn.prepare(sql);
    try {
      return toQueryResult(statement.query(...wireParams(params)));
    } finally {
      statement.close();
    }
  }

  async insertArrowIpc(table: string, bytes: Uint8Array): Promise<void> {
    this.conn.insertArrowFromIPCStream(bytes, { name: table, create: false });
  }

  async close(): Promise<void> {
    this.conn.close();
    await this.db.reset();
  }
}
