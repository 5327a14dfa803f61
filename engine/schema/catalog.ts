/**
 * The field catalog: the names users type (Falco/sysdig vocabulary, see
 * ../shared/docs/field-vocabulary.md) and the SQL over `events` each compiles to.
 * Where Falco has a field its name and meaning are kept (so `fd.sip` is the server IP and
 * `evt.res` is `SUCCESS` or the errno name); `source.*` fields are Ephemera's own.
 */
import type { FieldInfo } from '../api.js';
import { SOURCE_FIELDS } from './fields/index.js';

const f = (name: string, type: FieldInfo['type'], sql: string, description: string): FieldInfo =>
  ({ name, type, sql, description });

/** Every field the filter, the event list and the details pane know, in display order. */
export const FIELD_CATALOG: readonly FieldInfo[] = [
  f('evt.num', 'int', 'evt_num', 'Sequential number of the event within the case'),
  f('evt.time', 'time', 'ts', 'Event time (ns since the Unix epoch, shown as UTC date and time)'),
  f('evt.rawtime', 'int', 'ts', 'Event time as integer nanoseconds since the Unix epoch'),
  f('evt.type', 'string', 'evt_type', 'Event name: syscall name, API eventName, k8s verb'),
  f('evt.dir', 'string', 'evt_dir', "Direction: '>' enter, '<' exit"),
  f('evt.category', 'string', 'evt_category', 'Category: process, file, net, ipc, memory, signal, …'),
  f('evt.res', 'string', "CASE WHEN failed THEN coalesce(errno_name, CAST(res AS VARCHAR)) WHEN res IS NOT NULL OR failed = false THEN 'SUCCESS' END",
    'Result as text: SUCCESS, or the errno name (ENOENT, EACCES, …)'),
  f('evt.rawres', 'int', 'res', 'Return value as a signed number (negative errno on failure)'),
  f('evt.failed', 'bool', 'failed', 'True when the event returned an error'),
  f('evt.hidden', 'bool', 'hidden', 'Internal meta event that sysdig does not print (scap procinfo, container, …); left out of views unless shown'),
  f('evt.args', 'string', 'args', 'All arguments rendered as one name=value … string'),
  f('evt.latency', 'duration', 'latency_ns', 'Nanoseconds between the exit and the enter of the call'),
  f('evt.buffer', 'bytes', 'data', 'I/O buffer of the event as captured (read, write, sendto, …)'),
  f('proc.name', 'string', 'proc_name', 'Process name (comm)'),
  f('proc.pid', 'int', 'pid', 'Process id'),
  f('proc.ppid', 'int', 'ppid', 'Parent process id'),
  f('proc.vpid', 'int', 'vpid', 'Process id inside its pid namespace'),
  f('proc.exe', 'string', 'exe', 'Executable as launched (argv[0] or path)'),
  f('proc.cmdline', 'string', 'cmdline', 'Process name followed by its arguments'),
  f('proc.cwd', 'string', 'cwd', 'Working directory of the process'),
  f('thread.tid', 'int', 'tid', 'Thread id'),
  f('user.uid', 'int', 'uid', 'User id of the thread'),
  f('user.name', 'string', 'user_name', 'User name'),
  f('group.gid', 'int', 'gid', 'Group id of the thread'),
  f('fd.num', 'int', 'fd', 'File descriptor number the event acts on'),
  f('fd.type', 'string', 'fd_type', 'Kind of fd: file, directory, ipv4, ipv6, unix, pipe, event, …'),
  f('fd.name', 'string', 'fd_name', 'Full name of the fd: path, socket tuple, pipe'),
  f('fd.cip', 'ip', 'fd_cip', 'Client IP address of the connection'),
  f('fd.cport', 'int', 'fd_cport', 'Client TCP/UDP port'),
  f('fd.sip', 'ip', 'fd_sip', 'Server IP address of the connection'),
  f('fd.sport', 'int', 'fd_sport', 'Server TCP/UDP port'),
  f('fd.l4proto', 'string', 'fd_l4proto', 'Transport protocol: tcp, udp, icmp, raw'),
  f('container.id', 'string', 'container_id', 'Container id (host for the host)'),
  f('container.name', 'string', 'container_name', 'Container name'),
  f('container.image', 'string', 'container_image', 'Container image'),
  f('k8s.ns.name', 'string', 'k8s_ns', 'Kubernetes namespace'),
  f('k8s.pod.name', 'string', 'k8s_pod', 'Kubernetes pod name'),
  f('k8s.container.name', 'string', 'k8s_container', 'Kubernetes container name (exec/attach target, runtime events)'),
  f('cloud.actor', 'string', 'actor', 'Who acted, in every log source: ARN, k8s user, e-mail, GitHub login'),
  f('cloud.actor_type', 'string', 'actor_type', 'Kind of principal: IAMUser, AssumedRole, k8s-serviceaccount, …'),
  f('cloud.src_ip', 'ip', 'src_ip', 'Caller IP address of an API call or sign-in'),
  f('cloud.user_agent', 'string', 'user_agent', 'Caller user agent'),
  f('cloud.account', 'string', 'account', 'Cloud account, project, subscription, tenant or organization'),
  f('cloud.region', 'string', 'region', 'Cloud region or location'),
  f('cloud.target', 'string', 'target', 'Resource acted on'),
  f('cloud.outcome', 'string', 'outcome', "Result: 'success', 'failure' or the error code"),
  f('cloud.request_id', 'string', 'request_id', 'Request, audit or event id of the record'),
  f('evt.raw', 'string', 'raw', 'The original record text of a log source (JSON, audit lines, …)'),
  f('evt.json', 'string', 'args_json', 'Structured request or arguments of the event as JSON text'),
  f('source.id', 'int', 'source_id', 'Which input of the case the event came from'),
  f('source.name', 'string', '(SELECT s.name FROM sources s WHERE s.id = events.source_id)', 'File name of the input'),
  f('source.kind', 'string', 'source_kind', 'Reader that produced the event (strace, scap, …)'),
  f('source.offset', 'int', 'src_offset', 'Byte offset of the record in its (decompressed) input'),
  f('source.length', 'int', 'src_length', 'Byte length of the record in its input'),
  ...SOURCE_FIELDS,
];

/** Looks a field up by its exact name. */
export function findField(catalog: readonly FieldInfo[], name: string): FieldInfo | undefined {
  return catalog.find((field) => field.name === name);
}
