import { Binary, Bool, Int64, Null, Table, Utf8, tableFromIPC, vectorFromArray } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WasmNodeConnection } from '../node/wasm-node-connection.js';
import { toIpcStream, withNullTypedEmptyColumns } from './ipc-stream.js';

function batchOf(rows: { a: bigint; b: bigint | null; s: string | null; t: boolean | null; x: Uint8Array | null }[]) {
  return new Table({
    a: vectorFromArray(rows.map((r) => r.a), new Int64()),
    b: vectorFromArray(rows.map((r) => r.b), new Int64()),
    s: vectorFromArray(rows.map((r) => r.s), new Utf8()),
    t: vectorFromArray(rows.map((r) => r.t), new Bool()),
    x: vectorFromArray(rows.map((r) => r.x), new Binary()),
  }).batches[0];
}

const empty = { b: null, s: null, t: null, x: null };

describe('toIpcStream', () => {
  let conn: WasmNodeConnection;
  beforeAll(async () => { conn = await WasmNodeConnection.open(); });
  afterAll(async () => { await conn.close(); });

  it('sends columns that are null in every row of the group as Null, others as they are', () => {
    const first = batchOf([{ a: 1n, ...empty }, { a: 2n, ...empty }]);
    const second = batchOf([{ a: 3n, ...empty, s: 'x' }]);
    const types = withNullTypedEmptyColumns([first, second])[0].schema.fields.map((f) => String(f.type));
    expect(types).toEqual(['Int64', 'Null', 'Utf8', 'Null', 'Null']);
    expect(withNullTypedEmptyColumns([second])[0].schema.fields.map((f) => f.type instanceof Null)).toEqual([false, true, false, true, true]);
    const rows = tableFromIPC(toIpcStream([first, second])).toArray().map((r) => r.toJSON());
    expect(rows).toEqual([{ a: 1n, ...empty }, { a: 2n, ...empty }, { a: 3n, ...empty, s: 'x' }]);
  });

  it('keeps a group with no empty column unchanged', () => {
    const full = batchOf([{ a: 1n, b: 2n, s: 's', t: false, x: new Uint8Array([1]) }]);
    expect(withNullTypedEmptyColumns([full])[0]).toBe(full);
  });

  it('inserts Null-typed columns into typed DuckDB columns as NULL, by position', async () => {
    await conn.query('CREATE TABLE n (a BIGINT, b BIGINT, s VARCHAR, t BOOLEAN, x BLOB)');
    await conn.insertArrowIpc('n', toIpcStream([batchOf([{ a: 1n, ...empty }, { a: 2n, ...empty, t: true }])]));
    await conn.insertArrowIpc('n', toIpcStream([batchOf([{ a: 3n, b: -4n, s: 'ü', t: null, x: new Uint8Array([0, 255]) }])]));
    const result = await conn.query('SELECT a, b, s, t, x, typeof(b) AS tb FROM n ORDER BY a');
    expect(result.toRows()).toEqual([
      { a: 1n, b: null, s: null, t: null, x: null, tb: 'BIGINT' },
      { a: 2n, b: null, s: null, t: true, x: null, tb: 'BIGINT' },
      { a: 3n, b: -4n, s: 'ü', t: null, x: new Uint8Array([0, 255]), tb: 'BIGINT' },
    ]);
  });
});
