/**
 * Helpers for tests of the readers: run `parseStream` over bytes in chunks of a given size and
 * collect everything it yields, with the rows as plain objects.
 */
import { parseStreamWith } from './parse-stream.js';
import type { ReaderFactory } from './common/reader.js';
import { type ParseEvent, type ParseOptions, type ParseSummary, type ParseWarning } from './common/types.js';

/** Everything one parse produced. */
export interface Collected {
  readonly events: readonly ParseEvent[];
  readonly rows: Record<string, unknown>[];
  readonly warnings: readonly ParseWarning[];
  readonly end: ParseEvent & { type: 'done' | 'error' };
  readonly summary: ParseSummary;
}

/** Yields `bytes` in chunks of `size` (the whole input when size is 0). */
export async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  const step = size > 0 ? size : Math.max(bytes.length, 1);
  for (let i = 0; i < bytes.length; i += step) yield bytes.slice(i, i + step);
}

/**
 * Parses `bytes` fed in chunks of `size` and collects the result. With `reader`, that reader is
 * used (set `options.kind` too) instead of the one registered for the sniffed kind.
 */
export async function collect(bytes: Uint8Array, size = 0, options: Partial<ParseOptions> = {}, reader?: ReaderFactory): Promise<Collected> {
  const events: ParseEvent[] = [];
  const rows: Record<string, unknown>[] = [];
  for await (const event of parseStreamWith(reader, chunked(bytes, size), { sourceId: 1, evtNumBase: 0, name: 'input', ...options })) {
    events.push(event);
    if (event.type === 'batch') for (const row of event.batch) rows.push(plainRow(row?.toJSON() ?? {}));
  }
  const end = events[events.length - 1];
  if (end?.type !== 'done' && end?.type !== 'error') throw new Error(`parse ended with ${end?.type}`);
  const warnings = events.flatMap((e) => (e.type === 'warning' ? [e.warning] : []));
  return { events, rows, warnings, end, summary: end.summary };
}

/** Text as UTF-8 bytes. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** A row with its `attrs` map as a plain `{ key: [values] }` object (null stays null). */
function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  const attrs = row.attrs as Iterable<[string, { toArray(): unknown[] }]> | null | undefined;
  if (attrs === null || attrs === undefined) return row;
  const plain: Record<string, string[]> = {};
  for (const [key, values] of attrs) plain[key] = [...values.toArray()] as string[];
  return { ...row, attrs: plain };
}
