import type { RecordBatch } from 'apache-arrow';
import { parseStream, type ParseEvent, type ParseOptions } from '../../parsers/index.js';
import type { LoadInput } from '../api.js';
import type { LoadEvent, ParseRunner } from './load-event.js';
import { toIpcStream } from './ipc-stream.js';
import { RowGroupBatcher } from './row-groups.js';

/**
 * Parses on the calling thread (Node, tests, or inside the browser's parse worker) and turns
 * batches into IPC stream bytes, cut at the table's row-group boundaries (`evtNumBase` stands
 * for the rows `events` already holds).
 */
export const runParseInProcess: ParseRunner = (input: LoadInput, options: ParseOptions, signal?: AbortSignal) =>
  toLoadEvents(parseStream(input.open(), options, signal), options.evtNumBase);

/**
 * Maps parser events to load events. Batches are held until they fill the table's open row
 * group (see {@link RowGroupBatcher}), so a `batch` event may carry several parser batches; the
 * rest is sent before `done` or `error`.
 */
export async function* toLoadEvents(events: AsyncIterable<ParseEvent>, tableRows = 0): AsyncGenerator<LoadEvent> {
  const batcher = new RowGroupBatcher(tableRows);
  try {
    for await (const event of events) {
      if (event.type === 'batch') {
        for (const group of batcher.add(event.batch)) yield toBatchEvent(group);
        continue;
      }
      if (event.type === 'done' || event.type === 'error') yield* flush(batcher);
      yield event;
    }
  } catch (error) {
    yield* flush(batcher); // the rows read before a read failure are loaded, as they were batch by batch
    throw error;
  }
  yield* flush(batcher);
}

function* flush(batcher: RowGroupBatcher): Generator<LoadEvent> {
  const rest = batcher.flush();
  if (rest) yield toBatchEvent(rest);
}

function toBatchEvent(batches: readonly RecordBatch[]): LoadEvent {
  const rows = batches.reduce((sum, b) => sum + b.numRows, 0);
  return { type: 'batch', ipc: toIpcStream(batches), rows };
}
