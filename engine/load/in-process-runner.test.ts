import { Table, tableFromIPC, vectorFromArray, Int64, type RecordBatch } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { ParseEvent } from '../../parsers/index.js';
import { toLoadEvents } from './in-process-runner.js';
import type { LoadEvent } from './load-event.js';

const summary = { kind: 'strace' as const, events: 3, bytes: 10, sha256: 'ab'.repeat(32), warnings: [], warningCount: 0 };

function batch(values: number[]): RecordBatch {
  return new Table({ evt_num: vectorFromArray(values.map(BigInt), new Int64()) }).batches[0];
}

async function* parse(events: ParseEvent[], failure?: Error): AsyncGenerator<ParseEvent> {
  yield* events;
  if (failure) throw failure;
}

async function drain(source: AsyncIterable<LoadEvent>): Promise<{ steps: string[]; rows: bigint[]; thrown?: unknown }> {
  const steps: string[] = [];
  const rows: bigint[] = [];
  try {
    for await (const event of source) {
      steps.push(event.type === 'batch' ? `batch ${event.rows}` : event.type);
      if (event.type === 'batch') rows.push(...tableFromIPC(event.ipc).getChild('evt_num')!.toArray());
    }
  } catch (thrown) {
    return { steps, rows, thrown };
  }
  return { steps, rows };
}

describe('toLoadEvents', () => {
  it('holds small batches until the end and sends them, in order, before done', async () => {
    const events: ParseEvent[] = [
      { type: 'sniffed', kind: 'strace', gzip: false },
      { type: 'batch', batch: batch([1, 2]), events: 2 },
      { type: 'progress', bytes: 5, events: 2 },
      { type: 'batch', batch: batch([3]), events: 3 },
      { type: 'done', summary },
    ];
    const { steps, rows } = await drain(toLoadEvents(parse(events)));
    expect(steps).toEqual(['sniffed', 'progress', 'batch 3', 'done']);
    expect(rows).toEqual([1n, 2n, 3n]);
  });

  it('sends the rows read before a read failure, then rethrows it', async () => {
    const failure = new Error('disk gone');
    const { steps, rows, thrown } = await drain(toLoadEvents(parse([{ type: 'batch', batch: batch([1, 2]), events: 2 }], failure)));
    expect(steps).toEqual(['batch 2']);
    expect(rows).toEqual([1n, 2n]);
    expect(thrown).toBe(failure);
  });
});
