import type { ParseOptions } from '../../parsers/index.js';
import type { LoadEvent } from '../load/index.js';

/** Page → parse worker. The stream is transferred, so the worker pulls bytes at its own pace. */
export type ParseWorkerRequest =
  | { readonly type: 'start'; readonly name: string; readonly options: ParseOptions; readonly stream: ReadableStream<Uint8Array> }
  | { readonly type: 'cancel' };

/** Parse worker → page: load events, then `end` exactly once. */
export type ParseWorkerMessage = LoadEvent | { readonly type: 'end' };
