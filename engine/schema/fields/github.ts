/**
 * Catalog entries of the GitHub audit-log reader (parsers/github). The reader stores every
 * top-level key of an event as `github.<key>` (`@timestamp` → github.timestamp, `_document_id` →
 * github.document_id), so the names are GitHub's own audit-log field names. Falco's github plugin
 * reads webhooks instead: its github.action and github.org mean the same here, but github.user is
 * the webhook sender there and the user acted on here (the actor is github.actor).
 */
import type { FieldInfo } from '../../api.js';
import { attrField } from '../attr-field.js';

const s = (name: string, description: string): FieldInfo => attrField(name, 'string', description);

/** Open-ended subtrees the reader flattens; other top-level keys become github.<key>. */
export const GITHUB_SUBTREE_PREFIXES: readonly { readonly prefix: string; readonly description: string }[] = [
  { prefix: 'github.data.', description: 'GitHub audit event data member' },
  { prefix: 'github.actor_location.', description: 'GitHub actor location member' },
];

/** Every fixed GitHub field of the catalog, in display order. */
export const GITHUB_FIELDS: readonly FieldInfo[] = [
  s('github.action', 'Audit action, e.g. org.add_member, repo.create, git.clone, protected_branch.rejected_ref_update'),
  s('github.actor', 'User (or bot) that performed the action'),
  attrField('github.actor_id', 'int', 'Id of the actor'),
  s('github.actor_ip', 'IP address of the actor (enterprise / streaming logs)'),
  s('github.country_code', 'Country of the actor (actor_location.country_code)'),
  s('github.org', 'Organization'),
  attrField('github.org_id', 'int', 'Id of the organization'),
  s('github.business', 'Enterprise'),
  attrField('github.business_id', 'int', 'Id of the enterprise'),
  s('github.repo', 'Repository as owner/name'),
  s('github.repository', 'Repository as owner/name (newer events)'),
  s('github.repository_public', 'Whether the repository is public: true/false'),
  s('github.visibility', 'Repository visibility: public, private, internal'),
  s('github.user', 'User the action was done to (an invited or added member, …)'),
  attrField('github.user_id', 'int', 'Id of that user'),
  s('github.team', 'Team acted on or involved (owner/name)'),
  s('github.operation_type', 'Operation type: create, modify, remove, access, authentication, transfer'),
  s('github.timestamp', 'Event time as written (@timestamp, ms since the epoch)'),
  s('github.created_at', 'Creation time as written (ms since the epoch or ISO-8601)'),
  s('github.document_id', 'Unique id of the audit event (_document_id)'),
  s('github.request_id', 'Request id'),
  s('github.user_agent', 'User agent of the request'),
  s('github.hashed_token', 'Hash of the token used (pivot on a leaked token)'),
  attrField('github.token_scopes', 'string', 'Scopes of the token used', { multi: true }),
  s('github.programmatic_access_type', 'How the request was authenticated: personal access token, OAuth app, GitHub App'),
  s('github.transport_protocol_name', 'Git transport: http, ssh'),
  s('github.permission', 'Permission granted or changed'),
];
