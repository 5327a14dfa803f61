/** Web Worker that runs the parsers off the UI thread and transfers Arrow IPC bytes back. */
import { runParseInProcess } from '../load/in-process-runner.js';
import type { LoadInput } from '../api.js';
import type { ParseWorkerMessage, ParseWorkerRequest } from './parse-protocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseWorkerRequest>) => void) | null;
  postMessage(message: ParseWorkerMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const controller = new AbortController();

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'cancel') controller.abort();
  else void run(request);
};

async function run(request: Extract<ParseWorkerRequest, { type: 'start' }>): Promise<void> {
  const input: LoadInput = { name: request.name, open: () => iterate(request.stream) };
  try {
    for await (const message of runParseInProcess(input, request.options, controller.signal)) {
      scope.postMessage(message, message.type === 'batch' ? [message.ipc.buffer as ArrayBuffer] : []);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'error', error: { code: 'io', message } });
  }
  scope.postMessage({ type: 'end' });
}

async function* iterate(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
