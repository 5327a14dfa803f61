/**
 * Regroups parser batches so that each insert into `events` ends on a DuckDB row-group boundary.
 *
 * DuckDB (duckdb-wasm 1.32, in-memory) stores a table in row groups of 122,880 rows. An insert
 * that fills whole row groups of its own is cheap; one that completes a row group the table
 * already started costs 1–3.5 s for a wide `events` batch of 65,536 rows (measured: the 101 MB
 * bench input spent 15.6 s of 26 s in inserts, every second insert taking 2–3.5 s, against
 * 0.3 s for the others). So inserts are cut at the table's row-group boundaries: the first one
 * tops up the group the table has open, the next ones are whole groups, the last the remainder.
 */
import type { RecordBatch } from 'apache-arrow';

/** DuckDB's rows per row group (DEFAULT_ROW_GROUP_SIZE). */
export const ROW_GROUP_ROWS = 122_880;

/** Collects batches and hands them out in groups that end on row-group boundaries. */
export class RowGroupBatcher {
  private pending: RecordBatch[] = [];
  private pendingRows = 0;
  private target: number;

  /** `tableRows`: rows the table holds before this load (only the alignment depends on it). */
  constructor(tableRows: number, private readonly groupRows: number = ROW_GROUP_ROWS) {
    if (!Number.isInteger(groupRows) || groupRows < 1) throw new RangeError(`groupRows must be a positive integer, got ${groupRows}`);
    const open = ((tableRows % groupRows) + groupRows) % groupRows;
    this.target = groupRows - open;
  }

  /** Adds a batch; returns the groups it completed (each a list of batches, in order). */
  add(batch: RecordBatch): RecordBatch[][] {
    const groups: RecordBatch[][] = [];
    let rest = batch;
    while (rest.numRows > 0) {
      const room = this.target - this.pendingRows;
      if (rest.numRows < room) {
        this.pending.push(rest);
        this.pendingRows += rest.numRows;
        break;
      }
      this.pending.push(room === rest.numRows ? rest : rest.slice(0, room));
      groups.push(this.take());
      rest = rest.slice(room);
    }
    return groups;
  }

  /** The batches not yet handed out (null when there are none). */
  flush(): RecordBatch[] | null {
    return this.pendingRows > 0 ? this.take() : null;
  }

  private take(): RecordBatch[] {
    const group = this.pending;
    this.pending = [];
    this.pendingRows = 0;
    this.target = this.groupRows;
    return group;
  }
}
