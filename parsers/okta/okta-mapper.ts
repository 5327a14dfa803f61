/**
 * One Okta System Log event → one row, with Falco's okta plugin field names
 * (../shared/docs/field-vocabulary.md §5.2). Reads the native `LogEvent`
 * (https://developer.okta.com/docs/reference/api/system-log/#logevent-object) and the flattened
 * form Microsoft Sentinel's Okta connector writes to the `Okta_CL` table (`actor_alternateId_s`,
 * `client_ipAddress_s`, `published_t`, nested arrays as embedded JSON strings, '' or "null" for
 * absent values), which is first rebuilt into the native shape.
 */
import {
  type AttrBag, type AuditRow, type AuditSkip, type JsonObject, asText, at, firstText, ipAddressOf, isObject, jsonOrNull,
  parseEmbeddedJson, parseTimeValue, renderArgs,
} from '../common/audit-record.js';

/** True for a native LogEvent. */
export function isNativeOktaEvent(record: unknown): boolean {
  return isObject(record) && typeof record.eventType === 'string' && typeof record.published === 'string'
    && isObject(record.actor) && (typeof record.uuid === 'string' || isObject(record.outcome));
}

/** True for a flattened (Log Analytics) Okta event. */
export function isFlatOktaEvent(record: unknown): boolean {
  if (!isObject(record)) return false;
  const has = (name: string): boolean => FLAT_SUFFIXES.some((suffix) => record[name + suffix] !== undefined);
  return has('eventType') && (has('published') || typeof record.TimeGenerated === 'string')
    && (has('actor_alternateId') || has('actor_id') || has('outcome_result')) && (has('uuid') || has('outcome_result'));
}

/** Log Analytics type suffixes of custom-log columns (string, double, datetime, guid, bool). */
const FLAT_SUFFIXES = ['', '_s', '_d', '_t', '_g', '_b'];
const LA_COLUMNS = new Set(['TenantId', 'SourceSystem', 'MG', 'ManagementGroupName', 'TimeGenerated', 'Computer', 'RawData', 'Type', '_ResourceId']);
/** Nested objects whose members are joined with `_` in the flat form; `debugData` members keep their own names. */
const NESTED = ['actor', 'client', 'userAgent', 'geographicalContext', 'geolocation', 'outcome', 'transaction', 'debugContext', 'authenticationContext', 'securityContext', 'request'];

/** Rebuilds a native LogEvent from the flattened form. */
export function unflattenOkta(record: JsonObject): JsonObject {
  const event: JsonObject = {};
  for (const [column, raw] of Object.entries(record)) {
    if (LA_COLUMNS.has(column)) continue;
    if (raw === '' || raw === 'null' || raw === null) continue;
    const name = column.replace(/_(s|d|t|g|b)$/, '');
    const value = parseEmbeddedJson(raw) ?? raw;
    const parts = splitFlatName(name);
    let node = event;
    for (const part of parts.slice(0, -1)) {
      if (!isObject(node[part])) node[part] = {};
      node = node[part] as JsonObject;
    }
    node[parts[parts.length - 1]] = value;
  }
  if (event.published === undefined && typeof record.TimeGenerated === 'string') event.published = record.TimeGenerated;
  return event;
}

function splitFlatName(name: string): string[] {
  const parts: string[] = [];
  let rest = name;
  for (;;) {
    if (parts.length >= 2 && parts[0] === 'debugContext' && parts[1] === 'debugData') { parts.push(rest); return parts; }
    const underscore = rest.indexOf('_');
    if (underscore < 0) { parts.push(rest); return parts; }
    const head = rest.slice(0, underscore);
    if (!NESTED.includes(head) && head !== 'debugData') { parts.push(rest); return parts; }
    parts.push(head);
    rest = rest.slice(underscore + 1);
  }
}

