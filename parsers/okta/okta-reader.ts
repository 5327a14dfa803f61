/**
 * Reader of the Okta System Log: native `LogEvent`s (the JSON array `/api/v1/logs` returns, or JSON
 * lines) and the flattened Microsoft Sentinel `Okta_CL` export (see okta-mapper.ts).
 */
import { JsonAuditReader } from '../common/audit-record.js';
import { type FormatReader, type ReaderSink } from '../common/reader.js';
import { type ParseOptions } from '../common/types.js';
import { mapOktaRecord } from './okta-mapper.js';

/** Creates the Okta System Log reader (a `ReaderFactory`). */
export function createOktaReader(options: ParseOptions, sink: ReaderSink): FormatReader {
  return new JsonAuditReader(options, sink, { kind: 'okta', recordName: 'an Okta System Log event', mapper: mapOktaRecord });
}
