/**
 * Decoding of the records that belong to a syscall event: EXECVE (argv, hex-encoded and split
 * arguments), PROCTITLE (hex, NULs between arguments), PATH items and CWD.
 *
 * EXECVE: `argc=3 a0="perl" a1="-e" a2=75736520…`; an argument longer than the kernel's record
 * budget is split as `a1_len=16384 a1[0]=… a1[1]=…`, over several EXECVE records when needed.
 * Chunks are split at byte boundaries, so they are joined as bytes before UTF-8 decoding.
 */
import { type AuditField, ESCAPED_FIELDS, decodeEscaped, hexBytes } from './fields.js';
import { type AuditRecord } from './record.js';

/** Something in a record that could not be decoded as it should; the event is kept. */
export interface RecordProblem {
  readonly record: AuditRecord;
  readonly message: string;
}

/** The decoded value of an escaped field of `record`, noting a problem when it is broken. */
export function escapedValue(record: AuditRecord, field: AuditField, problems: RecordProblem[]): string | null {
  const decoded = decodeEscaped(field, record.isInterpreted);
  if (decoded.isBroken) problems.push({ record, message: `${record.type} record: ${field.key}=${preview(field.value)} is neither quoted nor valid hex; kept as written` });
  return decoded.value;
}

/** A field's value for JSON and attrs: escaped fields decoded, `(null)` → null, others as written. */
export function fieldText(record: AuditRecord, field: AuditField, problems: RecordProblem[]): string | null {
  if (ESCAPED_FIELDS.has(field.key)) return escapedValue(record, field, problems);
  return field.value === '(null)' && field.quote === '' ? null : field.value;
}

const EXECVE_ARG = /^a(\d+)(?:\[(\d+)\])?$/;
const EXECVE_LENGTH = /^a(\d+)_len$/;
const encoder = new TextEncoder();
const utf8 = new TextDecoder('utf-8');
/** Highest argument index believed (argv cannot have more entries than this in one record set). */
const MAX_ARGS = 1 << 20;

/** argv of the EXECVE records of one event. */
export interface ExecveArgs {
  readonly argc: number | null;
  readonly argv: string[];
}

/** Joins the arguments of every EXECVE record of an event. */
export function readExecve(records: readonly AuditRecord[], problems: RecordProblem[]): ExecveArgs | null {
  let argc: number | null = null;
  const whole = new Map<number, string>();
  const chunks = new Map<number, Map<number, Uint8Array>>();
  /** `aN_len=` of split arguments: the length as written (hex digits when hex-encoded) */
  const lengths = new Map<number, { readonly length: number; readonly record: AuditRecord; isHex: boolean }>();
  let seen = false;
  for (const record of records) {
    if (record.type !== 'EXECVE') continue;
    seen = true;
    for (const field of record.fields) {
      if (field.key === 'argc') { argc = /^\d+$/.test(field.value) ? Number(field.value) : argc; continue; }
      const length = EXECVE_LENGTH.exec(field.key);
      if (length) { lengths.set(Number(length[1]), { length: Number(field.value), record, isHex: false }); continue; }
      const m = EXECVE_ARG.exec(field.key);
      if (!m) continue;
      const index = Number(m[1]);
      if (index >= MAX_ARGS) continue;
      if (m[2] === undefined) whole.set(index, argumentText(record, field, problems));
      else {
        let parts = chunks.get(index);
        if (!parts) chunks.set(index, parts = new Map());
        parts.set(Number(m[2]), argumentBytes(record, field, problems));
        const expected = lengths.get(index);
        if (expected && field.quote === '' && !record.isInterpreted) expected.isHex = true;
      }
    }
  }
  if (!seen) return null;
  for (const [index, parts] of chunks) {
    if (whole.has(index)) continue;
    const joined = joinChunks(parts);
    whole.set(index, utf8.decode(joined));
    const expected = lengths.get(index);
    const written = expected?.isHex ? joined.length * 2 : joined.length;
    if (expected && Number.isFinite(expected.length) && written !== expected.length) {
      problems.push({ record: expected.record, message: `EXECVE record: a${index}_len=${expected.length} but its parts a${index}[…] hold ${written}; the argument is incomplete` });
    }
  }
  const count = Math.max(argc ?? 0, whole.size === 0 ? 0 : Math.max(...whole.keys()) + 1);
  const argv: string[] = [];
  const missing: number[] = [];
  for (let i = 0; i < count; i++) {
    const value = whole.get(i);
    if (value === undefined) missing.push(i);
    argv.push(value ?? '');
  }
  const first = records.find((r) => r.type === 'EXECVE');
  if (missing.length > 0 && first) {
    problems.push({ record: first, message: `EXECVE record: argc=${argc ?? '?'} but argument${missing.length > 1 ? 's' : ''} a${missing.slice(0, 5).join(', a')}${missing.length > 5 ? ', …' : ''} missing (left empty)` });
  }
  return { argc, argv };
}

