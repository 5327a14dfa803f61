/**
 * On-demand decoding of one scap event block for the details pane: each parameter's table name,
 * PT_* type, raw value and sysdig rendering. The reader keeps only `src_offset`/`src_length` of
 * every event (issue 3: "render on demand"); the engine reads those bytes back and calls this.
 *
 * Rendering is `renderParam`'s, so the joined text equals the reader's `args` column wherever
 * sysdig's text does not depend on state. The state sysdig prints in suffixes (`fd=3(<f>/etc/x)`,
 * `pid=42(bash)`) is taken from the event's own row (`RowState`): the row's descriptor, fd.name
 * and fd.type, its thread's tid and proc.name, and, for the descriptors and pids the row does not
 * name (mmap's fd, a switch's next, a clone's child, a ptid, poll's fd list), the row's `args`
 * text where it lines up with the decoded values (`adoptArgsSuffixes`). Without `args` those
 * print plain, without the suffix.
 *
 * Captured bytes are hostile: nothing here throws; damage gives `{ ok: false, error }`.
 */
import { blockLayout, blockTypeName } from './block-types.js';
import { frameEvent } from './event-record.js';
import { type ParamSpec, type ParamType } from './event-table.js';
import { type ParamValue, type RenderContext, decodeParam, renderParam } from './params.js';

/** One parameter of an event as the details pane shows it. */
export interface EventParamDetail {
  /** the event table's parameter name (`flags`); `param N` (1-based) past the table */
  readonly name: string;
  /** the PT_* wire type; `unknown` past the table */
  readonly type: string;
  /** bytes of the parameter in the event */
  readonly length: number;
  /** the value before formatting: integers and flags as decimal, strings as text, other bytes as hex */
  readonly raw: string;
  /** true when `raw` shows only the first `rawLimit` bytes */
  readonly rawTruncated: boolean;
  /** sysdig's text in `%evt.args` (empty when the parameter is past the table) */
  readonly rendered: string;
  /** true when the state suffix of `rendered` (`(<f>/etc/x)`, `(bash)`, fdlist type chars) was taken from the row's args */
  readonly suffixFromArgs?: boolean;
}

/** A decoded event block. */
export interface EventDetails {
  readonly ok: true;
  /** EV, EVF, EV_V2, EVF_V2, EV_V2_LARGE, … */
  readonly blockType: string;
  readonly littleEndian: boolean;
  readonly cpu: number;
  /** EVF flags (bit 0 = state only), 0 for EV blocks */
  readonly flags: number;
  readonly ts: bigint;
  readonly tid: bigint;
  /** numeric event type and its table name (`openat`), direction `>` / `<` */
  readonly eventType: number;
  readonly eventName: string;
  readonly dir: '>' | '<';
  readonly params: readonly EventParamDetail[];
}

/** Why an event could not be decoded. */
export interface EventDetailsError {
  readonly ok: false;
  readonly error: string;
}

export type EventDetailsResult = EventDetails | EventDetailsError;

/** What the event's row knows about the state sysdig prints in suffixes; every member optional. */
export interface RowState {
  /** the row's descriptor (fd.num) with its fd.name and fd.type */
  readonly fd?: bigint | number | null;
  readonly fdName?: string | null;
  readonly fdType?: string | null;
  /** the row's thread and process ids and proc.name */
  readonly tid?: bigint | number | null;
  readonly pid?: bigint | number | null;
  readonly procName?: string | null;
  /**
   * The row's `args` column, rendered by the reader with its full state: suffixes of descriptors
   * and pids the row does not name are taken from it where it lines up with the decoded values.
   */
  readonly args?: string | null;
}

/** How to decode: byte order (inferred from the block's own framing when absent), row state, raw bound. */
export interface EventDetailsOptions {
  readonly littleEndian?: boolean;
  readonly state?: RowState;
  /** longest raw value in bytes (default `RAW_LIMIT`) */
  readonly rawLimit?: number;
}

/** Default bound of a raw value: the first 4 KiB of a parameter. */
export const RAW_LIMIT = 4096;

/** fd.type → the character sysdig prints before an fd name (`<f>`, `<4>`, …); libsinsp's scap_fd_type chars. */
const TYPE_CHAR: Readonly<Record<string, string>> = {
  file: 'f', directory: 'd', ipv4: '4', ipv6: '6', pipe: 'p', unix: 'u', event: 'e', unsupported: 'o', unknown: 'o',
  signalfd: 's', eventpoll: 'l', inotify: 'i', timerfd: 't', netlink: 'n', bpf: 'b', userfaultfd: 'u', io_uring: 'r',
  memfd: 'm', pidfd: 'P',
};

