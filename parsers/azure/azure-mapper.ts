/**
 * One Microsoft cloud audit record (any shape `normalizeAzure` knows) → one row: the common cloud
 * columns plus `azure.*` attrs. Every log's own object is flattened under `azure.properties.*` in its
 * canonical (Graph / Activity Log) spelling, whatever shape it came in; a few fields investigators
 * filter on get short names of their own (see engine/schema/fields/azure.ts).
 * References: https://learn.microsoft.com/azure/azure-monitor/platform/activity-log-schema,
 * https://learn.microsoft.com/graph/api/resources/directoryaudit, …/resources/signin,
 * https://learn.microsoft.com/office/office-365-management-api/office-365-management-activity-api-schema
 */
import {
  type AttrBag, type AuditRow, type AuditSkip, type JsonObject, asText, at, firstText, ipAddressOf, isObject, jsonOrNull,
  parseTimeValue, renderArgs,
} from '../common/audit-record.js';
import { type AzureEvent, normalizeAzure } from './azure-shapes.js';

/** Maps one record. */
export function mapAzureRecord(record: JsonObject, attrs: AttrBag): AuditRow | AuditSkip {
  const ev = normalizeAzure(record);
  if (ev === null) return { skip: 'not an Activity Log, Entra ID audit or sign-in, or Microsoft 365 audit record' };
  addEnvelopeAttrs(ev, attrs);
  attrs.flatten('azure.properties', ev.properties);
  switch (ev.log) {
    case 'entra-audit': return mapEntraAudit(ev, attrs);
    case 'signin': return mapSignIn(ev, attrs);
    case 'm365': return mapM365(ev, attrs);
    case 'activity': case 'resource-log': return mapActivity(ev, attrs);
  }
}

function addEnvelopeAttrs(ev: AzureEvent, attrs: AttrBag): void {
  attrs.add('azure.logType', ev.log);
  attrs.add('azure.shape', ev.shape);
  attrs.add('azure.operationName', ev.operationName);
  attrs.add('azure.resultType', ev.resultType);
  attrs.add('azure.resultSignature', ev.resultSignature);
  attrs.add('azure.resultDescription', ev.resultDescription);
  attrs.add('azure.correlationId', ev.correlationId);
  attrs.add('azure.callerIpAddress', ev.callerIpAddress);
  attrs.add('azure.tenantId', ev.tenantId);
  attrs.add('azure.level', ev.level);
  attrs.add('azure.location', ev.location);
  attrs.add('azure.durationMs', ev.durationMs);
  if (isObject(ev.identity)) {
    attrs.addJson('azure.identity', ev.identity);
    attrs.flatten('azure.identity', ev.identity);
  } else {
    attrs.add('azure.identity', ev.identity);
  }
  attrs.add('azure.resourceId', ev.resourceId);
  const resource = parseResourceId(ev.resourceId);
  attrs.add('azure.subscriptionId', resource.subscription ?? firstText(ev.properties, 'subscriptionId'));
  attrs.add('azure.resourceGroup', resource.group ?? firstText(ev.properties, 'resourceGroupName', 'resourceGroup'));
  attrs.add('azure.resourceProvider', resource.provider ?? firstText(ev.properties, 'resourceProviderName.value', 'resourceProviderValue', 'resourceProvider'));
}

/** Parts of `/subscriptions/<id>/resourceGroups/<rg>/providers/<Namespace>/…`. */
function parseResourceId(id: string | null): { subscription?: string; group?: string; provider?: string } {
  if (id === null) return {};
  const parts = id.split('/');
  const after = (name: string): string | undefined => {
    const i = parts.findIndex((p) => p.toLowerCase() === name);
    return i >= 0 && i + 1 < parts.length && parts[i + 1] !== '' ? parts[i + 1] : undefined;
  };
  return { subscription: after('subscriptions'), group: after('resourcegroups'), provider: after('providers') };
}

function outcomeOf(result: string | null): { outcome: string | null; failed: boolean | null } {
  if (result === null) return { outcome: null, failed: null };
  const lower = result.toLowerCase();
  if (['success', 'succeeded', 'true'].includes(lower)) return { outcome: 'success', failed: false };
  if (['failure', 'failed', 'false', 'timeout'].includes(lower)) return { outcome: 'failure', failed: true };
  return { outcome: result, failed: null };
}

