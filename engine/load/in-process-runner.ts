import { Table, tableToIPC } from 'apache-arrow';
import { parseStream, type ParseEvent, type ParseOptions } from '../../parsers/index.js';
import type { LoadInput } from '../api.js';
import type { LoadEvent, ParseRunner } from './load-event.js';

/**
 * Parses on the calling thread (Node, tests, or inside the browser's parse worker) and turns
 * each batch into IPC stream bytes.
 */
export const runParseInProcess: ParseRunner = (input: LoadInput, options: ParseOptions, signal?: AbortSignal) =>
  toLoadEvents(parseStream(input.open(), options, signal));

/** Maps parser events to load events. */
export async function* toLoadEvents(events: AsyncIterable<ParseEvent>): AsyncGenerator<LoadEvent> {
  for await (const event of events) {
    if (event.type === 'batch') {
      yield { type: 'batch', ipc: tableToIPC(new Table([event.batch]), 'stream'), rows: event.batch.numRows };
    } else {
      yield event;
    }
  }
}
