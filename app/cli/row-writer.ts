/** Streams query rows to an output in one of the formats, page by page. */
import type { EventRow, FieldInfo } from '../../engine/index.js';
import { csvField, csvLine, csvRow, jsonlLine, tableCell, type OutputFormat } from './output-format.js';
import { escapeForTerminal } from './terminal-text.js';

/** Where text goes; resolves when the output can take more. */
export type Sink = (text: string) => Promise<void>;

/** Writes pages of rows. */
export interface RowWriter {
  page(rows: readonly EventRow[]): Promise<void>;
  end(): Promise<void>;
}

const MAX_TABLE_WIDTH = 60;

/** A writer for the format; table column widths come from the first page. */
export function createRowWriter(format: OutputFormat, fields: readonly FieldInfo[], sink: Sink): RowWriter {
  switch (format) {
    case 'csv': return csvWriter(fields, sink);
    case 'jsonl': return { page: (rows) => sink(rows.map((row) => jsonlLine(fields, row)).join('')), end: async () => undefined };
    case 'table': return tableWriter(fields, sink);
  }
}

function csvWriter(fields: readonly FieldInfo[], sink: Sink): RowWriter {
  let started = false;
  const header = () => csvLine(fields.map((field) => csvField(field.name, false)));
  return {
    async page(rows) {
      const head = started ? '' : header();
      started = true;
      await sink(head + rows.map((row) => csvRow(fields, row)).join(''));
    },
    async end() {
      if (!started) await sink(header());
    },
  };
}

function tableWriter(fields: readonly FieldInfo[], sink: Sink): RowWriter {
  let widths: number[] | null = null;
  const line = (cells: readonly string[]) => `${cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths![i]))).join('  ').trimEnd()}\n`;
  const start = (rows: readonly EventRow[]) => {
    widths = fields.map((field) => {
      const longest = rows.reduce((max, row) => Math.max(max, tableCell(field, row[field.name] ?? null, Infinity).length), field.name.length);
      return Math.min(longest, MAX_TABLE_WIDTH);
    });
    return line(fields.map((field) => escapeForTerminal(field.name)));
  };
  const render = (row: EventRow) => line(fields.map((field, i) =>
    tableCell(field, row[field.name] ?? null, i === fields.length - 1 ? Infinity : widths![i])));
  return {
    async page(rows) {
      const head = widths ? '' : start(rows);
      await sink(head + rows.map(render).join(''));
    },
    async end() {
      if (!widths) await sink(start([]));
    },
  };
}
