import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldInfo } from '../api.js';
import { WasmNodeConnection } from '../node/wasm-node-connection.js';
import { FIELD_CATALOG, createEventsTableSql, createSourcesTableSql } from '../schema/index.js';
import { compileFilter } from './compile.js';

const SAMPLE_LITERAL: Record<FieldInfo['type'], string> = {
  string: '"x\' OR 1=1 --"', int: '-42', time: '1700000000000000000', duration: '15', bool: 'true', ip: '10.0.0.1', bytes: '00',
};

const filters = FIELD_CATALOG.filter((f) => f.type !== 'bytes').flatMap((f) => [
  `${f.name} == ${SAMPLE_LITERAL[f.type]}`,
  `${f.name} != ${SAMPLE_LITERAL[f.type]}`,
  `${f.name}`,
  `not ${f.name} = ${SAMPLE_LITERAL[f.type]} or (evt.type = open && !proc.name)`,
]);

describe('DuckDB accepts the compiled SQL', () => {
  let conn: WasmNodeConnection;
  beforeAll(async () => {
    conn = await WasmNodeConnection.open();
    await conn.query(createEventsTableSql());
    await conn.query(createSourcesTableSql());
    await conn.query("INSERT INTO sources VALUES (1, 'a.log', NULL, 'strace')");
    await conn.query("INSERT INTO events (evt_num, source_id, evt_type, proc_name, res, failed) VALUES (1, 1, 'open', 'x'' OR 1=1 --', -42, true), (2, 1, 'open', NULL, 0, false)");
  });
  afterAll(async () => { await conn.close(); });

  it.each(filters.map((f) => [f]))('%s', async (filter) => {
    const compiled = compileFilter(filter);
    if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
    const result = await conn.query(`SELECT count(*) AS n FROM events WHERE ${compiled.sql}`, compiled.params);
    expect(Number(result.get(0, 0))).toBeGreaterThanOrEqual(0);
  });

  it('every catalog expression is valid over events', async () => {
    const select = FIELD_CATALOG.map((f) => `${f.sql} AS "${f.name}"`).join(', ');
    const result = await conn.query(`SELECT ${select} FROM events ORDER BY evt_num`);
    expect(result.columns.map((c) => c.name)).toEqual(FIELD_CATALOG.map((f) => f.name));
    expect(result.toRows()[0]).toMatchObject({ 'evt.res': '-42', 'source.name': 'a.log', 'proc.name': "x' OR 1=1 --" });
  });
});
