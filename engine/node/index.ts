/** Node adapter of the engine: duckdb-wasm's blocking build and in-process parsing. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { LoadInput } from '../api.js';
import { Engine } from '../engine.js';
import { runParseInProcess } from '../load/in-process-runner.js';
import { WasmNodeConnection } from './wasm-node-connection.js';

export { WasmNodeConnection } from './wasm-node-connection.js';
export { runParseInProcess } from '../load/in-process-runner.js';

/** An engine over a fresh in-memory duckdb-wasm database, parsing on this thread. */
export async function createNodeEngine(): Promise<Engine> {
  return new Engine(await WasmNodeConnection.open(), runParseInProcess);
}

/**
 * A {@link LoadInput} reading a file from disk. The size is looked up lazily: a missing file
 * is reported by the load (status 'error', message naming the file), not here.
 */
export async function fileInput(filePath: string): Promise<LoadInput> {
  const absolute = path.resolve(filePath);
  const size = await stat(absolute).then((s) => s.size, () => undefined);
  return {
    name: path.basename(absolute),
    path: absolute,
    size,
    open: () => readChunks(absolute),
  };
}

async function* readChunks(filePath: string): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(filePath, { highWaterMark: 1 << 20 })) {
    const buffer = chunk as Buffer;
    yield new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
}
