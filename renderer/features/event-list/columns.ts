/** The default columns of the event list and the catalog fields they read. */
import type { CellValue, EventRow, FieldInfo } from '../../../engine/api';
import { formatCell, formatDurationNs, formatNsTime, truncate } from '../../components/format';

/** What the cells need besides the row. */
export interface ColumnContext {
  /** 'UTC', 'local' or an IANA zone */
  readonly timeZone: string;
}

export interface EventColumn {
  readonly id: string;
  /** header text, or a function of the context (the time column names its zone) */
  readonly header: string | ((context: ColumnContext) => string);
  readonly size: number;
  /** catalog fields this column reads, first present wins for `pick` */
  readonly fields: readonly string[];
  readonly text: (row: EventRow, pick: (names: readonly string[]) => CellValue, context: ColumnContext) => string;
  readonly className?: (row: EventRow, pick: (names: readonly string[]) => CellValue) => string | undefined;
}

const ARGS_MAX = 300;

/** The header of a column in a context. */
export function headerText(column: EventColumn, context: ColumnContext): string {
  return typeof column.header === 'string' ? column.header : column.header(context);
}

export const SOURCE_FIELDS = ['source.name', 'evt.source', 'source.kind', 'source.id'] as const;

export const EVENT_COLUMNS_UI: readonly EventColumn[] = [
  { id: 'num', header: 'No.', size: 70, fields: ['evt.num'], text: (_r, p) => formatCell(p(['evt.num'])) },
  {
    id: 'time', header: (c) => `Time (${c.timeZone === 'local' ? 'local' : c.timeZone})`, size: 228, fields: ['evt.time', 'evt.rawtime'],
    text: (_r, p, c) => formatNsTime(p(['evt.time', 'evt.rawtime']), c.timeZone),
  },
  { id: 'source', header: 'Source', size: 110, fields: SOURCE_FIELDS, text: (_r, p) => formatCell(p(SOURCE_FIELDS)) },
  { id: 'pid', header: 'PID/TID', size: 95, fields: ['proc.pid', 'thread.tid'], text: (_r, p) => pidTid(p(['proc.pid']), p(['thread.tid'])) },
  { id: 'proc', header: 'Process', size: 110, fields: ['proc.name'], text: (_r, p) => formatCell(p(['proc.name'])) },
  { id: 'dir', header: 'Dir', size: 34, fields: ['evt.dir'], text: (_r, p) => formatCell(p(['evt.dir'])) },
  { id: 'type', header: 'Type', size: 105, fields: ['evt.type'], text: (_r, p) => formatCell(p(['evt.type'])) },
  { id: 'fd', header: 'FD name', size: 220, fields: ['fd.name'], text: (_r, p) => truncate(formatCell(p(['fd.name'])), 120) },
  {
    id: 'res', header: 'Res', size: 125, fields: ['evt.res', 'evt.failed', 'evt.rawres', 'evt.type'],
    text: (_r, p) => resText(p(['evt.rawres']), p(['evt.res']), isFailed(p(['evt.failed']), p(['evt.rawres'])), p(['evt.type'])),
    className: (_r, p) => (isFailed(p(['evt.failed']), p(['evt.rawres', 'evt.res'])) ? 'cell-failed' : undefined),
  },
  { id: 'latency', header: 'Latency', size: 80, fields: ['evt.latency'], text: (_r, p) => formatDurationNs(p(['evt.latency'])) },
  { id: 'args', header: 'Args', size: 600, fields: ['evt.args'], text: (_r, p) => truncate(formatCell(p(['evt.args'])), ARGS_MAX) },
];

function pidTid(pid: CellValue, tid: CellValue): string {
  if (pid === null && tid === null) return '';
  if (tid === null || String(tid) === String(pid)) return formatCell(pid);
  return `${formatCell(pid)}/${formatCell(tid)}`;
}

/** Calls whose result is an address: shown in hex, as strace and sysdig print them. */
const ADDRESS_RESULTS = new Set(['mmap', 'mmap2', 'brk', 'mremap', 'shmat']);

/** Wireshark-dense: the number on success (an address in hex), the errno name (evt.res) on failure. */
function resText(raw: CellValue, res: CellValue, failed: boolean, type: CellValue): string {
  if (failed && res !== null) return formatCell(res);
  if ((typeof raw === 'bigint' || typeof raw === 'number') && raw > 0 && typeof type === 'string' && ADDRESS_RESULTS.has(type)) {
    return `0x${raw.toString(16)}`;
  }
  return formatCell(raw ?? res);
}

function isFailed(failed: CellValue, res: CellValue): boolean {
  if (failed !== null) return failed === true || failed === 1 || failed === 1n || failed === 'true';
  return (typeof res === 'number' || typeof res === 'bigint') && res < 0;
}

/** The fields to ask getRows for: those the columns read that the catalog knows. */
export function requestedFields(catalog: readonly FieldInfo[]): string[] {
  const known = new Set(catalog.map((f) => f.name));
  const wanted = new Set(EVENT_COLUMNS_UI.flatMap((c) => c.fields));
  return [...wanted].filter((name) => known.size === 0 || known.has(name));
}

/** A picker over one row: the first of `names` with a non-null value. */
export function picker(row: EventRow): (names: readonly string[]) => CellValue {
  return (names) => {
    for (const name of names) {
      const value = row[name];
      if (value !== null && value !== undefined) return value;
    }
    return null;
  };
}
