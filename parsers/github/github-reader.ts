/**
 * Reader of GitHub organization / enterprise audit logs: JSON lines (audit-log export and
 * streaming) or the JSON array the REST API and the web export return.
 */
import { JsonAuditReader } from '../common/audit-record.js';
import { type FormatReader, type ReaderSink } from '../common/reader.js';
import { type ParseOptions } from '../common/types.js';
import { mapGitHubEvent } from './github-mapper.js';

/** Creates the GitHub audit-log reader (a `ReaderFactory`). */
export function createGitHubReader(options: ParseOptions, sink: ReaderSink): FormatReader {
  return new JsonAuditReader(options, sink, { kind: 'github', recordName: 'a GitHub audit-log event', mapper: mapGitHubEvent });
}
