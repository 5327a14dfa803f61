import { Int32, Table, Utf8, tableFromIPC, tableToIPC, vectorFromArray, type RecordBatch } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { ROW_GROUP_ROWS, RowGroupBatcher } from './row-groups.js';

function batch(from: number, rows: number): RecordBatch {
  const ids = Array.from({ length: rows }, (_, i) => from + i);
  const table = new Table({
    id: vectorFromArray(ids, new Int32()),
    name: vectorFromArray(ids.map((i) => (i % 3 === 0 ? null : `n${i}`)), new Utf8()),
  });
  return table.batches[0];
}

function feed(batcher: RowGroupBatcher, sizes: readonly number[]): RecordBatch[][] {
  const groups: RecordBatch[][] = [];
  let from = 0;
  for (const size of sizes) {
    groups.push(...batcher.add(batch(from, size)));
    from += size;
  }
  const rest = batcher.flush();
  if (rest) groups.push(rest);
  return groups;
}

const rowsOf = (group: readonly RecordBatch[]) => group.reduce((sum, b) => sum + b.numRows, 0);

describe('RowGroupBatcher', () => {
  it("is DuckDB's row group size by default", () => {
    expect(ROW_GROUP_ROWS).toBe(122_880);
  });

  it('cuts groups at multiples of the group size, counting the rows the table already has', () => {
    expect(feed(new RowGroupBatcher(0, 10), [4, 4, 4, 4, 4, 1]).map(rowsOf)).toEqual([10, 10, 1]);
    expect(feed(new RowGroupBatcher(7, 10), [4, 4, 4, 4, 4, 1]).map(rowsOf)).toEqual([3, 10, 8]);
    expect(feed(new RowGroupBatcher(20, 10), [25]).map(rowsOf)).toEqual([10, 10, 5]);
    expect(feed(new RowGroupBatcher(0, 10), [10, 10]).map(rowsOf)).toEqual([10, 10]);
    expect(feed(new RowGroupBatcher(0, 10), [])).toEqual([]);
  });

  it('keeps every row, in order, with its nulls, through IPC (slices at odd offsets)', () => {
    const groups = feed(new RowGroupBatcher(3, 10), [5, 13, 2, 9]);
    const rows = groups.flatMap((group) => tableFromIPC(tableToIPC(new Table(group), 'stream')).toArray().map((r) => r.toJSON()));
    expect(rows).toHaveLength(29);
    rows.forEach((row, i) => expect(row).toEqual({ id: i, name: i % 3 === 0 ? null : `n${i}` }));
  });

  it('rejects a group size that is not a positive integer', () => {
    expect(() => new RowGroupBatcher(0, 0)).toThrow(RangeError);
  });
});
