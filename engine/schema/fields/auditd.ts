/**
 * Catalog entries of the Linux audit reader's `auditd.*` fields (parsers/auditd). Falco has no
 * auditd source, so the names are Ephemera's own, after the audit record field names. What a scap
 * event would show (syscall name, pid, ppid, uid, comm, exe, argv, cwd, the file, the socket
 * address, exit code) is in the common columns (evt.type, proc.*, user.*, fd.*, evt.res) of
 * catalog.ts.
 *
 * `auditd.msg.*` is open-ended (every field of a user-space record's `msg='…'` and of records
 * that are not syscall parts): the common ones are listed here; {@link AUDITD_MSG_PREFIX} is the
 * prefix under which any other key is a field (index.ts's DYNAMIC_PREFIXES).
 */
import type { FieldInfo } from '../../api.js';
import { attrField } from '../attr-field.js';

const s = (name: string, description: string): FieldInfo => attrField(name, 'string', description);
const n = (name: string, description: string): FieldInfo => attrField(name, 'int', description);
const list = (name: string, description: string): FieldInfo => attrField(name, 'string', description, { multi: true });

/** Every `auditd.*` field the reader writes (plus the common `auditd.msg.*` keys). */
export const AUDITD_FIELDS: readonly FieldInfo[] = [
  list('auditd.type', 'Record types of the event in reading order (SYSCALL, EXECVE, PATH, …; USER_LOGIN, AVC, …)'),
  n('auditd.serial', 'Serial number of the event (msg=audit(time:serial)); unique per node until auditd restarts'),
  s('auditd.node', 'Host name of the node= prefix (logs forwarded to a central auditd)'),
  list('auditd.key', 'Audit rule keys that matched (key="…"; several when auditctl -k was given more than once)'),
  n('auditd.auid', 'Login uid (who logged in, kept across su/sudo); 4294967295 when unset'),
  s('auditd.auid.name', 'User name of the login uid (from the ENRICHED AUID= or ausearch -i)'),
  n('auditd.ses', 'Login session id; 4294967295 when unset'),
  s('auditd.tty', 'Controlling terminal of the process (pts0, (none))'),
  n('auditd.euid', 'Effective uid of the process'),
  n('auditd.suid', 'Saved set-uid of the process'),
  n('auditd.fsuid', 'File-system uid of the process'),
  n('auditd.egid', 'Effective gid of the process'),
  n('auditd.sgid', 'Saved set-gid of the process'),
  n('auditd.fsgid', 'File-system gid of the process'),
  n('auditd.items', 'Number of PATH records the SYSCALL record announced'),
  n('auditd.argc', 'Argument count of the EXECVE record'),
  s('auditd.arch', 'Architecture of the syscall (x86_64, i386, aarch64, arm, …; the raw hex when unknown)'),
  n('auditd.syscall_nr', 'Syscall number as recorded, before naming it for the arch'),
  s('auditd.subj', 'Security context (SELinux label or AppArmor profile) of the process'),
  list('auditd.path.name', 'name= of each PATH item in item order, as recorded (may be relative; fd.name is made absolute)'),
  list('auditd.path.nametype', 'nametype= of each PATH item (NORMAL, PARENT, CREATE, DELETE, UNKNOWN)'),
  list('auditd.path.inode', 'inode= of the PATH items that have one'),
  list('auditd.path.mode', 'mode= (octal file type and permissions) of the PATH items that have one'),
  s('auditd.proctitle', 'Process title of the PROCTITLE record (its argv joined by spaces; the kernel cuts it at 128 bytes)'),
  s('auditd.saddr', 'Socket address of the SOCKADDR record, decoded (1.2.3.4:80, [::1]:22, a unix path, netlink pid=…)'),
  s('auditd.msg.op', "Operation of a user-space record (msg='op=…'), or of CONFIG_CHANGE"),
  s('auditd.msg.acct', 'Account a PAM/login/user-management record is about'),
  s('auditd.msg.exe', 'Program that sent a user-space record'),
  s('auditd.msg.hostname', 'Remote host name of a login (? when none)'),
  s('auditd.msg.addr', 'Remote address of a login (? when none)'),
  s('auditd.msg.terminal', 'Terminal of a login or command (ssh, /dev/pts/0, cron)'),
  s('auditd.msg.res', 'Result of a user-space record (success, failed) or of CONFIG_CHANGE/LOGIN (1, 0)'),
  s('auditd.msg.id', 'uid or user name a user-management or login record names'),
  s('auditd.msg.unit', 'systemd unit of SERVICE_START/SERVICE_STOP'),
  s('auditd.msg.comm', 'Command name inside a user-space record'),
  s('auditd.msg.cmd', 'Command run through sudo (USER_CMD), decoded'),
  s('auditd.msg.cwd', 'Working directory inside a user-space record (USER_CMD)'),
  s('auditd.msg.grantors', 'PAM modules that granted the request'),
  s('auditd.msg.data', 'Keystrokes of TTY/USER_TTY records, decoded'),
  s('auditd.msg.seresult', 'SELinux AVC decision (denied, granted)'),
  list('auditd.msg.seperms', 'Permissions an SELinux AVC record names ({ read write })'),
];

/** Prefix of the open-ended `auditd.msg.<key>` fields. */
export const AUDITD_MSG_PREFIX = 'auditd.msg.';
