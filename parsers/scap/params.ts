/**
 * Decoding of one scap event parameter from its bytes (../shared/docs/scap-format.md §12) and its
 * rendering as sysdig prints it in `%evt.args`. Captured bytes are hostile: nothing here throws on
 * bad input; a parameter whose size does not fit its type decodes to an `InvalidParam`.
 */
import { DYN_TABLES, ppmScName, type ParamSpec, type ParamType } from './event-table.js';
import { errnoName, signalName } from '../common/linux-names.js';
import { renderFlags } from './flags.js';

/** PT_SOCKADDR: family is the driver's PPM_AF_* code (2 inet, 10 inet6, 1 unix). */
export interface SockAddr {
  readonly kind: 'sockaddr';
  readonly family: number;
  /** Dotted IPv4 or RFC 5952 IPv6 text (inet/inet6 only). */
  readonly ip?: string;
  readonly port?: number;
  /** Unix socket path (unix only). */
  readonly path?: string;
}

/** PT_SOCKTUPLE: source and destination endpoints (inet/inet6), or kernel pointers and a path (unix). */
export interface SockTuple {
  readonly kind: 'socktuple';
  readonly family: number;
  readonly sip?: string;
  readonly sport?: number;
  readonly dip?: string;
  readonly dport?: number;
  readonly source?: bigint;
  readonly dest?: bigint;
  readonly path?: string;
}

/** PT_FDLIST: `(fd, poll flags)` pairs. */
export interface FdList {
  readonly kind: 'fdlist';
  readonly entries: readonly { readonly fd: bigint; readonly flags: number }[];
}

/** PT_DYN: the index byte, the spec it selects (undefined when out of range) and the value. */
export interface DynValue {
  readonly kind: 'dyn';
  readonly index: number;
  readonly spec: ParamSpec | undefined;
  readonly value: ParamValue;
}

/** A parameter whose bytes do not fit its type; the raw bytes are kept. */
export interface InvalidParam {
  readonly kind: 'invalid';
  readonly reason: string;
  readonly bytes: Uint8Array;
}

/**
 * A decoded parameter. `null` = empty (length 0, or the legacy `(NULL)` string). 64-bit types
 * (INT64, UINT64, ERRNO, FD, PID, RELTIME, ABSTIME) are bigint; narrower integers, flags, modes,
 * UID/GID and DOUBLE are number; strings are string; BYTEBUF is Uint8Array; CHARBUFARRAY is string[].
 */
export type ParamValue =
  | bigint | number | string | Uint8Array | null | readonly string[]
  | SockAddr | SockTuple | FdList | DynValue | InvalidParam;

const FIXED_SIZE: Partial<Record<ParamType, number>> = {
  PT_INT8: 1, PT_INT16: 2, PT_INT32: 4, PT_INT64: 8, PT_UINT8: 1, PT_UINT16: 2, PT_UINT32: 4, PT_UINT64: 8,
  PT_ERRNO: 8, PT_FD: 8, PT_PID: 8, PT_SYSCALLID: 2, PT_SIGTYPE: 1, PT_RELTIME: 8, PT_ABSTIME: 8, PT_PORT: 2,
  PT_L4PROTO: 1, PT_SOCKFAMILY: 1, PT_BOOL: 4, PT_IPV4ADDR: 4, PT_FLAGS8: 1, PT_FLAGS16: 2, PT_FLAGS32: 4,
  PT_UID: 4, PT_GID: 4, PT_DOUBLE: 8, PT_SIGSET: 4, PT_IPV6ADDR: 16, PT_MODE: 4, PT_ENUMFLAGS8: 1,
  PT_ENUMFLAGS16: 2, PT_ENUMFLAGS32: 4, PT_FD32: 4, PT_PID32: 4,
};

const SIGNED_SMALL = new Set<ParamType>(['PT_INT8', 'PT_INT16', 'PT_INT32', 'PT_FD32', 'PT_PID32']);
const SIGNED_64 = new Set<ParamType>(['PT_INT64', 'PT_ERRNO', 'PT_FD', 'PT_PID']);

const utf8 = new TextDecoder('utf-8');

/** The AF codes of the drivers (PPM_AF_*). */
export const AF_UNIX = 1;
export const AF_INET = 2;
export const AF_INET6 = 10;

