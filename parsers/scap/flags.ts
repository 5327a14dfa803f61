/**
 * Flag and enum tables of the scap drivers (../shared/docs/scap-format.md Appendix B) and their
 * rendering as sysdig prints it (`4097(O_RDONLY|O_CLOEXEC)`, §12.2.9).
 */

/** One `NAME=value` entry of a flag table; order matters for rendering. */
export type FlagEntry = readonly [name: string, value: number];

/** Flag/enum tables by name, entries in the drivers' order. */
export const FLAG_TABLES: Readonly<Record<string, readonly FlagEntry[]>> = {
// BEGIN GENERATED FLAG_TABLES (gen-tables.mjs)
  socket_families: [['AF_NFC', 0x27], ['AF_ALG', 0x26], ['AF_CAIF', 0x25], ['AF_IEEE802154', 0x24], ['AF_PHONET', 0x23], ['AF_ISDN', 0x22], ['AF_RXRPC', 0x21], ['AF_IUCV', 0x20], ['AF_BLUETOOTH', 0x1F], ['AF_TIPC', 0x1E], ['AF_CAN', 0x1D], ['AF_LLC', 0x1A], ['AF_WANPIPE', 0x19], ['AF_PPPOX', 0x18], ['AF_IRDA', 0x17], ['AF_SNA', 0x16], ['AF_RDS', 0x15], ['AF_ATMSVC', 0x14], ['AF_ECONET', 0x13], ['AF_ASH', 0x12], ['AF_PACKET', 0x11], ['AF_ROUTE', 0x10], ['AF_NETLINK', 0x10], ['AF_KEY', 0xF], ['AF_SECURITY', 0xE], ['AF_NETBEUI', 0xD], ['AF_DECnet', 0xC], ['AF_ROSE', 0xB], ['AF_INET6', 0xA], ['AF_X25', 9], ['AF_ATMPVC', 8], ['AF_BRIDGE', 7], ['AF_NETROM', 6], ['AF_APPLETALK', 5], ['AF_IPX', 4], ['AF_AX25', 3], ['AF_INET', 2], ['AF_LOCAL', 1], ['AF_UNIX', 1], ['AF_UNSPEC', 0]],
  file_flags: [['O_LARGEFILE', 0x800], ['O_DIRECTORY', 0x400], ['O_DIRECT', 0x200], ['O_TRUNC', 0x100], ['O_SYNC', 0x80], ['O_NONBLOCK', 0x40], ['O_EXCL', 0x20], ['O_DSYNC', 0x10], ['O_APPEND', 8], ['O_CREAT', 4], ['O_RDWR', 3], ['O_WRONLY', 2], ['O_RDONLY', 1], ['O_CLOEXEC', 0x1000], ['O_NONE', 0], ['O_TMPFILE', 0x2000], ['O_F_CREATED', 0x4000], ['FD_UPPER_LAYER', 0x8000], ['FD_LOWER_LAYER', 0x10000]],
  creat_flags: [['FD_UPPER_LAYER_CREAT', 1], ['FD_LOWER_LAYER_CREAT', 2]],
  flock_flags: [['LOCK_SH', 1], ['LOCK_EX', 2], ['LOCK_NB', 4], ['LOCK_UN', 8], ['LOCK_NONE', 0]],
  clone_flags: [['CLONE_FILES', 1], ['CLONE_FS', 2], ['CLONE_IO', 4], ['CLONE_NEWIPC', 8], ['CLONE_NEWNET', 0x10], ['CLONE_NEWNS', 0x20], ['CLONE_NEWPID', 0x40], ['CLONE_NEWUTS', 0x80], ['CLONE_PARENT', 0x100], ['CLONE_PARENT_SETTID', 0x200], ['CLONE_PTRACE', 0x400], ['CLONE_SIGHAND', 0x800], ['CLONE_SYSVSEM', 0x1000], ['CLONE_THREAD', 0x2000], ['CLONE_UNTRACED', 0x4000], ['CLONE_VM', 0x8000], ['CLONE_INVERTED', 0x10000], ['NAME_CHANGED', 0x20000], ['CLOSED', 0x40000], ['CLONE_NEWUSER', 0x100000], ['CLONE_CHILD_CLEARTID', 0x800000], ['CLONE_CHILD_SETTID', 0x1000000], ['CLONE_SETTLS', 0x2000000], ['CLONE_STOPPED', 0x4000000], ['CLONE_VFORK', 0x8000000], ['CLONE_NEWCGROUP', 0x10000000], ['CLONE_CHILD_IN_PIDNS', 0x20000000]],
  futex_operations: [['FUTEX_CLOCK_REALTIME', 0x100], ['FUTEX_PRIVATE_FLAG', 0x80], ['FUTEX_CMP_REQUEUE_PI', 0xC], ['FUTEX_WAIT_REQUEUE_PI', 0xB], ['FUTEX_WAKE_BITSET', 0xA], ['FUTEX_WAIT_BITSET', 9], ['FUTEX_TRYLOCK_PI', 8], ['FUTEX_UNLOCK_PI', 7], ['FUTEX_LOCK_PI', 6], ['FUTEX_WAKE_OP', 5], ['FUTEX_CMP_REQUEUE', 4], ['FUTEX_REQUEUE', 3], ['FUTEX_FD', 2], ['FUTEX_WAKE', 1], ['FUTEX_WAIT', 0]],
  poll_flags: [['POLLIN', 1], ['POLLPRI', 2], ['POLLOUT', 4], ['POLLRDHUP', 8], ['POLLERR', 0x10], ['POLLHUP', 0x20], ['POLLNVAL', 0x40], ['POLLRDNORM', 0x80], ['POLLRDBAND', 0x100], ['POLLWRNORM', 0x200], ['POLLWRBAND', 0x400]],
  mount_flags: [['RDONLY', 1], ['NOSUID', 2], ['NODEV', 4], ['NOEXEC', 8], ['SYNCHRONOUS', 0x10], ['REMOUNT', 0x20], ['MANDLOCK', 0x40], ['DIRSYNC', 0x80], ['NOATIME', 0x400], ['NODIRATIME', 0x800], ['BIND', 0x1000], ['MOVE', 0x2000], ['REC', 0x4000], ['SILENT', 0x8000], ['POSIXACL', 0x10000], ['UNBINDABLE', 0x20000], ['PRIVATE', 0x40000], ['SLAVE', 0x80000], ['SHARED', 0x100000], ['RELATIME', 0x200000], ['KERNMOUNT', 0x400000], ['I_VERSION', 0x800000], ['STRICTATIME', 0x1000000], ['LAZYTIME', 0x2000000], ['NOSEC', 0x10000000], ['BORN', 0x20000000], ['ACTIVE', 0x40000000], ['NOUSER', 0x80000000]],
  umount_flags: [['FORCE', 1], ['DETACH', 2], ['EXPIRE', 4], ['NOFOLLOW', 8]],
  lseek_whence: [['SEEK_END', 2], ['SEEK_CUR', 1], ['SEEK_SET', 0]],
  shutdown_how: [['SHUT_UNKNOWN', 0xFFFF], ['SHUT_RDWR', 2], ['SHUT_WR', 1], ['SHUT_RD', 0]],
  rlimit_resources: [['RLIMIT_UNKNOWN', 0xFF], ['RLIMIT_RTTIME', 0xF], ['RLIMIT_RTPRIO', 0xE], ['RLIMIT_NICE', 0xD], ['RLIMIT_MSGQUEUE', 0xC], ['RLIMIT_SIGPENDING', 0xB], ['RLIMIT_LOCKS', 0xA], ['RLIMIT_AS', 9], ['RLIMIT_MEMLOCK', 8], ['RLIMIT_NOFILE', 7], ['RLIMIT_NPROC', 6], ['RLIMIT_RSS', 5], ['RLIMIT_CORE', 4], ['RLIMIT_STACK', 3], ['RLIMIT_DATA', 2], ['RLIMIT_FSIZE', 1], ['RLIMIT_CPU', 0]],
  fcntl_commands: [['F_GETPIPE_SZ', 0x1D], ['F_SETPIPE_SZ', 0x1C], ['F_NOTIFY', 0x1B], ['F_DUPFD_CLOEXEC', 0x1A], ['F_CANCELLK', 0x19], ['F_GETLEASE', 0x18], ['F_SETLEASE', 0x17], ['F_GETOWN_EX', 0x16], ['F_SETOWN_EX', 0x15], ['F_SETLKW64', 0x13], ['F_SETLK64', 0x12], ['F_GETLK64', 0x11], ['F_GETSIG', 0xF], ['F_SETSIG', 0xD], ['F_GETOWN', 0xC], ['F_SETOWN', 0xA], ['F_SETLKW', 9], ['F_SETLK', 8], ['F_GETLK', 6], ['F_SETFL', 5], ['F_GETFL', 4], ['F_SETFD', 3], ['F_GETFD', 2], ['F_DUPFD', 1], ['F_OFD_GETLK', 0x1E], ['F_OFD_SETLK', 0x1F], ['F_OFD_SETLKW', 0x20], ['UNKNOWN', 0]],
  sockopt_levels: [['SOL_SOCKET', 1], ['SOL_TCP', 2], ['UNKNOWN', 0]],
  sockopt_options: [['SO_COOKIE', 0x35], ['SO_MEMINFO', 0x34], ['SO_PEERGROUPS', 0x33], ['SO_ATTACH_BPF', 0x32], ['SO_INCOMING_CPU', 0x31], ['SO_BPF_EXTENSIONS', 0x30], ['SO_MAX_PACING_RATE', 0x2F], ['SO_BUSY_POLL', 0x2E], ['SO_SELECT_ERR_QUEUE', 0x2D], ['SO_LOCK_FILTER', 0x2C], ['SO_NOFCS', 0x2B], ['SO_PEEK_OFF', 0x2A], ['SO_WIFI_STATUS', 0x29], ['SO_RXQ_OVFL', 0x28], ['SO_DOMAIN', 0x27], ['SO_PROTOCOL', 0x26], ['SO_TIMESTAMPING', 0x25], ['SO_MARK', 0x24], ['SO_TIMESTAMPNS', 0x23], ['SO_PASSSEC', 0x22], ['SO_PEERSEC', 0x1F], ['SO_ACCEPTCONN', 0x1E], ['SO_TIMESTAMP', 0x1D], ['SO_PEERNAME', 0x1C], ['SO_DETACH_FILTER', 0x1B], ['SO_ATTACH_FILTER', 0x1A], ['SO_BINDTODEVICE', 0x19], ['SO_SECURITY_ENCRYPTION_NETWORK', 0x18], ['SO_SECURITY_ENCRYPTION_TRANSPORT', 0x17], ['SO_SECURITY_AUTHENTICATION', 0x16], ['SO_SNDTIMEO', 0x15], ['SO_RCVTIMEO', 0x14], ['SO_SNDLOWAT', 0x13], ['SO_RCVLOWAT', 0x12], ['SO_PEERCRED', 0x11], ['SO_PASSCRED', 0x10], ['SO_REUSEPORT', 0xF], ['SO_BSDCOMPAT', 0xE], ['SO_LINGER', 0xD], ['SO_PRIORITY', 0xC], ['SO_NO_CHECK', 0xB], ['SO_OOBINLINE', 0xA], ['SO_KEEPALIVE', 9], ['SO_RCVBUFFORCE', 0x21], ['SO_SNDBUFFORCE', 0x20], ['SO_RCVBUF', 8], ['SO_SNDBUF', 7], ['SO_BROADCAST', 6], ['SO_DONTROUTE', 5], ['SO_ERROR', 4], ['SO_TYPE', 3], ['SO_REUSEADDR', 2], ['SO_DEBUG', 1], ['UNKNOWN', 0]],
  ptrace_requests: [['PTRACE_SINGLEBLOCK', 0x26], ['PTRACE_SYSEMU_SINGLESTEP', 0x25], ['PTRACE_SYSEMU', 0x24], ['PTRACE_ARCH_PRCTL', 0x23], ['PTRACE_SET_THREAD_AREA', 0x22], ['PTRACE_GET_THREAD_AREA', 0x21], ['PTRACE_OLDSETOPTIONS', 0x20], ['PTRACE_SETFPXREGS', 0x1F], ['PTRACE_GETFPXREGS', 0x1E], ['PTRACE_SETFPREGS', 0x1D], ['PTRACE_GETFPREGS', 0x1C], ['PTRACE_SETREGS', 0x1B], ['PTRACE_GETREGS', 0x1A], ['PTRACE_SETSIGMASK', 0x19], ['PTRACE_GETSIGMASK', 0x18], ['PTRACE_PEEKSIGINFO', 0x17], ['PTRACE_LISTEN', 0x16], ['PTRACE_INTERRUPT', 0x15], ['PTRACE_SEIZE', 0x14], ['PTRACE_SETREGSET', 0x13], ['PTRACE_GETREGSET', 0x12], ['PTRACE_SETSIGINFO', 0x11], ['PTRACE_GETSIGINFO', 0x10], ['PTRACE_GETEVENTMSG', 0xF], ['PTRACE_SETOPTIONS', 0xE], ['PTRACE_SYSCALL', 0xD], ['PTRACE_DETACH', 0xC], ['PTRACE_ATTACH', 0xB], ['PTRACE_SINGLESTEP', 0xA], ['PTRACE_KILL', 9], ['PTRACE_CONT', 8], ['PTRACE_POKEUSR', 7], ['PTRACE_POKEDATA', 6], ['PTRACE_POKETEXT', 5], ['PTRACE_PEEKUSR', 4], ['PTRACE_PEEKDATA', 3], ['PTRACE_PEEKTEXT', 2], ['PTRACE_TRACEME', 1], ['PTRACE_UNKNOWN', 0]],
  prot_flags: [['PROT_READ', 1], ['PROT_WRITE', 2], ['PROT_EXEC', 4], ['PROT_SEM', 8], ['PROT_GROWSDOWN', 0x10], ['PROT_GROWSUP', 0x20], ['PROT_SAO', 0x40], ['PROT_NONE', 0]],
  mmap_flags: [['MAP_SHARED', 1], ['MAP_PRIVATE', 2], ['MAP_FIXED', 4], ['MAP_ANONYMOUS', 8], ['MAP_32BIT', 0x10], ['MAP_RENAME', 0x20], ['MAP_NORESERVE', 0x40], ['MAP_POPULATE', 0x80], ['MAP_NONBLOCK', 0x100], ['MAP_GROWSDOWN', 0x200], ['MAP_DENYWRITE', 0x400], ['MAP_EXECUTABLE', 0x800], ['MAP_INHERIT', 0x1000], ['MAP_FILE', 0x2000], ['MAP_LOCKED', 0x4000]],
  splice_flags: [['SPLICE_F_MOVE', 1], ['SPLICE_F_NONBLOCK', 2], ['SPLICE_F_MORE', 4], ['SPLICE_F_GIFT', 8]],
  quotactl_dqi_flags: [['DQF_NONE', 1], ['V1_DQF_RSQUASH', 2]],
  quotactl_cmds: [['Q_QUOTAON', 1], ['Q_QUOTAOFF', 2], ['Q_GETFMT', 4], ['Q_GETINFO', 8], ['Q_SETINFO', 0x10], ['Q_GETQUOTA', 0x20], ['Q_SETQUOTA', 0x40], ['Q_SYNC', 0x80], ['Q_XQUOTAON', 0x100], ['Q_XQUOTAOFF', 0x200], ['Q_XGETQUOTA', 0x400], ['Q_XSETQLIM', 0x800], ['Q_XGETQSTAT', 0x1000], ['Q_XQUOTARM', 0x2000], ['Q_XQUOTASYNC', 0x4000]],
  quotactl_types: [['USRQUOTA', 1], ['GRPQUOTA', 2]],
  quotactl_quota_fmts: [['QFMT_NOT_USED', 1], ['QFMT_VFS_OLD', 2], ['QFMT_VFS_V0', 4], ['QFMT_VFS_V1', 8]],
  semop_flags: [['IPC_NOWAIT', 1], ['SEM_UNDO', 2]],
  semget_flags: [['IPC_EXCL', 0x4000], ['IPC_CREAT', 0x2000]],
  semctl_commands: [['IPC_STAT', 1], ['IPC_SET', 2], ['IPC_RMID', 4], ['IPC_INFO', 8], ['SEM_INFO', 0x10], ['SEM_STAT', 0x20], ['GETALL', 0x40], ['GETNCNT', 0x80], ['GETPID', 0x100], ['GETVAL', 0x200], ['GETZCNT', 0x400], ['SETALL', 0x800], ['SETVAL', 0x1000]],
  access_flags: [['F_OK', 0], ['R_OK', 4], ['W_OK', 2], ['X_OK', 1]],
  pf_flags: [['PROTECTION_VIOLATION', 1], ['PAGE_NOT_PRESENT', 2], ['WRITE_ACCESS', 4], ['READ_ACCESS', 8], ['USER_FAULT', 0x10], ['SUPERVISOR_FAULT', 0x20], ['RESERVED_PAGE', 0x40], ['INSTRUCTION_FETCH', 0x80]],
  unlinkat_flags: [['AT_REMOVEDIR', 0x200]],
  linkat_flags: [['AT_SYMLINK_FOLLOW', 0x400], ['AT_EMPTY_PATH', 0x1000]],
  newfstatat_flags: [['AT_EMPTY_PATH', 0x1000], ['AT_NO_AUTOMOUNT', 0x800], ['AT_SYMLINK_NOFOLLOW', 0x100]],
  chmod_mode: [['S_IXOTH', 1], ['S_IWOTH', 2], ['S_IROTH', 4], ['S_IXGRP', 8], ['S_IWGRP', 0x10], ['S_IRGRP', 0x20], ['S_IXUSR', 0x40], ['S_IWUSR', 0x80], ['S_IRUSR', 0x100], ['S_ISVTX', 0x200], ['S_ISGID', 0x400], ['S_ISUID', 0x800]],
  fchownat_flags: [['AT_SYMLINK_NOFOLLOW', 0x400], ['AT_EMPTY_PATH', 0x1000]],
  renameat2_flags: [['RENAME_NOREPLACE', 1], ['RENAME_EXCHANGE', 2], ['RENAME_WHITEOUT', 4]],
  openat2_flags: [['RESOLVE_BENEATH', 1], ['RESOLVE_IN_ROOT', 2], ['RESOLVE_NO_MAGICLINKS', 4], ['RESOLVE_NO_SYMLINKS', 8], ['RESOLVE_NO_XDEV', 0x10], ['RESOLVE_CACHED', 0x20]],
  execve_flags: [['EXE_WRITABLE', 1], ['EXE_UPPER_LAYER', 2], ['EXE_FROM_MEMFD', 4], ['EXE_LOWER_LAYER', 8]],
  execveat_flags: [['AT_EMPTY_PATH', 1], ['AT_SYMLINK_NOFOLLOW', 2]],
  io_uring_setup_flags: [['IORING_SETUP_IOPOLL', 1], ['IORING_SETUP_SQPOLL', 2], ['IORING_SQ_NEED_WAKEUP', 4], ['IORING_SETUP_SQ_AFF', 8], ['IORING_SETUP_CQSIZE', 0x10], ['IORING_SETUP_CLAMP', 0x20], ['IORING_SETUP_ATTACH_RW', 0x40], ['IORING_SETUP_R_DISABLED', 0x80]],
  io_uring_setup_feats: [['IORING_FEAT_SINGLE_MMAP', 1], ['IORING_FEAT_NODROP', 2], ['IORING_FEAT_SUBMIT_STABLE', 4], ['IORING_FEAT_RW_CUR_POS', 8], ['IORING_FEAT_CUR_PERSONALITY', 0x10], ['IORING_FEAT_FAST_POLL', 0x20], ['IORING_FEAT_POLL_32BITS', 0x40], ['IORING_FEAT_SQPOLL_NONFIXED', 0x80], ['IORING_FEAT_ENTER_EXT_ARG', 0x100], ['IORING_FEAT_NATIVE_WORKERS', 0x200], ['IORING_FEAT_RSRC_TAGS', 0x400]],
  io_uring_enter_flags: [['IORING_ENTER_GETEVENTS', 1], ['IORING_ENTER_SQ_WAKEUP', 2], ['IORING_ENTER_SQ_WAIT', 4], ['IORING_ENTER_EXT_ARG', 8]],
  io_uring_register_opcodes: [['IORING_REGISTER_BUFFERS', 0], ['IORING_UNREGISTER_BUFFERS', 1], ['IORING_REGISTER_FILES', 2], ['IORING_UNREGISTER_FILES', 3], ['IORING_REGISTER_EVENTFD', 4], ['IORING_UNREGISTER_EVENTFD', 5], ['IORING_REGISTER_FILES_UPDATE', 6], ['IORING_REGISTER_EVENTFD_ASYNC', 7], ['IORING_REGISTER_PROBE', 8], ['IORING_REGISTER_PERSONALITY', 9], ['IORING_UNREGISTER_PERSONALITY', 0xA], ['IORING_REGISTER_RESTRICTIONS', 0xB], ['IORING_REGISTER_ENABLE_RINGS', 0xC], ['IORING_REGISTER_FILES2', 0xD], ['IORING_REGISTER_FILES_UPDATE2', 0xE], ['IORING_REGISTER_BUFFERS2', 0xF], ['IORING_REGISTER_BUFFERS_UPDATE', 0x10], ['IORING_REGISTER_IOWQ_AFF', 0x11], ['IORING_UNREGISTER_IOWQ_AFF', 0x12], ['IORING_REGISTER_IOWQ_MAX_WORKERS', 0x13], ['IORING_REGISTER_RING_FDS', 0x14], ['IORING_UNREGISTER_RING_FDS', 0x15]],
  mlockall_flags: [['MCL_CURRENT', 1], ['MCL_FUTURE', 2], ['MCL_ONFAULT', 4]],
  mlock2_flags: [['MLOCK_ONFAULT', 1]],
  fsconfig_cmds: [['FSCONFIG_SET_FLAG', 0], ['FSCONFIG_SET_STRING', 1], ['FSCONFIG_SET_BINARY', 2], ['FSCONFIG_SET_PATH', 3], ['FSCONFIG_SET_PATH_EMPTY', 4], ['FSCONFIG_SET_FD', 5], ['FSCONFIG_CMD_CREATE', 6], ['FSCONFIG_CMD_RECONFIGURE', 7]],
  epoll_create1_flags: [['EPOLL_CLOEXEC', 1]],
  prctl_options: [['PR_GET_DUMPABLE', 3], ['PR_SET_DUMPABLE', 4], ['PR_GET_KEEPCAPS', 7], ['PR_SET_KEEPCAPS', 8], ['PR_SET_NAME', 0xF], ['PR_GET_NAME', 0x10], ['PR_GET_SECCOMP', 0x15], ['PR_SET_SECCOMP', 0x16], ['PR_CAPBSET_READ', 0x17], ['PR_CAPBSET_DROP', 0x18], ['PR_GET_SECUREBITS', 0x1B], ['PR_SET_SECUREBITS', 0x1C], ['PR_MCE_KILL', 0x21], ['PR_MCE_KILL', 0x21], ['PR_SET_MM', 0x23], ['PR_SET_CHILD_SUBREAPER', 0x24], ['PR_GET_CHILD_SUBREAPER', 0x25], ['PR_SET_NO_NEW_PRIVS', 0x26], ['PR_GET_NO_NEW_PRIVS', 0x27], ['PR_GET_TID_ADDRESS', 0x28], ['PR_SET_THP_DISABLE', 0x29], ['PR_GET_THP_DISABLE', 0x2A], ['PR_CAP_AMBIENT', 0x2F]],
  keyctl_operations: [['KEYCTL_GET_KEYRING_ID', 0], ['KEYCTL_JOIN_SESSION_KEYRING', 1], ['KEYCTL_UPDATE', 2], ['KEYCTL_REVOKE', 3], ['KEYCTL_CHOWN', 4], ['KEYCTL_SETPERM', 5], ['KEYCTL_DESCRIBE', 6], ['KEYCTL_CLEAR', 7], ['KEYCTL_LINK', 8], ['KEYCTL_UNLINK', 9], ['KEYCTL_SEARCH', 0xA], ['KEYCTL_READ', 0xB], ['KEYCTL_INSTANTIATE', 0xC], ['KEYCTL_NEGATE', 0xD], ['KEYCTL_SET_REQKEY_KEYRING', 0xE], ['KEYCTL_SET_TIMEOUT', 0xF], ['KEYCTL_ASSUME_AUTHORITY', 0x10], ['KEYCTL_GET_SECURITY', 0x11], ['KEYCTL_SESSION_TO_PARENT', 0x12], ['KEYCTL_REJECT', 0x13], ['KEYCTL_INSTANTIATE_IOV', 0x14], ['KEYCTL_INVALIDATE', 0x15], ['KEYCTL_GET_PERSISTENT', 0x16], ['KEYCTL_DH_COMPUTE', 0x17], ['KEYCTL_PKEY_QUERY', 0x18], ['KEYCTL_PKEY_ENCRYPT', 0x19], ['KEYCTL_PKEY_DECRYPT', 0x1A], ['KEYCTL_PKEY_SIGN', 0x1B], ['KEYCTL_PKEY_VERIFY', 0x1C], ['KEYCTL_RESTRICT_KEYRING', 0x1D], ['KEYCTL_MOVE', 0x1E], ['KEYCTL_CAPABILITIES', 0x1F], ['KEYCTL_WATCH_KEY', 0x20]],
  memfd_create_flags: [['MFD_CLOEXEC', 1], ['MFD_ALLOW_SEALING', 2], ['MFD_HUGETLB', 4]],
  pidfd_open_flags: [['PIDFD_NONBLOCK', 1]],
  mknod_mode: [['S_IXOTH', 1], ['S_IWOTH', 2], ['S_IROTH', 4], ['S_IXGRP', 8], ['S_IWGRP', 0x10], ['S_IRGRP', 0x20], ['S_IXUSR', 0x40], ['S_IWUSR', 0x80], ['S_IRUSR', 0x100], ['S_ISVTX', 0x200], ['S_ISGID', 0x400], ['S_ISUID', 0x800], ['S_IFREG', 0x8000], ['S_IFCHR', 0x2000], ['S_IFBLK', 0x6000], ['S_IFIFO', 0x1000], ['S_IFSOCK', 0xC000]],
  bpf_commands: [['BPF_MAP_CREATE', 0], ['BPF_MAP_LOOKUP_ELEM', 1], ['BPF_MAP_UPDATE_ELEM', 2], ['BPF_MAP_DELETE_ELEM', 3], ['BPF_MAP_GET_NEXT_KEY', 4], ['BPF_PROG_LOAD', 5], ['BPF_OBJ_PIN', 6], ['BPF_OBJ_GET', 7], ['BPF_PROG_ATTACH', 8], ['BPF_PROG_DETACH', 9], ['BPF_PROG_TEST_RUN', 0xA], ['BPF_PROG_RUN', 0xA], ['BPF_PROG_GET_NEXT_ID', 0xB], ['BPF_MAP_GET_NEXT_ID', 0xC], ['BPF_PROG_GET_FD_BY_ID', 0xD], ['BPF_MAP_GET_FD_BY_ID', 0xE], ['BPF_OBJ_GET_INFO_BY_FD', 0xF], ['BPF_PROG_QUERY', 0x10], ['BPF_RAW_TRACEPOINT_OPEN', 0x11], ['BPF_BTF_LOAD', 0x12], ['BPF_BTF_GET_FD_BY_ID', 0x13], ['BPF_TASK_FD_QUERY', 0x14], ['BPF_MAP_LOOKUP_AND_DELETE_ELEM', 0x15], ['BPF_MAP_FREEZE', 0x16], ['BPF_BTF_GET_NEXT_ID', 0x17], ['BPF_MAP_LOOKUP_BATCH', 0x18], ['BPF_MAP_LOOKUP_AND_DELETE_BATCH', 0x19], ['BPF_MAP_UPDATE_BATCH', 0x1A], ['BPF_MAP_DELETE_BATCH', 0x1B], ['BPF_LINK_CREATE', 0x1C], ['BPF_LINK_UPDATE', 0x1D], ['BPF_LINK_GET_FD_BY_ID', 0x1E], ['BPF_LINK_GET_NEXT_ID', 0x1F], ['BPF_ENABLE_STATS', 0x20], ['BPF_ITER_CREATE', 0x21], ['BPF_LINK_DETACH', 0x22], ['BPF_PROG_BIND_MAP', 0x23]],
  delete_module_flags: [['O_NONBLOCK', 2], ['O_TRUNC', 1]],
  close_range_flags: [['CLOSE_RANGE_UNSHARE', 2], ['CLOSE_RANGE_CLOEXEC', 4]],
  finit_module_flags: [['MODULE_INIT_IGNORE_MODVERSIONS', 1], ['MODULE_INIT_IGNORE_VERMAGIC', 2], ['MODULE_INIT_COMPRESSED_FILE', 4]],
  anon_inode_fd_types: [['ANON_INODE_FD_TYPE_UNKNOWN', 0], ['ANON_INODE_FD_TYPE_EVENTFD', 1], ['ANON_INODE_FD_TYPE_EVENTPOLL', 2], ['ANON_INODE_FD_TYPE_INOTIFY', 3], ['ANON_INODE_FD_TYPE_SIGNALFD', 4], ['ANON_INODE_FD_TYPE_TIMERFD', 5], ['ANON_INODE_FD_TYPE_IO_URING', 6], ['ANON_INODE_FD_TYPE_USERFAULTFD', 7], ['ANON_INODE_FD_TYPE_PIDFD', 8], ['ANON_INODE_FD_TYPE_BPF_MAP', 9], ['ANON_INODE_FD_TYPE_BPF_PROG', 0xA], ['ANON_INODE_FD_TYPE_BPF_LINK', 0xB], ['ANON_INODE_FD_TYPE_BPF_ITER', 0xC], ['ANON_INODE_FD_TYPE_PERF_EVENT', 0xD]],
// END GENERATED FLAG_TABLES
};

