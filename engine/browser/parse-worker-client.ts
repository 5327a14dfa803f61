import type { ParseOptions } from '../../parsers/index.js';
import type { LoadInput } from '../api.js';
import type { LoadEvent, ParseRunner } from '../load/index.js';
import type { ParseWorkerMessage, ParseWorkerRequest } from './parse-protocol.js';

/**
 * A {@link ParseRunner} that parses in a fresh Web Worker per load. The input's bytes go to the
 * worker as a transferred ReadableStream (pulled, so a large file is never buffered whole).
 */
export const runParseInWorker: ParseRunner = (input: LoadInput, options: ParseOptions, signal?: AbortSignal) =>
  workerEvents(input, options, signal);

async function* workerEvents(input: LoadInput, options: ParseOptions, signal?: AbortSignal): AsyncGenerator<LoadEvent> {
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  const inbox = new Inbox<ParseWorkerMessage>();
  worker.onmessage = (event: MessageEvent<ParseWorkerMessage>) => inbox.push(event.data);
  worker.onerror = (event) => inbox.push({ type: 'error', error: { code: 'io', message: `parse worker failed: ${event.message}` } });
  const cancel = () => post(worker, { type: 'cancel' });
  signal?.addEventListener('abort', cancel, { once: true });
  const stream = toReadableStream(input.open());
  try {
    post(worker, { type: 'start', name: input.name, options, stream }, [stream]);
    for (;;) {
      const message = await inbox.next();
      if (message.type === 'end') return;
      yield message;
      if (message.type === 'error' && message.error.message.startsWith('parse worker failed')) return;
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
    worker.terminate();
  }
}

function post(worker: Worker, request: ParseWorkerRequest, transfer: Transferable[] = []): void {
  worker.postMessage(request, transfer);
}

function toReadableStream(chunks: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** A queue whose `next()` waits for the next pushed item. */
class Inbox<T> {
  private readonly items: T[] = [];
  private waiting: ((item: T) => void) | null = null;

  push(item: T): void {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve(item);
    } else {
      this.items.push(item);
    }
  }

  next(): Promise<T> {
    const item = this.items.shift();
    if (item !== undefined) return Promise.resolve(item);
    return new Promise((resolve) => { this.waiting = resolve; });
  }
}
