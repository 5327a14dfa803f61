/**
 * The scap event table (libs HEAD, 454 entries), the PT_DYN tables and the ppm_sc names, as
 * described in ../shared/docs/scap-format.md Appendices A and C. The data regions are generated
 * from that document by `gen-tables.mjs`; edit the document (or the helpers here), not the data.
 */

/** Parameter wire types (scap-format.md §12.1). */
export type ParamType =
  | 'PT_NONE' | 'PT_INT8' | 'PT_INT16' | 'PT_INT32' | 'PT_INT64' | 'PT_UINT8' | 'PT_UINT16' | 'PT_UINT32' | 'PT_UINT64'
  | 'PT_CHARBUF' | 'PT_BYTEBUF' | 'PT_ERRNO' | 'PT_SOCKADDR' | 'PT_SOCKTUPLE' | 'PT_FD' | 'PT_PID' | 'PT_FDLIST'
  | 'PT_FSPATH' | 'PT_SYSCALLID' | 'PT_SIGTYPE' | 'PT_RELTIME' | 'PT_ABSTIME' | 'PT_PORT' | 'PT_L4PROTO'
  | 'PT_SOCKFAMILY' | 'PT_BOOL' | 'PT_IPV4ADDR' | 'PT_DYN' | 'PT_FLAGS8' | 'PT_FLAGS16' | 'PT_FLAGS32' | 'PT_UID'
  | 'PT_GID' | 'PT_DOUBLE' | 'PT_SIGSET' | 'PT_CHARBUFARRAY' | 'PT_CHARBUF_PAIR_ARRAY' | 'PT_IPV4NET' | 'PT_IPV6ADDR'
  | 'PT_IPV6NET' | 'PT_IPADDR' | 'PT_IPNET' | 'PT_MODE' | 'PT_FSRELPATH' | 'PT_ENUMFLAGS8' | 'PT_ENUMFLAGS16'
  | 'PT_ENUMFLAGS32' | 'PT_FD32' | 'PT_PID32';

/** Print formats (scap-format.md §12.3). */
export type ParamFormat = 'PF_NA' | 'PF_DEC' | 'PF_HEX' | 'PF_10_PADDED_DEC' | 'PF_ID' | 'PF_DIR' | 'PF_OCT';

/** One parameter of an event type. */
export interface ParamSpec {
  readonly name: string;
  readonly type: ParamType;
  /** A `PF_*` print format. */
  readonly format: string;
  /** Flag/enum table (Appendix B, see `FLAG_TABLES` in flags.ts) or PT_DYN table (`DYN_TABLES`). */
  readonly table?: string;
  /** For PT_FSRELPATH: index of the dirfd parameter the path is relative to. */
  readonly dirfd?: number;
}

/** `EF_*` event flags (scap-format.md §11.2). */
export type EventFlag =
  | 'EF_CREATES_FD' | 'EF_DESTROYS_FD' | 'EF_USES_FD' | 'EF_READS_FROM_FD' | 'EF_WRITES_TO_FD' | 'EF_MODIFIES_STATE'
  | 'EF_UNUSED' | 'EF_WAITS' | 'EF_SKIPPARSERESET' | 'EF_OLD_VERSION' | 'EF_LARGE_PAYLOAD' | 'EF_CONVERTER_MANAGED';

/** One event type. */
export interface EventSpec {
  readonly id: number;
  readonly name: string;
  /** `>` enter (even id), `<` exit (odd id). */
  readonly dir: '>' | '<';
  /** Our `evt_category` word: process, file, net, ipc, memory, signal, time, wait, system, internal, other. */
  readonly category: string;
  /** The libs syscall category as the document names it (`io_read`, `sleep`, `unknown`, …). */
  readonly libsCategory: string;
  /** Event source: `SYSCALL`, `TRACEPOINT`, `PLUGIN`, `META`, `ITER`, `INTERNAL/META`, or `` for none. */
  readonly source: string;
  /** Internal meta events sysdig hides unless `-D` (procinfo, drop, scapevent, container 228, …). */
  readonly internal: boolean;
  /** `EF_*` names. */
  readonly flags: readonly EventFlag[];
  readonly params: readonly ParamSpec[];
}

const NET_IO = new Set(['send', 'sendto', 'recv', 'recvfrom', 'sendmsg', 'recvmsg', 'sendmmsg', 'recvmmsg']);

const CATEGORY_WORD: Record<string, string> = {
  unknown: 'other', other: 'other', file: 'file', net: 'net', ipc: 'ipc', memory: 'memory', process: 'process',
  sleep: 'time', system: 'system', signal: 'signal', user: 'process', time: 'time', processing: 'other',
  io_read: 'file', io_write: 'file', io_other: 'file', wait: 'wait', scheduler: 'process',
};

const SHORT_FLAGS: Record<string, EventFlag> = {
  CFD: 'EF_CREATES_FD', DFD: 'EF_DESTROYS_FD', UFD: 'EF_USES_FD', RFD: 'EF_READS_FROM_FD', WFD: 'EF_WRITES_TO_FD',
  MS: 'EF_MODIFIES_STATE', UNUSED: 'EF_UNUSED', WAITS: 'EF_WAITS', SPR: 'EF_SKIPPARSERESET', OLD: 'EF_OLD_VERSION',
  LARGE: 'EF_LARGE_PAYLOAD', CONV: 'EF_CONVERTER_MANAGED',
};

function p(name: string, type: ParamType, format?: ParamFormat, table?: string): ParamSpec {
  const spec = { name, type, format: format ?? defaultFormat(type) };
  return table === undefined ? spec : { ...spec, table };
}

function rel(name: string, type: ParamType, dirfd: number): ParamSpec {
  return { name, type, format: 'PF_NA', dirfd };
}

function defaultFormat(type: ParamType): ParamFormat {
  return /^PT_(U?INT\d+|ERRNO|FD|PID|FD32|PID32|PORT|L4PROTO|SOCKFAMILY|BOOL|UID|GID|RELTIME|ABSTIME|SIGTYPE|SYSCALLID|DOUBLE|SIGSET)$/
    .test(type) ? 'PF_DEC' : 'PF_NA';
}

function e(id: number, name: string, libsCategory: string, source: string, flags: readonly string[], params: ParamSpec[]): EventSpec {
  const internal = source.startsWith('INTERNAL');
  const category = internal ? 'internal'
    : NET_IO.has(name) && libsCategory.startsWith('io_') ? 'net' : CATEGORY_WORD[libsCategory] ?? 'other';
  return {
    id, name, dir: id % 2 === 0 ? '>' : '<', category, libsCategory, source, internal,
    flags: flags.map((f) => SHORT_FLAGS[f]), params: params.map((param) => withDirfd(param, params)),
  };
}

/** The document names the dirfd of most FSRELPATH parameters; the others use the one called `dirfd`. */
function withDirfd(param: ParamSpec, params: readonly ParamSpec[]): ParamSpec {
  if (param.type !== 'PT_FSRELPATH' || param.dirfd !== undefined) return param;
  const dirfd = params.findIndex((other) => other.name === 'dirfd');
  return dirfd < 0 ? param : { ...param, dirfd };
}

