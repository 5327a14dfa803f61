/**
 * Catalog entries of the Tracee reader's own fields (parsers/tracee). Process, container, pod,
 * file and socket values fill the common columns (catalog.ts: host pids as proc.pid, the
 * namespace pid as proc.vpid); these are the Tracee-specific ones, named after Tracee's JSON
 * members. Each event argument is under `tracee.args.<name>` (objects flattened with dots:
 * `tracee.args.remote_addr.sin_addr`), reached with {@link traceeArgField}.
 */
import type { FieldInfo } from '../../api.js';
import { attrField } from '../attr-field.js';

const s = (name: string, description: string): FieldInfo => attrField(name, 'string', description);
const int = (name: string, description: string): FieldInfo => attrField(name, 'int', description);

/** Prefix of the event arguments. */
export const TRACEE_ARG_PREFIX = 'tracee.args.';

/** Every fixed Tracee field of the catalog, in display order. */
export const TRACEE_FIELDS: readonly FieldInfo[] = [
  s('tracee.eventName', 'Tracee event name: a syscall (openat), an LSM hook (security_file_open), a derived event (sched_process_exec) or a signature'),
  s('tracee.eventId', 'Numeric id of the event in Tracee'),
  s('tracee.syscall', 'Syscall the event happened in'),
  s('tracee.hostName', 'Host (or container UTS) name Tracee reported'),
  s('tracee.executable', 'Executable path of the process'),
  int('tracee.processId', 'Process id inside its pid namespace (also proc.vpid)'),
  int('tracee.cgroupId', 'cgroup id of the task'),
  int('tracee.mountNamespace', 'Mount namespace id'),
  int('tracee.pidNamespace', 'Pid namespace id'),
  s('tracee.parentEntityId', 'Unique id of the parent process (the process\'s own is exe_id)'),
  s('tracee.containerId', 'Full container id'),
  s('tracee.imageDigest', 'Digest of the container image'),
  s('tracee.podUID', 'UID of the Kubernetes pod'),
  attrField('tracee.matchedPolicies', 'string', 'Tracee policies the event matched', { multi: true }),
  s('tracee.signature.id', 'Id of the signature that fired (TRC-102, …)'),
  s('tracee.signature.name', 'Name of the signature that fired'),
  int('tracee.signature.severity', 'Severity of the finding (0–3)'),
  s('tracee.signature.category', 'MITRE ATT&CK tactic of the finding (defense-evasion, …)'),
  s('tracee.signature.technique', 'MITRE ATT&CK technique of the finding'),
  s('tracee.signature.external_id', 'MITRE ATT&CK id of the technique (T1622, …)'),
  s('tracee.signature.description', 'What the signature detects'),
  s('tracee.signature.version', 'Version of the signature'),
];

/** The entry of one event argument (`tracee.args.pathname`, `tracee.args.remote_addr.sin_port`); a list for arrays (argv). */
export function traceeArgField(name: string): FieldInfo {
  return attrField(`${TRACEE_ARG_PREFIX}${name}`, 'string', `Argument ${name} of the Tracee event`, { multi: true });
}