// ---------------------------------------------------------------------------------------------

const UPN_CLAIM = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn';
const NAME_CLAIM = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name';
const OBJECT_ID_CLAIM = 'http://schemas.microsoft.com/identity/claims/objectidentifier';

/** The first present claim; claim names are URLs with dots, so they are looked up whole. */
function claim(claims: unknown, ...names: readonly string[]): string | null {
  if (!isObject(claims)) return null;
  for (const name of names) {
    const text = asText(claims[name]);
    if (text !== null) return text;
  }
  return null;
}

function mapActivity(ev: AzureEvent, attrs: AttrBag): AuditRow {
  const p = ev.properties;
  const claims = at(ev.identity, 'claims');
  const upn = claim(claims, UPN_CLAIM, NAME_CLAIM, 'name');
  const appId = claim(claims, 'appid');
  const actor = upn ?? firstText(p, 'caller') ?? appId ?? claim(claims, OBJECT_ID_CLAIM);
  const appOnly = upn === null && appId !== null;
  attrs.add('azure.caller', actor);
  attrs.add('azure.category', ev.category);
  const { outcome, failed } = outcomeOf(ev.resultType);
  const resource = parseResourceId(ev.resourceId);
  return {
    ts: parseTimeValue(ev.time),
    evtType: ev.operationName ?? 'unknown',
    category: ev.log === 'activity' && ev.category?.toLowerCase() === 'administrative' ? 'admin' : 'cloud-api',
    actor,
    actorType: actor === null ? null : appOnly || !actor.includes('@') ? 'app' : 'user',
    srcIp: ipAddressOf(ev.callerIpAddress),
    userAgent: firstText(p, 'userAgent', 'httpRequest.userAgent'),
    account: resource.subscription ?? firstText(p, 'subscriptionId') ?? ev.tenantId,
    region: ev.location,
    target: ev.resourceId,
    outcome,
    failed,
    requestId: firstText(p, 'eventDataId', 'serviceRequestId', 'id') ?? ev.correlationId,
    args: renderArgs([['category', ev.category], ['status', ev.resultType], ['substatus', ev.resultSignature], ['message', firstText(p, 'message', 'statusMessage')]]),
    argsJson: jsonOrNull(p),
  };
}

function mapEntraAudit(ev: AzureEvent, attrs: AttrBag): AuditRow {
  const p = ev.properties;
  const user = at(p, 'initiatedBy.user');
  const app = at(p, 'initiatedBy.app');
  const actor = firstText(user, 'userPrincipalName', 'displayName', 'id')
    ?? firstText(app, 'displayName', 'servicePrincipalName', 'appId', 'servicePrincipalId');
  const category = firstText(p, 'category') ?? ev.category;
  const targets = Array.isArray(p.targetResources) ? p.targetResources : [];
  const targetNames = targets.flatMap((t) => { const name = firstText(t, 'userPrincipalName', 'displayName', 'id'); return name === null ? [] : [name]; });
  const details = keyValues(p.additionalDetails, 'key', 'value');
  for (const [key, value] of details) attrs.add(`azure.additionalDetails.${key}`, value);
  attrs.add('azure.category', category);
  attrs.add('azure.activityDisplayName', p.activityDisplayName);
  attrs.add('azure.loggedByService', p.loggedByService);
  attrs.add('azure.initiatedBy', actor);
  attrs.add('azure.targets', targetNames);
  const result = firstText(p, 'result') ?? ev.resultType;
  attrs.add('azure.result', result);
  attrs.add('azure.resultReason', p.resultReason);
  const { outcome, failed } = outcomeOf(result);
  const isAuth = /auth/i.test(category ?? '') || /authentication/i.test(firstText(p, 'loggedByService') ?? '');
  return {
    ts: parseTimeValue(firstText(p, 'activityDateTime') ?? ev.time) ?? parseTimeValue(ev.time),
    evtType: (ev.operationName ?? firstText(p, 'activityDisplayName') ?? 'unknown').trim(),
    category: isAuth ? 'auth' : 'admin',
    actor,
    actorType: user !== undefined && user !== null && actor !== null && firstText(user, 'userPrincipalName', 'displayName', 'id') !== null ? 'user' : actor !== null ? 'app' : null,
    srcIp: ipAddressOf(ev.callerIpAddress) ?? ipAddressOf(at(user, 'ipAddress')),
    userAgent: details.find(([key]) => key.toLowerCase() === 'user-agent')?.[1] ?? firstText(p, 'userAgent'),
    account: ev.tenantId ?? firstText(p, 'tenantId'),
    target: targetNames[0] ?? null,
    outcome,
    failed,
    requestId: firstText(p, 'id'),
    args: renderArgs([['category', category], ['service', p.loggedByService], ['type', p.operationType ?? p.aadOperationType], ['targets', targetNames.join(', ') || null], ['reason', p.resultReason]]),
    argsJson: jsonOrNull({ targetResources: p.targetResources, additionalDetails: p.additionalDetails }),
  };
}

