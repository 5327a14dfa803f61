/**
 * The framing of one event block (../shared/docs/scap-format.md §10): cpu id, flags, the v1 or
 * v2 event header, the parameter lengths (u16, or u32 for large-payload types in v2 blocks) and
 * where each parameter's bytes are. v1 blocks have no parameter count: it is inferred (§10.4).
 */
import { type BlockLayout } from './block-types.js';
import { type EventSpec, eventSpec, hasLargePayload } from './event-table.js';
import { bufferView } from './params.js';

/** A framed event; parameter i is `bytes[paramStart[i], paramStart[i] + paramLength[i])`. */
export interface EventRecord {
  readonly cpu: number;
  /** EVF flags (bit 0 = state only), 0 for EV blocks */
  readonly flags: number;
  readonly ts: bigint;
  readonly tid: bigint;
  readonly type: number;
  /** bytes of the event record (header + lengths + data) */
  readonly length: number;
  /** undefined when the type is unknown or an unused slot */
  readonly spec: EventSpec | undefined;
  readonly paramStart: readonly number[];
  readonly paramLength: readonly number[];
}

/** SCAP_DF_STATE_ONLY: apply to state, do not show. */
export const STATE_ONLY_FLAG = 1;
const V1_HEADER = 22;
const V2_HEADER = 26;
const INFRA_TYPES = new Set([280, 286]);

/** Frames the event in a whole block; a string says what is wrong with it. */
export function frameEvent(block: Uint8Array, layout: BlockLayout, littleEndian: boolean): EventRecord | string {
  // offsets below are within the block; `view` covers the whole buffer, so reads add `base`
  const view = bufferView(block);
  const base = block.byteOffset;
  const bodyEnd = block.length - 4;
  const cpuAt = 8;
  const flagsAt = cpuAt + 2;
  const start = layout.hasFlags ? flagsAt + 4 : flagsAt;
  const headerSize = layout.v2Header ? V2_HEADER : V1_HEADER;
  if (start + headerSize > bodyEnd) return `the block is too short for an event header (${block.length} bytes)`;
  const cpu = view.getUint16(base + cpuAt, littleEndian);
  const flags = layout.hasFlags ? view.getUint32(base + flagsAt, littleEndian) : 0;
  const ts = view.getBigUint64(base + start, littleEndian);
  const tid = view.getBigInt64(base + start + 8, littleEndian);
  const length = view.getUint32(base + start + 16, littleEndian);
  const type = view.getUint16(base + start + 20, littleEndian);
  const spec = eventSpec(type);
  const head = { cpu, flags, ts, tid, type, length, spec };
  if (length < headerSize || start + length > bodyEnd) return `event length ${length} does not fit its block (type ${type})`;
  if (!spec) return { cpu, flags, ts, tid, type, length, spec, paramStart: [], paramLength: [] };
  const end = start + length;
  if (layout.v2Header) {
    const count = view.getUint32(base + start + 22, littleEndian);
    return frameParams(view, base, start + V2_HEADER, end, count, hasLargePayload(spec) ? 4 : 2, littleEndian, head);
  }
  const v1End = INFRA_TYPES.has(type) ? end - 3 : end;
  const count = inferParamCount(view, base, start + V1_HEADER, v1End, spec.params.length, littleEndian);
  if (count < 0) return `the parameter lengths of a ${spec.name} event do not add up to its length ${length}`;
  return frameParams(view, base, start + V1_HEADER, v1End, count, 2, littleEndian, head);
}

type RecordBase = Omit<EventRecord, 'paramStart' | 'paramLength'>;

function frameParams(view: DataView, viewBase: number, lengthsAt: number, end: number, count: number, width: number, littleEndian: boolean, base: RecordBase): EventRecord | string {
  if (lengthsAt + count * width > end) return `${count} parameter lengths do not fit in a ${base.spec?.name ?? base.type} event of ${base.length} bytes`;
  const paramStart: number[] = [];
  const paramLength: number[] = [];
  let at = lengthsAt + count * width;
  for (let i = 0; i < count; i++) {
    const size = width === 4 ? view.getUint32(viewBase + lengthsAt + 4 * i, littleEndian) : view.getUint16(viewBase + lengthsAt + 2 * i, littleEndian);
    if (at + size > end) return `parameter ${i + 1} of a ${base.spec?.name ?? base.type} event (${size} bytes) runs past the event's end`;
    paramStart.push(at);
    paramLength.push(size);
    at += size;
  }
  return { cpu: base.cpu, flags: base.flags, ts: base.ts, tid: base.tid, type: base.type, length: base.length, spec: base.spec, paramStart, paramLength };
}

/** §10.4: the count n ≤ `max` whose lengths exactly fill the event; −1 when none does. */
function inferParamCount(view: DataView, viewBase: number, lengthsAt: number, end: number, max: number, littleEndian: boolean): number {
  for (let n = max; n >= 0; n--) {
    let size = lengthsAt + 2 * n;
    if (size > end) continue;
    for (let i = 0; i < n; i++) size += view.getUint16(viewBase + lengthsAt + 2 * i, littleEndian);
    if (size === end) return n;
    if (size < end) return -1;
  }
  return -1;
}
