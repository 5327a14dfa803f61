/**
 * Reader of Microsoft cloud audit logs: Azure Activity Log, Entra ID (Azure AD) audit and sign-in
 * logs, the Microsoft 365 unified audit log, in their native (Event Hubs / storage `{"records": […]}`,
 * REST, Microsoft Graph `{"value": […]}`, Management Activity API) and Log Analytics / Sentinel
 * export shapes, as JSON lines, arrays or pretty-printed objects (see azure-shapes.ts).
 */
import { JsonAuditReader } from '../common/audit-record.js';
import { type FormatReader, type ReaderSink } from '../common/reader.js';
import { type ParseOptions } from '../common/types.js';
import { mapAzureRecord } from './azure-mapper.js';

/** Creates the Azure / Entra ID / Microsoft 365 reader (a `ReaderFactory`). */
export function createAzureReader(options: ParseOptions, sink: ReaderSink): FormatReader {
  return new JsonAuditReader(options, sink, { kind: 'azure', recordName: 'an Azure, Entra ID or Microsoft 365 audit record', mapper: mapAzureRecord });
}