function mapSignIn(ev: AzureEvent, attrs: AttrBag): AuditRow {
  const p = ev.properties;
  const code = firstText(p, 'status.errorCode') ?? ev.resultType;
  const succeeded = code === null ? null : code === '0';
  const actor = firstText(p, 'userPrincipalName', 'servicePrincipalName', 'userDisplayName', 'servicePrincipalId', 'userId');
  const kind = `${ev.category ?? ''} ${at(p, 'type') ?? ''}`;
  const actorType = /ServicePrincipal/i.test(kind) ? 'servicePrincipal' : /ManagedIdentity/i.test(kind) ? 'managedIdentity'
    : firstText(p, 'userPrincipalName', 'userId') !== null ? 'user' : firstText(p, 'servicePrincipalId', 'servicePrincipalName') !== null ? 'servicePrincipal' : null;
  const failureReason = firstText(p, 'status.failureReason') ?? ev.resultDescription;
  attrs.add('azure.category', ev.category ?? 'SignInLogs');
  attrs.add('azure.userPrincipalName', firstText(p, 'userPrincipalName'));
  attrs.add('azure.appDisplayName', p.appDisplayName);
  attrs.add('azure.clientAppUsed', p.clientAppUsed);
  attrs.add('azure.status.errorCode', code);
  attrs.add('azure.status.failureReason', failureReason);
  attrs.add('azure.conditionalAccessStatus', p.conditionalAccessStatus);
  attrs.add('azure.riskLevel', firstText(p, 'riskLevelDuringSignIn', 'riskLevelAggregated', 'riskLevel'));
  attrs.add('azure.authenticationRequirement', p.authenticationRequirement);
  const country = firstText(p, 'location.countryOrRegion', 'locationDetails.countryOrRegion') ?? (typeof p.location === 'string' ? p.location : null);
  attrs.add('azure.geo.country', country);
  attrs.add('azure.geo.city', firstText(p, 'location.city', 'locationDetails.city'));
  return {
    ts: parseTimeValue(firstText(p, 'createdDateTime') ?? ev.time) ?? parseTimeValue(ev.time),
    evtType: ev.operationName ?? 'Sign-in activity',
    category: 'auth',
    actor,
    actorType,
    srcIp: ipAddressOf(firstText(p, 'ipAddress') ?? ev.callerIpAddress),
    userAgent: firstText(p, 'userAgent'),
    account: ev.tenantId ?? firstText(p, 'resourceTenantId', 'homeTenantId', 'tenantId'),
    target: firstText(p, 'resourceDisplayName', 'appDisplayName'),
    outcome: succeeded === null ? null : succeeded ? 'success' : code,
    failed: succeeded === null ? null : !succeeded,
    requestId: firstText(p, 'id', 'originalRequestId'),
    args: renderArgs([['app', p.appDisplayName], ['client', p.clientAppUsed], ['status', code], ['reason', succeeded === false ? failureReason : null], ['ca', p.conditionalAccessStatus]]),
    argsJson: jsonOrNull({ status: p.status, location: p.location ?? p.locationDetails, deviceDetail: p.deviceDetail }),
  };
}

