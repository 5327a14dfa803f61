/**
 * Linux errno and signal names (the generic x86-64 numbering that both the kernel's strace output
 * and the scap drivers use), shared by every syscall reader: `2` ↔ `ENOENT`, `9` ↔ `SIGKILL`.
 */

const ERRNO_NAMES = (
  'EPERM ENOENT ESRCH EINTR EIO ENXIO E2BIG ENOEXEC EBADF ECHILD EAGAIN ENOMEM EACCES EFAULT ENOTBLK EBUSY EEXIST EXDEV '
  + 'ENODEV ENOTDIR EISDIR EINVAL ENFILE EMFILE ENOTTY ETXTBSY EFBIG ENOSPC ESPIPE EROFS EMLINK EPIPE EDOM ERANGE EDEADLK '
  + 'ENAMETOOLONG ENOLCK ENOSYS ENOTEMPTY ELOOP - ENOMSG EIDRM ECHRNG EL2NSYNC EL3HLT EL3RST ELNRNG EUNATCH ENOCSI EL2HLT '
  + 'EBADE EBADR EXFULL ENOANO EBADRQC EBADSLT - EBFONT ENOSTR ENODATA ETIME ENOSR ENONET ENOPKG EREMOTE ENOLINK EADV '
  + 'ESRMNT ECOMM EPROTO EMULTIHOP EDOTDOT EBADMSG EOVERFLOW ENOTUNIQ EBADFD EREMCHG ELIBACC ELIBBAD ELIBSCN ELIBMAX '
  + 'ELIBEXEC EILSEQ ERESTART ESTRPIPE EUSERS ENOTSOCK EDESTADDRREQ EMSGSIZE EPROTOTYPE ENOPROTOOPT EPROTONOSUPPORT '
  + 'ESOCKTNOSUPPORT EOPNOTSUPP EPFNOSUPPORT EAFNOSUPPORT EADDRINUSE EADDRNOTAVAIL ENETDOWN ENETUNREACH ENETRESET '
  + 'ECONNABORTED ECONNRESET ENOBUFS EISCONN ENOTCONN ESHUTDOWN ETOOMANYREFS ETIMEDOUT ECONNREFUSED EHOSTDOWN '
  + 'EHOSTUNREACH EALREADY EINPROGRESS ESTALE EUCLEAN ENOTNAM ENAVAIL EISNAM EREMOTEIO EDQUOT ENOMEDIUM EMEDIUMTYPE '
  + 'ECANCELED ENOKEY EKEYEXPIRED EKEYREVOKED EKEYREJECTED EOWNERDEAD ENOTRECOVERABLE ERFKILL EHWPOISON'
).split(' ');

/** Kernel-internal codes (include/linux/errno.h) that leak to user space through tracing. */
const KERNEL_ERRNO_NAMES = (
  'ERESTARTSYS ERESTARTNOINTR ERESTARTNOHAND ENOIOCTLCMD ERESTART_RESTARTBLOCK EPROBE_DEFER EOPENSTALE ENOPARAM - '
  + 'EBADHANDLE ENOTSYNC EBADCOOKIE ENOTSUPP ETOOSMALL ESERVERFAULT EBADTYPE EJUKEBOX EIOCBQUEUED ERECALLCONDITIONAL'
).split(' ');

/** The symbolic name of a positive errno value (`2` → `ENOENT`), or undefined when unknown. */
export function errnoName(errno: number): string | undefined {
  const name = errno >= 1 && errno <= ERRNO_NAMES.length ? ERRNO_NAMES[errno - 1]
    : errno >= 512 && errno < 512 + KERNEL_ERRNO_NAMES.length ? KERNEL_ERRNO_NAMES[errno - 512] : undefined;
  return name === '-' ? undefined : name;
}

/** Names that share a number with the canonical one above (strace prints either). */
const ERRNO_ALIASES: readonly (readonly [string, number])[] = [['EWOULDBLOCK', 11], ['EDEADLOCK', 35], ['ENOTSUP', 95]];

const ERRNO_NUMBERS = new Map<string, number>([
  ...ERRNO_NAMES.map((name, i) => [name, i + 1] as const),
  ...KERNEL_ERRNO_NAMES.map((name, i) => [name, 512 + i] as const),
  ...ERRNO_ALIASES,
].filter(([name]) => name !== '-'));

/** The errno number of a symbolic name (`ENOENT` → 2), or undefined when unknown. */
export function errnoNumber(name: string): number | undefined {
  return ERRNO_NUMBERS.get(name);
}

const SIGNAL_NAMES = (
  '- SIGHUP SIGINT SIGQUIT SIGILL SIGTRAP SIGABRT SIGBUS SIGFPE SIGKILL SIGUSR1 SIGSEGV SIGUSR2 SIGPIPE SIGALRM SIGTERM '
  + 'SIGSTKFLT SIGCHLD SIGCONT SIGSTOP SIGTSTP SIGTTIN SIGTTOU SIGURG SIGXCPU SIGXFSZ SIGVTALRM SIGPROF SIGWINCH SIGIO '
  + 'SIGPWR SIGSYS'
).split(' ');

/** The name of a Linux signal number (`9` → `SIGKILL`), or undefined. */
export function signalName(signal: number): string | undefined {
  return signal >= 1 && signal < SIGNAL_NAMES.length ? SIGNAL_NAMES[signal] : undefined;
}

/** The number of `SIGKILL`, `SIGRT_3` (strace's real-time form), … or undefined. */
export function signalNumber(name: string): number | undefined {
  const n = SIGNAL_NAMES.indexOf(name);
  if (n > 0) return n;
  const rt = /^SIGRT_(\d+)$/.exec(name);
  return rt ? 32 + Number(rt[1]) : undefined;
}