function argumentText(record: AuditRecord, field: AuditField, problems: RecordProblem[]): string {
  if (field.quote !== '' || record.isInterpreted) return field.value;
  const bytes = hexBytes(field.value);
  if (bytes !== null) return utf8.decode(bytes);
  if (field.value !== '(null)') problems.push({ record, message: `EXECVE record: ${field.key}=${preview(field.value)} is neither quoted nor valid hex; kept as written` });
  return field.value;
}

function argumentBytes(record: AuditRecord, field: AuditField, problems: RecordProblem[]): Uint8Array {
  if (field.quote !== '' || record.isInterpreted) return encoder.encode(field.value);
  const bytes = hexBytes(field.value);
  if (bytes !== null) return bytes;
  problems.push({ record, message: `EXECVE record: ${field.key}=${preview(field.value)} is neither quoted nor valid hex; kept as written` });
  return encoder.encode(field.value);
}

function joinChunks(parts: Map<number, Uint8Array>): Uint8Array {
  const ordered = [...parts.entries()].sort((a, b) => a[0] - b[0]).map(([, bytes]) => bytes);
  const total = ordered.reduce((sum, bytes) => sum + bytes.length, 0);
  const joined = new Uint8Array(total);
  let at = 0;
  for (const bytes of ordered) { joined.set(bytes, at); at += bytes.length; }
  return joined;
}

/** The process title of a PROCTITLE record as its argv (split at NULs). */
export function readProctitle(record: AuditRecord, problems: RecordProblem[]): string[] | null {
  const field = record.fields.find((f) => f.key === 'proctitle');
  if (!field) return null;
  if (field.quote !== '' || record.isInterpreted) return [field.value];
  const bytes = hexBytes(field.value);
  if (bytes === null) {
    problems.push({ record, message: `PROCTITLE record: proctitle=${preview(field.value)} is neither quoted nor valid hex; kept as written` });
    return [field.value];
  }
  const argv = utf8.decode(bytes).split('\0');
  while (argv.length > 1 && argv[argv.length - 1] === '') argv.pop();
  return argv;
}

/** One PATH item. */
export interface PathItem {
  readonly item: number | null;
  readonly name: string | null;
  readonly nametype: string | null;
  readonly inode: string | null;
  readonly mode: string | null;
}

/** The item of a PATH record (`objtype=` is the older kernels' name of `nametype=`). */
export function readPath(record: AuditRecord, problems: RecordProblem[]): PathItem {
  let item: number | null = null;
  let name: string | null = null;
  let nametype: string | null = null;
  let inode: string | null = null;
  let mode: string | null = null;
  for (const field of record.fields) {
    switch (field.key) {
      case 'item': item = /^\d+$/.test(field.value) ? Number(field.value) : null; break;
      case 'name': name = escapedValue(record, field, problems); break;
      case 'nametype': nametype = field.value; break;
      case 'objtype': nametype ??= field.value; break;
      case 'inode': inode = field.value; break;
      case 'mode': mode = field.value; break;
    }
  }
  return { item, name, nametype, inode, mode };
}

const NAMING_TYPES = new Set(['NORMAL', 'CREATE', 'DELETE']);

/**
 * The PATH item that names the file the call acted on, in item order: NORMAL, CREATE or DELETE,
 * else an item without a nametype (older kernels), else UNKNOWN (a file a failed call did not
 * find); never a PARENT directory.
 */
export function namingItem(paths: readonly PathItem[]): PathItem | undefined {
  return paths.find((p) => p.name !== null && p.nametype !== null && NAMING_TYPES.has(p.nametype))
    ?? paths.find((p) => p.name !== null && p.nametype === null)
    ?? paths.find((p) => p.name !== null && p.nametype === 'UNKNOWN');
}

/** fd.type of a PATH item from its mode's file type bits (octal, `0100755`; ausearch -i: `file,755`). */
export function fileType(mode: string | null): string {
  if (mode === null) return 'file';
  if (/^\d+$/.test(mode)) {
    switch (parseInt(mode, 8) & 0o170000) {
      case 0o040000: return 'directory';
      case 0o010000: return 'pipe';
      case 0o140000: return 'unix';
      default: return 'file';
    }
  }
  if (mode.startsWith('dir')) return 'directory';
  if (mode.startsWith('fifo')) return 'pipe';
  if (mode.startsWith('socket')) return 'unix';
  return 'file';
}

/** A path relative to the event's CWD made absolute, as the kernel resolved it. */
export function absolutePath(name: string, cwd: string | null): string {
  if (name.startsWith('/') || cwd === null || cwd === '') return name;
  const relative = name.startsWith('./') ? name.slice(2) : name;
  return cwd.endsWith('/') ? cwd + relative : `${cwd}/${relative}`;
}

/** At most 40 characters of a value, for messages. */
export function preview(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
