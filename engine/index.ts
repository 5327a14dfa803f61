/**
 * Public index of the engine: what the renderer, the CLI and the hosts import.
 * Adapters: `engine/node/index.ts` (createNodeEngine) and `engine/browser/index.ts` (createBrowserEngine).
 */
export type * from './api.js';
export { Engine } from './engine.js';
export { compileFilter, explainFilter, type FilterExplanation, type FilterNode, type Span, type Token } from './filter/index.js';
export { FIELD_CATALOG, findField } from './schema/index.js';
export type { QueryResult, SqlColumn, SqlConnection, SqlParam, SqlValue } from './sql/index.js';
export { CancelledError } from './sql/index.js';
export type { LoadEvent, ParseRunner } from './load/index.js';