/**
 * Decodes the parameter `spec` from `bytes[offset, offset + length)`. Never throws: bytes that
 * do not fit the type give an `InvalidParam`, a range outside `bytes` too.
 */
export function decodeParam(spec: ParamSpec, bytes: Uint8Array, offset: number, length: number, littleEndian: boolean): ParamValue {
  return decodeParamSized(spec, FIXED_SIZE[spec.type], bytes, offset, length, littleEndian);
}

/** The byte size of a fixed-size parameter type, undefined for variable-size ones (look it up once per event type). */
export function fixedSize(spec: ParamSpec): number | undefined {
  return FIXED_SIZE[spec.type];
}

/** `decodeParam` with the type's `fixedSize` already looked up (the reader keeps it per event type). */
export function decodeParamSized(spec: ParamSpec, size: number | undefined, bytes: Uint8Array, offset: number, length: number, littleEndian: boolean): ParamValue {
  if (length === 0) return null;
  if (offset < 0 || length < 0 || offset + length > bytes.length) {
    return invalid('range outside the event', bytes.subarray(Math.max(0, offset), bytes.length));
  }
  if (size !== undefined) {
    return length === size ? decodeFixed(spec.type, bufferView(bytes), bytes.byteOffset + offset, size, littleEndian) : invalid(`${spec.type} needs ${size} bytes, got ${length}`, bytes.subarray(offset, offset + length));
  }
  return decodeVariable(spec, bytes.subarray(offset, offset + length), littleEndian);
}

let viewBuffer: ArrayBufferLike | undefined;
let viewOfBuffer: DataView | undefined;

/**
 * One DataView over the whole ArrayBuffer under `bytes` (read at `bytes.byteOffset + i`), reused
 * while blocks come from the same buffer: the blocks of a chunk are views of it, so this is one
 * DataView per chunk instead of one per event.
 */
export function bufferView(bytes: Uint8Array): DataView {
  const buffer = bytes.buffer;
  if (buffer !== viewBuffer || viewOfBuffer === undefined) {
    viewOfBuffer = new DataView(buffer);
    viewBuffer = buffer;
  }
  return viewOfBuffer;
}

function invalid(reason: string, bytes: Uint8Array): InvalidParam {
  return { kind: 'invalid', reason, bytes: bytes.slice() };
}

function decodeFixed(type: ParamType, view: DataView, at: number, size: number, le: boolean): ParamValue {
  if (type === 'PT_DOUBLE') return view.getFloat64(at, le);
  if (type === 'PT_IPV4ADDR') return ipv4(view, at);
  if (type === 'PT_IPV6ADDR') return ipv6(view, at);
  if (size === 8) return SIGNED_64.has(type) ? view.getBigInt64(at, le) : view.getBigUint64(at, le);
  const signed = SIGNED_SMALL.has(type);
  if (size === 4) return signed ? view.getInt32(at, le) : view.getUint32(at, le);
  if (size === 2) return signed ? view.getInt16(at, le) : view.getUint16(at, le);
  return signed ? view.getInt8(at) : view.getUint8(at);
}

function decodeVariable(spec: ParamSpec, raw: Uint8Array, le: boolean): ParamValue {
  switch (spec.type) {
    case 'PT_CHARBUF': case 'PT_FSPATH': case 'PT_FSRELPATH': return cString(raw);
    case 'PT_BYTEBUF': case 'PT_CHARBUF_PAIR_ARRAY': return raw.slice();
    case 'PT_CHARBUFARRAY': return stringList(raw);
    case 'PT_SOCKADDR': return sockAddr(raw, rawView(raw), le);
    case 'PT_SOCKTUPLE': return sockTuple(raw, rawView(raw), le);
    case 'PT_FDLIST': return fdList(raw, rawView(raw), le);
    case 'PT_DYN': return dyn(spec, raw, le);
    default: return invalid(`${spec.type} is not a wire type`, raw);
  }
}

/** A view of one variable-size parameter, for the types that read fields from it. */
function rawView(raw: Uint8Array): DataView {
  return new DataView(raw.buffer, raw.byteOffset, raw.length);
}

