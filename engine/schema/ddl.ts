import { EVENT_COLUMNS } from '../../parsers/index.js';

type ColumnType = (typeof EVENT_COLUMNS)[number]['type'];

const SQL_TYPES: Record<ColumnType, string> = {
  int64: 'BIGINT',
  int32: 'INTEGER',
  bool: 'BOOLEAN',
  utf8: 'VARCHAR',
  binary: 'BLOB',
  attrs: 'MAP(VARCHAR, VARCHAR[])',
};

/** The DuckDB type of each storage type; the order of columns is EVENT_COLUMNS' order. */
export function sqlTypeOf(type: ColumnType): string {
  return SQL_TYPES[type];
}

/**
 * DDL of the `events` table, created before the first load so that IPC batches are appended
 * (by column position) to a table of the declared types.
 */
export function createEventsTableSql(): string {
  const columns = EVENT_COLUMNS.map((c) => `  ${c.name} ${sqlTypeOf(c.type)}`);
  return `CREATE TABLE IF NOT EXISTS events (\n${columns.join(',\n')}\n)`;
}

/** DDL of `sources`: one row per input of the case, for `source.name`. */
export function createSourcesTableSql(): string {
  return 'CREATE TABLE IF NOT EXISTS sources (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, path VARCHAR, kind VARCHAR)';
}
