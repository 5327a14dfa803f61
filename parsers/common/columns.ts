/**
 * The canonical columns of the `events` table (../shared/DESIGN.md §4).
 *
 * Parsers fill these through `EventBatchBuilder`; the engine creates the DuckDB table from the
 * Arrow schema they produce, so this list is the one place a column is declared.
 */

/** Storage type of a column, mapped to Arrow and to DuckDB. */
/** `attrs` is MAP(VARCHAR, VARCHAR[]): namespaced source fields, each with one or more values. */
export type ColumnType = 'int64' | 'int32' | 'bool' | 'utf8' | 'binary' | 'attrs';

/** One column of the `events` table. */
export interface ColumnSpec {
  /** snake_case SQL name */
  readonly name: string;
  readonly type: ColumnType;
  /** one line for the details pane and docs */
  readonly description: string;
}

/** Every column of `events`, in table order. All are nullable except the identity columns. */
export const EVENT_COLUMNS = [
  // identity
  { name: 'evt_num', type: 'int64', description: 'Order of the event within the case, 1-based' },
  { name: 'source_id', type: 'int32', description: 'Which input of the case the event came from' },
  { name: 'source_kind', type: 'utf8', description: 'Reader that produced the event (strace, scap, …)' },
  { name: 'src_offset', type: 'int64', description: 'Byte offset of the record in its (decompressed) input' },
  { name: 'src_length', type: 'int32', description: 'Byte length of the record in its input' },
  // time
  { name: 'ts', type: 'int64', description: 'Event time, ns since the Unix epoch, UTC' },
  { name: 'latency_ns', type: 'int64', description: 'Exit minus enter time, where known' },
  // event
  { name: 'evt_type', type: 'utf8', description: 'Syscall name, API eventName, k8s verb' },
  { name: 'evt_dir', type: 'utf8', description: "'>' enter, '<' exit, null when not split" },
  { name: 'evt_category', type: 'utf8', description: 'process, file, net, ipc, memory, signal, …' },
  { name: 'res', type: 'int64', description: 'Return value (negative errno on failure for syscalls)' },
  { name: 'failed', type: 'bool', description: 'True when the call failed' },
  { name: 'errno_name', type: 'utf8', description: 'Symbolic errno (ENOENT, …) on failure' },
  { name: 'args', type: 'utf8', description: 'Arguments rendered as text' },
  { name: 'args_json', type: 'utf8', description: 'Arguments as JSON, where the source has structure' },
  // process
  { name: 'tid', type: 'int64', description: 'Thread id' },
  { name: 'pid', type: 'int64', description: 'Process id (thread group id)' },
  { name: 'ppid', type: 'int64', description: 'Parent process id' },
  { name: 'vpid', type: 'int64', description: 'Process id inside its pid namespace' },
  { name: 'proc_name', type: 'utf8', description: 'Process name (comm / basename of exe)' },
  { name: 'exe', type: 'utf8', description: 'Executable path' },
  { name: 'cmdline', type: 'utf8', description: 'Command line, arguments joined by spaces' },
  { name: 'cwd', type: 'utf8', description: 'Working directory' },
  { name: 'uid', type: 'int64', description: 'User id' },
  { name: 'gid', type: 'int64', description: 'Group id' },
  { name: 'user_name', type: 'utf8', description: 'User name' },
  { name: 'proc_start_ts', type: 'int64', description: 'Process start time, ns' },
  { name: 'exe_id', type: 'utf8', description: 'Stable id of the process instance (source+pid+start)' },
  // fd
  { name: 'fd', type: 'int64', description: 'File descriptor number' },
  { name: 'fd_type', type: 'utf8', description: 'file, ipv4, ipv6, unix, pipe, event, signalfd, …' },
  { name: 'fd_name', type: 'utf8', description: 'Path, socket tuple or pipe name of the fd' },
  { name: 'fd_cip', type: 'utf8', description: 'Client IP of the connection (Falco fd.cip)' },
  { name: 'fd_cport', type: 'int32', description: 'Client port (Falco fd.cport)' },
  { name: 'fd_sip', type: 'utf8', description: 'Server IP of the connection (Falco fd.sip)' },
  { name: 'fd_sport', type: 'int32', description: 'Server port (Falco fd.sport)' },
  { name: 'fd_l4proto', type: 'utf8', description: 'tcp, udp, icmp, raw' },
  // container
  { name: 'container_id', type: 'utf8', description: 'Container id (host for the host)' },
  { name: 'container_name', type: 'utf8', description: 'Container name' },
  { name: 'container_image', type: 'utf8', description: 'Container image' },
  { name: 'k8s_ns', type: 'utf8', description: 'Kubernetes namespace' },
  { name: 'k8s_pod', type: 'utf8', description: 'Kubernetes pod name' },
  { name: 'k8s_container', type: 'utf8', description: 'Kubernetes container name' },
  // cloud / api
  { name: 'actor', type: 'utf8', description: 'Principal: ARN, k8s user name, e-mail' },
  { name: 'actor_type', type: 'utf8', description: 'Kind of principal' },
  { name: 'src_ip', type: 'utf8', description: 'Caller IP address' },
  { name: 'user_agent', type: 'utf8', description: 'Caller user agent' },
  { name: 'account', type: 'utf8', description: 'Cloud account / project / tenant' },
  { name: 'region', type: 'utf8', description: 'Cloud region' },
  { name: 'target', type: 'utf8', description: 'Resource acted on' },
  { name: 'outcome', type: 'utf8', description: 'success, failure, error code' },
  { name: 'request_id', type: 'utf8', description: 'Request / audit id' },
  // payload
  { name: 'data', type: 'binary', description: 'I/O buffer bytes as captured' },
  { name: 'raw', type: 'utf8', description: 'Original record text of log sources' },
  {
    name: 'attrs', type: 'attrs',
    description: "A source's own fields by their full filter name (ct.name, ka.verb, ct.request.bucketName, …), each a list of values (one for most; several for ka.user.groups, arrays of objects, …)",
  },
  // visibility
  { name: 'hidden', type: 'bool', description: 'Meta event the source tool does not print by default (scap: procinfo, state-only, leading container/user events)' },
] as const satisfies readonly ColumnSpec[];

/** Name of a column of `events`. */
export type ColumnName = (typeof EVENT_COLUMNS)[number]['name'];
