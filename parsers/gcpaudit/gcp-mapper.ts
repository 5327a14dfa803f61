/**
 * One Cloud Logging `LogEntry` → one row. Audit entries (`protoPayload` of type
 * `google.cloud.audit.AuditLog`) fill the common cloud columns and Falco's gcpaudit plugin fields
 * (../shared/docs/field-vocabulary.md §5.1); other entries of the same export (`jsonPayload`,
 * `textPayload`, `protoPayload` of other types) are kept as `log` rows so nothing is dropped.
 * Field reference: https://cloud.google.com/logging/docs/reference/audit/auditlog/rest/Shared.Types/AuditLog
 */
import {
  type AttrBag, type AuditRow, type AuditSkip, type JsonObject, asText, at, firstText, ipAddressOf, isObject, jsonOrNull,
  parseTimeValue, renderArgs,
} from '../common/audit-record.js';

/** google.rpc.Code names by number (https://cloud.google.com/apis/design/errors#handling_errors). */
const RPC_CODES = [
  'OK', 'CANCELLED', 'UNKNOWN', 'INVALID_ARGUMENT', 'DEADLINE_EXCEEDED', 'NOT_FOUND', 'ALREADY_EXISTS',
  'PERMISSION_DENIED', 'RESOURCE_EXHAUSTED', 'FAILED_PRECONDITION', 'ABORTED', 'OUT_OF_RANGE', 'UNIMPLEMENTED',
  'INTERNAL', 'UNAVAILABLE', 'DATA_LOSS', 'UNAUTHENTICATED',
];

const AUDIT_LOG_TYPE = 'type.googleapis.com/google.cloud.audit.AuditLog';

/** Resource labels Falco's plugin exposes under their own names. */
const LABEL_FIELDS: readonly (readonly [string, string])[] = [
  ['function_name', 'gcp.cloudfunctions.function'],
  ['database_id', 'gcp.cloudsql.databaseId'],
  ['instance_id', 'gcp.compute.instanceId'],
  ['network_id', 'gcp.compute.networkId'],
  ['subnetwork_name', 'gcp.compute.subnetwork'],
  ['subnetwork_id', 'gcp.compute.subnetworkId'],
  ['zone_name', 'gcp.dns.zone'],
  ['email_id', 'gcp.iam.serviceAccount'],
  ['unique_id', 'gcp.iam.serviceAccountId'],
  ['project_id', 'gcp.projectId'],
  ['bucket_name', 'gcp.storage.bucket'],
];

/** True when the record is a Cloud Logging entry carrying an AuditLog payload. */
export function isAuditLogEntry(record: unknown): boolean {
  return at(record, 'protoPayload.@type') === AUDIT_LOG_TYPE;
}

/** True when the record has the shape of a Cloud Logging LogEntry (of any payload). */
export function isLogEntry(record: unknown): boolean {
  if (!isObject(record)) return false;
  const logName = record.logName;
  const hasPayload = isObject(record.protoPayload) || isObject(record.jsonPayload) || typeof record.textPayload === 'string';
  return typeof logName === 'string' && /^(projects|organizations|folders|billingAccounts)\/[^/]+\/logs\//.test(logName)
    && hasPayload && (typeof record.timestamp === 'string' || typeof record.receiveTimestamp === 'string');
}

/** Maps one LogEntry. */
export function mapGcpEntry(record: JsonObject, attrs: AttrBag): AuditRow | AuditSkip {
  if (!isAuditLogEntry(record) && !isLogEntry(record)) return { skip: 'it has neither an AuditLog protoPayload nor a logName and payload' };
  addEntryAttrs(record, attrs);
  return isAuditLogEntry(record) ? mapAudit(record, attrs) : mapOtherEntry(record, attrs);
}

function entryTime(record: JsonObject): bigint | null {
  return parseTimeValue(record.timestamp) ?? parseTimeValue(record.receiveTimestamp)
    ?? parseTimeValue(at(record, 'protoPayload.requestMetadata.requestAttributes.time'));
}

