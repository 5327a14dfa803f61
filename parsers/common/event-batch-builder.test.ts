import { tableFromIPC, tableToIPC, Table } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { COL, eventArrowSchema } from './arrow-schema.js';
import { EVENT_COLUMNS } from './columns.js';
import { EventBatchBuilder } from './event-batch-builder.js';

function fillRow(builder: EventBatchBuilder, n: number): ReturnType<EventBatchBuilder['commit']> {
  builder.setInt64(COL.evt_num, n);
  builder.setInt32(COL.source_id, 7);
  builder.setUtf8(COL.source_kind, 'strace');
  builder.setInt64(COL.src_offset, n * 10);
  builder.setInt32(COL.src_length, 10);
  if (n % 2 === 0) builder.setInt64(COL.ts, 1_700_000_000_000_000_000n + BigInt(n));
  if (n % 3 === 0) builder.setUtf8(COL.proc_name, n === 3 ? 'bäsh 🐚' : `p${n}`);
  builder.setBool(COL.failed, n % 4 === 0);
  if (n === 5) builder.setBinary(COL.data, new Uint8Array([0, 255, 10]));
  return builder.commit();
}

describe('EventBatchBuilder', () => {
  it('emits batches of batchRows with the events schema, nulls for unset cells, and survives IPC', () => {
    const builder = new EventBatchBuilder(4);
    const batches = [];
    for (let n = 1; n <= 10; n++) {
      const batch = fillRow(builder, n);
      if (batch) batches.push(batch);
    }
    const last = builder.flush();
    if (last) batches.push(last);
    expect(batches.map((b) => b.numRows)).toEqual([4, 4, 2]);
    expect(batches[0].schema.fields.map((f) => f.name)).toEqual(EVENT_COLUMNS.map((c) => c.name));
    expect(batches[0].schema.fields.map(String)).toEqual(eventArrowSchema().fields.map(String));

    const table = tableFromIPC(tableToIPC(new Table(batches)));
    const rows = table.toArray().map((r) => r.toJSON());
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatchObject({ evt_num: 1n, source_id: 7, source_kind: 'strace', ts: null, proc_name: null, failed: false, data: null, cwd: null });
    expect(rows[1]).toMatchObject({ ts: 1_700_000_000_000_000_002n, proc_name: null });
    expect(rows[2].proc_name).toBe('bäsh 🐚');
    expect(rows[3]).toMatchObject({ failed: true, proc_name: null });
    expect(Array.from(rows[4].data as Uint8Array)).toEqual([0, 255, 10]);
    expect(rows[8]).toMatchObject({ evt_num: 9n, proc_name: 'p9', src_offset: 90n });
    expect(builder.flush()).toBeNull();
  });

  it('keeps every column of a full batch through IPC when bitmaps need no padding (64 rows, mostly null columns)', () => {
    const builder = new EventBatchBuilder(64);
    let batch = null;
    for (let n = 1; n <= 64 && !batch; n++) batch = fillRow(builder, n);
    expect(batch?.numRows).toBe(64);
    const table = tableFromIPC(tableToIPC(new Table([batch!])));
    const rows = table.toArray().map((r) => r.toJSON());
    expect(rows[63]).toMatchObject({ evt_num: 64n, ts: 1_700_000_000_000_000_064n, failed: true, cwd: null, uid: null, data: null });
    expect(table.getChild('cwd')?.nullCount).toBe(64);
  });

  it('writes int64 cells given as numbers exactly, negative and beyond 32 bits', () => {
    const values = [0, -1, 1, 2 ** 32, -(2 ** 32) - 5, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 0x7fffffff + 1];
    const builder = new EventBatchBuilder(values.length);
    let batch = null;
    for (const value of values) { builder.setInt64(COL.res, value); batch = builder.commit(); }
    expect(batch?.getChild('res')?.toArray()).toEqual(BigInt64Array.from(values.map(BigInt)));
  });

  it('copies repeated long strings correctly across rows, byte cells and buffer growth', () => {
    const long = `/usr/bin/python3 -m http.server 18731 --bind 127.0.0.1 ${'é'.repeat(300)}`;
    const cells = [long, long, 'short', long, `${long}!`, `${long}!`, long];
    const builder = new EventBatchBuilder(cells.length);
    let batch = null;
    cells.forEach((cell, i) => {
      builder.setUtf8(COL.cmdline, cell);
      builder.setUtf8Bytes(COL.raw, new TextEncoder().encode(`line ${i}`));
      batch = builder.commit();
    });
    expect(batch!.getChild('cmdline')?.toArray()).toEqual(cells);
    expect(batch!.getChild('raw')?.toArray()).toEqual(cells.map((_, i) => `line ${i}`));
  });
});

