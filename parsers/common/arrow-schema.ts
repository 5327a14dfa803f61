/**
 * The Arrow schema of the `events` table, derived from EVENT_COLUMNS.
 */
import { Binary, Bool, type DataType, Field, Int32, Int64, List, Map_, Schema, Struct, Utf8 } from 'apache-arrow';
import { type ColumnName, type ColumnType, EVENT_COLUMNS } from './columns.js';

/** Columns every row has (the identity group); all others are nullable. */
const REQUIRED: ReadonlySet<string> = new Set(['evt_num', 'source_id', 'source_kind', 'src_offset', 'src_length']);

/** The Arrow type that stores a column type. */
export function arrowType(type: ColumnType): DataType {
  switch (type) {
    case 'int64': return new Int64();
    case 'int32': return new Int32();
    case 'bool': return new Bool();
    case 'utf8': return new Utf8();
    case 'binary': return new Binary();
    case 'attrs': return attrsArrowType();
  }
}

/** MAP<utf8, LIST<utf8>>: the `attrs` column (DuckDB `MAP(VARCHAR, VARCHAR[])`). */
export function attrsArrowType(): Map_<Utf8, List<Utf8>> {
  const entries = new Struct([
    new Field('key', new Utf8(), false),
    new Field('value', new List(new Field('item', new Utf8(), true)), true),
  ]);
  return new Map_(new Field('entries', entries, false), false);
}

let cached: Schema | undefined;

/** The Arrow schema of `events`: one field per EVENT_COLUMNS entry, in table order. */
export function eventArrowSchema(): Schema {
  cached ??= new Schema(EVENT_COLUMNS.map((c) => new Field(c.name, arrowType(c.type), !REQUIRED.has(c.name))));
  return cached;
}

/** Index of each column in EVENT_COLUMNS (and in the schema), for the batch builder's setters. */
export const COL = Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c.name, i])) as { readonly [K in ColumnName]: number };
