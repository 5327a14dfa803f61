/**
 * Row-by-row builder of `events` RecordBatches. A reader sets the columns it knows for the
 * current row (unset columns are null), calls `commit()`, and gets a batch back every
 * `batchRows` rows; `flush()` returns the last, partial batch.
 */
import { Binary, Bool, Int32, Int64, RecordBatch, Struct, Utf8, makeData } from 'apache-arrow';
import { attrsArrowType, eventArrowSchema } from './arrow-schema.js';
import {
  AttrsColumnBuilder, BinaryColumnBuilder, BoolColumnBuilder, Int32ColumnBuilder, Int64ColumnBuilder, Utf8ColumnBuilder,
} from './column-builders.js';
import { EVENT_COLUMNS } from './columns.js';

type AnyColumnBuilder = AttrsColumnBuilder | Int64ColumnBuilder | Int32ColumnBuilder | BoolColumnBuilder | Utf8ColumnBuilder | BinaryColumnBuilder;

const ATTRS = EVENT_COLUMNS.findIndex((c) => c.type === 'attrs');

/** Default rows per batch. */
export const DEFAULT_BATCH_ROWS = 65536;

/** Builds `events` batches; column arguments are indexes from `COL`. */
export class EventBatchBuilder {
  private readonly columns: AnyColumnBuilder[];
  private row = 0;

  constructor(readonly batchRows: number = DEFAULT_BATCH_ROWS) {
    if (!Number.isInteger(batchRows) || batchRows < 1) throw new RangeError(`batchRows must be a positive integer, got ${batchRows}`);
    this.columns = EVENT_COLUMNS.map((c) => makeColumn(c.type, batchRows));
  }

  /** Rows committed to the batch being built. */
  get pendingRows(): number {
    return this.row;
  }

  /** Sets an int64 column of the current row; a `number` must be a safe integer. */
  setInt64(col: number, value: bigint | number): void {
    const column = this.columns[col] as Int64ColumnBuilder;
    if (typeof value === 'bigint') column.set(this.row, value);
    else column.setNumber(this.row, value);
  }

  setInt32(col: number, value: number): void {
    (this.columns[col] as Int32ColumnBuilder).set(this.row, value);
  }

  setBool(col: number, value: boolean): void {
    (this.columns[col] as BoolColumnBuilder).set(this.row, value);
  }

  setUtf8(col: number, value: string): void {
    (this.columns[col] as Utf8ColumnBuilder).set(this.row, value);
  }

  /** Sets a utf8 column from bytes the caller has checked to be valid UTF-8 (copied now). */
  setUtf8Bytes(col: number, value: Uint8Array): void {
    (this.columns[col] as Utf8ColumnBuilder).setBytes(this.row, value);
  }

  setBinary(col: number, value: Uint8Array): void {
    (this.columns[col] as BinaryColumnBuilder).set(this.row, value);
  }

  /**
   * Adds values to the `attrs` map of the current row under `key` (a full field name such as
   * `ct.name` or `ka.user.groups`); repeated keys collect into one list.
   */
  addAttr(key: string, values: string | readonly string[]): void {
    (this.columns[ATTRS] as AttrsColumnBuilder).add(this.row, key, values);
  }

  /** Ends the current row; returns a full batch when this row filled one. */
  commit(): RecordBatch | null {
    this.row++;
    return this.row >= this.batchRows ? this.flush() : null;
  }

  /** Returns the rows committed so far as a batch (null when there are none) and starts anew. */
  flush(): RecordBatch | null {
    if (this.row === 0) return null;
    const length = this.row;
    const schema = eventArrowSchema();
    const children = this.columns.map((c) => c.finish(length));
    this.row = 0;
    const data = makeData({ type: new Struct(schema.fields), length, nullCount: 0, children });
    return new RecordBatch(schema, data);
  }
}

function makeColumn(type: (typeof EVENT_COLUMNS)[number]['type'], capacity: number): AnyColumnBuilder {
  switch (type) {
    case 'int64': return new Int64ColumnBuilder(capacity, new Int64());
    case 'int32': return new Int32ColumnBuilder(capacity, new Int32());
    case 'bool': return new BoolColumnBuilder(capacity, new Bool());
    case 'utf8': return new Utf8ColumnBuilder(capacity, new Utf8());
    case 'binary': return new BinaryColumnBuilder(capacity, new Binary());
    case 'attrs': return new AttrsColumnBuilder(capacity, attrsArrowType());
  }
}
