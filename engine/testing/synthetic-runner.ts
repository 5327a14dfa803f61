/**
 * Test support: a {@link ParseRunner} that emits given rows as real Arrow batches (through the
 * parsers' EventBatchBuilder and IPC), without reading bytes. For engine tests only.
 */
import { Table, tableToIPC, type RecordBatch } from 'apache-arrow';
import { COL, EVENT_COLUMNS, EventBatchBuilder, type ColumnName, type ParseError, type SourceKind } from '../../parsers/index.js';
import type { LoadEvent, ParseRunner } from '../load/load-event.js';

/** A row by column name; evt_num and source_id are filled in by the runner. */
export type SyntheticRow = Partial<Record<Exclude<ColumnName, 'attrs'>, string | number | bigint | boolean | null>> & {
  /** `attrs` entries: key → values */
  readonly attrs?: Readonly<Record<string, string | readonly string[]>>;
};

/** How the synthetic parse behaves. */
export interface SyntheticPlan {
  readonly rows: readonly SyntheticRow[];
  readonly batchRows?: number;
  /** fail with this error after emitting this many batches */
  readonly failAfterBatches?: { readonly batches: number; readonly error: ParseError };
  /** called before each batch is emitted (e.g. to abort) */
  readonly beforeBatch?: (index: number) => void | Promise<void>;
}

/** A runner emitting `plan.rows` for every input. */
export function syntheticRunner(plan: SyntheticPlan): ParseRunner {
  return (_input, options) => emit(plan, options.sourceId, options.evtNumBase, options.kind ?? 'strace');
}

async function* emit(plan: SyntheticPlan, sourceId: number, base: number, kind: SourceKind): AsyncGenerator<LoadEvent> {
  yield { type: 'sniffed', kind, gzip: false };
  const batches = buildBatches(plan.rows, sourceId, base, plan.batchRows ?? 1000);
  const summary = { kind, events: 0, bytes: 100, sha256: 'ab'.repeat(32), warnings: [], warningCount: 0 };
  for (const [index, batch] of batches.entries()) {
    if (plan.failAfterBatches && index === plan.failAfterBatches.batches) {
      yield { type: 'error', error: plan.failAfterBatches.error, summary };
      return;
    }
    await plan.beforeBatch?.(index);
    yield { type: 'batch', ipc: tableToIPC(new Table([batch]), 'stream'), rows: batch.numRows };
  }
  yield { type: 'done', summary: { ...summary, events: plan.rows.length } };
}

function buildBatches(rows: readonly SyntheticRow[], sourceId: number, base: number, batchRows: number): RecordBatch[] {
  const builder = new EventBatchBuilder(batchRows);
  const batches: RecordBatch[] = [];
  rows.forEach((row, i) => {
    builder.setInt64(COL.evt_num, base + i + 1);
    builder.setInt32(COL.source_id, sourceId);
    for (const [name, value] of Object.entries(row)) {
      if (name === 'attrs') for (const [key, values] of Object.entries(value as Record<string, string | string[]>)) builder.addAttr(key, values);
      else setCell(builder, name as Exclude<ColumnName, 'attrs'>, value as string | number | bigint | boolean | null);
    }
    const full = builder.commit();
    if (full) batches.push(full);
  });
  const last = builder.flush();
  if (last) batches.push(last);
  return batches;
}

function setCell(builder: EventBatchBuilder, name: Exclude<ColumnName, 'attrs'>, value: string | number | bigint | boolean | null | undefined): void {
  if (value === null || value === undefined) return;
  const col = COL[name];
  switch (EVENT_COLUMNS[col].type) {
    case 'int64': builder.setInt64(col, value as number | bigint); break;
    case 'int32': builder.setInt32(col, Number(value)); break;
    case 'bool': builder.setBool(col, Boolean(value)); break;
    case 'utf8': builder.setUtf8(col, String(value)); break;
    case 'binary': builder.setBinary(col, new TextEncoder().encode(String(value))); break;
  }
}