/**
 * The names of the bits set in a FLAGS/MODE value, in table order (`O_RDONLY|O_CLOEXEC`), or ''
 * when nothing matches. A non-zero entry matches when all its bits are still set; a zero entry only
 * matches a zero value; matched bits are cleared; the walk stops once an entry equals the value.
 */
export function flagNames(table: readonly FlagEntry[], value: number): string {
  const names: string[] = [];
  let rest = value >>> 0;
  const whole = rest;
  for (const [name, bits] of table) {
    const matches = bits === 0 ? whole === 0 && names.length === 0 : rest !== 0 && (rest & bits) >>> 0 === bits;
    if (!matches) continue;
    names.push(name);
    rest = (rest & ~bits) >>> 0;
    if (bits === whole) break;
  }
  return names.join('|');
}

/** The first name equal to an ENUMFLAGS value (sysdig 0.29.3 prints only the first alias), or ''. */
export function enumName(table: readonly FlagEntry[], value: number): string {
  for (const [name, v] of table) if (v === value) return name;
  return '';
}

/** `value(NAMES)` for a FLAGS/ENUMFLAGS parameter, or the bare number when no name matches. */
export function renderFlags(tableName: string | undefined, value: number, isEnum: boolean): string {
  const table = tableName === undefined ? undefined : FLAG_TABLES[tableName];
  const names = table === undefined ? '' : isEnum ? enumName(table, value) : flagNames(table, value);
  return names === '' ? String(value) : `${value}(${names})`;
}
