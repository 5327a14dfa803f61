/** Adapters from what the browser hands us (File, host FileRef URL) to the engine's LoadInput. */
import type { LoadInput } from '../../engine/api';
import type { FileRef } from '../../app/common/contract';

/** A ReadableStream of bytes as an AsyncIterable; the reader is released when iteration stops. */
export async function* iterateStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value && value.byteLength > 0) yield value;
    }
  } finally {
    await reader.cancel().catch((error: unknown) => console.warn('stream cancel failed', error));
    reader.releaseLock();
  }
}

/** A dropped or picked browser File. */
export function fileToLoadInput(file: File): LoadInput {
  return {
    name: file.name,
    size: file.size,
    open: () => iterateStream(file.stream()),
    // event details read one record back: a File seeks without reading what comes before
    readRange: async (start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer()),
  };
}

/** A file the host granted: its bytes are streamed from `ref.url`. */
export function fileRefToLoadInput(ref: FileRef, fetchImpl: typeof fetch = fetch): LoadInput {
  return {
    name: ref.name,
    path: ref.path,
    size: ref.size,
    open: () => fetchBody(ref, fetchImpl),
  };
}

async function* fetchBody(ref: FileRef, fetchImpl: typeof fetch): AsyncGenerator<Uint8Array> {
  const response = await fetchImpl(ref.url, { credentials: 'same-origin' });
  if (!response.ok || !response.body) {
    throw new Error(`${ref.name}: the host answered ${response.status} ${response.statusText}`.trim());
  }
  yield* iterateStream(response.body);
}
