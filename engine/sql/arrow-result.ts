import type { QueryResult, SqlColumn, SqlValue } from './connection.js';

/** The part of an Arrow (any version) table that {@link toQueryResult} reads. */
interface ArrowLikeTable {
  readonly numRows: number;
  readonly schema: { readonly fields: readonly { readonly name: string; readonly type: { toString(): string } }[] };
  getChildAt(index: number): { get(row: number): unknown } | null;
}

/**
 * Copies a duckdb-wasm (apache-arrow 17) result into a plain {@link QueryResult}.
 * int64 stays bigint; other values become JS primitives, BLOBs Uint8Array.
 */
export function toQueryResult(table: ArrowLikeTable): QueryResult {
  const columns: SqlColumn[] = table.schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
  const vectors = columns.map((_, i) => table.getChildAt(i));
  const rowCount = table.numRows;
  const get = (row: number, column: number): SqlValue => toSqlValue(vectors[column]?.get(row));
  return {
    columns,
    rowCount,
    get,
    toRows() {
      const rows: Record<string, SqlValue>[] = [];
      for (let r = 0; r < rowCount; r++) {
        const row: Record<string, SqlValue> = {};
        columns.forEach((c, i) => { row[c.name] = get(r, i); });
        rows.push(row);
      }
      return rows;
    },
  };
}

function toSqlValue(value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string': case 'number': case 'bigint': case 'boolean':
      return value;
    default:
      if (value instanceof Uint8Array) return value;
      return String(value);
  }
}
