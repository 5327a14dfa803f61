/**
 * The namespaced fields of the log sources (stored in `attrs`), merged into the catalog, and the
 * fields with an argument or an open-ended JSON path that are resolved by name when a filter or
 * a column asks for them (`ka.uri.param[command]`, `ct.request.bucketName`, …).
 */
import type { FieldInfo } from '../../api.js';
import { attrField } from '../attr-field.js';
import { AUDITD_FIELDS, AUDITD_MSG_PREFIX } from './auditd.js';
import { AZURE_FIELDS, AZURE_SUBTREE_PREFIXES } from './azure.js';
import { CLOUDTRAIL_FIELDS, cloudTrailSubtreeField } from './cloudtrail.js';
import { FALCO_FIELDS, FALCO_OUTPUT_FIELD_PREFIX, falcoOutputField } from './falco.js';
import { GCPAUDIT_FIELDS, GCPAUDIT_SUBTREE_PREFIXES } from './gcpaudit.js';
import { GITHUB_FIELDS, GITHUB_SUBTREE_PREFIXES } from './github.js';
import { OKTA_FIELDS, OKTA_SUBTREE_PREFIXES } from './okta.js';
import { TETRAGON_DYNAMIC_PREFIXES, TETRAGON_FIELDS, tetragonDynamicField } from './tetragon.js';
import { TRACEE_ARG_PREFIX, TRACEE_FIELDS, traceeArgField } from './tracee.js';
import { K8SAUDIT_FIELDS, K8S_URI_PARAM_FIELD, k8sUriParamField } from './k8saudit.js';

/** Every source's own fields, in catalog order. */
export const SOURCE_FIELDS: readonly FieldInfo[] = [
  ...CLOUDTRAIL_FIELDS,
  ...K8SAUDIT_FIELDS,
  ...AUDITD_FIELDS,
  ...GCPAUDIT_FIELDS,
  ...AZURE_FIELDS,
  ...OKTA_FIELDS,
  ...GITHUB_FIELDS,
  ...FALCO_FIELDS,
  ...TETRAGON_FIELDS,
  ...TRACEE_FIELDS,
  attrField('sysdig.evt.num', 'int', "The event's number as sysdig printed it (evt.num), sysdig text sources"),
  attrField('sysdig.evt.cpu', 'int', 'CPU the event was captured on (evt.cpu), sysdig text sources'),
  attrField('sysdig.thread.vtid', 'int', 'Thread id inside its pid namespace (-pc/-pk output), sysdig text sources'),
];

/** Resolvers of a source's open-ended names (JSON subtrees), tried in order. */
const SUBTREE_RESOLVERS: readonly ((name: string) => FieldInfo | undefined)[] = [
  cloudTrailSubtreeField,
  (name) => (name.startsWith(FALCO_OUTPUT_FIELD_PREFIX) && name.length > FALCO_OUTPUT_FIELD_PREFIX.length
    ? falcoOutputField(name.slice(FALCO_OUTPUT_FIELD_PREFIX.length)) : undefined),
  (name) => (TETRAGON_DYNAMIC_PREFIXES.some((p) => name.startsWith(p) && name.length > p.length) ? tetragonDynamicField(name) : undefined),
  (name) => (name.startsWith(TRACEE_ARG_PREFIX) && name.length > TRACEE_ARG_PREFIX.length ? traceeArgField(name.slice(TRACEE_ARG_PREFIX.length)) : undefined),
];

/**
 * Open-ended subtrees: any field name under one of these prefixes is a flattened JSON path the
 * reader stored in `attrs` (objects joined with dots, arrays as several values).
 */
export const DYNAMIC_PREFIXES: readonly { readonly prefix: string; readonly description: string }[] = [
  ...GCPAUDIT_SUBTREE_PREFIXES,
  ...AZURE_SUBTREE_PREFIXES,
  ...OKTA_SUBTREE_PREFIXES,
  ...GITHUB_SUBTREE_PREFIXES,
  { prefix: AUDITD_MSG_PREFIX, description: "Field of an auditd record that is not a syscall part (user-space msg='…', AVC, CONFIG_CHANGE, …)" },
];

const ARGUMENT_FIELD = /^([a-z][\w.]*)\[([^\]]{1,200})\]$/;

/** A field that is not in the catalog but is well-formed for a source: an argument field or a JSON path. */
export function resolveDynamicField(name: string): FieldInfo | undefined {
  const argument = ARGUMENT_FIELD.exec(name);
  if (argument?.[1] === K8S_URI_PARAM_FIELD) return k8sUriParamField(argument[2]);
  for (const resolve of SUBTREE_RESOLVERS) {
    const field = resolve(name);
    if (field) return field;
  }
  for (const { prefix, description } of DYNAMIC_PREFIXES) {
    if (name.startsWith(prefix) && name.length > prefix.length && /^[\w.@:/$-]+$/.test(name.slice(prefix.length))) {
      return attrField(name, 'string', `${description}: ${name.slice(prefix.length)}`, { multi: true });
    }
  }
  return undefined;
}
