/**
 * Catalog entries of the Tetragon reader's own fields (parsers/tetragon). Process, container, pod
 * and socket values fill the common columns (proc.*, container.*, k8s.*, fd.*, in catalog.ts;
 * exec_id is also `exe_id`); these are the Tetragon-specific ones. The typed hook arguments are
 * flattened under `tetragon.args.<type>[.<member>]` (`tetragon.args.sock_arg.daddr`,
 * `tetragon.args.int_arg`), the hook's return value under `tetragon.return.<type>` and pod labels
 * under `tetragon.pod.labels.<name>`: {@link tetragonDynamicField} gives their entries.
 */
import type { FieldInfo } from '../../api.js';
import { attrField } from '../attr-field.js';

const s = (name: string, description: string): FieldInfo => attrField(name, 'string', description);
const list = (name: string, description: string): FieldInfo => attrField(name, 'string', description, { multi: true });

/** Prefixes of the open-ended families (see {@link tetragonDynamicField}). */
export const TETRAGON_DYNAMIC_PREFIXES: readonly string[] = ['tetragon.args.', 'tetragon.return.', 'tetragon.pod.labels.'];

/** Every fixed Tetragon field of the catalog, in display order. */
export const TETRAGON_FIELDS: readonly FieldInfo[] = [
  s('tetragon.event', 'Event type as Tetragon names it: process_exec, process_exit, process_kprobe, process_tracepoint, process_lsm, …'),
  s('tetragon.exec_id', 'Cluster-unique id of the process execution (process.exec_id)'),
  s('tetragon.parent_exec_id', 'exec_id of the parent process'),
  s('tetragon.node_name', 'Kubernetes node (or host) that reported the event'),
  list('tetragon.flags', 'Process flags: execve, clone, procFS, rootcwd, errors, …'),
  attrField('tetragon.auid', 'int', 'Audit (login) user id of the process; 4294967295 when unset'),
  s('tetragon.docker', 'Container id as Tetragon read it from the cgroup (may be cut)'),
  s('tetragon.container.id', 'Full container id with its runtime prefix (containerd://…)'),
  s('tetragon.container.image.id', 'Image id/digest of the container'),
  attrField('tetragon.container.pid', 'int', 'Process id inside the container'),
  s('tetragon.pod.workload', 'Workload (Deployment, DaemonSet, …) of the pod'),
  list('tetragon.cap.permitted', 'Permitted capabilities of the process'),
  list('tetragon.cap.effective', 'Effective capabilities of the process'),
  list('tetragon.cap.inheritable', 'Inheritable capabilities of the process'),
  s('tetragon.parent.binary', 'Executable of the parent process'),
  s('tetragon.parent.arguments', 'Arguments of the parent process'),
  list('tetragon.ancestors.exec_id', 'exec_ids of the ancestors listed with the event, nearest first'),
  list('tetragon.ancestors.binary', 'Executables of the ancestors listed with the event, nearest first'),
  s('tetragon.function_name', 'Kernel function of a kprobe or LSM hook (tcp_connect, security_file_permission, …)'),
  s('tetragon.policy_name', 'TracingPolicy that produced the event'),
  s('tetragon.action', 'Action the policy took: KPROBE_ACTION_POST, SIGKILL, OVERRIDE, …'),
  s('tetragon.message', 'Message the policy attached to the event'),
  list('tetragon.tags', 'Tags the policy attached to the event'),
  s('tetragon.subsys', 'Subsystem of a tracepoint (syscalls, sched, …)'),
  s('tetragon.tracepoint', 'Name of a tracepoint (sys_enter_openat, …)'),
  s('tetragon.symbol', 'Symbol of a uprobe'),
  s('tetragon.path', 'Binary of a uprobe'),
  s('tetragon.signal', 'Signal that ended the process (process_exit)'),
  attrField('tetragon.status', 'int', 'Exit status of the process (process_exit)'),
  s('tetragon.source_ip', 'Source address of an older process_connect/close/listen event'),
  attrField('tetragon.source_port', 'int', 'Source port of an older process_connect/close/listen event'),
  s('tetragon.destination_ip', 'Destination address of an older process_connect/close/listen event'),
  attrField('tetragon.destination_port', 'int', 'Destination port of an older process_connect/close/listen event'),
  s('tetragon.protocol', 'Protocol of an older process_connect/close/listen event'),
];

/**
 * The entry of a flattened hook argument, return value or pod label (`tetragon.args.file_arg.path`,
 * `tetragon.return.int_arg`, `tetragon.pod.labels.app`): a list, as a hook may have several
 * arguments of one type.
 */
export function tetragonDynamicField(name: string): FieldInfo {
  return attrField(name, 'string', `Tetragon value ${name.slice('tetragon.'.length)}`, { multi: true });
}