/** `activity`, `data_access`, `system_event`, `policy`, or the log id of other logs. */
function logId(logName: string | null): string | null {
  if (logName === null) return null;
  const slash = logName.lastIndexOf('/logs/');
  if (slash < 0) return null;
  const id = safeDecode(logName.slice(slash + 6));
  return id.startsWith('cloudaudit.googleapis.com/') ? id.slice('cloudaudit.googleapis.com/'.length) : id;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a stray % that is not an escape: keep the name as written
  }
}

/** The project a LogEntry belongs to: its resource label, else the logName's project. */
function projectOf(record: JsonObject): string | null {
  const label = firstText(record, 'resource.labels.project_id');
  if (label !== null) return label;
  const match = /^projects\/([^/]+)\//.exec(asText(record.logName) ?? '');
  return match ? match[1] : null;
}

/** Falco's gcp.location: location, else region, else the zone without its last 2 characters. */
function locationOf(record: JsonObject): string | null {
  const direct = firstText(record, 'resource.labels.location', 'resource.labels.region');
  if (direct !== null) return direct;
  const zone = firstText(record, 'resource.labels.zone');
  return zone !== null && zone.length > 2 ? zone.slice(0, -2) : null;
}

function addEntryAttrs(record: JsonObject, attrs: AttrBag): void {
  attrs.add('gcp.logName', record.logName);
  attrs.add('gcp.logType', logId(asText(record.logName)));
  attrs.add('gcp.severity', record.severity);
  attrs.add('gcp.insertId', record.insertId);
  attrs.add('gcp.time', record.timestamp);
  attrs.add('gcp.receiveTimestamp', record.receiveTimestamp);
  attrs.add('gcp.resourceType', at(record, 'resource.type'));
  const labels = at(record, 'resource.labels');
  if (isObject(labels)) {
    attrs.addJson('gcp.resourceLabels', labels);
    attrs.flatten('gcp.resourceLabels', labels);
    for (const [label, field] of LABEL_FIELDS) attrs.add(field, labels[label]);
    if (at(record, 'resource.type') === 'logging_sink') attrs.add('gcp.logging.sink', labels.name);
  }
  if (!isObject(labels) || labels.project_id === undefined) attrs.add('gcp.projectId', projectOf(record));
  attrs.add('gcp.location', locationOf(record));
  attrs.flatten('gcp.labels', record.labels);
  attrs.flatten('gcp.operation', record.operation);
  attrs.add('gcp.trace', record.trace);
}

function mapAudit(record: JsonObject, attrs: AttrBag): AuditRow {
  const payload = record.protoPayload as JsonObject;
  const method = asText(payload.methodName);
  const service = asText(payload.serviceName);
  const principal = firstText(payload, 'authenticationInfo.principalEmail', 'authenticationInfo.principalSubject',
    'authenticationInfo.serviceAccountKeyName');
  const callerIp = firstText(payload, 'requestMetadata.callerIp');
  const userAgent = firstText(payload, 'requestMetadata.callerSuppliedUserAgent');
  const code = statusCode(payload.status);
  const statusMessage = firstText(payload, 'status.message');
  const outcome = code === 0 ? 'success' : (RPC_CODES[code] ?? String(code));
  const policyDelta = isPolicyDeltaFromServiceData(record) ? at(payload, 'serviceData.policyDelta.bindingDeltas')
    : at(payload, 'metadata.datasetChange.bindingDeltas') ?? at(payload, 'serviceData.policyDelta.bindingDeltas');

  attrs.add('gcp.user', principal);
  attrs.add('gcp.principalSubject', at(payload, 'authenticationInfo.principalSubject'));
  attrs.add('gcp.delegationChain', delegationChain(payload));
  attrs.add('gcp.callerIP', callerIp);
  attrs.add('gcp.userAgent', userAgent);
  attrs.addJson('gcp.authorizationInfo', payload.authorizationInfo);
  attrs.flatten('gcp.authorizationInfo', payload.authorizationInfo);
  attrs.add('gcp.serviceName', service);
  attrs.add('gcp.methodName', method);
  attrs.add('gcp.resourceName', payload.resourceName);
  attrs.add('gcp.resourceLocation', at(payload, 'resourceLocation.currentLocations'));
  attrs.addJson('gcp.policyDelta', policyDelta);
  attrs.flatten('gcp.policyDelta', policyDelta);
  attrs.addJson('gcp.request', payload.request);
  attrs.flatten('gcp.request', payload.request);
  attrs.flatten('gcp.response', payload.response);
  attrs.flatten('gcp.metadata', payload.metadata);
  attrs.flatten('gcp.serviceData', payload.serviceData);
  if (isObject(payload.status) && Object.keys(payload.status).length > 0) {
    attrs.add('gcp.status.code', code);
    attrs.add('gcp.status.message', statusMessage);
    attrs.flatten('gcp.status.details', at(payload, 'status.details'));
  }
  attrs.add('gcp.numResponseItems', payload.numResponseItems);

  const resourceName = asText(payload.resourceName);
  return {
    ts: entryTime(record),
    evtType: method ?? 'unknown',
    category: categoryOf(method, logId(asText(record.logName))),
    actor: principal,
    actorType: actorType(payload),
    srcIp: ipAddressOf(callerIp),
    userAgent,
    account: projectOf(record),
    region: locationOf(record) ?? firstLocation(payload),
    target: resourceName,
    outcome,
    failed: code !== 0,
    requestId: asText(record.insertId),
    args: renderArgs([['service', service], ['resource', resourceName], ['status', code === 0 ? null : outcome], ['message', statusMessage]]),
    argsJson: jsonOrNull(payload.request),
  };
}

