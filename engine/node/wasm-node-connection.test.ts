import { Int32, Int64, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RowGroupBatcher, ROW_GROUP_ROWS } from '../load/row-groups.js';
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

  it('appends streams of several sliced batches, and stores row groups of ROW_GROUP_ROWS rows', async () => {
    await conn.query('CREATE TABLE g (id INTEGER, s VARCHAR)');
    await conn.query("INSERT INTO g VALUES (-1, 'first')");
    const total = ROW_GROUP_ROWS + 1000;
    const ids = Array.from({ length: total }, (_, i) => i);
    const source = new Table({
      id: vectorFromArray(ids, new Int32()),
      s: vectorFromArray(ids.map((i) => (i % 5 === 0 ? null : `s${i % 7}`)), new Utf8()),
    });
    const batcher = new RowGroupBatcher(1);
    const groups = [];
    for (let from = 0; from < total; from += 50_001) groups.push(...batcher.add(source.slice(from, from + 50_001).batches[0]));
    groups.push(batcher.flush()!);
    for (const group of groups) await conn.insertArrowIpc('g', tableToIPC(new Table(group), 'stream'));
    const check = await conn.query(`SELECT count(*) AS n, sum(id)::BIGINT AS ids, count(s) AS strings,
      count(*) FILTER (WHERE s <> 's' || (id % 7)) AS wrong FROM g WHERE id >= 0`);
    expect(check.toRows()).toEqual([{ n: BigInt(total), ids: BigInt((total * (total - 1)) / 2), strings: BigInt(total - Math.ceil(total / 5)), wrong: 0n }]);
    const rowGroups = await conn.query(`SELECT row_group_id, sum(count)::BIGINT AS rows FROM pragma_storage_info('g')
      WHERE column_name = 'id' AND segment_type <> 'VALIDITY' GROUP BY 1 ORDER BY 1`);
    expect(rowGroups.toRows()).toEqual([{ row_group_id: 0n, rows: BigInt(ROW_GROUP_ROWS) }, { row_group_id: 1n, rows: 1001n }]);
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
