/**
 * The row of one audit event: the columns a scap event would fill for the same syscall (so the
 * same filters work across sources), plus the `auditd.*` attrs and the grouped records as JSON.
 *
 * An event with a SYSCALL record is named after its syscall (`execve`, `connect`); any other
 * event after its first record type in lower case (`user_login`, `config_change`), with the
 * fields of its records (and of their inner `msg='…'`) as `auditd.msg.*` attrs.
 */
import { errnoName, errnoNumber } from '../common/linux-names.js';
import { syscallCategory } from '../common/syscall-categories.js';
import { type AuditField, decimal, findField, parseInterpretedFields, parseRawFields } from './fields.js';
import { type AuditEvent } from './event-assembler.js';
import { type AuditRecord } from './record.js';
import {
  type PathItem, type RecordProblem, absolutePath, escapedValue, fieldText, fileType, namingItem, readExecve, readPath, readProctitle,
} from './record-parts.js';
import { recordCategory } from './record-types.js';
import { type AuditSockaddr, decodeSockaddr, sockaddrText } from './sockaddr.js';
import { archName, syscallName } from './syscalls.js';

/** Column values of one event (null = not set). */
export interface AuditRow {
  tsNs: bigint;
  evtType: string;
  category: string;
  res: bigint | null;
  failed: boolean | null;
  errnoName: string | null;
  pid: number | null;
  ppid: number | null;
  uid: number | null;
  gid: number | null;
  userName: string | null;
  procName: string | null;
  exe: string | null;
  cmdline: string | null;
  cwd: string | null;
  fdName: string | null;
  fdType: string | null;
  clientIp: string | null;
  clientPort: number | null;
  serverIp: string | null;
  serverPort: number | null;
  actor: string | null;
  srcIp: string | null;
  outcome: string | null;
  args: string;
  argsJson: string;
  readonly attrs: Map<string, string[]>;
  readonly problems: RecordProblem[];
}

/** Record types decoded into columns rather than into `auditd.msg.*`. */
const SYSCALL_PARTS = new Set(['SYSCALL', 'EXECVE', 'PATH', 'CWD', 'PROCTITLE', 'SOCKADDR', 'EOE']);
/** SYSCALL fields that become attrs as they are. */
const SYSCALL_ATTRS = ['auid', 'ses', 'tty', 'euid', 'suid', 'fsuid', 'egid', 'sgid', 'fsgid', 'items'] as const;
/** Outer fields of other records that have a column or a fixed attr. */
const OUTER_MAPPED = new Set(['pid', 'uid', 'gid', 'auid', 'ses', 'subj', 'msg', 'key', 'comm', 'exe', 'ppid', 'tty']);
const MAX_MSG_ATTRS = 200;
const IP = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]+)$/;

/** Builds the row of `event` (records in reading order, at least one). */
export function describeEvent(event: AuditEvent): AuditRow {
  const records = event.records;
  const first = records[0];
  const row: AuditRow = {
    tsNs: first.tsNs, evtType: first.type.toLowerCase(), category: recordCategory(first.type), res: null, failed: null, errnoName: null,
    pid: null, ppid: null, uid: null, gid: null, userName: null, procName: null, exe: null, cmdline: null, cwd: null,
    fdName: null, fdType: null, clientIp: null, clientPort: null, serverIp: null, serverPort: null,
    actor: null, srcIp: null, outcome: null, args: '', argsJson: '', attrs: new Map(), problems: [],
  };
  addAttr(row, 'auditd.type', ...new Set(records.map((r) => r.type)));
  addAttr(row, 'auditd.serial', first.serial);
  if (first.node !== null) addAttr(row, 'auditd.node', first.node);

  const parts = readParts(records, row);
  const syscall = records.find((r) => r.type === 'SYSCALL');
  if (syscall) describeSyscall(syscall, row);
  for (const record of records) if (!SYSCALL_PARTS.has(record.type)) describeOther(record, row, syscall === undefined && record === first);
  if (parts.cwd !== null) row.cwd = parts.cwd;
  if (parts.argv !== null) row.cmdline = parts.argv.join(' ');
  else if (parts.proctitle !== null) row.cmdline = parts.proctitle.join(' ');
  describeFd(parts, row);
  row.args = renderArgs(syscall, parts, row);
  row.argsJson = JSON.stringify(eventJson(event, parts));
  return row;
}

/** What the syscall-part records hold. */
interface Parts {
  argv: string[] | null;
  proctitle: string[] | null;
  cwd: string | null;
  readonly paths: PathItem[];
  sockaddr: AuditSockaddr | null;
}