/** The first of `resourceLocation.currentLocations` (`global`, `us`, `us-central1-b`). */
function firstLocation(payload: JsonObject): string | null {
  const locations = at(payload, 'resourceLocation.currentLocations');
  return Array.isArray(locations) ? asText(locations[0]) : null;
}

/** Falco takes the gcs_bucket policy delta from serviceData, every other one from metadata.datasetChange. */
function isPolicyDeltaFromServiceData(record: JsonObject): boolean {
  return at(record, 'resource.type') === 'gcs_bucket';
}

function statusCode(status: unknown): number {
  if (!isObject(status)) return 0;
  const code = Number(status.code ?? 0);
  return Number.isInteger(code) ? code : 2;
}

/** Principals a service account impersonation went through, in order. */
function delegationChain(payload: JsonObject): string[] {
  const chain = at(payload, 'authenticationInfo.serviceAccountDelegationInfo');
  if (!Array.isArray(chain)) return [];
  return chain.flatMap((link) => {
    const email = firstText(link, 'firstPartyPrincipal.principalEmail', 'thirdPartyPrincipal.thirdPartyClaims.email', 'principalSubject');
    return email === null ? [] : [email];
  });
}

function actorType(payload: JsonObject): string | null {
  const subject = firstText(payload, 'authenticationInfo.principalSubject');
  const colon = subject?.indexOf(':') ?? -1;
  if (subject !== null && colon > 0) return subject.slice(0, colon);
  const email = firstText(payload, 'authenticationInfo.principalEmail');
  if (email === null) return null;
  return /\.gserviceaccount\.com$/i.test(email) ? 'serviceAccount' : email.includes('@') ? 'user' : null;
}

const AUTH_METHODS = /(^google\.login\.)|(\.(Login|Logout|SignIn|SignOut)\w*$)|(^google\.identity\.sts\.)|(GenerateAccessToken|GenerateIdToken|SignJwt|SignBlob)$/i;

/** 'auth' for logins and token minting, 'admin' for the Admin Activity log, else 'cloud-api'. */
function categoryOf(method: string | null, log: string | null): string {
  if (method !== null && AUTH_METHODS.test(method)) return 'auth';
  return log === 'activity' ? 'admin' : 'cloud-api';
}

function mapOtherEntry(record: JsonObject, attrs: AttrBag): AuditRow {
  const log = logId(asText(record.logName));
  const text = asText(record.textPayload);
  attrs.add('gcp.textPayload', text);
  attrs.flatten('gcp.jsonPayload', record.jsonPayload);
  attrs.flatten('gcp.protoPayload', record.protoPayload);
  const payload = record.jsonPayload ?? record.protoPayload;
  const message = text ?? firstText(payload, 'message', 'content', 'msg');
  return {
    ts: entryTime(record),
    evtType: log ?? 'log-entry',
    category: 'log',
    account: projectOf(record),
    region: locationOf(record),
    requestId: asText(record.insertId),
    args: message,
    argsJson: jsonOrNull(payload),
  };
}
