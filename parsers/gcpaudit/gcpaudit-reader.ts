/**
 * Reader of GCP Cloud Audit Logs: Cloud Logging `LogEntry` records as JSON lines (`gcloud logging
 * read --format=json` gives a JSON array, the Logging API `{"entries": […]}`, sinks to Cloud
 * Storage write JSON lines), pretty-printed objects one after another, or arrays.
 */
import { JsonAuditReader } from '../common/audit-record.js';
import { type FormatReader, type ReaderSink } from '../common/reader.js';
import { type ParseOptions } from '../common/types.js';
import { mapGcpEntry } from './gcp-mapper.js';

/** Creates the GCP audit-log reader (a `ReaderFactory`). */
export function createGcpAuditReader(options: ParseOptions, sink: ReaderSink): FormatReader {
  return new JsonAuditReader(options, sink, { kind: 'gcpaudit', recordName: 'a GCP log entry', mapper: mapGcpEntry });
}