/** Maps one record (native or flattened). */
export function mapOktaRecord(record: JsonObject, attrs: AttrBag): AuditRow | AuditSkip {
  const flat = !isNativeOktaEvent(record);
  if (flat && !isFlatOktaEvent(record)) return { skip: 'it has no eventType, published time and actor' };
  const event = flat ? unflattenOkta(record) : record;
  attrs.add('okta.shape', flat ? 'log-analytics' : 'native');
  addOktaAttrs(event, attrs);
  const eventType = asText(event.eventType) ?? 'unknown';
  const result = firstText(event, 'outcome.result');
  const upper = result?.toUpperCase() ?? null;
  const failed = upper === null || upper === 'UNKNOWN' ? null : upper === 'FAILURE' || upper === 'DENY';
  const reason = firstText(event, 'outcome.reason');
  return {
    ts: parseTimeValue(event.published) ?? (flat ? parseTimeValue(record.TimeGenerated) : null),
    evtType: eventType,
    category: categoryOf(eventType),
    actor: firstText(event, 'actor.alternateId', 'actor.displayName', 'actor.id'),
    actorType: firstText(event, 'actor.type'),
    srcIp: ipAddressOf(firstText(event, 'client.ipAddress')),
    userAgent: firstText(event, 'client.userAgent.rawUserAgent'),
    target: targetOf(event.target),
    outcome: upper === 'SUCCESS' || upper === 'ALLOW' ? 'success' : upper === 'FAILURE' || upper === 'DENY' ? 'failure' : result,
    failed,
    requestId: firstText(event, 'uuid'),
    args: renderArgs([['message', event.displayMessage], ['result', result], ['reason', reason]]),
    argsJson: jsonOrNull(pickDefined({ target: event.target, debugData: at(event, 'debugContext.debugData'), authenticationContext: event.authenticationContext })),
  };
}

function pickDefined(object: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== null));
}

/** The first User target's login, else the first target's alternate id or name. */
function targetOf(targets: unknown): string | null {
  if (!Array.isArray(targets) || targets.length === 0) return null;
  const user = targets.find((t) => at(t, 'type') === 'User');
  const named = (t: unknown): string | null => {
    const alternate = firstText(t, 'alternateId');
    return alternate !== null && alternate !== 'unknown' ? alternate : firstText(t, 'displayName', 'id');
  };
  return (user !== undefined ? named(user) : null) ?? named(targets[0]);
}

const AUTH_TYPES = /^(user\.session\.|user\.authentication\.|user\.mfa\.|system\.(sms|voice|email)\.send_|user\.account\.(lock|unlock|reset_password|update_password)|policy\.evaluate_sign_on|app\.oauth2\.(as\.)?(authorize|token)|app\.generic\.unauth_app_access_attempt|security\.session\.|security\.authenticator\.)/;
const ADMIN_TYPES = /^(user\.lifecycle\.|user\.account\.privilege\.|user\.account\.update_(profile|user_type)|group\.|application\.(lifecycle|user_membership|policy|provision|registration_policy)\.|app\.(user_membership|lifecycle|oauth2\.as\.(policy|client|key|scope|claim))|oauth2\.(scope|claim|policy)\.|policy\.(lifecycle|rule)\.|system\.(?!import\.|sms\.|voice\.|email\.)|zone\.|org\.|iam\.|security\.(trusted_origin|threat\.configuration)|network_zone\.|pam\.|device\.lifecycle\.)/;

/** 'auth' for sign-ins, sessions, MFA; 'admin' for configuration and lifecycle changes; else 'cloud-api'. */
function categoryOf(eventType: string): string {
  if (AUTH_TYPES.test(eventType)) return 'auth';
  return ADMIN_TYPES.test(eventType) ? 'admin' : 'cloud-api';
}

