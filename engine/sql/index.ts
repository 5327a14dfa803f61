export type { QueryResult, SqlColumn, SqlConnection, SqlParam, SqlValue } from './connection.js';
export { CancelledError, OFFLINE_SETTINGS, throwIfCancelled, wireParams } from './connection.js';
export { toQueryResult } from './arrow-result.js';