/** Event types by id (0 … 453); unused `NA` slots are `undefined`, like ids past the end. */
export const EVENT_TABLE: readonly (EventSpec | undefined)[] = [
// BEGIN GENERATED EVENTS (gen-tables.mjs)
  e(0, 'syscall', 'other', 'SYSCALL', ['OLD', 'CONV'], [p('ID', 'PT_SYSCALLID'), p('nativeID', 'PT_UINT16')]),
  e(1, 'syscall', 'other', 'SYSCALL', ['CONV'], [p('ID', 'PT_SYSCALLID'), p('nativeID', 'PT_UINT16')]),
  e(2, 'open', 'file', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('name', 'PT_FSPATH'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'file_flags'), p('mode', 'PT_UINT32', 'PF_OCT')]),
  e(3, 'open', 'file', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('fd', 'PT_FD'), p('name', 'PT_FSPATH'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'file_flags'), p('mode', 'PT_UINT32', 'PF_OCT'), p('dev', 'PT_UINT32', 'PF_HEX'), p('ino', 'PT_UINT64')]),
  e(4, 'close', 'io_other', 'SYSCALL', ['DFD', 'UFD', 'MS', 'OLD', 'CONV'], [p('fd', 'PT_FD')]),
  e(5, 'close', 'io_other', 'SYSCALL', ['DFD', 'UFD', 'MS', 'CONV'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD')]),
  e(6, 'read', 'io_read', 'SYSCALL', ['UFD', 'RFD', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('size', 'PT_UINT32')]),
  e(7, 'read', 'io_read', 'SYSCALL', ['UFD', 'RFD', 'CONV'], [p('res', 'PT_ERRNO'), p('data', 'PT_BYTEBUF'), p('fd', 'PT_FD'), p('size', 'PT_UINT32')]),
  e(8, 'write', 'io_write', 'SYSCALL', ['UFD', 'WFD', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('size', 'PT_UINT32')]),
  e(9, 'write', 'io_write', 'SYSCALL', ['UFD', 'WFD', 'CONV'], [p('res', 'PT_ERRNO'), p('data', 'PT_BYTEBUF'), p('fd', 'PT_FD'), p('size', 'PT_UINT32')]),
  e(10, 'brk', 'memory', 'SYSCALL', ['OLD', 'CONV'], [p('size', 'PT_UINT32')]),
  e(11, 'brk', 'memory', 'SYSCALL', ['OLD', 'CONV'], [p('res', 'PT_UINT64', 'PF_HEX')]),
  e(12, 'execve', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], []),
  e(13, 'execve', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('res', 'PT_ERRNO'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_UINT64')]),
  e(14, 'clone', 'process', 'SYSCALL', ['MS', 'OLD'], []),
  e(15, 'clone', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('res', 'PT_PID'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_INT64'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'clone_flags'), p('uid', 'PT_UINT32'), p('gid', 'PT_UINT32')]),
  e(16, 'procexit', 'process', 'TRACEPOINT', ['MS', 'OLD', 'CONV'], []),
  undefined, // 17 NA (unused slot)
  e(18, 'socket', 'net', 'SYSCALL', ['CFD', 'MS', 'OLD', 'CONV'], [p('domain', 'PT_ENUMFLAGS32', 'PF_NA', 'socket_families'), p('type', 'PT_UINT32'), p('proto', 'PT_UINT32')]),
  e(19, 'socket', 'net', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('fd', 'PT_FD'), p('domain', 'PT_ENUMFLAGS32', 'PF_NA', 'socket_families'), p('type', 'PT_UINT32'), p('proto', 'PT_UINT32'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'file_flags')]),
  e(20, 'bind', 'net', 'SYSCALL', ['UFD', 'MS', 'OLD', 'CONV'], [p('fd', 'PT_FD')]),
  e(21, 'bind', 'net', 'SYSCALL', ['UFD', 'MS', 'CONV'], [p('res', 'PT_ERRNO'), p('addr', 'PT_SOCKADDR'), p('fd', 'PT_FD')]),
  e(22, 'connect', 'net', 'SYSCALL', ['UFD', 'MS', 'CONV'], [p('fd', 'PT_FD'), p('addr', 'PT_SOCKADDR')]),
  e(23, 'connect', 'net', 'SYSCALL', ['UFD', 'MS', 'CONV'], [p('res', 'PT_ERRNO'), p('tuple', 'PT_SOCKTUPLE'), p('fd', 'PT_FD'), p('addr', 'PT_SOCKADDR')]),
  e(24, 'listen', 'net', 'SYSCALL', ['UFD', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('backlog', 'PT_INT32')]),
  e(25, 'listen', 'net', 'SYSCALL', ['UFD', 'CONV'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD'), p('backlog', 'PT_INT32')]),
  e(26, 'accept', 'net', 'SYSCALL', ['CFD', 'MS', 'OLD'], []),
  e(27, 'accept', 'net', 'SYSCALL', ['CFD', 'MS', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('tuple', 'PT_SOCKTUPLE'), p('queuepct', 'PT_UINT8')]),
  e(28, 'send', 'io_write', 'SYSCALL', ['UFD', 'WFD', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('size', 'PT_UINT32')]),
  e(29, 'send', 'io_write', 'SYSCALL', ['UFD', 'WFD', 'CONV'], [p('res', 'PT_ERRNO'), p('data', 'PT_BYTEBUF'), p('fd', 'PT_FD'), p('size', 'PT_UINT32'), p('tuple', 'PT_SOCKTUPLE')]),
  e(30, 'sendto', 'io_write', 'SYSCALL', ['UFD', 'WFD', 'MS', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('size', 'PT_UINT32'), p('tuple', 'PT_SOCKTUPLE')]),
  e(31, 'sendto', 'io_write', 'SYSCALL', ['UFD', 'WFD', 'MS', 'CONV'], [p('res', 'PT_ERRNO'), p('data', 'PT_BYTEBUF'), p('fd', 'PT_FD'), p('size', 'PT_UINT32'), p('tuple', 'PT_SOCKTUPLE')]),
  e(32, 'recv', 'io_read', 'SYSCALL', ['UFD', 'RFD', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('size', 'PT_UINT32')]),
  e(33, 'recv', 'io_read', 'SYSCALL', ['UFD', 'RFD', 'CONV'], [p('res', 'PT_ERRNO'), p('data', 'PT_BYTEBUF'), p('fd', 'PT_FD'), p('size', 'PT_UINT32'), p('tuple', 'PT_SOCKTUPLE')]),
  e(34, 'recvfrom', 'io_read', 'SYSCALL', ['UFD', 'RFD', 'MS', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('size', 'PT_UINT32')]),
  e(35, 'recvfrom', 'io_read', 'SYSCALL', ['UFD', 'RFD', 'MS', 'CONV'], [p('res', 'PT_ERRNO'), p('data', 'PT_BYTEBUF'), p('tuple', 'PT_SOCKTUPLE'), p('fd', 'PT_FD'), p('size', 'PT_UINT32')]),
  e(36, 'shutdown', 'net', 'SYSCALL', ['UFD', 'MS', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('how', 'PT_ENUMFLAGS8', 'PF_HEX', 'shutdown_how')]),
  e(37, 'shutdown', 'net', 'SYSCALL', ['UFD', 'MS', 'CONV'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD'), p('how', 'PT_ENUMFLAGS8', 'PF_HEX', 'shutdown_how')]),
  e(38, 'getsockname', 'net', 'SYSCALL', ['OLD'], []),
  e(39, 'getsockname', 'net', 'SYSCALL', [], []),
  e(40, 'getpeername', 'net', 'SYSCALL', ['OLD'], []),
  e(41, 'getpeername', 'net', 'SYSCALL', [], []),
  e(42, 'socketpair', 'ipc', 'SYSCALL', ['CFD', 'MS', 'OLD', 'CONV'], [p('domain', 'PT_ENUMFLAGS32', 'PF_NA', 'socket_families'), p('type', 'PT_UINT32'), p('proto', 'PT_UINT32')]),
  e(43, 'socketpair', 'ipc', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('res', 'PT_ERRNO'), p('fd1', 'PT_FD'), p('fd2', 'PT_FD'), p('source', 'PT_UINT64', 'PF_HEX'), p('peer', 'PT_UINT64', 'PF_HEX'), p('domain', 'PT_ENUMFLAGS32', 'PF_NA', 'socket_families'), p('type', 'PT_UINT32'), p('proto', 'PT_UINT32')]),
  e(44, 'setsockopt', 'net', 'SYSCALL', ['OLD'], []),
  e(45, 'setsockopt', 'net', 'SYSCALL', ['UFD'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD'), p('level', 'PT_ENUMFLAGS8', 'PF_NA', 'sockopt_levels'), p('optname', 'PT_ENUMFLAGS8', 'PF_NA', 'sockopt_options'), p('val', 'PT_DYN', 'PF_NA', 'sockopt_dynamic_param'), p('optlen', 'PT_UINT32')]),
  e(46, 'getsockopt', 'net', 'SYSCALL', ['MS', 'OLD'], []),
  e(47, 'getsockopt', 'net', 'SYSCALL', ['UFD', 'MS'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD'), p('level', 'PT_ENUMFLAGS8', 'PF_NA', 'sockopt_levels'), p('optname', 'PT_ENUMFLAGS8', 'PF_NA', 'sockopt_options'), p('val', 'PT_DYN', 'PF_NA', 'sockopt_dynamic_param'), p('optlen', 'PT_UINT32')]),
  e(48, 'sendmsg', 'io_write', 'SYSCALL', ['UFD', 'WFD', 'MS', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('size', 'PT_UINT32'), p('tuple', 'PT_SOCKTUPLE')]),
  e(49, 'sendmsg', 'io_write', 'SYSCALL', ['UFD', 'WFD', 'MS', 'CONV'], [p('res', 'PT_ERRNO'), p('data', 'PT_BYTEBUF'), p('fd', 'PT_FD'), p('size', 'PT_UINT32'), p('tuple', 'PT_SOCKTUPLE')]),
  e(50, 'sendmmsg', 'io_write', 'SYSCALL', ['OLD'], []),
  e(51, 'sendmmsg', 'io_write', 'SYSCALL', ['UFD', 'WFD', 'MS', 'CONV'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD'), p('size', 'PT_UINT32'), p('data', 'PT_BYTEBUF'), p('tuple', 'PT_SOCKTUPLE')]),
  e(52, 'recvmsg', 'io_read', 'SYSCALL', ['UFD', 'RFD', 'MS', 'OLD', 'CONV'], [p('fd', 'PT_FD')]),
  e(53, 'recvmsg', 'io_read', 'SYSCALL', ['UFD', 'RFD', 'MS', 'CONV'], [p('res', 'PT_ERRNO'), p('size', 'PT_UINT32'), p('data', 'PT_BYTEBUF'), p('tuple', 'PT_SOCKTUPLE'), p('msgcontrol', 'PT_BYTEBUF'), p('fd', 'PT_FD')]),
  e(54, 'recvmmsg', 'io_read', 'SYSCALL', ['OLD'], []),
  e(55, 'recvmmsg', 'io_read', 'SYSCALL', ['UFD', 'RFD', 'MS', 'CONV'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD'), p('size', 'PT_UINT32'), p('data', 'PT_BYTEBUF'), p('tuple', 'PT_SOCKTUPLE'), p('msgcontrol', 'PT_BYTEBUF')]),
  e(56, 'accept', 'net', 'SYSCALL', ['CFD', 'MS', 'OLD', 'CONV'], [p('flags', 'PT_INT32', 'PF_HEX')]),
  e(57, 'accept', 'net', 'SYSCALL', ['CFD', 'MS', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('tuple', 'PT_SOCKTUPLE'), p('queuepct', 'PT_UINT8')]),
  e(58, 'creat', 'file', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('name', 'PT_FSPATH'), p('mode', 'PT_UINT32', 'PF_OCT')]),
  e(59, 'creat', 'file', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('fd', 'PT_FD'), p('name', 'PT_FSPATH'), p('mode', 'PT_UINT32', 'PF_OCT'), p('dev', 'PT_UINT32', 'PF_HEX'), p('ino', 'PT_UINT64'), p('creat_flags', 'PT_FLAGS16', 'PF_HEX', 'creat_flags')]),
  e(60, 'pipe', 'ipc', 'SYSCALL', ['CFD', 'MS', 'OLD'], []),
  e(61, 'pipe', 'ipc', 'SYSCALL', ['CFD', 'MS'], [p('res', 'PT_ERRNO'), p('fd1', 'PT_FD'), p('fd2', 'PT_FD'), p('ino', 'PT_UINT64')]),
  e(62, 'eventfd', 'ipc', 'SYSCALL', ['CFD', 'MS', 'OLD', 'CONV'], [p('initval', 'PT_UINT64'), p('flags', 'PT_UINT32', 'PF_HEX')]),
  e(63, 'eventfd', 'ipc', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('res', 'PT_FD'), p('initval', 'PT_UINT64'), p('flags', 'PT_UINT32', 'PF_HEX')]),
  e(64, 'futex', 'ipc', 'SYSCALL', ['OLD', 'CONV'], [p('addr', 'PT_UINT64', 'PF_HEX'), p('op', 'PT_FLAGS16', 'PF_HEX', 'futex_operations'), p('val', 'PT_UINT64')]),
  e(65, 'futex', 'ipc', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('addr', 'PT_UINT64', 'PF_HEX'), p('op', 'PT_FLAGS16', 'PF_HEX', 'futex_operations'), p('val', 'PT_UINT64')]),
  e(66, 'stat', 'file', 'SYSCALL', ['OLD'], []),
  e(67, 'stat', 'file', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('path', 'PT_FSPATH')]),
  e(68, 'lstat', 'file', 'SYSCALL', ['OLD'], []),
  e(69, 'lstat', 'file', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('path', 'PT_FSPATH')]),
  e(70, 'fstat', 'file', 'SYSCALL', ['UFD', 'OLD', 'CONV'], [p('fd', 'PT_FD')]),
  e(71, 'fstat', 'file', 'SYSCALL', ['UFD', 'CONV'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD')]),
  e(72, 'stat64', 'file', 'SYSCALL', ['OLD'], []),
  e(73, 'stat64', 'file', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('path', 'PT_FSPATH')]),
  e(74, 'lstat64', 'file', 'SYSCALL', ['OLD'], []),
  e(75, 'lstat64', 'file', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('path', 'PT_FSPATH')]),
  e(76, 'fstat64', 'file', 'SYSCALL', ['UFD', 'OLD'], [p('fd', 'PT_FD')]),
  e(77, 'fstat64', 'file', 'SYSCALL', [], [p('res', 'PT_ERRNO')]),
  e(78, 'epoll_wait', 'wait', 'SYSCALL', ['WAITS', 'OLD', 'CONV'], [p('maxevents', 'PT_ERRNO')]),
  e(79, 'epoll_wait', 'wait', 'SYSCALL', ['WAITS', 'CONV'], [p('res', 'PT_ERRNO'), p('maxevents', 'PT_ERRNO')]),
  e(80, 'poll', 'wait', 'SYSCALL', ['WAITS', 'OLD', 'CONV'], [p('fds', 'PT_FDLIST'), p('timeout', 'PT_INT64')]),
  e(81, 'poll', 'wait', 'SYSCALL', ['WAITS', 'CONV'], [p('res', 'PT_ERRNO'), p('fds', 'PT_FDLIST'), p('timeout', 'PT_INT64')]),
  e(82, 'select', 'wait', 'SYSCALL', ['WAITS', 'OLD'], []),
  e(83, 'select', 'wait', 'SYSCALL', ['WAITS'], [p('res', 'PT_ERRNO')]),
  e(84, 'select', 'wait', 'SYSCALL', ['WAITS', 'OLD'], []),
  e(85, 'select', 'wait', 'SYSCALL', ['WAITS', 'OLD', 'CONV'], [p('res', 'PT_ERRNO')]),
  e(86, 'lseek', 'file', 'SYSCALL', ['UFD', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('offset', 'PT_UINT64'), p('whence', 'PT_ENUMFLAGS8', 'PF_NA', 'lseek_whence')]),
  e(87, 'lseek', 'file', 'SYSCALL', ['UFD', 'CONV'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD'), p('offset', 'PT_UINT64'), p('whence', 'PT_ENUMFLAGS8', 'PF_NA', 'lseek_whence')]),
  e(88, 'llseek', 'file', 'SYSCALL', ['UFD', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('offset', 'PT_UINT64'), p('whence', 'PT_ENUMFLAGS8', 'PF_NA', 'lseek_whence')]),
  e(89, 'llseek', 'file', 'SYSCALL', ['UFD', 'CONV'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD'), p('offset', 'PT_UINT64'), p('whence', 'PT_ENUMFLAGS8', 'PF_NA', 'lseek_whence')]),
  e(90, 'ioctl', 'io_other', 'SYSCALL', ['UFD', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('request', 'PT_UINT64', 'PF_HEX')]),
  e(91, 'ioctl', 'io_other', 'SYSCALL', ['UFD', 'OLD', 'CONV'], [p('res', 'PT_ERRNO')]),
  e(92, 'getcwd', 'file', 'SYSCALL', ['OLD'], []),
  e(93, 'getcwd', 'file', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('path', 'PT_CHARBUF')]),
  e(94, 'chdir', 'file', 'SYSCALL', ['MS', 'OLD'], []),
  e(95, 'chdir', 'file', 'SYSCALL', ['MS'], [p('res', 'PT_ERRNO'), p('path', 'PT_CHARBUF')]),
  e(96, 'fchdir', 'file', 'SYSCALL', ['UFD', 'MS', 'OLD', 'CONV'], [p('fd', 'PT_FD')]),
  e(97, 'fchdir', 'file', 'SYSCALL', ['UFD', 'MS', 'CONV'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD')]),
  e(98, 'mkdir', 'file', 'SYSCALL', ['OLD', 'CONV'], [p('path', 'PT_FSPATH'), p('mode', 'PT_UINT32', 'PF_HEX')]),
  e(99, 'mkdir', 'file', 'SYSCALL', ['OLD', 'CONV'], [p('res', 'PT_ERRNO')]),
  e(100, 'rmdir', 'file', 'SYSCALL', ['OLD', 'CONV'], [p('path', 'PT_FSPATH')]),
  e(101, 'rmdir', 'file', 'SYSCALL', ['OLD', 'CONV'], [p('res', 'PT_ERRNO')]),
  e(102, 'openat', 'file', 'SYSCALL', ['CFD', 'MS', 'OLD', 'CONV'], [p('dirfd', 'PT_FD'), p('name', 'PT_CHARBUF'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'file_flags'), p('mode', 'PT_UINT32', 'PF_OCT')]),
  e(103, 'openat', 'file', 'SYSCALL', ['CFD', 'MS', 'OLD', 'CONV'], [p('fd', 'PT_FD')]),
  e(104, 'link', 'file', 'SYSCALL', ['OLD', 'CONV'], [p('oldpath', 'PT_FSPATH'), p('newpath', 'PT_FSPATH')]),
  e(105, 'link', 'file', 'SYSCALL', ['OLD', 'CONV'], [p('res', 'PT_ERRNO')]),
  e(106, 'linkat', 'file', 'SYSCALL', ['OLD', 'CONV'], [p('olddir', 'PT_FD'), p('oldpath', 'PT_CHARBUF'), p('newdir', 'PT_FD'), p('newpath', 'PT_CHARBUF')]),
  e(107, 'linkat', 'file', 'SYSCALL', ['OLD', 'CONV'], [p('res', 'PT_ERRNO')]),
  e(108, 'unlink', 'file', 'SYSCALL', ['OLD', 'CONV'], [p('path', 'PT_FSPATH')]),
  e(109, 'unlink', 'file', 'SYSCALL', ['OLD', 'CONV'], [p('res', 'PT_ERRNO')]),
  e(110, 'unlinkat', 'file', 'SYSCALL', ['OLD', 'CONV'], [p('dirfd', 'PT_FD'), p('name', 'PT_CHARBUF')]),
  e(111, 'unlinkat', 'file', 'SYSCALL', ['OLD', 'CONV'], [p('res', 'PT_ERRNO')]),
  e(112, 'pread', 'io_read', 'SYSCALL', ['UFD', 'RFD', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('size', 'PT_UINT32'), p('pos', 'PT_UINT64')]),
  e(113, 'pread', 'io_read', 'SYSCALL', ['UFD', 'RFD', 'CONV'], [p('res', 'PT_ERRNO'), p('data', 'PT_BYTEBUF'), p('fd', 'PT_FD'), p('size', 'PT_UINT32'), p('pos', 'PT_UINT64')]),
  e(114, 'pwrite', 'io_write', 'SYSCALL', ['UFD', 'WFD', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('size', 'PT_UINT32'), p('pos', 'PT_UINT64')]),
  e(115, 'pwrite', 'io_write', 'SYSCALL', ['UFD', 'WFD', 'CONV'], [p('res', 'PT_ERRNO'), p('data', 'PT_BYTEBUF'), p('fd', 'PT_FD'), p('size', 'PT_UINT32'), p('pos', 'PT_UINT64')]),
  e(116, 'readv', 'io_read', 'SYSCALL', ['UFD', 'RFD', 'OLD', 'CONV'], [p('fd', 'PT_FD')]),
  e(117, 'readv', 'io_read', 'SYSCALL', ['UFD', 'RFD', 'CONV'], [p('res', 'PT_ERRNO'), p('size', 'PT_UINT32'), p('data', 'PT_BYTEBUF'), p('fd', 'PT_FD')]),
  e(118, 'writev', 'io_write', 'SYSCALL', ['UFD', 'WFD', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('size', 'PT_UINT32')]),
  e(119, 'writev', 'io_write', 'SYSCALL', ['UFD', 'WFD', 'CONV'], [p('res', 'PT_ERRNO'), p('data', 'PT_BYTEBUF'), p('fd', 'PT_FD'), p('size', 'PT_UINT32')]),
  e(120, 'preadv', 'io_read', 'SYSCALL', ['UFD', 'RFD', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('pos', 'PT_UINT64')]),
  e(121, 'preadv', 'io_read', 'SYSCALL', ['UFD', 'RFD', 'CONV'], [p('res', 'PT_ERRNO'), p('size', 'PT_UINT32'), p('data', 'PT_BYTEBUF'), p('fd', 'PT_FD'), p('pos', 'PT_UINT64')]),
  e(122, 'pwritev', 'io_write', 'SYSCALL', ['UFD', 'WFD', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('size', 'PT_UINT32'), p('pos', 'PT_UINT64')]),
  e(123, 'pwritev', 'io_write', 'SYSCALL', ['UFD', 'WFD', 'CONV'], [p('res', 'PT_ERRNO'), p('data', 'PT_BYTEBUF'), p('fd', 'PT_FD'), p('size', 'PT_UINT32'), p('pos', 'PT_UINT64')]),
  e(124, 'dup', 'io_other', 'SYSCALL', ['CFD', 'UFD', 'MS', 'OLD', 'CONV'], [p('fd', 'PT_FD')]),
  e(125, 'dup', 'io_other', 'SYSCALL', ['CFD', 'UFD', 'MS', 'OLD', 'CONV'], [p('res', 'PT_FD')]),
  e(126, 'signalfd', 'signal', 'SYSCALL', ['CFD', 'MS', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('mask', 'PT_UINT32', 'PF_HEX'), p('flags', 'PT_UINT8', 'PF_HEX')]),
  e(127, 'signalfd', 'signal', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('res', 'PT_FD'), p('fd', 'PT_FD'), p('mask', 'PT_UINT32', 'PF_HEX'), p('flags', 'PT_UINT8', 'PF_HEX')]),
  e(128, 'kill', 'signal', 'SYSCALL', ['OLD', 'CONV'], [p('pid', 'PT_PID'), p('sig', 'PT_SIGTYPE')]),
  e(129, 'kill', 'signal', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('pid', 'PT_PID'), p('sig', 'PT_SIGTYPE')]),
  e(130, 'tkill', 'signal', 'SYSCALL', ['OLD', 'CONV'], [p('tid', 'PT_PID'), p('sig', 'PT_SIGTYPE')]),
  e(131, 'tkill', 'signal', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('tid', 'PT_PID'), p('sig', 'PT_SIGTYPE')]),
  e(132, 'tgkill', 'signal', 'SYSCALL', ['OLD', 'CONV'], [p('pid', 'PT_PID'), p('tid', 'PT_PID'), p('sig', 'PT_SIGTYPE')]),
  e(133, 'tgkill', 'signal', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('pid', 'PT_PID'), p('tid', 'PT_PID'), p('sig', 'PT_SIGTYPE')]),
  e(134, 'nanosleep', 'sleep', 'SYSCALL', ['WAITS', 'OLD', 'CONV'], [p('interval', 'PT_RELTIME')]),
  e(135, 'nanosleep', 'sleep', 'SYSCALL', ['WAITS', 'CONV'], [p('res', 'PT_ERRNO'), p('interval', 'PT_RELTIME')]),
  e(136, 'timerfd_create', 'time', 'SYSCALL', ['CFD', 'MS', 'OLD', 'CONV'], [p('clockid', 'PT_UINT8'), p('flags', 'PT_UINT8', 'PF_HEX')]),
  e(137, 'timerfd_create', 'time', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('res', 'PT_FD'), p('clockid', 'PT_UINT8'), p('flags', 'PT_UINT8', 'PF_HEX')]),
  e(138, 'inotify_init', 'ipc', 'SYSCALL', ['CFD', 'MS', 'OLD', 'CONV'], [p('flags', 'PT_UINT8', 'PF_HEX')]),
  e(139, 'inotify_init', 'ipc', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('res', 'PT_FD'), p('flags', 'PT_UINT8', 'PF_HEX')]),
  e(140, 'getrlimit', 'process', 'SYSCALL', ['OLD', 'CONV'], [p('resource', 'PT_ENUMFLAGS8', 'PF_NA', 'rlimit_resources')]),
  e(141, 'getrlimit', 'process', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('cur', 'PT_INT64'), p('max', 'PT_INT64'), p('resource', 'PT_ENUMFLAGS8', 'PF_NA', 'rlimit_resources')]),
  e(142, 'setrlimit', 'process', 'SYSCALL', ['OLD', 'CONV'], [p('resource', 'PT_ENUMFLAGS8', 'PF_NA', 'rlimit_resources')]),
  e(143, 'setrlimit', 'process', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('cur', 'PT_INT64'), p('max', 'PT_INT64'), p('resource', 'PT_ENUMFLAGS8', 'PF_NA', 'rlimit_resources')]),
  e(144, 'prlimit', 'process', 'SYSCALL', ['OLD', 'CONV'], [p('pid', 'PT_PID'), p('resource', 'PT_ENUMFLAGS8', 'PF_NA', 'rlimit_resources')]),
  e(145, 'prlimit', 'process', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('newcur', 'PT_INT64'), p('newmax', 'PT_INT64'), p('oldcur', 'PT_INT64'), p('oldmax', 'PT_INT64'), p('pid', 'PT_INT64'), p('resource', 'PT_ENUMFLAGS8', 'PF_NA', 'rlimit_resources')]),
  e(146, 'switch', 'scheduler', 'TRACEPOINT', ['SPR', 'OLD', 'CONV'], [p('next', 'PT_PID')]),
  undefined, // 147 NA (unused slot)
  e(148, 'drop', 'unknown', 'INTERNAL/META', ['SPR'], [p('ratio', 'PT_UINT32')]),
  e(149, 'drop', 'unknown', 'INTERNAL/META', ['SPR'], [p('ratio', 'PT_UINT32')]),
  e(150, 'fcntl', 'io_other', 'SYSCALL', ['UFD', 'MS', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('cmd', 'PT_ENUMFLAGS8', 'PF_NA', 'fcntl_commands')]),
  e(151, 'fcntl', 'io_other', 'SYSCALL', ['UFD', 'MS', 'CONV'], [p('res', 'PT_FD'), p('fd', 'PT_FD'), p('cmd', 'PT_ENUMFLAGS8', 'PF_NA', 'fcntl_commands'), p('arg', 'PT_UINT64', 'PF_HEX')]),
  e(152, 'switch', 'scheduler', 'TRACEPOINT', [], [p('next', 'PT_PID'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32')]),
  undefined, // 153 NA (unused slot)
  e(154, 'execve', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], []),
  e(155, 'execve', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('res', 'PT_ERRNO'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_UINT64'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32')]),
  e(156, 'clone', 'process', 'SYSCALL', ['MS', 'OLD'], []),
  e(157, 'clone', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('res', 'PT_PID'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_INT64'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'clone_flags'), p('uid', 'PT_UINT32'), p('gid', 'PT_UINT32')]),
  e(158, 'brk', 'memory', 'SYSCALL', ['OLD', 'CONV'], [p('addr', 'PT_UINT64', 'PF_HEX')]),
  e(159, 'brk', 'memory', 'SYSCALL', ['CONV'], [p('res', 'PT_UINT64', 'PF_HEX'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('addr', 'PT_UINT64', 'PF_HEX')]),
  e(160, 'mmap', 'memory', 'SYSCALL', ['UFD', 'OLD', 'CONV'], [p('addr', 'PT_UINT64', 'PF_HEX'), p('length', 'PT_UINT64'), p('prot', 'PT_FLAGS32', 'PF_HEX', 'prot_flags'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'mmap_flags'), p('fd', 'PT_FD'), p('offset', 'PT_UINT64')]),
  e(161, 'mmap', 'memory', 'SYSCALL', ['UFD', 'CONV'], [p('res', 'PT_ERRNO', 'PF_HEX'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('addr', 'PT_UINT64', 'PF_HEX'), p('length', 'PT_UINT64'), p('prot', 'PT_FLAGS32', 'PF_HEX', 'prot_flags'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'mmap_flags'), p('fd', 'PT_FD'), p('offset', 'PT_UINT64')]),
  e(162, 'mmap2', 'memory', 'SYSCALL', ['UFD', 'OLD', 'CONV'], [p('addr', 'PT_UINT64', 'PF_HEX'), p('length', 'PT_UINT64'), p('prot', 'PT_FLAGS32', 'PF_HEX', 'prot_flags'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'mmap_flags'), p('fd', 'PT_FD'), p('pgoffset', 'PT_UINT64')]),
  e(163, 'mmap2', 'memory', 'SYSCALL', ['UFD', 'CONV'], [p('res', 'PT_ERRNO', 'PF_HEX'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('addr', 'PT_UINT64', 'PF_HEX'), p('length', 'PT_UINT64'), p('prot', 'PT_FLAGS32', 'PF_HEX', 'prot_flags'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'mmap_flags'), p('fd', 'PT_FD'), p('pgoffset', 'PT_UINT64')]),
  e(164, 'munmap', 'memory', 'SYSCALL', ['OLD', 'CONV'], [p('addr', 'PT_UINT64', 'PF_HEX'), p('length', 'PT_UINT64')]),
  e(165, 'munmap', 'memory', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('addr', 'PT_UINT64', 'PF_HEX'), p('length', 'PT_UINT64')]),
  e(166, 'splice', 'io_other', 'SYSCALL', ['UFD', 'OLD', 'CONV'], [p('fd_in', 'PT_FD'), p('fd_out', 'PT_FD'), p('size', 'PT_UINT64'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'splice_flags')]),
  e(167, 'splice', 'io_other', 'SYSCALL', ['UFD', 'CONV'], [p('res', 'PT_ERRNO'), p('fd_in', 'PT_FD'), p('fd_out', 'PT_FD'), p('size', 'PT_UINT64'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'splice_flags')]),
  e(168, 'ptrace', 'process', 'SYSCALL', ['OLD', 'CONV'], [p('request', 'PT_ENUMFLAGS16', 'PF_NA', 'ptrace_requests'), p('pid', 'PT_PID')]),
  e(169, 'ptrace', 'process', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('addr', 'PT_DYN', 'PF_HEX', 'ptrace_dynamic_param'), p('data', 'PT_DYN', 'PF_HEX', 'ptrace_dynamic_param'), p('request', 'PT_ENUMFLAGS16', 'PF_NA', 'ptrace_requests'), p('pid', 'PT_PID')]),
  e(170, 'ioctl', 'io_other', 'SYSCALL', ['UFD', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('request', 'PT_UINT64', 'PF_HEX'), p('argument', 'PT_UINT64', 'PF_HEX')]),
  e(171, 'ioctl', 'io_other', 'SYSCALL', ['UFD', 'CONV'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD'), p('request', 'PT_UINT64', 'PF_HEX'), p('argument', 'PT_UINT64', 'PF_HEX')]),
  e(172, 'execve', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], []),
  e(173, 'execve', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('res', 'PT_ERRNO'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_UINT64'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('env', 'PT_BYTEBUF')]),
  e(174, 'rename', 'file', 'SYSCALL', ['OLD'], []),
  e(175, 'rename', 'file', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('oldpath', 'PT_FSPATH'), p('newpath', 'PT_FSPATH')]),
  e(176, 'renameat', 'file', 'SYSCALL', ['OLD'], []),
  e(177, 'renameat', 'file', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('olddirfd', 'PT_FD'), rel('oldpath', 'PT_FSRELPATH', 1), p('newdirfd', 'PT_FD'), rel('newpath', 'PT_FSRELPATH', 3)]),
  e(178, 'symlink', 'file', 'SYSCALL', ['OLD'], []),
  e(179, 'symlink', 'file', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('target', 'PT_CHARBUF'), p('linkpath', 'PT_FSPATH')]),
  e(180, 'symlinkat', 'file', 'SYSCALL', ['OLD'], []),
  e(181, 'symlinkat', 'file', 'SYSCALL', ['UFD'], [p('res', 'PT_ERRNO'), p('target', 'PT_CHARBUF'), p('linkdirfd', 'PT_FD'), rel('linkpath', 'PT_FSRELPATH', 2)]),
  e(182, 'fork', 'process', 'SYSCALL', ['MS', 'OLD'], []),
  e(183, 'fork', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('res', 'PT_PID'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_INT64'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'clone_flags'), p('uid', 'PT_UINT32'), p('gid', 'PT_UINT32')]),
  e(184, 'vfork', 'process', 'SYSCALL', ['MS', 'OLD'], []),
  e(185, 'vfork', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('res', 'PT_PID'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_INT64'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'clone_flags'), p('uid', 'PT_UINT32'), p('gid', 'PT_UINT32')]),
  e(186, 'procexit', 'process', 'TRACEPOINT', ['MS'], [p('status', 'PT_ERRNO'), p('ret', 'PT_ERRNO'), p('sig', 'PT_SIGTYPE'), p('core', 'PT_UINT8'), p('reaper_tid', 'PT_PID')]),
  undefined, // 187 NA (unused slot)
  e(188, 'sendfile', 'io_write', 'SYSCALL', ['UFD', 'OLD', 'CONV'], [p('out_fd', 'PT_FD'), p('in_fd', 'PT_FD'), p('offset', 'PT_UINT64'), p('size', 'PT_UINT64')]),
  e(189, 'sendfile', 'io_write', 'SYSCALL', ['UFD', 'CONV'], [p('res', 'PT_ERRNO'), p('offset', 'PT_UINT64'), p('out_fd', 'PT_FD'), p('in_fd', 'PT_FD'), p('size', 'PT_UINT64')]),
  e(190, 'quotactl', 'user', 'SYSCALL', ['OLD', 'CONV'], [p('cmd', 'PT_FLAGS16', 'PF_NA', 'quotactl_cmds'), p('type', 'PT_FLAGS8', 'PF_NA', 'quotactl_types'), p('id', 'PT_UINT32'), p('quota_fmt', 'PT_FLAGS8', 'PF_NA', 'quotactl_quota_fmts')]),
  e(191, 'quotactl', 'user', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('special', 'PT_CHARBUF'), p('quotafilepath', 'PT_CHARBUF'), p('dqb_bhardlimit', 'PT_UINT64'), p('dqb_bsoftlimit', 'PT_UINT64'), p('dqb_curspace', 'PT_UINT64'), p('dqb_ihardlimit', 'PT_UINT64'), p('dqb_isoftlimit', 'PT_UINT64'), p('dqb_btime', 'PT_RELTIME'), p('dqb_itime', 'PT_RELTIME'), p('dqi_bgrace', 'PT_RELTIME'), p('dqi_igrace', 'PT_RELTIME'), p('dqi_flags', 'PT_FLAGS8', 'PF_NA', 'quotactl_dqi_flags'), p('quota_fmt_out', 'PT_FLAGS8', 'PF_NA', 'quotactl_quota_fmts'), p('cmd', 'PT_FLAGS16', 'PF_NA', 'quotactl_cmds'), p('type', 'PT_FLAGS8', 'PF_NA', 'quotactl_types'), p('id', 'PT_UINT32'), p('quota_fmt', 'PT_FLAGS8', 'PF_NA', 'quotactl_quota_fmts')]),
  e(192, 'setresuid', 'user', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('ruid', 'PT_UID'), p('euid', 'PT_UID'), p('suid', 'PT_UID')]),
  e(193, 'setresuid', 'user', 'SYSCALL', ['MS', 'CONV'], [p('res', 'PT_ERRNO'), p('ruid', 'PT_UID'), p('euid', 'PT_UID'), p('suid', 'PT_UID')]),
  e(194, 'setresgid', 'user', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('rgid', 'PT_GID'), p('egid', 'PT_GID'), p('sgid', 'PT_GID')]),
  e(195, 'setresgid', 'user', 'SYSCALL', ['MS', 'CONV'], [p('res', 'PT_ERRNO'), p('rgid', 'PT_GID'), p('egid', 'PT_GID'), p('sgid', 'PT_GID')]),
  e(196, 'scapevent', 'unknown', 'INTERNAL/META', ['SPR'], [p('event_type', 'PT_UINT32'), p('event_data', 'PT_UINT64')]),
  undefined, // 197 NA (unused slot)
  e(198, 'setuid', 'user', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('uid', 'PT_UID')]),
  e(199, 'setuid', 'user', 'SYSCALL', ['MS', 'CONV'], [p('res', 'PT_ERRNO'), p('uid', 'PT_UID')]),
  e(200, 'setgid', 'user', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('gid', 'PT_GID')]),
  e(201, 'setgid', 'user', 'SYSCALL', ['MS', 'CONV'], [p('res', 'PT_ERRNO'), p('gid', 'PT_GID')]),
  e(202, 'getuid', 'user', 'SYSCALL', ['OLD'], []),
  e(203, 'getuid', 'user', 'SYSCALL', [], [p('uid', 'PT_UID')]),
  e(204, 'geteuid', 'user', 'SYSCALL', ['OLD'], []),
  e(205, 'geteuid', 'user', 'SYSCALL', [], [p('euid', 'PT_UID')]),
  e(206, 'getgid', 'user', 'SYSCALL', ['OLD'], []),
  e(207, 'getgid', 'user', 'SYSCALL', [], [p('gid', 'PT_GID')]),
  e(208, 'getegid', 'user', 'SYSCALL', ['OLD'], []),
  e(209, 'getegid', 'user', 'SYSCALL', [], [p('egid', 'PT_GID')]),
  e(210, 'getresuid', 'user', 'SYSCALL', ['OLD'], []),
  e(211, 'getresuid', 'user', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('ruid', 'PT_UID'), p('euid', 'PT_UID'), p('suid', 'PT_UID')]),
  e(212, 'getresgid', 'user', 'SYSCALL', ['OLD'], []),
  e(213, 'getresgid', 'user', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('rgid', 'PT_GID'), p('egid', 'PT_GID'), p('sgid', 'PT_GID')]),
  e(214, 'execve', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], []),
  e(215, 'execve', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('res', 'PT_ERRNO'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_UINT64'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('comm', 'PT_CHARBUF'), p('env', 'PT_BYTEBUF')]),
  e(216, 'clone', 'process', 'SYSCALL', ['MS', 'OLD'], []),
  e(217, 'clone', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('res', 'PT_PID'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_INT64'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('comm', 'PT_CHARBUF'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'clone_flags'), p('uid', 'PT_UINT32'), p('gid', 'PT_UINT32')]),
  e(218, 'fork', 'process', 'SYSCALL', ['MS', 'OLD'], []),
  e(219, 'fork', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('res', 'PT_PID'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_INT64'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('comm', 'PT_CHARBUF'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'clone_flags'), p('uid', 'PT_UINT32'), p('gid', 'PT_UINT32')]),
  e(220, 'vfork', 'process', 'SYSCALL', ['MS', 'OLD'], []),
  e(221, 'vfork', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('res', 'PT_PID'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_INT64'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('comm', 'PT_CHARBUF'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'clone_flags'), p('uid', 'PT_UINT32'), p('gid', 'PT_UINT32')]),
  e(222, 'clone', 'process', 'SYSCALL', ['MS', 'OLD'], []),
  e(223, 'clone', 'process', 'SYSCALL', ['MS', 'CONV'], [p('res', 'PT_PID'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_INT64'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('comm', 'PT_CHARBUF'), p('cgroups', 'PT_BYTEBUF'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'clone_flags'), p('uid', 'PT_UINT32'), p('gid', 'PT_UINT32'), p('vtid', 'PT_PID'), p('vpid', 'PT_PID'), p('pidns_init_start_ts', 'PT_UINT64')]),
  e(224, 'fork', 'process', 'SYSCALL', ['MS', 'OLD'], []),
  e(225, 'fork', 'process', 'SYSCALL', ['MS', 'CONV'], [p('res', 'PT_PID'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_INT64'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('comm', 'PT_CHARBUF'), p('cgroups', 'PT_BYTEBUF'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'clone_flags'), p('uid', 'PT_UINT32'), p('gid', 'PT_UINT32'), p('vtid', 'PT_PID'), p('vpid', 'PT_PID'), p('pidns_init_start_ts', 'PT_UINT64')]),
  e(226, 'vfork', 'process', 'SYSCALL', ['MS', 'OLD'], []),
  e(227, 'vfork', 'process', 'SYSCALL', ['MS', 'CONV'], [p('res', 'PT_PID'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_INT64'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('comm', 'PT_CHARBUF'), p('cgroups', 'PT_BYTEBUF'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'clone_flags'), p('uid', 'PT_UINT32'), p('gid', 'PT_UINT32'), p('vtid', 'PT_PID'), p('vpid', 'PT_PID'), p('pidns_init_start_ts', 'PT_UINT64')]),
  e(228, 'container', 'unknown', 'INTERNAL/META', ['MS', 'SPR', 'OLD', 'CONV'], [p('id', 'PT_CHARBUF'), p('type', 'PT_UINT32'), p('name', 'PT_CHARBUF'), p('image', 'PT_CHARBUF')]),
  undefined, // 229 NA (unused slot)
  e(230, 'execve', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], []),
  e(231, 'execve', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('res', 'PT_ERRNO'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_UINT64'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('comm', 'PT_CHARBUF'), p('cgroups', 'PT_BYTEBUF'), p('env', 'PT_BYTEBUF')]),
  e(232, 'signaldeliver', 'signal', 'TRACEPOINT', [], [p('spid', 'PT_PID'), p('dpid', 'PT_PID'), p('sig', 'PT_SIGTYPE')]),
  undefined, // 233 NA (unused slot)
  e(234, 'procinfo', 'unknown', 'INTERNAL/META', ['SPR'], [p('cpu_usr', 'PT_UINT64'), p('cpu_sys', 'PT_UINT64')]),
  undefined, // 235 NA (unused slot)
  e(236, 'getdents', 'file', 'SYSCALL', ['UFD', 'OLD', 'CONV'], [p('fd', 'PT_FD')]),
  e(237, 'getdents', 'file', 'SYSCALL', ['UFD', 'CONV'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD')]),
  e(238, 'getdents64', 'file', 'SYSCALL', ['UFD', 'OLD', 'CONV'], [p('fd', 'PT_FD')]),
  e(239, 'getdents64', 'file', 'SYSCALL', ['UFD', 'CONV'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD')]),
  e(240, 'setns', 'process', 'SYSCALL', ['UFD', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('nstype', 'PT_FLAGS32', 'PF_HEX', 'clone_flags')]),
  e(241, 'setns', 'process', 'SYSCALL', ['UFD', 'CONV'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD'), p('nstype', 'PT_FLAGS32', 'PF_HEX', 'clone_flags')]),
  e(242, 'flock', 'file', 'SYSCALL', ['UFD', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('operation', 'PT_FLAGS32', 'PF_HEX', 'flock_flags')]),
  e(243, 'flock', 'file', 'SYSCALL', ['UFD', 'CONV'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD'), p('operation', 'PT_FLAGS32', 'PF_HEX', 'flock_flags')]),
  e(244, 'cpu_hotplug', 'system', 'META', ['MS', 'SPR'], [p('cpu', 'PT_UINT32'), p('action', 'PT_UINT32')]),
  undefined, // 245 NA (unused slot)
  e(246, 'accept', 'net', 'SYSCALL', ['CFD', 'MS', 'OLD'], []),
  e(247, 'accept', 'net', 'SYSCALL', ['CFD', 'MS'], [p('fd', 'PT_FD'), p('tuple', 'PT_SOCKTUPLE'), p('queuepct', 'PT_UINT8'), p('queuelen', 'PT_UINT32'), p('queuemax', 'PT_UINT32')]),
  e(248, 'accept', 'net', 'SYSCALL', ['CFD', 'MS', 'OLD', 'CONV'], [p('flags', 'PT_INT32', 'PF_HEX')]),
  e(249, 'accept', 'net', 'SYSCALL', ['CFD', 'MS', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('tuple', 'PT_SOCKTUPLE'), p('queuepct', 'PT_UINT8'), p('queuelen', 'PT_UINT32'), p('queuemax', 'PT_UINT32')]),
  e(250, 'semop', 'process', 'SYSCALL', ['OLD', 'CONV'], [p('semid', 'PT_INT32')]),
  e(251, 'semop', 'process', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('nsops', 'PT_UINT32'), p('sem_num_0', 'PT_UINT16'), p('sem_op_0', 'PT_INT16'), p('sem_flg_0', 'PT_FLAGS16', 'PF_HEX', 'semop_flags'), p('sem_num_1', 'PT_UINT16'), p('sem_op_1', 'PT_INT16'), p('sem_flg_1', 'PT_FLAGS16', 'PF_HEX', 'semop_flags'), p('semid', 'PT_INT32')]),
  e(252, 'semctl', 'process', 'SYSCALL', ['OLD', 'CONV'], [p('semid', 'PT_INT32'), p('semnum', 'PT_INT32'), p('cmd', 'PT_FLAGS16', 'PF_HEX', 'semctl_commands'), p('val', 'PT_INT32')]),
  e(253, 'semctl', 'process', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('semid', 'PT_INT32'), p('semnum', 'PT_INT32'), p('cmd', 'PT_FLAGS16', 'PF_HEX', 'semctl_commands'), p('val', 'PT_INT32')]),
  e(254, 'ppoll', 'wait', 'SYSCALL', ['WAITS', 'OLD', 'CONV'], [p('fds', 'PT_FDLIST'), p('timeout', 'PT_RELTIME'), p('sigmask', 'PT_SIGSET')]),
  e(255, 'ppoll', 'wait', 'SYSCALL', ['WAITS', 'CONV'], [p('res', 'PT_ERRNO'), p('fds', 'PT_FDLIST'), p('timeout', 'PT_RELTIME'), p('sigmask', 'PT_SIGSET')]),
  e(256, 'mount', 'file', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('flags', 'PT_FLAGS32', 'PF_HEX', 'mount_flags')]),
  e(257, 'mount', 'file', 'SYSCALL', ['MS', 'CONV'], [p('res', 'PT_ERRNO'), p('dev', 'PT_CHARBUF'), p('dir', 'PT_FSPATH'), p('type', 'PT_CHARBUF'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'mount_flags')]),
  e(258, 'umount', 'file', 'SYSCALL', ['MS', 'OLD'], [p('flags', 'PT_FLAGS32', 'PF_HEX', 'umount_flags')]),
  e(259, 'umount', 'file', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('res', 'PT_ERRNO'), p('name', 'PT_FSPATH')]),
  e(260, 'k8s', 'unknown', 'INTERNAL/META', ['MS', 'SPR', 'OLD'], [p('json', 'PT_CHARBUF')]),
  undefined, // 261 NA (unused slot)
  e(262, 'semget', 'process', 'SYSCALL', ['OLD', 'CONV'], [p('key', 'PT_INT32', 'PF_HEX'), p('nsems', 'PT_INT32'), p('semflg', 'PT_FLAGS32', 'PF_HEX', 'semget_flags')]),
  e(263, 'semget', 'process', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('key', 'PT_INT32', 'PF_HEX'), p('nsems', 'PT_INT32'), p('semflg', 'PT_FLAGS32', 'PF_HEX', 'semget_flags')]),
  e(264, 'access', 'file', 'SYSCALL', ['OLD', 'CONV'], [p('mode', 'PT_FLAGS32', 'PF_HEX', 'access_flags')]),
  e(265, 'access', 'file', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('name', 'PT_FSPATH'), p('mode', 'PT_FLAGS32', 'PF_HEX', 'access_flags')]),
  e(266, 'chroot', 'process', 'SYSCALL', ['MS', 'OLD'], []),
  e(267, 'chroot', 'process', 'SYSCALL', ['MS'], [p('res', 'PT_ERRNO'), p('path', 'PT_FSPATH')]),
  e(268, 'tracer', 'other', 'META', ['OLD'], [p('id', 'PT_INT64'), p('tags', 'PT_CHARBUFARRAY'), p('args', 'PT_CHARBUF_PAIR_ARRAY')]),
  undefined, // 269 NA (unused slot)
  e(270, 'mesos', 'unknown', 'INTERNAL/META', ['MS', 'SPR', 'OLD'], [p('json', 'PT_CHARBUF')]),
  undefined, // 271 NA (unused slot)
  e(272, 'container', 'process', 'META', ['MS', 'OLD', 'CONV'], [p('json', 'PT_CHARBUF')]),
  undefined, // 273 NA (unused slot)
  e(274, 'setsid', 'process', 'SYSCALL', ['MS', 'OLD'], []),
  e(275, 'setsid', 'process', 'SYSCALL', ['MS'], [p('res', 'PT_PID')]),
  e(276, 'mkdir', 'file', 'SYSCALL', ['OLD', 'CONV'], [p('mode', 'PT_UINT32', 'PF_HEX')]),
  e(277, 'mkdir', 'file', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('path', 'PT_FSPATH'), p('mode', 'PT_UINT32', 'PF_HEX')]),
  e(278, 'rmdir', 'file', 'SYSCALL', ['OLD'], []),
  e(279, 'rmdir', 'file', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('path', 'PT_FSPATH')]),
  e(280, 'notification', 'other', 'META', ['SPR'], [p('id', 'PT_CHARBUF'), p('desc', 'PT_CHARBUF')]),
  undefined, // 281 NA (unused slot)
  e(282, 'execve', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], []),
  e(283, 'execve', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('res', 'PT_ERRNO'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_UINT64'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('comm', 'PT_CHARBUF'), p('cgroups', 'PT_BYTEBUF'), p('env', 'PT_BYTEBUF'), p('tty', 'PT_INT32')]),
  e(284, 'unshare', 'process', 'SYSCALL', ['OLD', 'CONV'], [p('flags', 'PT_FLAGS32', 'PF_HEX', 'clone_flags')]),
  e(285, 'unshare', 'process', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'clone_flags')]),
  e(286, 'infra', 'unknown', 'INTERNAL/META', ['SPR'], [p('source', 'PT_CHARBUF'), p('name', 'PT_CHARBUF'), p('description', 'PT_CHARBUF'), p('scope', 'PT_CHARBUF')]),
  undefined, // 287 NA (unused slot)
  e(288, 'execve', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('filename', 'PT_FSPATH')]),
  e(289, 'execve', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('res', 'PT_ERRNO'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_UINT64'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('comm', 'PT_CHARBUF'), p('cgroups', 'PT_BYTEBUF'), p('env', 'PT_BYTEBUF'), p('tty', 'PT_INT32')]),
  e(290, 'page_fault', 'other', 'TRACEPOINT', ['SPR'], [p('addr', 'PT_UINT64', 'PF_HEX'), p('ip', 'PT_UINT64', 'PF_HEX'), p('error', 'PT_FLAGS32', 'PF_HEX', 'pf_flags')]),
  undefined, // 291 NA (unused slot)
  e(292, 'execve', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('filename', 'PT_FSPATH')]),
  e(293, 'execve', 'process', 'SYSCALL', ['MS', 'CONV'], [p('res', 'PT_ERRNO'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_UINT64'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('comm', 'PT_CHARBUF'), p('cgroups', 'PT_BYTEBUF'), p('env', 'PT_BYTEBUF'), p('tty', 'PT_UINT32'), p('vpgid', 'PT_PID'), p('loginuid', 'PT_UID'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'execve_flags'), p('cap_inheritable', 'PT_UINT64', 'PF_HEX'), p('cap_permitted', 'PT_UINT64', 'PF_HEX'), p('cap_effective', 'PT_UINT64', 'PF_HEX'), p('exe_ino', 'PT_UINT64'), p('exe_ino_ctime', 'PT_ABSTIME'), p('exe_ino_mtime', 'PT_ABSTIME'), p('uid', 'PT_UID'), p('trusted_exepath', 'PT_FSPATH'), p('pgid', 'PT_PID'), p('gid', 'PT_GID'), p('filename', 'PT_FSPATH')]),
  e(294, 'setpgid', 'process', 'SYSCALL', ['OLD', 'CONV'], [p('pid', 'PT_PID'), p('pgid', 'PT_PID')]),
  e(295, 'setpgid', 'process', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('pid', 'PT_PID'), p('pgid', 'PT_PID')]),
  e(296, 'bpf', 'other', 'SYSCALL', ['CFD', 'OLD', 'CONV'], [p('cmd', 'PT_INT64')]),
  e(297, 'bpf', 'other', 'SYSCALL', ['CFD', 'OLD', 'CONV'], [p('res_or_fd', 'PT_DYN', 'PF_NA', 'bpf_dynamic_param')]),
  e(298, 'seccomp', 'other', 'SYSCALL', ['OLD', 'CONV'], [p('op', 'PT_UINT64'), p('flags', 'PT_UINT64', 'PF_HEX')]),
  e(299, 'seccomp', 'other', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('op', 'PT_UINT64'), p('flags', 'PT_UINT64', 'PF_HEX')]),
  e(300, 'unlink', 'file', 'SYSCALL', ['OLD'], []),
  e(301, 'unlink', 'file', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('path', 'PT_FSPATH')]),
  e(302, 'unlinkat', 'file', 'SYSCALL', ['OLD'], []),
  e(303, 'unlinkat', 'file', 'SYSCALL', ['UFD'], [p('res', 'PT_ERRNO'), p('dirfd', 'PT_FD'), rel('name', 'PT_FSRELPATH', 1), p('flags', 'PT_FLAGS32', 'PF_HEX', 'unlinkat_flags')]),
  e(304, 'mkdirat', 'file', 'SYSCALL', ['OLD'], []),
  e(305, 'mkdirat', 'file', 'SYSCALL', ['UFD'], [p('res', 'PT_ERRNO'), p('dirfd', 'PT_FD'), rel('path', 'PT_FSRELPATH', 1), p('mode', 'PT_UINT32', 'PF_HEX')]),
  e(306, 'openat', 'file', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('dirfd', 'PT_FD'), p('name', 'PT_FSRELPATH'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'file_flags'), p('mode', 'PT_UINT32', 'PF_OCT')]),
  e(307, 'openat', 'file', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('fd', 'PT_FD'), p('dirfd', 'PT_FD'), rel('name', 'PT_FSRELPATH', 1), p('flags', 'PT_FLAGS32', 'PF_HEX', 'file_flags'), p('mode', 'PT_UINT32', 'PF_OCT'), p('dev', 'PT_UINT32', 'PF_HEX'), p('ino', 'PT_UINT64')]),
  e(308, 'link', 'file', 'SYSCALL', ['OLD'], []),
  e(309, 'link', 'file', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('oldpath', 'PT_FSPATH'), p('newpath', 'PT_FSPATH')]),
  e(310, 'linkat', 'file', 'SYSCALL', ['OLD'], []),
  e(311, 'linkat', 'file', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('olddir', 'PT_FD'), rel('oldpath', 'PT_FSRELPATH', 1), p('newdir', 'PT_FD'), rel('newpath', 'PT_FSRELPATH', 3), p('flags', 'PT_FLAGS32', 'PF_HEX', 'linkat_flags')]),
  e(312, 'fchmodat', 'file', 'SYSCALL', ['OLD'], []),
  e(313, 'fchmodat', 'file', 'SYSCALL', ['UFD'], [p('res', 'PT_ERRNO'), p('dirfd', 'PT_FD'), rel('filename', 'PT_FSRELPATH', 1), p('mode', 'PT_MODE', 'PF_OCT', 'chmod_mode')]),
  e(314, 'chmod', 'file', 'SYSCALL', ['OLD'], []),
  e(315, 'chmod', 'file', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('filename', 'PT_FSPATH'), p('mode', 'PT_MODE', 'PF_OCT', 'chmod_mode')]),
  e(316, 'fchmod', 'file', 'SYSCALL', ['OLD'], []),
  e(317, 'fchmod', 'file', 'SYSCALL', ['UFD'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD'), p('mode', 'PT_MODE', 'PF_OCT', 'chmod_mode')]),
  e(318, 'renameat2', 'file', 'SYSCALL', ['OLD'], []),
  e(319, 'renameat2', 'file', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('olddirfd', 'PT_FD'), rel('oldpath', 'PT_FSRELPATH', 1), p('newdirfd', 'PT_FD'), rel('newpath', 'PT_FSRELPATH', 3), p('flags', 'PT_FLAGS32', 'PF_HEX', 'renameat2_flags')]),
  e(320, 'userfaultfd', 'file', 'SYSCALL', ['CFD', 'MS', 'OLD'], []),
  e(321, 'userfaultfd', 'file', 'SYSCALL', ['CFD', 'MS'], [p('res', 'PT_ERRNO'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'file_flags')]),
  e(322, 'pluginevent', 'other', 'PLUGIN', ['LARGE'], [p('plugin_id', 'PT_UINT32'), p('event_data', 'PT_BYTEBUF')]),
  undefined, // 323 NA (unused slot)
  e(324, 'container', 'process', 'META', ['MS', 'LARGE'], [p('json', 'PT_CHARBUF')]),
  undefined, // 325 NA (unused slot)
  e(326, 'openat2', 'file', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('dirfd', 'PT_FD'), p('name', 'PT_FSRELPATH'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'file_flags'), p('mode', 'PT_UINT32', 'PF_OCT'), p('resolve', 'PT_FLAGS32', 'PF_HEX', 'openat2_flags')]),
  e(327, 'openat2', 'file', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('fd', 'PT_FD'), p('dirfd', 'PT_FD'), rel('name', 'PT_FSRELPATH', 1), p('flags', 'PT_FLAGS32', 'PF_HEX', 'file_flags'), p('mode', 'PT_UINT32', 'PF_OCT'), p('resolve', 'PT_FLAGS32', 'PF_HEX', 'openat2_flags'), p('dev', 'PT_UINT32', 'PF_HEX'), p('ino', 'PT_UINT64')]),
  e(328, 'mprotect', 'memory', 'SYSCALL', ['OLD', 'CONV'], [p('addr', 'PT_UINT64', 'PF_HEX'), p('length', 'PT_UINT64'), p('prot', 'PT_FLAGS32', 'PF_HEX', 'prot_flags')]),
  e(329, 'mprotect', 'memory', 'SYSCALL', ['CONV'], [p('res', 'PT_ERRNO'), p('addr', 'PT_UINT64', 'PF_HEX'), p('length', 'PT_UINT64'), p('prot', 'PT_FLAGS32', 'PF_HEX', 'prot_flags')]),
  e(330, 'execveat', 'process', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('dirfd', 'PT_FD'), p('pathname', 'PT_FSRELPATH'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'execveat_flags')]),
  e(331, 'execveat', 'process', 'SYSCALL', ['MS', 'CONV'], [p('res', 'PT_ERRNO'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_UINT64'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('comm', 'PT_CHARBUF'), p('cgroups', 'PT_BYTEBUF'), p('env', 'PT_BYTEBUF'), p('tty', 'PT_UINT32'), p('vpgid', 'PT_PID'), p('loginuid', 'PT_UID'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'execve_flags'), p('cap_inheritable', 'PT_UINT64', 'PF_HEX'), p('cap_permitted', 'PT_UINT64', 'PF_HEX'), p('cap_effective', 'PT_UINT64', 'PF_HEX'), p('exe_ino', 'PT_UINT64'), p('exe_ino_ctime', 'PT_ABSTIME'), p('exe_ino_mtime', 'PT_ABSTIME'), p('uid', 'PT_UID'), p('trusted_exepath', 'PT_FSPATH'), p('pgid', 'PT_PID'), p('gid', 'PT_GID')]),
  e(332, 'copy_file_range', 'file', 'SYSCALL', ['UFD', 'RFD', 'WFD', 'OLD', 'CONV'], [p('fdin', 'PT_FD'), p('offin', 'PT_UINT64'), p('len', 'PT_UINT64')]),
  e(333, 'copy_file_range', 'file', 'SYSCALL', ['UFD', 'RFD', 'WFD', 'CONV'], [p('res', 'PT_ERRNO'), p('fdout', 'PT_FD'), p('offout', 'PT_UINT64'), p('fdin', 'PT_FD'), p('offin', 'PT_UINT64'), p('len', 'PT_UINT64')]),
  e(334, 'clone3', 'process', 'SYSCALL', ['MS', 'OLD'], []),
  e(335, 'clone3', 'process', 'SYSCALL', ['MS', 'CONV'], [p('res', 'PT_PID'), p('exe', 'PT_CHARBUF'), p('args', 'PT_BYTEBUF'), p('tid', 'PT_PID'), p('pid', 'PT_PID'), p('ptid', 'PT_PID'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_INT64'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('comm', 'PT_CHARBUF'), p('cgroups', 'PT_BYTEBUF'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'clone_flags'), p('uid', 'PT_UINT32'), p('gid', 'PT_UINT32'), p('vtid', 'PT_PID'), p('vpid', 'PT_PID'), p('pidns_init_start_ts', 'PT_UINT64')]),
  e(336, 'open_by_handle_at', 'file', 'SYSCALL', ['CFD', 'MS', 'OLD'], []),
  e(337, 'open_by_handle_at', 'file', 'SYSCALL', ['CFD', 'MS'], [p('fd', 'PT_FD'), p('mountfd', 'PT_FD'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'file_flags'), p('path', 'PT_FSPATH'), p('dev', 'PT_UINT32', 'PF_HEX'), p('ino', 'PT_UINT64')]),
  e(338, 'io_uring_setup', 'io_other', 'SYSCALL', ['CFD', 'MS', 'OLD'], []),
  e(339, 'io_uring_setup', 'io_other', 'SYSCALL', ['CFD', 'MS'], [p('res', 'PT_ERRNO'), p('entries', 'PT_UINT32'), p('sq_entries', 'PT_UINT32'), p('cq_entries', 'PT_UINT32'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'io_uring_setup_flags'), p('sq_thread_cpu', 'PT_UINT32'), p('sq_thread_idle', 'PT_UINT32'), p('features', 'PT_FLAGS32', 'PF_HEX', 'io_uring_setup_feats')]),
  e(340, 'io_uring_enter', 'io_other', 'SYSCALL', ['OLD'], []),
  e(341, 'io_uring_enter', 'io_other', 'SYSCALL', ['UFD'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD'), p('to_submit', 'PT_UINT32'), p('min_complete', 'PT_UINT32'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'io_uring_enter_flags'), p('sig', 'PT_SIGSET')]),
  e(342, 'io_uring_register', 'io_other', 'SYSCALL', ['OLD'], []),
  e(343, 'io_uring_register', 'io_other', 'SYSCALL', ['UFD'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD'), p('opcode', 'PT_ENUMFLAGS16', 'PF_NA', 'io_uring_register_opcodes'), p('arg', 'PT_UINT64', 'PF_HEX'), p('nr_args', 'PT_UINT32')]),
  e(344, 'mlock', 'memory', 'SYSCALL', ['OLD'], []),
  e(345, 'mlock', 'memory', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('addr', 'PT_UINT64', 'PF_HEX'), p('len', 'PT_UINT64')]),
  e(346, 'munlock', 'memory', 'SYSCALL', ['OLD'], []),
  e(347, 'munlock', 'memory', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('addr', 'PT_UINT64', 'PF_HEX'), p('len', 'PT_UINT64')]),
  e(348, 'mlockall', 'memory', 'SYSCALL', ['OLD'], []),
  e(349, 'mlockall', 'memory', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'mlockall_flags')]),
  e(350, 'munlockall', 'memory', 'SYSCALL', ['OLD'], []),
  e(351, 'munlockall', 'memory', 'SYSCALL', [], [p('res', 'PT_ERRNO')]),
  e(352, 'capset', 'process', 'SYSCALL', ['MS', 'OLD'], []),
  e(353, 'capset', 'process', 'SYSCALL', ['MS'], [p('res', 'PT_ERRNO'), p('cap_inheritable', 'PT_UINT64', 'PF_HEX'), p('cap_permitted', 'PT_UINT64', 'PF_HEX'), p('cap_effective', 'PT_UINT64', 'PF_HEX')]),
  e(354, 'useradded', 'process', 'META', ['MS'], [p('uid', 'PT_UINT32'), p('gid', 'PT_UINT32'), p('name', 'PT_CHARBUF'), p('home', 'PT_CHARBUF'), p('shell', 'PT_CHARBUF'), p('container_id', 'PT_CHARBUF')]),
  undefined, // 355 NA (unused slot)
  e(356, 'userdeleted', 'process', 'META', ['MS'], [p('uid', 'PT_UINT32'), p('gid', 'PT_UINT32'), p('name', 'PT_CHARBUF'), p('home', 'PT_CHARBUF'), p('shell', 'PT_CHARBUF'), p('container_id', 'PT_CHARBUF')]),
  undefined, // 357 NA (unused slot)
  e(358, 'groupadded', 'process', 'META', ['MS'], [p('gid', 'PT_UINT32'), p('name', 'PT_CHARBUF'), p('container_id', 'PT_CHARBUF')]),
  undefined, // 359 NA (unused slot)
  e(360, 'groupdeleted', 'process', 'META', ['MS'], [p('gid', 'PT_UINT32'), p('name', 'PT_CHARBUF'), p('container_id', 'PT_CHARBUF')]),
  undefined, // 361 NA (unused slot)
  e(362, 'dup2', 'io_other', 'SYSCALL', ['CFD', 'UFD', 'MS', 'OLD'], [p('fd', 'PT_FD')]),
  e(363, 'dup2', 'io_other', 'SYSCALL', ['CFD', 'UFD', 'MS'], [p('res', 'PT_FD'), p('oldfd', 'PT_FD'), p('newfd', 'PT_FD')]),
  e(364, 'dup3', 'io_other', 'SYSCALL', ['CFD', 'UFD', 'MS', 'OLD'], [p('fd', 'PT_FD')]),
  e(365, 'dup3', 'io_other', 'SYSCALL', ['CFD', 'UFD', 'MS'], [p('res', 'PT_FD'), p('oldfd', 'PT_FD'), p('newfd', 'PT_FD'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'file_flags')]),
  e(366, 'dup', 'io_other', 'SYSCALL', ['CFD', 'UFD', 'MS', 'OLD'], [p('fd', 'PT_FD')]),
  e(367, 'dup', 'io_other', 'SYSCALL', ['CFD', 'UFD', 'MS'], [p('res', 'PT_FD'), p('oldfd', 'PT_FD')]),
  e(368, 'bpf', 'other', 'SYSCALL', ['CFD', 'OLD'], [p('cmd', 'PT_INT64')]),
  e(369, 'bpf', 'other', 'SYSCALL', ['CFD'], [p('fd', 'PT_FD'), p('cmd', 'PT_ENUMFLAGS32', 'PF_NA', 'bpf_commands')]),
  e(370, 'mlock2', 'memory', 'SYSCALL', ['OLD'], []),
  e(371, 'mlock2', 'memory', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('addr', 'PT_UINT64', 'PF_HEX'), p('len', 'PT_UINT64'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'mlock2_flags')]),
  e(372, 'fsconfig', 'system', 'SYSCALL', ['OLD'], []),
  e(373, 'fsconfig', 'system', 'SYSCALL', ['UFD'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD'), p('cmd', 'PT_ENUMFLAGS32', 'PF_NA', 'fsconfig_cmds'), p('key', 'PT_CHARBUF'), p('value_bytebuf', 'PT_BYTEBUF'), p('value_charbuf', 'PT_CHARBUF'), p('aux', 'PT_INT32')]),
  e(374, 'epoll_create', 'wait', 'SYSCALL', ['CFD', 'MS', 'OLD', 'CONV'], [p('size', 'PT_INT32')]),
  e(375, 'epoll_create', 'wait', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('res', 'PT_ERRNO'), p('size', 'PT_INT32')]),
  e(376, 'epoll_create1', 'wait', 'SYSCALL', ['CFD', 'MS', 'OLD', 'CONV'], [p('flags', 'PT_FLAGS32', 'PF_HEX', 'epoll_create1_flags')]),
  e(377, 'epoll_create1', 'wait', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('res', 'PT_ERRNO'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'epoll_create1_flags')]),
  e(378, 'chown', 'file', 'SYSCALL', ['OLD'], []),
  e(379, 'chown', 'file', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('path', 'PT_FSPATH'), p('uid', 'PT_UINT32'), p('gid', 'PT_UINT32')]),
  e(380, 'lchown', 'file', 'SYSCALL', ['OLD'], []),
  e(381, 'lchown', 'file', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('path', 'PT_FSPATH'), p('uid', 'PT_UINT32'), p('gid', 'PT_UINT32')]),
  e(382, 'fchown', 'file', 'SYSCALL', ['OLD'], []),
  e(383, 'fchown', 'file', 'SYSCALL', ['UFD'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD'), p('uid', 'PT_UINT32'), p('gid', 'PT_UINT32')]),
  e(384, 'fchownat', 'file', 'SYSCALL', ['OLD'], []),
  e(385, 'fchownat', 'file', 'SYSCALL', ['UFD'], [p('res', 'PT_ERRNO'), p('dirfd', 'PT_FD'), rel('pathname', 'PT_FSRELPATH', 1), p('uid', 'PT_UINT32'), p('gid', 'PT_UINT32'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'fchownat_flags')]),
  e(386, 'umount', 'file', 'SYSCALL', ['MS', 'OLD'], []),
  e(387, 'umount', 'file', 'SYSCALL', ['MS'], [p('res', 'PT_ERRNO'), p('name', 'PT_FSPATH')]),
  e(388, 'accept4', 'net', 'SYSCALL', ['CFD', 'MS', 'OLD', 'CONV'], [p('flags', 'PT_INT32', 'PF_HEX')]),
  e(389, 'accept4', 'net', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('fd', 'PT_FD'), p('tuple', 'PT_SOCKTUPLE'), p('queuepct', 'PT_UINT8'), p('queuelen', 'PT_UINT32'), p('queuemax', 'PT_UINT32'), p('flags', 'PT_INT32', 'PF_HEX')]),
  e(390, 'umount2', 'file', 'SYSCALL', ['MS', 'OLD', 'CONV'], [p('flags', 'PT_FLAGS32', 'PF_HEX', 'umount_flags')]),
  e(391, 'umount2', 'file', 'SYSCALL', ['MS', 'CONV'], [p('res', 'PT_ERRNO'), p('name', 'PT_FSPATH'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'umount_flags')]),
  e(392, 'pipe2', 'ipc', 'SYSCALL', ['CFD', 'MS', 'OLD'], []),
  e(393, 'pipe2', 'ipc', 'SYSCALL', ['CFD', 'MS'], [p('res', 'PT_ERRNO'), p('fd1', 'PT_FD'), p('fd2', 'PT_FD'), p('ino', 'PT_UINT64'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'file_flags')]),
  e(394, 'inotify_init1', 'ipc', 'SYSCALL', ['CFD', 'MS', 'OLD'], []),
  e(395, 'inotify_init1', 'ipc', 'SYSCALL', ['CFD', 'MS'], [p('res', 'PT_FD'), p('flags', 'PT_FLAGS16', 'PF_HEX', 'file_flags')]),
  e(396, 'eventfd2', 'ipc', 'SYSCALL', ['CFD', 'MS', 'OLD', 'CONV'], [p('initval', 'PT_UINT64')]),
  e(397, 'eventfd2', 'ipc', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('res', 'PT_FD'), p('flags', 'PT_FLAGS16', 'PF_HEX', 'file_flags'), p('initval', 'PT_UINT64')]),
  e(398, 'signalfd4', 'signal', 'SYSCALL', ['CFD', 'MS', 'OLD', 'CONV'], [p('fd', 'PT_FD'), p('mask', 'PT_UINT32', 'PF_HEX')]),
  e(399, 'signalfd4', 'signal', 'SYSCALL', ['CFD', 'MS', 'CONV'], [p('res', 'PT_FD'), p('flags', 'PT_FLAGS16', 'PF_HEX', 'file_flags'), p('fd', 'PT_FD'), p('mask', 'PT_UINT32', 'PF_HEX')]),
  e(400, 'prctl', 'process', 'SYSCALL', ['MS', 'OLD'], []),
  e(401, 'prctl', 'process', 'SYSCALL', ['MS'], [p('res', 'PT_ERRNO'), p('option', 'PT_ENUMFLAGS32', 'PF_NA', 'prctl_options'), p('arg2_str', 'PT_CHARBUF'), p('arg2_int', 'PT_INT64')]),
  e(402, 'asyncevent', 'other', 'META', ['LARGE'], [p('plugin_id', 'PT_UINT32'), p('name', 'PT_CHARBUF'), p('data', 'PT_BYTEBUF')]),
  undefined, // 403 NA (unused slot)
  e(404, 'memfd_create', 'memory', 'SYSCALL', ['CFD', 'MS', 'OLD'], []),
  e(405, 'memfd_create', 'memory', 'SYSCALL', ['CFD', 'MS'], [p('fd', 'PT_FD'), p('name', 'PT_CHARBUF'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'memfd_create_flags')]),
  e(406, 'pidfd_getfd', 'process', 'SYSCALL', ['CFD', 'MS', 'OLD'], []),
  e(407, 'pidfd_getfd', 'process', 'SYSCALL', ['CFD', 'MS'], [p('fd', 'PT_FD'), p('pid_fd', 'PT_FD'), p('target_fd', 'PT_FD'), p('flags', 'PT_UINT32', 'PF_HEX')]),
  e(408, 'pidfd_open', 'process', 'SYSCALL', ['CFD', 'MS', 'OLD'], []),
  e(409, 'pidfd_open', 'process', 'SYSCALL', ['CFD', 'MS'], [p('fd', 'PT_FD'), p('pid', 'PT_PID'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'pidfd_open_flags')]),
  e(410, 'init_module', 'other', 'SYSCALL', ['OLD'], []),
  e(411, 'init_module', 'other', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('img', 'PT_BYTEBUF'), p('length', 'PT_UINT64'), p('uargs', 'PT_CHARBUF')]),
  e(412, 'finit_module', 'other', 'SYSCALL', ['OLD'], []),
  e(413, 'finit_module', 'other', 'SYSCALL', ['UFD', 'RFD'], [p('res', 'PT_ERRNO'), p('fd', 'PT_FD'), p('uargs', 'PT_CHARBUF'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'finit_module_flags')]),
  e(414, 'mknod', 'other', 'SYSCALL', ['OLD'], []),
  e(415, 'mknod', 'other', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('path', 'PT_FSPATH'), p('mode', 'PT_MODE', 'PF_OCT', 'mknod_mode'), p('dev', 'PT_UINT32')]),
  e(416, 'mknodat', 'other', 'SYSCALL', ['OLD'], []),
  e(417, 'mknodat', 'other', 'SYSCALL', ['UFD'], [p('res', 'PT_ERRNO'), p('dirfd', 'PT_FD'), rel('path', 'PT_FSRELPATH', 1), p('mode', 'PT_MODE', 'PF_OCT', 'mknod_mode'), p('dev', 'PT_UINT32')]),
  e(418, 'newfstatat', 'file', 'SYSCALL', ['OLD'], []),
  e(419, 'newfstatat', 'file', 'SYSCALL', ['UFD'], [p('res', 'PT_ERRNO'), p('dirfd', 'PT_FD'), rel('path', 'PT_FSRELPATH', 1), p('flags', 'PT_FLAGS32', 'PF_HEX', 'newfstatat_flags')]),
  e(420, 'process_vm_readv', 'ipc', 'SYSCALL', ['OLD'], []),
  e(421, 'process_vm_readv', 'ipc', 'SYSCALL', [], [p('res', 'PT_INT64'), p('pid', 'PT_PID'), p('data', 'PT_BYTEBUF')]),
  e(422, 'process_vm_writev', 'ipc', 'SYSCALL', ['OLD'], []),
  e(423, 'process_vm_writev', 'ipc', 'SYSCALL', [], [p('res', 'PT_INT64'), p('pid', 'PT_PID'), p('data', 'PT_BYTEBUF')]),
  e(424, 'delete_module', 'other', 'SYSCALL', ['OLD'], []),
  e(425, 'delete_module', 'other', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('name', 'PT_CHARBUF'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'delete_module_flags')]),
  e(426, 'setreuid', 'user', 'SYSCALL', ['MS', 'OLD'], []),
  e(427, 'setreuid', 'user', 'SYSCALL', ['MS'], [p('res', 'PT_ERRNO'), p('ruid', 'PT_UID'), p('euid', 'PT_UID')]),
  e(428, 'setregid', 'user', 'SYSCALL', ['OLD'], []),
  e(429, 'setregid', 'user', 'SYSCALL', ['MS'], [p('res', 'PT_ERRNO'), p('rgid', 'PT_UID'), p('egid', 'PT_UID')]),
  e(430, 'task', 'process', 'ITER', ['MS'], [p('ppid', 'PT_PID32'), p('pgid', 'PT_PID32'), p('vpgid', 'PT_PID32'), p('sid', 'PT_PID32'), p('comm', 'PT_CHARBUF'), p('argv', 'PT_CHARBUFARRAY'), p('exepath', 'PT_FSPATH'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'execve_flags'), p('env', 'PT_CHARBUFARRAY'), p('cwd', 'PT_CHARBUF'), p('fdlimit', 'PT_UINT64'), p('euid', 'PT_UID'), p('egid', 'PT_GID'), p('cap_permitted', 'PT_UINT64', 'PF_HEX'), p('cap_effective', 'PT_UINT64', 'PF_HEX'), p('cap_inheritable', 'PT_UINT64', 'PF_HEX'), p('exe_ino_num', 'PT_UINT64'), p('exe_ino_ctime', 'PT_ABSTIME'), p('exe_ino_mtime', 'PT_ABSTIME'), p('vm_size', 'PT_UINT32'), p('vm_rss', 'PT_UINT32'), p('vm_swap', 'PT_UINT32'), p('pgft_maj', 'PT_UINT64'), p('pgft_min', 'PT_UINT64'), p('vtgid', 'PT_PID32'), p('vpid', 'PT_PID32'), p('pidns_init_start_ts', 'PT_UINT64'), p('cgroups', 'PT_CHARBUFARRAY'), p('root', 'PT_FSPATH'), p('start_time', 'PT_ABSTIME'), p('tty', 'PT_UINT32'), p('loginuid', 'PT_UID')]),
  undefined, // 431 NA (unused slot)
  e(432, 'task_file_pipe', 'file', 'ITER', ['MS'], [p('fd', 'PT_FD32'), p('path', 'PT_FSPATH'), p('ino_num', 'PT_UINT64')]),
  undefined, // 433 NA (unused slot)
  e(434, 'task_file_memfd', 'file', 'ITER', ['MS'], [p('fd', 'PT_FD32'), p('path', 'PT_FSPATH'), p('ino_num', 'PT_UINT64')]),
  undefined, // 435 NA (unused slot)
  e(436, 'task_file_regular', 'file', 'ITER', ['MS'], [p('fd', 'PT_FD32'), p('path', 'PT_FSPATH'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'file_flags'), p('mnt_id', 'PT_UINT32'), p('ino_num', 'PT_UINT64')]),
  undefined, // 437 NA (unused slot)
  e(438, 'task_file_directory', 'file', 'ITER', ['MS'], [p('fd', 'PT_FD32'), p('path', 'PT_FSPATH'), p('ino_num', 'PT_UINT64')]),
  undefined, // 439 NA (unused slot)
  e(440, 'task_file_socket_inet', 'file', 'ITER', ['MS'], [p('fd', 'PT_FD32'), p('sk_type', 'PT_UINT16'), p('sk_proto', 'PT_UINT16'), p('local_ip', 'PT_IPV4ADDR', 'PF_HEX'), p('local_port', 'PT_PORT', 'PF_HEX'), p('remote_ip', 'PT_IPV4ADDR', 'PF_HEX'), p('remote_port', 'PT_PORT', 'PF_HEX'), p('ino_num', 'PT_UINT64')]),
  undefined, // 441 NA (unused slot)
  e(442, 'task_file_socket_inet6', 'file', 'ITER', ['MS'], [p('fd', 'PT_FD32'), p('sk_type', 'PT_UINT16'), p('sk_proto', 'PT_UINT16'), p('local_ip', 'PT_IPV6ADDR', 'PF_HEX'), p('local_port', 'PT_PORT', 'PF_HEX'), p('remote_ip', 'PT_IPV6ADDR', 'PF_HEX'), p('remote_port', 'PT_PORT', 'PF_HEX'), p('ino_num', 'PT_UINT64')]),
  undefined, // 443 NA (unused slot)
  e(444, 'task_file_socket_unix', 'file', 'ITER', ['MS'], [p('fd', 'PT_FD32'), p('sk_type', 'PT_UINT16'), p('sk_proto', 'PT_UINT16'), p('sk_pointer', 'PT_UINT64'), p('sun_path', 'PT_FSPATH'), p('ino_num', 'PT_UINT64')]),
  undefined, // 445 NA (unused slot)
  e(446, 'task_file_socket_netlink', 'file', 'ITER', ['MS'], [p('fd', 'PT_FD32'), p('sk_type', 'PT_UINT16'), p('sk_proto', 'PT_UINT16'), p('ino_num', 'PT_UINT64')]),
  undefined, // 447 NA (unused slot)
  e(448, 'task_file_anon_inode', 'file', 'ITER', ['MS'], [p('fd', 'PT_FD32'), p('fd_type', 'PT_FLAGS8', 'PF_NA', 'anon_inode_fd_types'), p('path', 'PT_FSPATH'), p('ino_num', 'PT_UINT64')]),
  undefined, // 449 NA (unused slot)
  undefined, // 450 NA (unused slot)
  e(451, 'close_range', 'io_other', 'SYSCALL', ['MS'], [p('res', 'PT_ERRNO'), p('first', 'PT_UINT32'), p('last', 'PT_UINT32'), p('flags', 'PT_FLAGS32', 'PF_HEX', 'close_range_flags')]),
  undefined, // 452 NA (unused slot)
  e(453, 'keyctl', 'other', 'SYSCALL', [], [p('res', 'PT_ERRNO'), p('operation', 'PT_ENUMFLAGS32', 'PF_NA', 'keyctl_operations'), p('arg2', 'PT_DYN', 'PF_NA', 'keyctl_dynamic_param'), p('arg3', 'PT_DYN', 'PF_NA', 'keyctl_dynamic_param'), p('arg4', 'PT_DYN', 'PF_NA', 'keyctl_dynamic_param'), p('arg5', 'PT_DYN', 'PF_NA', 'keyctl_dynamic_param')]),
// END GENERATED EVENTS
];

/** PT_DYN tables: the value type for each index byte (scap-format.md §12.2.8). */
export const DYN_TABLES: Readonly<Record<string, readonly ParamSpec[]>> = {
// BEGIN GENERATED DYN (gen-tables.mjs)
  sockopt_dynamic_param: [p('sockopt_dynamic_param[0]', 'PT_BYTEBUF', 'PF_HEX'), p('sockopt_dynamic_param[1]', 'PT_ERRNO'), p('sockopt_dynamic_param[2]', 'PT_UINT32'), p('sockopt_dynamic_param[3]', 'PT_UINT64'), p('sockopt_dynamic_param[4]', 'PT_RELTIME')],
  ptrace_dynamic_param: [p('ptrace_dynamic_param[0]', 'PT_UINT64', 'PF_HEX'), p('ptrace_dynamic_param[1]', 'PT_SIGTYPE')],
  bpf_dynamic_param: [p('bpf_dynamic_param[0]', 'PT_FD'), p('bpf_dynamic_param[1]', 'PT_ERRNO')],
  keyctl_dynamic_param: [p('keyctl_dynamic_param[0]', 'PT_INT64'), p('keyctl_dynamic_param[1]', 'PT_CHARBUF')],
// END GENERATED DYN
};

/** ppm_sc syscall names by code (Appendix C), for PT_SYSCALLID and the generic events 0/1. */
export const PPM_SC_NAMES: readonly (string | undefined)[] = [
// BEGIN GENERATED PPM_SC (gen-tables.mjs)
  'unknown', 'restart_syscall', 'exit', 'read', 'write', 'open', 'close', 'creat',
  'link', 'unlink', 'chdir', 'time', 'mknod', 'chmod', 'stat', 'lseek',
  'getpid', 'mount', 'ptrace', 'alarm', 'fstat', 'pause', 'utime', 'access',
  'sync', 'kill', 'rename', 'mkdir', 'rmdir', 'dup', 'pipe', 'times',
  'brk', 'acct', 'ioctl', 'fcntl', 'setpgid', 'umask', 'chroot', 'ustat',
  'dup2', 'getppid', 'getpgrp', 'setsid', 'sethostname', 'setrlimit', 'getrusage', 'gettimeofday',
  'settimeofday', 'symlink', 'lstat', 'readlink', 'uselib', 'swapon', 'reboot', 'mmap',
  'munmap', 'truncate', 'ftruncate', 'fchmod', 'getpriority', 'setpriority', 'statfs', 'fstatfs',
  'syslog', 'setitimer', 'getitimer', 'uname', 'vhangup', 'wait4', 'swapoff', 'sysinfo',
  'fsync', 'setdomainname', 'adjtimex', 'mprotect', 'init_module', 'delete_module', 'quotactl', 'getpgid',
  'fchdir', 'sysfs', 'personality', 'getdents', 'select', 'flock', 'msync', 'readv',
  'writev', 'getsid', 'fdatasync', 'mlock', 'munlock', 'mlockall', 'munlockall', 'sched_setparam',
  'sched_getparam', 'sched_setscheduler', 'sched_getscheduler', 'sched_yield', 'sched_get_priority_max', 'sched_get_priority_min', 'sched_rr_get_interval', 'nanosleep',
  'mremap', 'poll', 'prctl', 'rt_sigaction', 'rt_sigprocmask', 'rt_sigpending', 'rt_sigtimedwait', 'rt_sigqueueinfo',
  'rt_sigsuspend', 'getcwd', 'capget', 'capset', 'sendfile', 'getrlimit', 'lchown', 'getuid',
  'getgid', 'geteuid', 'getegid', 'setreuid', 'setregid', 'getgroups', 'setgroups', 'fchown',
  'setresuid', 'getresuid', 'setresgid', 'getresgid', 'chown', 'setuid', 'setgid', 'setfsuid',
  'setfsgid', 'pivot_root', 'mincore', 'madvise', 'gettid', 'setxattr', 'lsetxattr', 'fsetxattr',
  'getxattr', 'lgetxattr', 'fgetxattr', 'listxattr', 'llistxattr', 'flistxattr', 'removexattr', 'lremovexattr',
  'fremovexattr', 'tkill', 'futex', 'sched_setaffinity', 'sched_getaffinity', 'set_thread_area', 'get_thread_area', 'io_setup',
  'io_destroy', 'io_getevents', 'io_submit', 'io_cancel', 'exit_group', 'epoll_create', 'epoll_ctl', 'epoll_wait',
  'remap_file_pages', 'set_tid_address', 'timer_create', 'timer_settime', 'timer_gettime', 'timer_getoverrun', 'timer_delete', 'clock_settime',
  'clock_gettime', 'clock_getres', 'clock_nanosleep', 'tgkill', 'utimes', 'mq_open', 'mq_unlink', 'mq_timedsend',
  'mq_timedreceive', 'mq_notify', 'mq_getsetattr', 'kexec_load', 'waitid', 'add_key', 'request_key', 'keyctl',
  'ioprio_set', 'ioprio_get', 'inotify_init', 'inotify_add_watch', 'inotify_rm_watch', 'openat', 'mkdirat', 'mknodat',
  'fchownat', 'futimesat', 'unlinkat', 'renameat', 'linkat', 'symlinkat', 'readlinkat', 'fchmodat',
  'faccessat', 'pselect6', 'ppoll', 'unshare', 'set_robust_list', 'get_robust_list', 'splice', 'tee',
  'vmsplice', 'getcpu', 'epoll_pwait', 'utimensat', 'signalfd', 'timerfd_create', 'eventfd', 'timerfd_settime',
  'timerfd_gettime', 'signalfd4', 'eventfd2', 'epoll_create1', 'dup3', 'pipe2', 'inotify_init1', 'preadv',
  'pwritev', 'rt_tgsigqueueinfo', 'perf_event_open', 'fanotify_init', 'prlimit64', 'clock_adjtime', 'syncfs', 'setns',
  'getdents64', 'socket', 'bind', 'connect', 'listen', 'accept', 'getsockname', 'getpeername',
  'socketpair', 'sendto', 'recvfrom', 'shutdown', 'setsockopt', 'getsockopt', 'sendmsg', 'sendmmsg',
  'recvmsg', 'recvmmsg', 'accept4', 'semop', 'semget', 'semctl', 'msgsnd', 'msgrcv',
  'msgget', 'msgctl', 'shmdt', 'shmget', 'shmctl', 'statfs64', 'fstatfs64', 'fstatat64',
  'sendfile64', 'ugetrlimit', 'bdflush', 'sigprocmask', 'ipc', 'socketcall', 'stat64', 'lstat64',
  'fstat64', 'fcntl64', 'mmap2', '_newselect', 'sgetmask', 'ssetmask', 'sigpending', 'olduname',
  'umount', 'signal', 'nice', 'stime', '_llseek', 'waitpid', 'pread64', 'pwrite64',
  'arch_prctl', 'shmat', 'rt_sigreturn', 'fallocate', 'newfstatat', 'process_vm_readv', 'process_vm_writev', 'fork',
  'vfork', 'setuid32', 'getuid32', 'setgid32', 'geteuid32', 'getgid32', 'setresuid32', 'setresgid32',
  'getresuid32', 'getresgid32', 'finit_module', 'bpf', 'seccomp', 'sigaltstack', 'getrandom', 'fadvise64',
  'renameat2', 'userfaultfd', 'openat2', 'umount2', 'execve', 'execveat', 'copy_file_range', 'clone',
  'clone3', 'open_by_handle_at', 'io_uring_setup', 'io_uring_enter', 'io_uring_register', 'mlock2', 'getegid32', 'fsconfig',
  'fspick', 'fsmount', 'fsopen', 'open_tree', 'move_mount', 'mount_setattr', 'memfd_create', 'memfd_secret',
  'ioperm', 'kexec_file_load', 'pidfd_getfd', 'pidfd_open', 'pidfd_send_signal', 'pkey_alloc', 'pkey_mprotect', 'pkey_free',
  'landlock_create_ruleset', 'quotactl_fd', 'landlock_restrict_self', 'landlock_add_rule', 'epoll_pwait2', 'migrate_pages', 'move_pages', 'preadv2',
  'pwritev2', 'kcmp', 'sched_setattr', 'mbind', 'epoll_ctl_old', 'lookup_dcookie', 'modify_ldt', 'statx',
  'set_mempolicy', 'io_pgetevents', 'set_mempolicy_home_node', 'semtimedop', 'get_kernel_syms', 'readahead', 'futex_waitv', 'getpmsg',
  'name_to_handle_at', 'process_mrelease', 'nfsservctl', 'epoll_wait_old', 'rseq', 'create_module', , 'sched_getattr',
  'faccessat2', '_sysctl', 'query_module', 'get_mempolicy', 'sync_file_range', 'process_madvise', 'membarrier', 'iopl',
  'close_range', 'fanotify_mark', 'recv', 'send', 'sched_process_exit', 'sched_switch', 'page_fault_user', 'page_fault_kernel',
  'signal_deliver', 'timerfd', 's390_pci_mmio_read', 'sigaction', 's390_pci_mmio_write', 'readdir', 's390_sthyi', 'sigsuspend',
  'idle', 's390_runtime_instr', 'sigreturn', 's390_guarded_storage', 'cachestat', 'fchmodat2', 'map_shadow_stack', 'riscv_flush_icache',
  'riscv_hwprobe', 'futex_wake', 'futex_requeue', 'futex_wait', 'oldstat', 'switch_endian', 'multiplexer', 'oldlstat',
  'spu_create', 'sync_file_range2', 'oldfstat', 'spu_run', 'swapcontext', 'pciconfig_write', 'rtas', 'pciconfig_read',
  'sys_debug_setcontext', 'vm86', 'oldolduname', 'subpage_prot', 'pciconfig_iobase', 'listmount', 'statmount', 'lsm_get_self_attr',
  'lsm_set_self_attr', 'lsm_list_modules', 'mseal', 'uretprobe', 'removexattrat', 'listxattrat', 'getxattrat', 'setxattrat',
  'open_tree_attr', 'file_getattr', 'file_setattr', 'listns', 'uprobe', 'rseq_slice_yield',
// END GENERATED PPM_SC
];

/** The spec of an event type, or undefined for unused slots and ids past the table. */
export function eventSpec(type: number): EventSpec | undefined {
  return EVENT_TABLE[type];
}

/** True when the event's parameter lengths are u32 in v2 blocks (322, 324, 402). */
export function hasLargePayload(spec: EventSpec): boolean {
  return spec.flags.includes('EF_LARGE_PAYLOAD');
}

/** Position of the parameter called `name` in the spec, or -1. */
export function paramIndex(spec: EventSpec, name: string): number {
  return spec.params.findIndex((param) => param.name === name);
}

/** The ppm_sc name of a syscall code; `<unknown>` for 0 and for codes we do not know, as sysdig shows them. */
export function ppmScName(code: number): string {
  return code > 0 ? PPM_SC_NAMES[code] ?? '<unknown>' : '<unknown>';
}