function text(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/** Text up to the first NUL; `(NULL)` (the drivers' legacy "no value") is null. */
function cString(raw: Uint8Array): string | null {
  const nul = raw.indexOf(0);
  const value = text(nul < 0 ? raw : raw.subarray(0, nul));
  return value === '(NULL)' ? null : value;
}

/**
 * NUL-separated strings (argv, env, cgroups), one trailing empty element dropped. Exported for
 * the BYTEBUF `args`/`env`/`cgroups` parameters of execve/clone, which use the same layout.
 */
export function stringList(raw: Uint8Array): string[] {
  const parts = text(raw).split('\0');
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

function ipv4(view: DataView, at: number): string {
  return `${view.getUint8(at)}.${view.getUint8(at + 1)}.${view.getUint8(at + 2)}.${view.getUint8(at + 3)}`;
}

/** RFC 5952 text of 16 network-order bytes (longest run of ≥ 2 zero groups shortened, lower case). */
function ipv6(view: DataView, at: number): string {
  const groups: number[] = [];
  for (let i = 0; i < 8; i++) groups.push(view.getUint16(at + 2 * i, false));
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) { bestStart = i; bestLen = j - i; }
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

function sockAddr(raw: Uint8Array, view: DataView, le: boolean): SockAddr | InvalidParam {
  const family = raw[0];
  if (family === AF_INET) {
    return raw.length >= 7 ? { kind: 'sockaddr', family, ip: ipv4(view, 1), port: view.getUint16(5, le) } : invalid('short inet sockaddr', raw);
  }
  if (family === AF_INET6) {
    return raw.length >= 19 ? { kind: 'sockaddr', family, ip: ipv6(view, 1), port: view.getUint16(17, le) } : invalid('short inet6 sockaddr', raw);
  }
  if (family === AF_UNIX) return { kind: 'sockaddr', family, path: cString(raw.subarray(1)) ?? '' };
  return { kind: 'sockaddr', family };
}

function sockTuple(raw: Uint8Array, view: DataView, le: boolean): SockTuple | InvalidParam {
  const family = raw[0];
  if (family === AF_INET) {
    if (raw.length < 13) return invalid('short inet socktuple', raw);
    return { kind: 'socktuple', family, sip: ipv4(view, 1), sport: view.getUint16(5, le), dip: ipv4(view, 7), dport: view.getUint16(11, le) };
  }
  if (family === AF_INET6) {
    if (raw.length < 37) return invalid('short inet6 socktuple', raw);
    if (isV4Mapped(raw, 1) && isV4Mapped(raw, 19)) {
      return { kind: 'socktuple', family: AF_INET, sip: ipv4(view, 13), sport: view.getUint16(17, le), dip: ipv4(view, 31), dport: view.getUint16(35, le) };
    }
    return { kind: 'socktuple', family, sip: ipv6(view, 1), sport: view.getUint16(17, le), dip: ipv6(view, 19), dport: view.getUint16(35, le) };
  }
  if (family === AF_UNIX) {
    if (raw.length < 17) return invalid('short unix socktuple', raw);
    return { kind: 'socktuple', family, source: view.getBigUint64(1, le), dest: view.getBigUint64(9, le), path: cString(raw.subarray(17)) ?? '' };
  }
  return { kind: 'socktuple', family };
}

function isV4Mapped(raw: Uint8Array, at: number): boolean {
  for (let i = 0; i < 10; i++) if (raw[at + i] !== 0) return false;
  return raw[at + 10] === 0xff && raw[at + 11] === 0xff;
}

function fdList(raw: Uint8Array, view: DataView, le: boolean): FdList | InvalidParam {
  if (raw.length < 2) return invalid('short fdlist', raw);
  const count = view.getUint16(0, le);
  if (raw.length < 2 + 10 * count) return invalid(`fdlist of ${count} needs ${2 + 10 * count} bytes`, raw);
  const entries: { fd: bigint; flags: number }[] = [];
  for (let i = 0; i < count; i++) {
    entries.push({ fd: view.getBigInt64(2 + 10 * i, le), flags: view.getUint16(10 + 10 * i, le) });
  }
  return { kind: 'fdlist', entries };
}

function dyn(spec: ParamSpec, raw: Uint8Array, le: boolean): DynValue {
  const index = raw[0];
  const table = spec.table === undefined ? undefined : DYN_TABLES[spec.table];
  const inner = table?.[index];
  const value = inner === undefined ? raw.slice(1) : decodeParam(inner, raw, 1, raw.length - 1, le);
  return { kind: 'dyn', index, spec: inner, value };
}

/** State lookups that give sysdig's `(…)` suffixes; all optional. */
export interface RenderContext {
  /** `<f>/etc/passwd` for an fd of the event's process. */
  fdSuffix?(fd: bigint): string | undefined;
  /** The comm of a pid/tid. */
  pidSuffix?(pid: bigint): string | undefined;
  /** The fd-type character sysdig prints in FDLIST entries (`f`, `4`, `u`, `p`, …). */
  fdTypeChar?(fd: bigint): string | undefined;
  /** The absolute form of a relative PT_FSPATH (against the cwd) or PT_FSRELPATH (against its dirfd) value. */
  absolutePath?(relative: string): string | undefined;
  /** Longest buffer printed whole (default `DEFAULT_BUFFER_LIMIT`, like sysdig; `Infinity` like `sysdig -v`). */
  bufferLimit?: number;
}

/**
 * sysdig's text for one parameter: flags as `4097(O_RDONLY|O_CLOEXEC)`, errno `-2(ENOENT)`,
 * signals `9(SIGKILL)`, tuples `a:p->b:q`, buffers with non-printable bytes as `.`. Empty values
 * print `NULL` or `<NA>` as sinsp does. State suffixes come from `context` when given.
 */
export function renderParam(spec: ParamSpec, value: ParamValue, context: RenderContext = {}): string {
  if (value === null) return spec.type === 'PT_BYTEBUF' ? '' : EMPTY_AS_NULL.has(spec.type) ? 'NULL' : '<NA>';
  if (typeof value === 'bigint') return renderBig(spec, value, context);
  if (typeof value === 'number') return renderNumber(spec, value);
  if (typeof value === 'string') return renderString(spec, value, context);
  if (value instanceof Uint8Array) return renderBuffer(value, context.bufferLimit ?? DEFAULT_BUFFER_LIMIT);
  if (Array.isArray(value)) return (value as readonly string[]).join(' ');
  return renderObject(spec, value as SockAddr | SockTuple | FdList | DynValue | InvalidParam, context);
}

const EMPTY_AS_NULL = new Set<ParamType>(['PT_BYTEBUF', 'PT_SOCKTUPLE', 'PT_FDLIST', 'PT_CHARBUFARRAY', 'PT_CHARBUF_PAIR_ARRAY', 'PT_DYN']);

function withSuffix(text: string, suffix: string | undefined): string {
  return suffix === undefined ? text : `${text}(${suffix})`;
}

function renderBig(spec: ParamSpec, value: bigint, context: RenderContext): string {
  switch (spec.type) {
    case 'PT_ERRNO': return value < 0n ? withSuffix(decimal(value), errnoName(Number(-value))) : formatInteger(spec.format, value, 64);
    case 'PT_FD': return withSuffix(decimal(value), context.fdSuffix?.(value));
    case 'PT_PID': return withSuffix(decimal(value), context.pidSuffix?.(value));
    case 'PT_RELTIME': return `${BigInt.asUintN(64, value)}(${formatG(Number(BigInt.asUintN(64, value)) / 1e9)}s)`;
    default: return formatInteger(spec.format, BigInt.asIntN(64, value), 64);
  }
}

function renderNumber(spec: ParamSpec, value: number): string {
  switch (spec.type) {
    case 'PT_FLAGS8': case 'PT_FLAGS16': case 'PT_FLAGS32': case 'PT_MODE':
      return spec.format === 'PF_OCT' ? renderMode(spec, value) : renderFlags(spec.table, value, false);
    case 'PT_ENUMFLAGS8': case 'PT_ENUMFLAGS16': case 'PT_ENUMFLAGS32': return renderFlags(spec.table, value, true);
    case 'PT_SIGTYPE': return withSuffix(String(value), signalName(value));
    case 'PT_SYSCALLID': return withSuffix(String(value), ppmScName(value));
    case 'PT_UID': case 'PT_GID': return value === 0xffffffff ? '-1' : String(value);
    case 'PT_DOUBLE': return String(value);
    default:
      if (spec.format !== 'PF_HEX' && spec.format !== 'PF_OCT' && spec.format !== 'PF_10_PADDED_DEC') return String(value);
      return formatInteger(spec.format, BigInt(value), FIXED_SIZE[spec.type] === undefined ? 32 : FIXED_SIZE[spec.type]! * 8);
  }
}

function renderMode(spec: ParamSpec, value: number): string {
  const flags = renderFlags(spec.table, value, false);
  const open = flags.indexOf('(');
  return open < 0 ? octal(value) : `${octal(value)}${flags.slice(open)}`;
}

function octal(value: number | bigint): string {
  return value === 0 || value === 0n ? '0' : `0${value.toString(8)}`;
}

/** An integer in its print format: hex upper case without 0x, `%#o`, `%09d`, else decimal. */
function formatInteger(format: string, value: bigint, bits: number): string {
  const unsigned = value < 0n ? BigInt.asUintN(bits, value) : value;
  switch (format) {
    case 'PF_HEX': return unsigned.toString(16).toUpperCase();
    case 'PF_OCT': return octal(unsigned);
    case 'PF_10_PADDED_DEC': return value < 0n ? `-${String(-value).padStart(9, '0')}` : String(value).padStart(9, '0');
    default: return decimal(value);
  }
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** `String(value)` of a bigint, through a number when it is safe (V8 caches the text of small numbers; BigInt's toString is slow). */
function decimal(value: bigint): string {
  return value <= MAX_SAFE && value >= -MAX_SAFE ? String(Number(value)) : String(value);
}

function renderString(spec: ParamSpec, value: string, context: RenderContext): string {
  const relative = (spec.type === 'PT_FSRELPATH' || spec.type === 'PT_FSPATH') && !value.startsWith('/');
  return relative ? withSuffix(value, context.absolutePath?.(value)) : value;
}

/** C's `%g`: 6 significant digits, trailing zeros dropped, exponent form below 1e-4 or from 1e6. */
export function formatG(x: number): string {
  if (x === 0 || !Number.isFinite(x)) return String(x);
  const exp = Math.floor(Math.log10(Math.abs(Number(x.toPrecision(6)))));
  if (exp < -4 || exp >= 6) {
    const [mantissa, e] = x.toExponential(5).split('e');
    const n = Number(e);
    return `${trimZeros(mantissa)}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  return trimZeros(x.toFixed(Math.max(0, 5 - exp)));
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** sysdig's `%evt.args` limit on a printed buffer (longer ones end in `...`). */
export const DEFAULT_BUFFER_LIMIT = 80;

/**
 * Bytes 32–126 as they are, everything else as `.`; a buffer longer than `limit` bytes prints
 * its first `limit − 3` followed by `...`, as sysdig does without `-v`.
 */
export function renderBuffer(bytes: Uint8Array, limit = Infinity): string {
  const cut = bytes.length > limit ? Math.max(0, limit - 3) : bytes.length;
  let out = '';
  for (let i = 0; i < cut; i++) out += bytes[i] >= 32 && bytes[i] <= 126 ? String.fromCharCode(bytes[i]) : '.';
  return cut < bytes.length ? `${out}...` : out;
}

function renderObject(spec: ParamSpec, value: SockAddr | SockTuple | FdList | DynValue | InvalidParam, context: RenderContext): string {
  switch (value.kind) {
    case 'sockaddr': return renderSockAddr(value);
    case 'socktuple': return renderSockTuple(value);
    case 'fdlist': return value.entries.map((e) => `${e.fd}:${context.fdTypeChar?.(e.fd) ?? ''}${e.flags.toString(16)}`).join(' ');
    case 'dyn': return value.spec === undefined ? renderBuffer(value.value as Uint8Array, context.bufferLimit ?? DEFAULT_BUFFER_LIMIT) : renderParam(value.spec, value.value, context);
    case 'invalid': return `<invalid ${spec.type}>`;
  }
}

function endpoint(ip: string | undefined, port: number | undefined, family: number): string {
  return family === AF_INET6 ? `${ip}:${port}` : `${ip}:${port}`;
}

function renderSockAddr(value: SockAddr): string {
  if (value.family === AF_INET || value.family === AF_INET6) return endpoint(value.ip, value.port, value.family);
  if (value.family === AF_UNIX) return value.path ?? '';
  return `family ${value.family}`;
}

function renderSockTuple(value: SockTuple): string {
  if (value.family === AF_INET || value.family === AF_INET6) {
    return `${endpoint(value.sip, value.sport, value.family)}->${endpoint(value.dip, value.dport, value.family)}`;
  }
  if (value.family === AF_UNIX) return `${value.source?.toString(16)}->${value.dest?.toString(16)} ${value.path ?? ''}`;
  return `family ${value.family}`;
}