/** Unified audit log RecordType numbers (Management Activity API schema, AuditLogRecordType). */
const M365_RECORD_TYPES: Readonly<Record<number, string>> = {
  1: 'ExchangeAdmin', 2: 'ExchangeItem', 3: 'ExchangeItemGroup', 4: 'SharePoint', 6: 'SharePointFileOperation',
  7: 'OneDrive', 8: 'AzureActiveDirectory', 9: 'AzureActiveDirectoryAccountLogon', 10: 'DataCenterSecurityCmdlet',
  11: 'ComplianceDLPSharePoint', 13: 'ComplianceDLPExchange', 14: 'SharePointSharingOperation',
  15: 'AzureActiveDirectoryStsLogon', 18: 'SecurityComplianceCenterEOPCmdlet', 20: 'PowerBIAudit', 25: 'MicrosoftTeams',
  28: 'ThreatIntelligence', 40: 'SecurityComplianceAlerts', 50: 'ExchangeItemAggregated', 52: 'DataInsightsRestApiAudit',
};
const M365_USER_TYPES = ['Regular', 'Reserved', 'Admin', 'DcAdmin', 'System', 'Application', 'ServicePrincipal', 'CustomPolicy', 'SystemPolicy'];
const M365_ADMIN_RECORDS = new Set([1, 8, 10, 18]);
const M365_AUTH_RECORDS = new Set([9, 15]);
const M365_AUTH_OPERATIONS = /^(UserLoggedIn|UserLoginFailed|UserLoggedOut|MailboxLogin|SignInEvent|PasswordLogonInitialAuthUsingPassword)$/i;

function mapM365(ev: AzureEvent, attrs: AttrBag): AuditRow {
  const p = ev.properties;
  const recordType = Number(p.RecordType);
  const userType = Number(p.UserType);
  const operation = ev.operationName ?? 'unknown';
  const parameters = keyValues(p.Parameters, 'Name', 'Value');
  const extended = keyValues(p.ExtendedProperties, 'Name', 'Value');
  for (const [name, value] of parameters) attrs.add(`azure.parameters.${name}`, value);
  for (const [name, value] of extended) attrs.add(`azure.extendedProperties.${name}`, value);
  for (const [name, value] of keyValues(p.ModifiedProperties, 'Name', 'NewValue')) attrs.add(`azure.modifiedProperties.${name}`, value);
  attrs.add('azure.workload', p.Workload);
  attrs.add('azure.recordType', Number.isInteger(recordType) ? recordType : p.RecordType);
  attrs.add('azure.recordTypeName', M365_RECORD_TYPES[recordType]);
  attrs.add('azure.userType', M365_USER_TYPES[userType] ?? p.UserType);
  attrs.add('azure.userKey', p.UserKey);
  attrs.add('azure.objectId', p.ObjectId);
  attrs.add('azure.organizationName', p.OrganizationName);
  const result = ev.resultType ?? (operation === 'UserLoginFailed' ? 'Failed' : null);
  const { outcome, failed } = outcomeOf(result);
  return {
    ts: parseTimeValue(ev.time),
    evtType: operation,
    category: M365_AUTH_RECORDS.has(recordType) || M365_AUTH_OPERATIONS.test(operation) ? 'auth' : M365_ADMIN_RECORDS.has(recordType) ? 'admin' : 'cloud-api',
    actor: firstText(p, 'UserId', 'UserKey'),
    actorType: M365_USER_TYPES[userType] ?? null,
    srcIp: ipAddressOf(ev.callerIpAddress),
    userAgent: extended.find(([name]) => name === 'UserAgent')?.[1] ?? firstText(p, 'UserAgent'),
    account: ev.tenantId,
    target: firstText(p, 'ObjectId', 'ItemName', 'TargetUserOrGroupName'),
    outcome,
    failed,
    requestId: firstText(p, 'Id'),
    args: renderArgs([['workload', p.Workload], ['object', p.ObjectId], ['status', ev.resultType], ...parameters.slice(0, 8).map(([n, v]) => [n, v] as const)]),
    argsJson: jsonOrNull(p.Parameters ?? p.ModifiedProperties ?? p.ExtendedProperties),
  };
}

/** `[{Name, Value}, …]` (or `{key, value}`) pairs as [name, text] entries; empty when absent. */
function keyValues(list: unknown, keyName: string, valueName: string): [string, string][] {
  if (!Array.isArray(list)) return [];
  const pairs: [string, string][] = [];
  for (const item of list) {
    const key = asText(at(item, keyName));
    const value = at(item, valueName);
    const text = asText(value) ?? (value !== null && typeof value === 'object' ? JSON.stringify(value) : null);
    if (key !== null && text !== null) pairs.push([key, text]);
  }
  return pairs;
}
