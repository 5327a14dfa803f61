/**
 * The many shapes Microsoft cloud audit records come in, brought to one canonical form per log:
 *
 * - Azure Monitor resource-log envelope, as diagnostic settings write it to Event Hubs and storage
 *   (`{"records": […]}` of `{time, resourceId, operationName, category, resultType, callerIpAddress,
 *   identity, properties, …}`): the Activity Log (categories Administrative, Security, Policy, …),
 *   Entra ID `AuditLogs` and `*SignInLogs` (the Graph object in `properties`), any other resource log.
 * - The Activity Log REST API (`eventTimestamp`, `operationName: {value, localizedValue}`, `caller`, …).
 * - Microsoft Graph `directoryAudit` (`activityDateTime`, `activityDisplayName`, `initiatedBy`,
 *   `targetResources`, …) and `signIn` (`createdDateTime`, `userPrincipalName`, `status`, …).
 * - Log Analytics / Sentinel table rows (`TimeGenerated`, `TenantId`, PascalCase columns, nested
 *   values as embedded JSON strings): AuditLogs, SigninLogs (and the non-interactive, service
 *   principal and managed identity tables), AzureActivity, OfficeActivity.
 * - The Microsoft 365 unified audit log (Management Activity API: `CreationTime`, `Operation`,
 *   `Workload`, `RecordType`, `UserId`, `ClientIP`, …), also wrapped in a `Search-UnifiedAuditLog`
 *   result whose `AuditData` holds it as a JSON string.
 *
 * Canonical form: the envelope fields in camelCase plus `properties` holding the log's own object in
 * its Graph / Activity Log spelling (Log Analytics columns are camel-cased: `InitiatedBy` →
 * `initiatedBy`, `IPAddress` → `ipAddress`), so one mapping serves every shape.
 */
import { type JsonObject, asText, at, isObject, parseEmbeddedJson } from '../common/audit-record.js';

/** Which log a record belongs to. */
export type AzureLog = 'activity' | 'entra-audit' | 'signin' | 'm365' | 'resource-log';

/** A record in canonical form. */
export interface AzureEvent {
  readonly log: AzureLog;
  /** where the record came from: 'resource-log', 'activity-api', 'graph', 'log-analytics', 'm365-api' */
  readonly shape: string;
  readonly time: unknown;
  readonly operationName: string | null;
  readonly category: string | null;
  readonly resultType: string | null;
  readonly resultSignature: string | null;
  readonly resultDescription: string | null;
  readonly correlationId: string | null;
  readonly callerIpAddress: string | null;
  readonly identity: unknown;
  readonly tenantId: string | null;
  readonly resourceId: string | null;
  readonly level: string | null;
  readonly location: string | null;
  readonly durationMs: string | null;
  /** the log's own object (Graph directoryAudit / signIn, Activity Log properties, the M365 record) */
  readonly properties: JsonObject;
}

const ACTIVITY_CATEGORIES = new Set(['administrative', 'security', 'servicehealth', 'alert', 'recommendation', 'policy', 'autoscale', 'resourcehealth']);
const SIGNIN_CATEGORY = /signinlogs$/i;

/** The canonical form of a record, or null when it is none of the known shapes. */
export function normalizeAzure(record: JsonObject): AzureEvent | null {
  if (typeof record.AuditData === 'string') {
    const inner = parseEmbeddedJson(record.AuditData);
    if (isObject(inner) && isM365(inner)) return fromM365(inner, 'm365-search');
  }
  if (isM365(record)) return fromM365(record, 'm365-api');
  if (typeof record.TimeGenerated === 'string') return fromLogAnalytics(record);
  if (typeof record.time === 'string' && typeof record.operationName === 'string' && (typeof record.category === 'string' || typeof record.resourceId === 'string')) {
    return fromResourceLog(record);
  }
  if (typeof record.eventTimestamp === 'string' && isObject(record.operationName)) return fromActivityApi(record);
  if (typeof record.activityDateTime === 'string' && typeof record.activityDisplayName === 'string') {
    return event('entra-audit', 'graph', record, { time: record.activityDateTime, operationName: text(record.activityDisplayName), category: text(record.category), correlationId: text(record.correlationId), resultType: text(record.result) });
  }
  if (typeof record.createdDateTime === 'string' && (isObject(record.status) || typeof record.ipAddress === 'string')
    && (typeof record.userPrincipalName === 'string' || typeof record.appDisplayName === 'string' || typeof record.servicePrincipalName === 'string')) {
    return event('signin', 'graph', record, { time: record.createdDateTime, correlationId: text(record.correlationId) });
  }
  return null;
}

