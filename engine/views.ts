/**
 * Filtered views over `events`, fetched by position (../shared/DESIGN.md §2: never deep OFFSET).
 *
 * A view materializes the matching evt_nums with their position in a temp table; a window is
 * then read with a range on `pos` and a BETWEEN on `evt_num`, which DuckDB's zone maps turn
 * into a scan of the few row groups that hold the window (events are appended in evt_num order).
 * The unfiltered view needs no table while evt_num is dense from 1 (position = evt_num - 1),
 * which the engine's load numbering guarantees; it is checked, and a table is made otherwise.
 */
import type { CompiledFilter, EventRow, FieldInfo } from './api.js';
import type { SqlConnection } from './sql/index.js';

/** A view as the engine keeps it. */
export interface ViewRecord {
  readonly viewId: number;
  readonly filter: string;
  readonly rowCount: number;
  /** temp table of (pos, vnum = evt_num), or null for the unfiltered view in file order */
  readonly table: string | null;
}

type Compiled = Extract<CompiledFilter, { ok: true }>;

/**
 * Row order of a view: `file` = evt_num (the order of the inputs, each in its own order: one
 * source, or sources that do not interleave); `time` = one timeline across sources by ts (events
 * without a time last), ties by source and evt_num.
 */
export type ViewOrder = 'file' | 'time';

const ORDER_SQL: Record<ViewOrder, string> = {
  file: 'evt_num',
  time: 'ts ASC NULLS LAST, source_id, evt_num',
};

/** Materializes the view's positions and counts its rows. */
export async function createView(
  conn: SqlConnection, viewId: number, filter: string, compiled: Compiled, signal?: AbortSignal, order: ViewOrder = 'file',
): Promise<ViewRecord> {
  if (compiled.sql === 'TRUE' && order === 'file') {
    const result = await conn.query('SELECT count(*) AS n, coalesce(max(evt_num), 0) AS hi, coalesce(min(evt_num), 1) AS lo FROM events', [], signal);
    const rowCount = Number(result.get(0, 0));
    const isDense = Number(result.get(0, 1)) === rowCount && Number(result.get(0, 2)) === 1;
    if (isDense) return { viewId, filter, rowCount, table: null };
  }
  const table = `view_${viewId}`;
  const orderBy = ORDER_SQL[order];
  await conn.query(
    `CREATE TEMP TABLE ${table} AS SELECT (row_number() OVER (ORDER BY ${orderBy}) - 1) AS pos, evt_num AS vnum FROM events WHERE ${compiled.sql} ORDER BY pos`,
    compiled.params, signal);
  const result = await conn.query(`SELECT count(*) AS n FROM ${table}`, [], signal);
  return { viewId, filter, rowCount: Number(result.get(0, 0)), table };
}

/** Drops a view's table, if it has one. */
export async function dropView(conn: SqlConnection, view: ViewRecord): Promise<void> {
  if (view.table) await conn.query(`DROP TABLE IF EXISTS ${view.table}`);
}

/** Rows [offset, offset+limit) of a view with the given catalog fields, in the view's order. */
export async function fetchWindow(
  conn: SqlConnection, view: ViewRecord, offset: number, limit: number, fields: readonly FieldInfo[], signal?: AbortSignal,
): Promise<EventRow[]> {
  const start = Math.max(0, Math.floor(offset));
  const end = Math.min(view.rowCount, start + Math.max(0, Math.floor(limit)));
  if (end <= start) return [];
  const select = selectList(fields);
  if (!view.table) {
    const result = await conn.query(`SELECT ${select} FROM events WHERE evt_num > ? AND evt_num <= ? ORDER BY evt_num`, [start, end], signal);
    return result.toRows();
  }
  const bounds = await conn.query(`SELECT min(vnum) AS lo, max(vnum) AS hi FROM ${view.table} WHERE pos >= ? AND pos < ?`, [start, end], signal);
  const lo = bounds.get(0, 0);
  const hi = bounds.get(0, 1);
  if (lo === null || hi === null) return [];
  // the BETWEEN lets DuckDB's zone maps skip the row groups outside the window's evt_nums
  const result = await conn.query(
    `SELECT ${select} FROM events JOIN ${view.table} v ON evt_num = v.vnum WHERE evt_num BETWEEN ? AND ? AND v.pos >= ? AND v.pos < ? ORDER BY v.pos`,
    [lo as bigint, hi as bigint, start, end], signal);
  return result.toRows();
}

/** `sql AS "name", …` for catalog fields (names come from the catalog, quoted anyway). */
export function selectList(fields: readonly FieldInfo[]): string {
  if (fields.length === 0) return 'evt_num AS "evt.num"';
  return fields.map((field) => `${field.sql} AS ${quoteIdentifier(field.name)}`).join(', ');
}

/** Quotes an SQL identifier. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
