/**
 * One GitHub organization / enterprise audit-log event → one row
 * (https://docs.github.com/en/organizations/keeping-your-organization-secure/managing-security-settings-for-your-organization/reviewing-the-audit-log-for-your-organization,
 * the REST `GET /orgs/{org}/audit-log` and the audit-log streaming format). Every top-level key
 * becomes `github.<key>` (`@timestamp` → `github.timestamp`, `_document_id` →
 * `github.document_id`), nested objects flattened with dots. Note: Falco's github plugin reads
 * webhook deliveries, where `github.user` is the sender; in the audit log the actor is
 * `github.actor` and `github.user` is the user acted on, as GitHub names them.
 */
import {
  type AttrBag, type AuditRow, type AuditSkip, type JsonObject, asText, firstText, ipAddressOf, isObject, jsonOrNull,
  parseTimeValue, renderArgs,
} from '../common/audit-record.js';

/** True for an audit-log event: an `action` like `repo.create`, an actor or time, and an org/business/repo/user. */
export function isGitHubAuditEvent(record: unknown): boolean {
  if (!isObject(record)) return false;
  const action = record.action;
  return typeof action === 'string' && /^[a-z0-9_]+\.[a-z0-9_.]+$/.test(action)
    && (record.created_at !== undefined || record['@timestamp'] !== undefined)
    && (typeof record.actor === 'string' || record.actor === null || typeof record.actor_id === 'number')
    && ['org', 'business', 'repo', 'repository', 'user', 'team', 'org_id', 'business_id'].some((key) => record[key] !== undefined)
    && !isObject(record.sender); // a webhook delivery body, not the audit log
}

/** Maps one event. */
export function mapGitHubEvent(record: JsonObject, attrs: AttrBag): AuditRow | AuditSkip {
  if (!isGitHubAuditEvent(record)) return { skip: 'it has no action, actor, time and org/repo/user' };
  for (const [key, value] of Object.entries(record)) {
    const name = key === '@timestamp' ? 'timestamp' : key === '_document_id' ? 'document_id' : key;
    if (key === 'token_scopes' && typeof value === 'string') attrs.add('github.token_scopes', value.split(',').map((s) => s.trim()));
    else attrs.flatten(`github.${name}`, value);
  }
  attrs.add('github.country_code', firstText(record, 'actor_location.country_code'));
  const action = record.action as string;
  const failed = /(^|[._])(failed|rejected|denied|blocked)([._]|$)/.test(action);
  const actor = asText(record.actor);
  const org = firstText(record, 'org', 'business');
  const repo = firstText(record, 'repo', 'repository');
  const user = asText(record.user);
  const team = firstText(record, 'team', 'data.team');
  return {
    ts: parseTimeValue(record['@timestamp']) ?? parseTimeValue(record.created_at),
    evtType: action,
    category: categoryOf(action, asText(record.operation_type)),
    actor,
    actorType: actor === null ? null : /\[bot\]$/.test(actor) ? 'bot' : 'user',
    srcIp: ipAddressOf(record.actor_ip),
    userAgent: asText(record.user_agent),
    account: org,
    target: repo ?? user ?? team ?? firstText(record, 'name', 'hook_id', 'oauth_application_name'),
    outcome: failed ? 'failure' : null,
    failed: failed ? true : null,
    requestId: firstText(record, 'request_id', '_document_id'),
    args: renderArgs([['org', org], ['repo', repo], ['user', user], ['team', team], ['operation', record.operation_type]]),
    argsJson: jsonOrNull(record.data),
  };
}

const AUTH_ACTIONS = /^(two_factor_authentication\.|oauth_authorization\.|oauth_access\.|personal_access_token\.|user\.(login|logout|failed_login|two_factor)|[a-z_]+\.sso_response$|[a-z_]+\.(saml|oidc)_|user_session\.)/;
const ADMIN_CATEGORIES = new Set([
  'org', 'business', 'team', 'hook', 'protected_branch', 'repository_branch_protection_rule', 'repository_vulnerability_alerts',
  'organization_default_label', 'integration_installation', 'oauth_application', 'repo', 'role', 'enterprise', 'ip_allow_list',
  'ip_allow_list_entry', 'members_can_create_pages', 'org_credential_authorization', 'repository_ruleset', 'secret_scanning',
  'dependabot_alerts', 'dependabot_security_updates', 'environment', 'actions', 'codespaces', 'pre_receive_hook', 'deploy_key',
]);

/** 'auth' for logins, tokens and SSO; 'admin' for settings, membership and repository administration; else 'cloud-api'. */
function categoryOf(action: string, operationType: string | null): string {
  if (AUTH_ACTIONS.test(action) || operationType === 'authentication') return 'auth';
  if (operationType === 'access' || /^git\./.test(action) || /\.(download_zip|clone|fetch)$/.test(action)) return 'cloud-api';
  if (operationType === 'create' || operationType === 'modify' || operationType === 'remove' || operationType === 'transfer') return 'admin';
  return ADMIN_CATEGORIES.has(action.slice(0, action.indexOf('.'))) ? 'admin' : 'cloud-api';
}
