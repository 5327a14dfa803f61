/**
 * Lookup tables for strace text: the event category of each syscall. Errno and signal names are
 * shared with the other readers (parsers/common/linux-names.ts).
 */

const CATEGORIES: Record<string, string> = {
  process: 'execve execveat fork vfork clone clone3 exit exit_group wait4 waitid waitpid kill tkill tgkill getpid getppid gettid '
    + 'setsid getsid setpgid getpgid getpgrp setuid setgid setreuid setregid setresuid setresgid setfsuid setfsgid setgroups getgroups '
    + 'getuid geteuid getgid getegid getresuid getresgid capset capget prctl arch_prctl set_tid_address set_robust_list get_robust_list '
    + 'rseq ptrace chroot unshare setns personality setpriority getpriority prlimit64 setrlimit getrlimit getrusage times '
    + 'pidfd_open pidfd_send_signal pidfd_getfd seccomp sched_yield sched_setaffinity sched_getaffinity sched_setscheduler '
    + 'sched_getscheduler sched_setparam sched_getparam sched_get_priority_max sched_get_priority_min procexit',
  file: 'open openat openat2 creat close close_range read pread64 readv preadv preadv2 write pwrite64 writev pwritev pwritev2 '
    + 'lseek _llseek stat fstat lstat stat64 fstat64 lstat64 newfstatat fstatat64 statx access faccessat faccessat2 readlink '
    + 'readlinkat getdents getdents64 mkdir mkdirat rmdir unlink unlinkat rename renameat renameat2 link linkat symlink symlinkat '
    + 'chmod fchmod fchmodat chown fchown lchown fchownat truncate ftruncate fsync fdatasync sync syncfs fcntl flock dup dup2 '
    + 'dup3 ioctl chdir fchdir getcwd utime utimes utimensat futimesat statfs fstatfs mknod mknodat sendfile splice tee '
    + 'copy_file_range fallocate fadvise64 umask getxattr lgetxattr fgetxattr setxattr lsetxattr fsetxattr listxattr '
    + 'llistxattr flistxattr removexattr lremovexattr fremovexattr inotify_init inotify_init1 inotify_add_watch inotify_rm_watch '
    + 'fanotify_init fanotify_mark name_to_handle_at open_by_handle_at',
  net: 'socket socketpair bind listen accept accept4 connect getsockname getpeername sendto recvfrom sendmsg recvmsg sendmmsg '
    + 'recvmmsg setsockopt getsockopt shutdown',
  ipc: 'pipe pipe2 eventfd eventfd2 futex shmget shmat shmdt shmctl semget semop semctl semtimedop msgget msgsnd msgrcv msgctl '
    + 'mq_open mq_unlink mq_timedsend mq_timedreceive mq_notify mq_getsetattr epoll_create epoll_create1 epoll_ctl',
  wait: 'select _newselect pselect6 poll ppoll epoll_wait epoll_pwait epoll_pwait2 pause',
  memory: 'brk mmap mmap2 munmap mprotect mremap madvise mlock mlock2 munlock mlockall munlockall msync mincore membarrier '
    + 'memfd_create pkey_alloc pkey_free pkey_mprotect',
  signal: 'rt_sigaction rt_sigprocmask rt_sigreturn rt_sigsuspend rt_sigtimedwait rt_sigqueueinfo rt_tgsigqueueinfo '
    + 'rt_sigpending sigaltstack signalfd signalfd4 sigreturn signal',
  time: 'clock_gettime gettimeofday time nanosleep clock_nanosleep clock_getres timer_create timer_settime timer_gettime '
    + 'timer_delete timer_getoverrun timerfd_create timerfd_settime timerfd_gettime alarm setitimer getitimer adjtimex '
    + 'settimeofday clock_settime',
  system: 'uname sysinfo reboot mount umount umount2 pivot_root swapon swapoff sethostname setdomainname init_module '
    + 'finit_module delete_module kexec_load kexec_file_load bpf perf_event_open syslog getrandom quotactl',
};

const CATEGORY_OF = new Map<string, string>();
for (const [category, names] of Object.entries(CATEGORIES)) for (const name of names.split(' ')) CATEGORY_OF.set(name, category);

/** Category of a syscall name (`process`, `file`, `net`, `ipc`, `wait`, `memory`, `signal`, `time`, `system`), else `other`. */
export function syscallCategory(name: string): string {
  return CATEGORY_OF.get(name) ?? 'other';
}
