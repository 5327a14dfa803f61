import type { FieldInfo, FilterDiagnostic } from '../../../engine/index.js';
import { compileFilter, FIELD_CATALOG } from '../../../engine/index.js';
import { createNodeEngine } from '../../../engine/node/index.js';
import { EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from '../cli-io.js';
import { loadFiles } from '../load-files.js';
import type { OutputFormat } from '../output-format.js';
import { createRowWriter } from '../row-writer.js';
import { escapeForTerminal, escapeWithColumns } from '../terminal-text.js';

/** Options of `ephemera query`. */
export interface QueryOptions {
  readonly files: readonly string[];
  readonly filter: string;
  readonly fields: readonly string[];
  readonly format: OutputFormat;
  readonly limit?: number;
  /** also print meta events hidden by default (`evt.hidden`) */
  readonly includeHidden?: boolean;
}

/** Columns shown when --fields is not given. */
export const DEFAULT_QUERY_FIELDS = ['evt.num', 'evt.time', 'proc.pid', 'thread.tid', 'proc.name', 'evt.type', 'evt.res', 'fd.name', 'evt.args'];

const PAGE_ROWS = 5000;

/** `ephemera query FILE… [--filter] [--fields] [--format] [--limit]`. */
export async function runQuery(options: QueryOptions, io: CliIo): Promise<number> {
  const fields = resolveFields(options.fields);
  const compiled = compileFilter(options.filter);
  if (!compiled.ok) {
    io.err(describeFilterErrors(options.filter, compiled.diagnostics));
    return EXIT_USAGE;
  }
  const engine = await createNodeEngine();
  try {
    const { failed } = await loadFiles(engine, options.files, io);
    const opened = await engine.openView(options.filter, undefined, { includeHidden: options.includeHidden });
    if (!opened.ok) throw new Error('filter compiled but the view was refused');
    const total = Math.min(opened.view.rowCount, options.limit ?? Infinity);
    const writer = createRowWriter(options.format, fields, io.out);
    for (let offset = 0; offset < total; offset += PAGE_ROWS) {
      await writer.page(await engine.getRows(opened.view.viewId, offset, Math.min(PAGE_ROWS, total - offset), fields.map((f) => f.name)));
    }
    await writer.end();
    return failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
  } finally {
    await engine.close();
  }
}

function resolveFields(names: readonly string[]): FieldInfo[] {
  return names.map((name) => {
    const field = FIELD_CATALOG.find((f) => f.name === name);
    if (!field) throw new UsageError(`unknown field '${name}' in --fields (see 'ephemera fields')`);
    return field;
  });
}

/** The diagnostics with the (terminal-safe) filter text and a caret line under each span. */
export function describeFilterErrors(filter: string, diagnostics: readonly FilterDiagnostic[]): string {
  const { text, columns } = escapeWithColumns(filter);
  return diagnostics.map((d) => {
    const from = columns[Math.min(d.start, filter.length)];
    const to = columns[Math.min(d.start + Math.max(d.length, 1), filter.length)];
    const marks = '^'.repeat(Math.max(1, to - from));
    return `ephemera: bad filter: ${escapeForTerminal(d.message)}\n  ${text}\n  ${' '.repeat(from)}${marks}\n`;
  }).join('');
}
