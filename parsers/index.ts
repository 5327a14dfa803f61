/**
 * Public index of parsers/: the only module other areas import. Portable (no Node, no DOM):
 * runs in a Web Worker, a worker_thread, the CLI or a test.
 */
export { parseStream, MAX_WARNINGS } from './parse-stream.js';
export { sniffFormat, SNIFF_BYTES } from './sniff.js';
export { eventArrowSchema, COL } from './common/arrow-schema.js';
export { EVENT_COLUMNS, type ColumnName, type ColumnSpec, type ColumnType } from './common/columns.js';
export { EventBatchBuilder, DEFAULT_BATCH_ROWS } from './common/event-batch-builder.js';
export { Sha256 } from './common/sha256.js';
export { decodeEventDetails, type EventDetailsResult, type EventParamDetail, type RowState } from './scap/event-details.js';
export type {
  IncrementalHash,
  ParseError, ParseEvent, ParseOptions, ParseSummary, ParseWarning, SourceKind,
} from './common/types.js';
