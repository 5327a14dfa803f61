/**
 * Catalog entries of the Okta System Log reader (parsers/okta), named as Falco's okta plugin names
 * them (../shared/docs/field-vocabulary.md §5.2; note `okta.actor.Type` with a capital T and
 * `okta.result` / `okta.reason` for the outcome), plus a few the plugin leaves out. The same names
 * are filled from native LogEvents and from the flattened Sentinel `Okta_CL` form.
 */
import type { FieldInfo } from '../../api.js';
import { attrField } from '../attr-field.js';

const s = (name: string, description: string): FieldInfo => attrField(name, 'string', description);
const list = (name: string, description: string): FieldInfo => attrField(name, 'string', description, { multi: true });

/** Open-ended subtrees the reader flattens. */
export const OKTA_SUBTREE_PREFIXES: readonly { readonly prefix: string; readonly description: string }[] = [
  { prefix: 'okta.debugdata.', description: 'Okta debug data member (debugContext.debugData)' },
];

/** Every fixed Okta field of the catalog, in display order. */
export const OKTA_FIELDS: readonly FieldInfo[] = [
  s('okta.evt.type', 'Event type, e.g. user.session.start, user.account.lock, policy.lifecycle.update (eventType)'),
  s('okta.evt.legacytype', 'Legacy event type (legacyEventType)'),
  s('okta.severity', 'Severity: DEBUG, INFO, WARN, ERROR'),
  s('okta.message', 'Human-readable message (displayMessage)'),
  s('okta.published', 'Event time as written (published)'),
  s('okta.uuid', 'Unique id of the event (uuid)'),
  s('okta.version', 'Event schema version (version)'),
  s('okta.shape', 'Form the event came in: native (System Log API) or log-analytics (Sentinel Okta_CL)'),
  s('okta.actor.id', 'Actor id'),
  s('okta.actor.Type', 'Actor type: User, SystemPrincipal, PublicClientApp, … (capital T as in Falco)'),
  s('okta.actor.alternateid', 'Actor alternate id, usually the login e-mail'),
  s('okta.actor.name', 'Actor display name'),
  s('okta.client.zone', 'Network zone of the client'),
  s('okta.client.ip', 'Client IP address (client.ipAddress)'),
  s('okta.client.device', 'Client device type'),
  s('okta.client.id', 'Client id'),
  s('okta.client.geo.city', 'Client city'),
  s('okta.client.geo.state', 'Client state/region'),
  s('okta.client.geo.country', 'Client country'),
  s('okta.client.geo.postalcode', 'Client postal code'),
  s('okta.client.geo.lat', 'Client latitude'),
  s('okta.client.geo.lon', 'Client longitude (read from geolocation.lon, not the plugin\'s lonDe)'),
  s('okta.useragent.os', 'Client OS'),
  s('okta.useragent.browser', 'Client browser'),
  s('okta.useragent.raw', 'Raw user agent'),
  s('okta.result', 'Outcome: SUCCESS, FAILURE, SKIPPED, ALLOW, DENY, CHALLENGE, UNKNOWN (outcome.result)'),
  s('okta.reason', 'Outcome reason (outcome.reason)'),
  s('okta.transaction.id', 'Transaction id'),
  s('okta.transaction.type', 'Transaction type: WEB, JOB'),
  s('okta.requesturi', 'Request URI (debugContext.debugData.requestUri)'),
  s('okta.app', 'Application named in an /app/… request URI'),
  s('okta.behaviors', 'Okta behavior-detection results (debugData.behaviors)'),
  s('okta.logonlysecuritydata', 'Security data blob as JSON text (debugData.logOnlySecurityData)'),
  s('okta.principal.id', 'Original principal id when impersonating (debugData.originalPrincipal.id)'),
  s('okta.principal.alternateid', 'Original principal alternate id'),
  s('okta.principal.type', 'Original principal type'),
  s('okta.principal.name', 'Original principal display name'),
  s('okta.authentication.step', 'Authentication step (authenticationContext.authenticationStep)'),
  s('okta.authentication.sessionid', 'External session id (authenticationContext.externalSessionId)'),
  s('okta.authentication.provider', 'Authentication provider'),
  s('okta.authentication.credentialprovider', 'Credential provider'),
  s('okta.authentication.credentialtype', 'Credential type, e.g. PASSWORD, OTP'),
  attrField('okta.security.asnumber', 'int', 'Autonomous system number of the client IP (securityContext.asNumber)'),
  s('okta.security.asorg', 'AS organization'),
  s('okta.security.isp', 'ISP of the client IP'),
  s('okta.security.domain', 'Domain of the client IP'),
  s('okta.security.isproxy', 'Whether the client IP is a known proxy'),
  s('okta.target.user.id', 'Target user id (last target of type User)'),
  s('okta.target.user.alternateid', 'Target user login (last target of type User)'),
  s('okta.target.user.name', 'Target user display name (last target of type User)'),
  s('okta.target.group.id', 'Target group id (last target of type UserGroup)'),
  s('okta.target.group.alternateid', 'Target group alternate id'),
  s('okta.target.group.name', 'Target group name'),
  s('okta.target.app.alternateid', 'Target application (last target of type AppInstance)'),
  list('okta.targets.displayName', 'Display names of all targets'),
  list('okta.targets.type', 'Types of all targets'),
  list('okta.targets.alternateid', 'Alternate ids of all targets'),
  list('okta.request.ipchain', 'IP addresses the request went through (request.ipChain[].ip)'),
];