function isM365(record: JsonObject): boolean {
  return typeof record.CreationTime === 'string' && typeof record.Operation === 'string'
    && (typeof record.Workload === 'string' || record.RecordType !== undefined)
    && (record.UserId !== undefined || record.UserKey !== undefined || record.OrganizationId !== undefined);
}

function text(value: unknown): string | null {
  return asText(value);
}

function event(log: AzureLog, shape: string, properties: JsonObject, envelope: Partial<AzureEvent>): AzureEvent {
  return {
    log, shape, time: envelope.time, operationName: envelope.operationName ?? null, category: envelope.category ?? null,
    resultType: envelope.resultType ?? null, resultSignature: envelope.resultSignature ?? null,
    resultDescription: envelope.resultDescription ?? null, correlationId: envelope.correlationId ?? null,
    callerIpAddress: envelope.callerIpAddress ?? null, identity: envelope.identity, tenantId: envelope.tenantId ?? null,
    resourceId: envelope.resourceId ?? null, level: envelope.level ?? null, location: envelope.location ?? null,
    durationMs: envelope.durationMs ?? null, properties,
  };
}

/** The Azure Monitor resource-log envelope (Event Hubs, storage). */
function fromResourceLog(record: JsonObject): AzureEvent {
  const category = text(record.category);
  const lower = category?.toLowerCase() ?? '';
  const properties = isObject(record.properties) ? record.properties : (isObject(parseEmbeddedJson(record.properties)) ? parseEmbeddedJson(record.properties) as JsonObject : {});
  const log: AzureLog = lower === 'auditlogs' ? 'entra-audit' : SIGNIN_CATEGORY.test(lower) ? 'signin'
    : ACTIVITY_CATEGORIES.has(lower) ? 'activity' : 'resource-log';
  return event(log, 'resource-log', properties, {
    time: record.time, operationName: text(record.operationName), category,
    resultType: text(record.resultType), resultSignature: text(record.resultSignature),
    resultDescription: text(record.resultDescription), correlationId: text(record.correlationId),
    callerIpAddress: text(record.callerIpAddress), identity: record.identity,
    tenantId: text(record.tenantId), resourceId: text(record.resourceId), level: text(record.level),
    location: text(record.location), durationMs: text(record.durationMs),
  });
}

/** An Activity Log event as the REST API (and `az monitor activity-log list`) returns it. */
function fromActivityApi(record: JsonObject): AzureEvent {
  const properties: JsonObject = { ...(isObject(record.properties) ? record.properties : {}) };
  for (const key of ['caller', 'claims', 'authorization', 'httpRequest', 'eventDataId', 'subscriptionId', 'resourceGroupName', 'resourceProviderName', 'resourceType', 'subStatus', 'description', 'submissionTimestamp', 'id']) {
    if (record[key] !== undefined) properties[key] = record[key];
  }
  return event('activity', 'activity-api', properties, {
    time: record.eventTimestamp,
    operationName: text(at(record, 'operationName.value')),
    category: text(at(record, 'category.value')),
    resultType: text(at(record, 'status.value')),
    resultSignature: text(at(record, 'subStatus.value')),
    correlationId: text(record.correlationId),
    callerIpAddress: text(at(record, 'httpRequest.clientIpAddress')),
    identity: isObject(record.claims) ? { claims: record.claims, authorization: record.authorization } : undefined,
    tenantId: text(record.tenantId),
    resourceId: text(record.resourceId),
    level: text(record.level),
  });
}

/** Log Analytics columns that belong to the envelope (or to the workspace), not to the log's own object. */
const LA_ENVELOPE = new Set([
  'TimeGenerated', 'TenantId', 'SourceSystem', 'Type', 'OperationName', 'OperationVersion', 'Category', 'ResultType',
  'ResultSignature', 'ResultDescription', 'CorrelationId', 'Resource', 'ResourceGroup', 'ResourceId', '_ResourceId',
  'ResourceProvider', 'Level', 'DurationMs', 'CallerIpAddress', 'Identity', 'MG', 'ManagementGroupName', 'Computer',
  'RawData', '_SubscriptionId', '_ItemId', '_Internal_WorkspaceResourceId', 'AADTenantId',
]);