const PLAIN_FIELDS: readonly (readonly [string, string])[] = [
  ['okta.evt.type', 'eventType'], ['okta.evt.legacytype', 'legacyEventType'], ['okta.severity', 'severity'],
  ['okta.message', 'displayMessage'], ['okta.published', 'published'], ['okta.uuid', 'uuid'], ['okta.version', 'version'],
  ['okta.actor.id', 'actor.id'], ['okta.actor.Type', 'actor.type'], ['okta.actor.alternateid', 'actor.alternateId'],
  ['okta.actor.name', 'actor.displayName'],
  ['okta.client.zone', 'client.zone'], ['okta.client.ip', 'client.ipAddress'], ['okta.client.device', 'client.device'],
  ['okta.client.id', 'client.id'], ['okta.client.geo.city', 'client.geographicalContext.city'],
  ['okta.client.geo.state', 'client.geographicalContext.state'], ['okta.client.geo.country', 'client.geographicalContext.country'],
  ['okta.client.geo.postalcode', 'client.geographicalContext.postalCode'],
  ['okta.client.geo.lat', 'client.geographicalContext.geolocation.lat'], ['okta.client.geo.lon', 'client.geographicalContext.geolocation.lon'],
  ['okta.useragent.os', 'client.userAgent.os'], ['okta.useragent.browser', 'client.userAgent.browser'],
  ['okta.useragent.raw', 'client.userAgent.rawUserAgent'],
  ['okta.result', 'outcome.result'], ['okta.reason', 'outcome.reason'],
  ['okta.transaction.id', 'transaction.id'], ['okta.transaction.type', 'transaction.type'],
  ['okta.requesturi', 'debugContext.debugData.requestUri'], ['okta.behaviors', 'debugContext.debugData.behaviors'],
  ['okta.logonlysecuritydata', 'debugContext.debugData.logOnlySecurityData'],
  ['okta.principal.id', 'debugContext.debugData.originalPrincipal.id'],
  ['okta.principal.alternateid', 'debugContext.debugData.originalPrincipal.alternateId'],
  ['okta.principal.type', 'debugContext.debugData.originalPrincipal.type'],
  ['okta.principal.name', 'debugContext.debugData.originalPrincipal.displayName'],
  ['okta.authentication.step', 'authenticationContext.authenticationStep'],
  ['okta.authentication.sessionid', 'authenticationContext.externalSessionId'],
  ['okta.authentication.provider', 'authenticationContext.authenticationProvider'],
  ['okta.authentication.credentialprovider', 'authenticationContext.credentialProvider'],
  ['okta.authentication.credentialtype', 'authenticationContext.credentialType'],
  ['okta.security.asnumber', 'securityContext.asNumber'], ['okta.security.asorg', 'securityContext.asOrg'],
  ['okta.security.isp', 'securityContext.isp'], ['okta.security.domain', 'securityContext.domain'],
  ['okta.security.isproxy', 'securityContext.isProxy'],
];

/** Falco's typed targets: the last target of each type wins, as in the plugin. */
const TARGET_TYPES: readonly (readonly [string, string, readonly string[]])[] = [
  ['User', 'okta.target.user', ['id', 'alternateid', 'name']],
  ['UserGroup', 'okta.target.group', ['id', 'alternateid', 'name']],
  ['AppInstance', 'okta.target.app', ['alternateid']],
];
const TARGET_PATHS: Readonly<Record<string, string>> = { id: 'id', alternateid: 'alternateId', name: 'displayName' };

function addOktaAttrs(event: JsonObject, attrs: AttrBag): void {
  for (const [field, path] of PLAIN_FIELDS) attrs.add(field, normalizeNumber(at(event, path)));
  const uri = firstText(event, 'debugContext.debugData.requestUri');
  if (uri !== null && uri.startsWith('/app/')) attrs.add('okta.app', uri.split('/')[2]);
  const targets = Array.isArray(event.target) ? event.target : [];
  for (const [type, prefix, fields] of TARGET_TYPES) {
    const last = [...targets].reverse().find((t) => at(t, 'type') === type);
    if (last === undefined) continue;
    for (const field of fields) attrs.add(`${prefix}.${field}`, at(last, TARGET_PATHS[field]));
  }
  attrs.add('okta.targets.displayName', targets.map((t) => at(t, 'displayName')));
  attrs.add('okta.targets.type', targets.map((t) => at(t, 'type')));
  attrs.add('okta.targets.alternateid', targets.map((t) => at(t, 'alternateId')));
  const chain = at(event, 'request.ipChain');
  if (Array.isArray(chain)) attrs.add('okta.request.ipchain', chain.map((hop) => at(hop, 'ip')));
  attrs.flatten('okta.debugdata', at(event, 'debugContext.debugData'));
}

/** The flat form writes numbers as text with a `.0` or as doubles; keep integers integral ("10993.0" → "10993"). */
function normalizeNumber(value: unknown): unknown {
  if (typeof value === 'string' && /^-?\d+\.0+$/.test(value)) return value.slice(0, value.indexOf('.'));
  return value;
}
