/** Browser adapter of the engine: DuckDB and the parsers each in their own Web Worker. */
import type { EngineApi } from '../api.js';
import { Engine } from '../engine.js';
import { runParseInWorker } from './parse-worker-client.js';
import { WasmWorkerConnection } from './wasm-worker-connection.js';

export { WasmWorkerConnection } from './wasm-worker-connection.js';
export { runParseInWorker } from './parse-worker-client.js';

/** An engine over duckdb-wasm in a Web Worker, parsing in another worker per load. */
export async function createBrowserEngine(): Promise<EngineApi> {
  return new Engine(await WasmWorkerConnection.open(), runParseInWorker);
}