function readParts(records: readonly AuditRecord[], row: AuditRow): Parts {
  const parts: Parts = { argv: null, proctitle: null, cwd: null, paths: [], sockaddr: null };
  const execve = readExecve(records, row.problems);
  if (execve) {
    parts.argv = execve.argv;
    if (execve.argc !== null) addAttr(row, 'auditd.argc', String(execve.argc));
  }
  for (const record of records) {
    switch (record.type) {
      case 'CWD': {
        const field = findField(record.fields, 'cwd');
        if (field) parts.cwd = escapedValue(record, field, row.problems);
        break;
      }
      case 'PATH': parts.paths.push(readPath(record, row.problems)); break;
      case 'PROCTITLE': parts.proctitle = readProctitle(record, row.problems); break;
      case 'SOCKADDR': parts.sockaddr = readSockaddr(record, row) ?? parts.sockaddr; break;
    }
  }
  if (parts.proctitle !== null) addAttr(row, 'auditd.proctitle', parts.proctitle.join(' '));
  for (const path of parts.paths) {
    addAttr(row, 'auditd.path.name', path.name ?? '');
    addAttr(row, 'auditd.path.nametype', path.nametype ?? '');
    if (path.inode !== null) addAttr(row, 'auditd.path.inode', path.inode);
    if (path.mode !== null) addAttr(row, 'auditd.path.mode', path.mode);
  }
  return parts;
}

function readSockaddr(record: AuditRecord, row: AuditRow): AuditSockaddr | null {
  const field = findField(record.fields, 'saddr');
  if (!field) return null;
  if (record.isInterpreted) {
    addAttr(row, 'auditd.saddr', field.value);
    return null;
  }
  const address = decodeSockaddr(field.value);
  if (address === null) {
    row.problems.push({ record, message: `SOCKADDR record: saddr=${field.value.slice(0, 40)} is not a socket address in hex; kept as written` });
    addAttr(row, 'auditd.saddr', field.value);
    return null;
  }
  addAttr(row, 'auditd.saddr', sockaddrText(address));
  return address;
}

function describeSyscall(record: AuditRecord, row: AuditRow): void {
  const values = new Map<string, string>();
  for (const field of record.fields) if (!values.has(field.key)) values.set(field.key, field.value);
  const value = (key: string): string | undefined => values.get(key);
  const enriched = (key: string): string | undefined => findField(record.enriched, key)?.value;
  const arch = archName(value('arch') ?? enriched('ARCH') ?? '');
  if (arch !== '') addAttr(row, 'auditd.arch', arch);
  const syscall = value('syscall') ?? '';
  const nr = decimal(syscall);
  if (nr !== null) addAttr(row, 'auditd.syscall_nr', String(nr));
  row.evtType = nr === null ? (syscall || 'syscall') : syscallName(arch, nr) ?? enriched('SYSCALL') ?? `syscall_${nr}`;
  row.category = syscallCategory(row.evtType);
  const success = value('success');
  if (success === 'yes' || success === 'no') row.failed = success === 'no';
  row.res = exitValue(value('exit'));
  if (row.failed && row.res !== null && row.res < 0n) row.errnoName = errnoName(Number(-row.res)) ?? null;
  row.pid = decimal(value('pid'));
  row.ppid = decimal(value('ppid'));
  row.uid = decimal(value('uid'));
  row.gid = decimal(value('gid'));
  row.userName = enriched('UID') ?? nameOf(value('uid'));
  for (const key of SYSCALL_ATTRS) {
    const text = value(key);
    if (text !== undefined) addAttr(row, `auditd.${key}`, text);
  }
  const auidName = enriched('AUID') ?? nameOf(value('auid'));
  if (auidName !== null) addAttr(row, 'auditd.auid.name', auidName);
  describeProcessFields(record, row);
}

/** comm, exe, subj and key of a SYSCALL record or of a standalone record's outer fields. */
function describeProcessFields(record: AuditRecord, row: AuditRow): void {
  for (const field of record.fields) {
    switch (field.key) {
      case 'comm': row.procName ??= escapedValue(record, field, row.problems); break;
      case 'exe': row.exe ??= escapedValue(record, field, row.problems); break;
      case 'subj': addAttr(row, 'auditd.subj', field.value); break;
      case 'key': addKeys(record, field, row); break;
    }
  }
}

/** `key="a"`, or hex `key=610162` holding several keys joined by \x01 (auditctl -k a -k b). */
function addKeys(record: AuditRecord, field: AuditField, row: AuditRow): void {
  const text = escapedValue(record, field, row.problems);
  if (text === null) return;
  addAttr(row, 'auditd.key', ...text.split('\x01').filter((k) => k !== ''));
}

