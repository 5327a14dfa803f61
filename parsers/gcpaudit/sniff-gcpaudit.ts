/**
 * Recognizes GCP Cloud Audit Log entries.
 */
import { isAuditLogEntry, isLogEntry } from './gcp-mapper.js';

/**
 * True for a Cloud Logging LogEntry with an AuditLog payload, or a LogEntry of an audit log
 * (`…/logs/cloudaudit.googleapis.com%2F…`). Security Command Center findings and other JSON are not.
 */
export function looksLikeGcpAudit(record: unknown): boolean {
  if (isAuditLogEntry(record)) return true;
  if (!isLogEntry(record)) return false;
  const logName = (record as { logName: string }).logName;
  return logName.includes('/logs/cloudaudit.googleapis.com');
}
