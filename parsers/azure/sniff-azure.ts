/**
 * Recognizes Azure Activity Log, Entra ID audit / sign-in and Microsoft 365 unified audit records.
 */
import { isObject } from '../common/audit-record.js';
import { normalizeAzure } from './azure-shapes.js';

const AZURE_RESOURCE_ID = /^\/(subscriptions|tenants)\//i;
const KNOWN_CATEGORY = /^(AuditLogs|\w*SignInLogs|Administrative|Security|ServiceHealth|Alert|Recommendation|Policy|Autoscale|ResourceHealth)$/i;

/**
 * True when the record is one of the shapes the azure reader maps; a resource-log envelope must
 * also carry an Azure resource id or a known Activity Log / Entra ID category.
 */
export function looksLikeAzure(record: unknown): boolean {
  if (!isObject(record)) return false;
  const event = normalizeAzure(record);
  if (event === null) return false;
  if (event.shape !== 'resource-log') return true;
  return AZURE_RESOURCE_ID.test(event.resourceId ?? '') || KNOWN_CATEGORY.test(event.category ?? '');
}
