import { Int32, Int64, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancelledError } from '../sql/index.js';
import { WasmNodeConnection } from './wasm-node-connection.js';

describe('WasmNodeConnection', () => {
  let conn: WasmNodeConnection;
  beforeAll(async () => { conn = await WasmNodeConnection.open(); });
  afterAll(async () => { await conn.close(); });

  it('returns columns, int64 as bigint and other values as JS primitives', async () => {
    const result = await conn.query("SELECT 1::INTEGER AS i, 9007199254740993::BIGINT AS b, 'x' AS s, true AS t, NULL::VARCHAR AS n");
    expect(result.columns.map((c) => c.name)).toEqual(['i', 'b', 's', 't', 'n']);
    expect(result.toRows()).toEqual([{ i: 1, b: 9007199254740993n, s: 'x', t: true, n: null }]);
  });

  it('binds parameters, including int64 beyond 2^53 and hostile strings', async () => {
    await conn.query('CREATE TABLE p (a BIGINT, s VARCHAR)');
    await conn.query("INSERT INTO p VALUES (9007199254740993, 'x'' OR 1=1 --'), (9007199254740992, 'plain')");
    const big = await conn.query('SELECT s FROM p WHERE a = ?', [9007199254740993n]);
    expect(big.toRows()).toEqual([{ s: "x' OR 1=1 --" }]);
    const hostile = await conn.query('SELECT a FROM p WHERE s = ?', ["x' OR 1=1 --"]);
    expect(hostile.toRows()).toEqual([{ a: 9007199254740993n }]);
  });

  it('appends apache-arrow 21 IPC stream bytes to an existing table', async () => {
    await conn.query('CREATE TABLE t (a BIGINT, b INTEGER, c VARCHAR)');
    const table = new Table({
      a: vectorFromArray([1n, 2n], new Int64()),
      b: vectorFromArray([10, null], new Int32()),
      c: vectorFromArray(['x', 'ü'], new Utf8()),
    });
    await conn.insertArrowIpc('t', tableToIPC(table, 'stream'));
    await conn.insertArrowIpc('t', tableToIPC(table, 'stream'));
    const result = await conn.query('SELECT a, b, c FROM t ORDER BY a, b');
    expect(result.rowCount).toBe(4);
    expect(result.toRows()[0]).toEqual({ a: 1n, b: 10, c: 'x' });
    expect(result.toRows()[3]).toEqual({ a: 2n, b: null, c: 'ü' });
  });

  it('does not run a query whose signal already fired', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(conn.query('SELECT 1', [], controller.signal)).rejects.toBeInstanceOf(CancelledError);
  });

  it('has extension autoloading off (offline)', async () => {
    const result = await conn.query("SELECT current_setting('autoload_known_extensions') AS v");
    expect(result.get(0, 0)).toBe(false);
  });
});
