/** Cell and row rendering for `ephemera query`: table, CSV (RFC 4180) and JSON Lines. */
import type { CellValue, EventRow, FieldInfo } from '../../engine/index.js';
import { escapeForTerminal } from './terminal-text.js';

/** Output formats of `query`. */
export type OutputFormat = 'table' | 'csv' | 'jsonl';

/** ns since the epoch as `YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ` (UTC). */
export function formatNsTime(ns: bigint): string {
  const seconds = ns / 1_000_000_000n;
  const fraction = ns - seconds * 1_000_000_000n;
  const [whole, nanos] = fraction < 0n ? [seconds - 1n, fraction + 1_000_000_000n] : [seconds, fraction];
  const iso = new Date(Number(whole) * 1000).toISOString().slice(0, 19);
  return `${iso}.${nanos.toString().padStart(9, '0')}Z`;
}

/** A cell as text (no escaping): times rendered, bytes as hex. */
export function cellText(field: FieldInfo, value: CellValue): string {
  if (value === null) return '';
  if (field.type === 'time' && typeof value === 'bigint') return formatNsTime(value);
  if (value instanceof Uint8Array) return toHex(value);
  return String(value);
}

/** A cell for JSON: int64 as a number when exact, else a string. */
export function cellJson(field: FieldInfo, value: CellValue): string | number | boolean | null {
  if (value === null) return null;
  if (field.type === 'time' && typeof value === 'bigint') return formatNsTime(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Uint8Array) return toHex(value);
  return value;
}

/** One JSON Lines record. */
export function jsonlLine(fields: readonly FieldInfo[], row: EventRow): string {
  const record: Record<string, unknown> = {};
  for (const field of fields) record[field.name] = cellJson(field, row[field.name] ?? null);
  return `${JSON.stringify(record)}\n`;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180). Text that a spreadsheet would run as a formula gets a leading `'`;
 * numbers from numeric fields are left as numbers.
 */
export function csvField(text: string, isNumber: boolean): string {
  const safe = !isNumber && FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record, CRLF-terminated. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.join(',')}\r\n`;
}

/** The CSV record of a row. */
export function csvRow(fields: readonly FieldInfo[], row: EventRow): string {
  return csvLine(fields.map((field) => {
    const value = row[field.name] ?? null;
    const isNumber = (typeof value === 'number' || typeof value === 'bigint') && field.type !== 'time';
    return csvField(cellText(field, value), isNumber);
  }));
}

/** A table cell: terminal-safe and cut to `width`. */
export function tableCell(field: FieldInfo, value: CellValue, width: number): string {
  const text = escapeForTerminal(cellText(field, value));
  return text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