/** A row of a Log Analytics table (Microsoft Sentinel export). */
function fromLogAnalytics(record: JsonObject): AzureEvent | null {
  const type = text(record.Type) ?? '';
  const category = text(record.Category);
  if (type === 'OfficeActivity' || typeof record.OfficeWorkload === 'string') return fromOfficeActivity(record);
  const log: AzureLog | null = type === 'AzureActivity' || record.OperationNameValue !== undefined || record.CategoryValue !== undefined ? 'activity'
    : SIGNIN_CATEGORY.test(type) || SIGNIN_CATEGORY.test(category ?? '') ? 'signin'
      : type === 'AuditLogs' || record.ActivityDisplayName !== undefined || record.LoggedByService !== undefined || record.AADOperationType !== undefined ? 'entra-audit'
        : null;
  if (log === null) return null;
  const properties: JsonObject = {};
  for (const [name, value] of Object.entries(record)) {
    if (LA_ENVELOPE.has(name)) continue;
    const embedded = parseEmbeddedJson(value);
    properties[camelCase(name)] = embedded ?? value;
  }
  if (log === 'activity') return fromAzureActivityRow(record, properties);
  return event(log, 'log-analytics', properties, {
    time: record.TimeGenerated,
    operationName: text(record.OperationName)?.trim() ?? null,
    category,
    resultType: text(record.ResultType),
    resultSignature: text(record.ResultSignature),
    resultDescription: text(record.ResultDescription),
    correlationId: text(record.CorrelationId),
    callerIpAddress: text(record.CallerIpAddress),
    identity: record.Identity,
    tenantId: text(record.AADTenantId) ?? text(record.TenantId),
    resourceId: text(record.ResourceId) ?? text(record._ResourceId),
    level: text(record.Level),
    durationMs: text(record.DurationMs),
    location: log === 'signin' ? null : text(record.Location),
  });
}

function fromAzureActivityRow(record: JsonObject, properties: JsonObject): AzureEvent {
  const props = properties.properties_d ?? properties.properties;
  const merged: JsonObject = { ...properties, ...(isObject(props) ? props : {}) };
  delete merged.properties_d;
  delete merged.properties;
  return event('activity', 'log-analytics', merged, {
    time: record.TimeGenerated,
    operationName: text(record.OperationNameValue) ?? text(record.OperationName),
    category: text(record.CategoryValue) ?? text(record.Category),
    resultType: text(record.ActivityStatusValue) ?? text(record.ActivityStatus),
    resultSignature: text(record.ActivitySubstatusValue) ?? text(record.ActivitySubstatus),
    correlationId: text(record.CorrelationId),
    callerIpAddress: text(record.CallerIpAddress),
    identity: record.Claims !== undefined ? { claims: parseEmbeddedJson(record.Claims) ?? record.Claims, authorization: parseEmbeddedJson(record.Authorization) ?? record.Authorization } : undefined,
    tenantId: text(record.TenantId),
    resourceId: text(record._ResourceId) ?? text(record.ResourceId),
    level: text(record.Level),
  });
}

/** OfficeActivity (Sentinel) renames a few unified-audit-log fields; bring them back. */
function fromOfficeActivity(record: JsonObject): AzureEvent {
  const m365: JsonObject = {};
  for (const [name, value] of Object.entries(record)) {
    if (name === 'TenantId' || name === 'SourceSystem' || name === 'Type' || name === 'MG' || name === 'ManagementGroupName' || name === 'Computer' || name === 'RawData') continue;
    const canonical = name === 'OfficeWorkload' ? 'Workload' : name === 'OfficeObjectId' ? 'ObjectId' : name === 'OfficeId' ? 'Id' : name === 'OfficeTenantId' ? 'OrganizationId' : name;
    m365[canonical] = parseEmbeddedJson(value) ?? value;
  }
  m365.CreationTime ??= record.TimeGenerated;
  return fromM365(m365, 'log-analytics');
}

function fromM365(record: JsonObject, shape: string): AzureEvent {
  return event('m365', shape, record, {
    time: record.CreationTime, operationName: text(record.Operation), category: text(record.Workload),
    resultType: text(record.ResultStatus), tenantId: text(record.OrganizationId),
    callerIpAddress: text(record.ClientIP) ?? text(record.ClientIPAddress) ?? text(record.ActorIpAddress),
  });
}

/** `InitiatedBy` → `initiatedBy`, `IPAddress` → `ipAddress`, `AADOperationType` → `aadOperationType`. */
export function camelCase(name: string): string {
  const m = /^([A-Z]+)(?=[A-Z][a-z]|$|[^A-Za-z])/.exec(name);
  if (m) return m[1].toLowerCase() + name.slice(m[1].length);
  return name.charAt(0).toLowerCase() + name.slice(1);
}