/** `exit=-2`, or ausearch -i's `exit=ENOENT(No such file or directory)` / `exit=-2(…)`. */
function exitValue(exit: string | undefined): bigint | null {
  if (exit === undefined) return null;
  const number = /^(-?\d{1,20})(?:\(|$)/.exec(exit);
  if (number) return BigInt(number[1]);
  const name = /^(E[A-Z0-9]+)(?:\(|$)/.exec(exit);
  const errno = name ? errnoNumber(name[1]) : undefined;
  return errno === undefined ? null : BigInt(-errno);
}

/** A user name written in place of a number (ausearch -i), else null. */
function nameOf(value: string | undefined): string | null {
  return value === undefined || /^-?\d+$/.test(value) || value === '?' ? null : value;
}

/**
 * Fields of a record that is not a syscall part (USER_LOGIN, AVC, CONFIG_CHANGE, …): its outer
 * fields and those of its `msg='…'` as `auditd.msg.*`; process columns when it leads the event.
 */
function describeOther(record: AuditRecord, row: AuditRow, isMain: boolean): void {
  const inner = innerFields(record);
  if (isMain) {
    row.pid ??= decimal(findField(record.fields, 'pid')?.value);
    row.uid ??= decimal(findField(record.fields, 'uid')?.value);
    row.userName ??= findField(record.enriched, 'UID')?.value ?? nameOf(findField(record.fields, 'uid')?.value);
    for (const key of ['auid', 'ses', 'tty'] as const) {
      const text = findField(record.fields, key)?.value;
      if (text !== undefined) addAttr(row, `auditd.${key}`, text);
    }
    const auidName = findField(record.enriched, 'AUID')?.value ?? nameOf(findField(record.fields, 'auid')?.value);
    if (auidName !== null) addAttr(row, 'auditd.auid.name', auidName);
    describeInner(record, inner, row);
    describeProcessFields(record, row);
  }
  const avc = /avc:\s+(\w+)\s+\{([^}]*)\}/.exec(record.text);
  if (avc) { addAttr(row, 'auditd.msg.seresult', avc[1]); addAttr(row, 'auditd.msg.seperms', ...avc[2].trim().split(/\s+/)); }
  const fields = [...record.fields.filter((f) => !OUTER_MAPPED.has(f.key)), ...inner];
  let count = countMsgAttrs(row);
  for (const field of fields) {
    if (!row.attrs.has(`auditd.msg.${field.key}`) && count++ >= MAX_MSG_ATTRS) {
      row.problems.push({ record, message: `${record.type} record: more than ${MAX_MSG_ATTRS} fields; the rest are only in args_json` });
      break;
    }
    const text = fieldText(record, field, row.problems);
    if (text !== null) addAttr(row, `auditd.msg.${field.key}`, text);
  }
}

/** exe, comm, acct, addr and res of a user-space record's `msg='…'` as columns. */
function describeInner(record: AuditRecord, inner: readonly AuditField[], row: AuditRow): void {
  for (const field of inner) {
    switch (field.key) {
      case 'exe': row.exe ??= escapedValue(record, field, []); break;
      case 'comm': row.procName ??= escapedValue(record, field, []); break;
      case 'acct': {
        const acct = escapedValue(record, field, []);
        if (acct !== null && acct !== '?') row.actor ??= acct;
        break;
      }
      case 'addr': if (IP.test(field.value)) row.srcIp ??= field.value; break;
      case 'key': addKeys(record, field, row); break;
    }
  }
  const res = findField(inner, 'res')?.value ?? findField(record.fields, 'res')?.value;
  if (res !== undefined) {
    const isFailure = res === 'failed' || res === 'fail' || res === 'no' || res === '0';
    row.failed = isFailure;
    row.outcome = isFailure ? 'failure' : 'success';
  }
}

/** The fields inside `msg='…'` of a user-space record. */
function innerFields(record: AuditRecord): AuditField[] {
  const msg = record.fields.find((f) => f.key === 'msg' && f.quote === "'");
  if (!msg) return [];
  return record.isInterpreted ? parseInterpretedFields(msg.value) : parseRawFields(msg.value);
}

/** fd columns: a socket address (with its client/server side by the call), else the PATH item naming the file. */
function describeFd(parts: Parts, row: AuditRow): void {
  const address = parts.sockaddr;
  if (address !== null && (address.family === 'ipv4' || address.family === 'ipv6')) {
    row.fdType = address.family;
    row.fdName = sockaddrText(address);
    const side = socketSide(row.evtType);
    if (side === 'server') { row.serverIp = address.ip; row.serverPort = address.port; }
    if (side === 'client') { row.clientIp = address.ip; row.clientPort = address.port; }
    return;
  }
  if (address !== null && address.family === 'unix' && address.path !== null) {
    row.fdType = 'unix';
    row.fdName = address.path;
    return;
  }
  if (address !== null && address.family === 'netlink') row.fdType = 'netlink';
  const item = namingItem(parts.paths);
  if (item?.name == null) return;
  row.fdName = absolutePath(item.name, parts.cwd);
  row.fdType ??= fileType(item.mode);
}

/**
 * Which end of the connection the SOCKADDR is: connect/send* name the remote end, which is the
 * server; bind names the local end, which is the server too; accept/recv* name the remote end,
 * the client. Other calls leave the side open.
 */
function socketSide(call: string): 'server' | 'client' | null {
  if (call === 'connect' || call === 'bind' || call.startsWith('send')) return 'server';
  if (call.startsWith('accept') || call.startsWith('recv')) return 'client';
  return null;
}

/** `a0=… a1=… a2=… a3=… items=N` plus the key, the socket address and the file, or a record's own fields. */
function renderArgs(syscall: AuditRecord | undefined, parts: Parts, row: AuditRow): string {
  const words: string[] = [];
  if (syscall) {
    for (const key of ['a0', 'a1', 'a2', 'a3', 'items']) {
      const value = findField(syscall.fields, key)?.value;
      if (value !== undefined) words.push(`${key}=${value}`);
    }
  } else {
    for (const [key, values] of row.attrs) if (key.startsWith('auditd.msg.')) words.push(`${key.slice(11)}=${quoteIfSpaced(values.join(','))}`);
  }
  if (parts.sockaddr !== null) words.push(`saddr=${quoteIfSpaced(sockaddrText(parts.sockaddr))}`);
  const item = namingItem(parts.paths);
  if (syscall && item?.name != null) words.push(`name=${quoteIfSpaced(item.name)}`);
  const keys = row.attrs.get('auditd.key');
  if (syscall && keys) words.push(`key=${quoteIfSpaced(keys.join(','))}`);
  return words.join(' ');
}

function quoteIfSpaced(value: string): string {
  return /[\s"]/.test(value) ? JSON.stringify(value) : value;
}

/** The grouped records: one member per record type (PATH a list; repeated types a list), values decoded. */
function eventJson(event: AuditEvent, parts: Parts): Record<string, unknown> {
  const first = event.records[0];
  const json: Record<string, unknown> = { id: first.stamp };
  if (first.node !== null) json.node = first.node;
  const counts = new Map<string, number>();
  for (const record of event.records) counts.set(record.type, (counts.get(record.type) ?? 0) + 1);
  for (const record of event.records) {
    if (record.type === 'EOE') continue;
    const value = recordJson(record, parts);
    if (record.type === 'EXECVE') { json.EXECVE = value; continue; }
    if (record.type === 'PATH' || (counts.get(record.type) ?? 0) > 1) {
      const list = (json[record.type] as unknown[] | undefined) ?? [];
      list.push(value);
      json[record.type] = list;
    } else json[record.type] = value;
  }
  return json;
}

/** One record's fields; problems were reported when the row read them, so they are not collected twice. */
function recordJson(record: AuditRecord, parts: Parts): Record<string, unknown> {
  if (record.type === 'EXECVE') {
    const argc = findField(record.fields, 'argc')?.value;
    return { argc: argc ?? null, ARGV: parts.argv ?? [] };
  }
  const out: Record<string, unknown> = {};
  const quiet: RecordProblem[] = [];
  for (const field of record.fields) {
    if (record.type === 'PROCTITLE' && field.key === 'proctitle') { out.ARGV = readProctitle(record, quiet) ?? []; continue; }
    if (record.type === 'SOCKADDR' && field.key === 'saddr' && !record.isInterpreted) {
      const address = decodeSockaddr(field.value);
      out.saddr = field.value;
      if (address) out.sockaddr = { ...address, text: sockaddrText(address) };
      continue;
    }
    if (field.key === 'msg' && field.quote === "'") {
      const inner: Record<string, string | null> = {};
      for (const f of innerFields(record)) inner[f.key] = fieldText(record, f, quiet);
      out.msg = inner;
      continue;
    }
    out[field.key] = fieldText(record, field, quiet);
  }
  for (const field of record.enriched) out[field.key] = field.value;
  return out;
}

function countMsgAttrs(row: AuditRow): number {
  let n = 0;
  for (const key of row.attrs.keys()) if (key.startsWith('auditd.msg.')) n++;
  return n;
}

function addAttr(row: AuditRow, key: string, ...values: string[]): void {
  if (values.length === 0) return;
  const list = row.attrs.get(key);
  if (list) list.push(...values);
  else row.attrs.set(key, [...values]);
}