const INTEGER_TYPES = new Set<ParamType>([
  'PT_INT8', 'PT_INT16', 'PT_INT32', 'PT_INT64', 'PT_UINT8', 'PT_UINT16', 'PT_UINT32', 'PT_UINT64', 'PT_ERRNO', 'PT_FD',
  'PT_PID', 'PT_SYSCALLID', 'PT_SIGTYPE', 'PT_RELTIME', 'PT_ABSTIME', 'PT_PORT', 'PT_L4PROTO', 'PT_SOCKFAMILY',
  'PT_BOOL', 'PT_FLAGS8', 'PT_FLAGS16', 'PT_FLAGS32', 'PT_UID', 'PT_GID', 'PT_SIGSET', 'PT_MODE', 'PT_ENUMFLAGS8',
  'PT_ENUMFLAGS16', 'PT_ENUMFLAGS32', 'PT_FD32', 'PT_PID32', 'PT_DOUBLE',
]);
const STRING_TYPES = new Set<ParamType>(['PT_CHARBUF', 'PT_FSPATH', 'PT_FSRELPATH']);
const MIN_BLOCK = 12;

/**
 * Decodes the event block `block` (exactly the bytes `src_offset`/`src_length` point at: block
 * header, event, trailer). Never throws.
 */
export function decodeEventDetails(block: Uint8Array, options: EventDetailsOptions = {}): EventDetailsResult {
  try {
    return decode(block, options);
  } catch (error) {
    // decodeParam and frameEvent check their ranges; this is the last guard for the pane.
    return failure(`the event could not be decoded: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function decode(block: Uint8Array, options: EventDetailsOptions): EventDetailsResult {
  if (block.length < MIN_BLOCK) return failure(`${block.length} bytes are too few for an event block (at least ${MIN_BLOCK})`);
  const littleEndian = options.littleEndian ?? inferByteOrder(block);
  if (littleEndian === undefined) return failure('the bytes are not one whole event block (its length fields do not match its size in either byte order)');
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  const type = view.getUint32(0, littleEndian);
  const layout = blockLayout(type);
  if (layout?.kind !== 'event') return failure(`block type ${blockTypeName(type)} is not an event block`);
  const length = view.getUint32(4, littleEndian);
  if (length !== block.length) return failure(`${layout.name} block: its length field says ${length} bytes, ${block.length} were read`);
  const record = frameEvent(block, layout, littleEndian);
  if (typeof record === 'string') return failure(`${layout.name} block: ${record}`);
  if (!record.spec) return failure(`${layout.name} block: event type ${record.type} is not in the event table`);
  const context = renderContext(options.state ?? {});
  const limit = options.rawLimit ?? RAW_LIMIT;
  const params: EventParamDetail[] = [];
  for (let i = 0; i < record.paramStart.length; i++) {
    const start = record.paramStart[i];
    const size = record.paramLength[i];
    const spec = record.spec.params[i];
    params.push(spec === undefined
      ? { name: `param ${i + 1}`, type: 'unknown', length: size, ...hexRaw(block.subarray(start, start + size), limit), rendered: '' }
      : paramDetail(spec, block, start, size, littleEndian, context, limit));
  }
  const args = options.state?.args;
  return {
    ok: true, blockType: layout.name, littleEndian, cpu: record.cpu, flags: record.flags, ts: record.ts, tid: record.tid,
    eventType: record.type, eventName: record.spec.name, dir: record.spec.dir,
    params: typeof args === 'string' ? adoptArgsSuffixes(params, args) ?? params : params,
  };
}

function paramDetail(spec: ParamSpec, block: Uint8Array, start: number, size: number, le: boolean, context: RenderContext, limit: number): EventParamDetail {
  const value = decodeParam(spec, block, start, size, le);
  const rendered = renderParam(spec, value, context);
  return { name: spec.name, type: spec.type, length: size, ...rawOf(spec, value, block.subarray(start, start + size), limit), rendered };
}

/** Raw text: integers (and flags, modes, fds, errnos) in decimal, strings as text, anything else as hex. */
function rawOf(spec: ParamSpec, value: ParamValue, bytes: Uint8Array, limit: number): { raw: string; rawTruncated: boolean } {
  if (bytes.length === 0) return { raw: '', rawTruncated: false };
  if (INTEGER_TYPES.has(spec.type) && (typeof value === 'number' || typeof value === 'bigint')) return { raw: String(value), rawTruncated: false };
  if (STRING_TYPES.has(spec.type)) {
    const cut = bytes.length > limit;
    const text = new TextDecoder('utf-8').decode(cut ? bytes.subarray(0, limit) : bytes);
    return { raw: !cut && text.endsWith('\0') ? text.slice(0, -1) : text, rawTruncated: cut };
  }
  return hexRaw(bytes, limit);
}

function hexRaw(bytes: Uint8Array, limit: number): { raw: string; rawTruncated: boolean } {
  const cut = Math.min(bytes.length, limit);
  let out = '';
  for (let i = 0; i < cut; i++) out += (i === 0 ? '' : ' ') + bytes[i].toString(16).padStart(2, '0');
  return { raw: out, rawTruncated: cut < bytes.length };
}

/** The suffixes sysdig prints, from what the event's own row knows. */
function renderContext(state: RowState): RenderContext {
  const fd = toBig(state.fd);
  const typeChar = state.fdType ? TYPE_CHAR[state.fdType] ?? 'o' : undefined;
  const fdName = state.fdName ?? undefined;
  // only the row's own thread: a pid param equal to the row's pid may name a thread sinsp does not know
  const tid = toBig(state.tid);
  const procName = state.procName ?? undefined;
  return {
    fdSuffix: (value) => (fd !== undefined && value === fd && typeChar !== undefined && fdName !== undefined ? `<${typeChar}>${fdName}` : undefined),
    fdTypeChar: (value) => (fd !== undefined && value === fd ? typeChar : undefined),
    pidSuffix: (value) => (procName !== undefined && value === tid ? procName : undefined),
  };
}

function toBig(value: bigint | number | null | undefined): bigint | undefined {
  if (typeof value === 'bigint') return value;
  return typeof value === 'number' && Number.isInteger(value) ? BigInt(value) : undefined;
}

/**
 * The byte order whose framing fits the block: its length field and its trailer both equal its
 * size, and its type is an event block. undefined when neither order fits.
 */
export function inferByteOrder(block: Uint8Array): boolean | undefined {
  if (block.length < MIN_BLOCK) return undefined;
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  for (const littleEndian of [true, false]) {
    const fits = view.getUint32(4, littleEndian) === block.length && view.getUint32(block.length - 4, littleEndian) === block.length;
    if (fits && blockLayout(view.getUint32(0, littleEndian))?.kind === 'event') return littleEndian;
  }
  return undefined;
}

/** The parameters joined as sysdig's `%evt.args` and the reader's `args` column: `name=value ` each. */
export function joinArgs(params: readonly EventParamDetail[]): string {
  let text = '';
  for (const param of params) if (param.type !== 'unknown') text += `${param.name}=${param.rendered} `;
  return text;
}

const SUFFIXED = new Set(['PT_FD', 'PT_PID']);
/** Steps of the alignment search before giving up (hostile args text could make it branch a lot). */
const ALIGN_BUDGET = 20_000;

/**
 * The params with the state suffixes the reader printed in `args` (its row's `evt.args`): every
 * parameter must appear as `name=rendered ` in order; a PT_FD/PT_PID whose args text is
 * `raw(…)`, or a PT_FDLIST whose entries differ only by a type char, takes the args text.
 * undefined when the args do not line up (then keep the plain rendering).
 */
export function adoptArgsSuffixes(params: readonly EventParamDetail[], args: string): EventParamDetail[] | undefined {
  const shown = params.filter((p) => p.type !== 'unknown');
  const out: EventParamDetail[] = [];
  let budget = ALIGN_BUDGET;
  const walk = (i: number, pos: number): boolean => {
    if (--budget < 0) return false;
    if (i === shown.length) return pos === args.length;
    const param = shown[i];
    const head = `${param.name}=`;
    if (!args.startsWith(head, pos)) return false;
    const at = pos + head.length;
    if (args.startsWith(`${param.rendered} `, at) && walk(i + 1, at + param.rendered.length + 1)) {
      out[i] = param;
      return true;
    }
    if (!SUFFIXED.has(param.type) && param.type !== 'PT_FDLIST') return false;
    for (let end = args.indexOf(' ', at); end >= 0 && budget > 0; end = args.indexOf(' ', end + 1)) {
      const text = args.slice(at, end);
      if (fitsState(param, text) && walk(i + 1, end + 1)) {
        out[i] = { ...param, rendered: text, suffixFromArgs: true };
        return true;
      }
    }
    return false;
  };
  if (!walk(0, 0)) return undefined;
  let next = 0;
  return params.map((p) => (p.type === 'unknown' ? p : out[next++]));
}

/** Whether `text` is the param's plain rendering with sysdig's state added. */
function fitsState(param: EventParamDetail, text: string): boolean {
  if (SUFFIXED.has(param.type)) return text.startsWith(`${param.raw}(`) && text.endsWith(')');
  const plain = param.rendered.split(' ');
  const shown = text.split(' ');
  return plain.length === shown.length && plain.every((entry, i) => {
    const colon = entry.indexOf(':');
    const other = shown[i];
    return other === entry || (other.length === entry.length + 1 && other.startsWith(entry.slice(0, colon + 1)) && other.endsWith(entry.slice(colon + 1)));
  });
}

function failure(error: string): EventDetailsError {
  return { ok: false, error };
}
