/**
 * Bad input through `parseStream` (issue 3, "Bad input"): every real capture in
 * ../shared/data/scap cut at many offsets, with bytes flipped, with garbage appended, with
 * damaged block and parameter lengths, and truncated gzip. Properties: no exception escapes
 * (never an `io` error), the work is bounded by the input, every event before the damage is kept
 * exactly, and a warning names the byte offset, the block type and what was wrong.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chunked } from '../test-support.js';
import { parseStream } from '../parse-stream.js';
import { type ParseError, type ParseWarning } from '../common/types.js';
import { BlockReader } from './block-reader.js';
import { blockLayout, blockTypeName } from './block-types.js';

const DATA = path.resolve(__dirname, '../../../shared/data/scap');
const SAMPLES = existsSync(DATA) ? readdirSync(DATA).filter((f) => /\.scap(\.gz)?$/.test(f)).sort() : [];
const BATCH_ROWS = 2048;
const EXPECTED_ERRORS = new Set<ParseError['code']>(['empty', 'binary', 'unknown-format', 'gzip']);

/** The columns that identify an event, plus where it came from. */
interface Row { num: bigint; ts: bigint; tid: bigint; type: string; offset: number; length: number }

interface Outcome {
  rows: Row[];
  warnings: ParseWarning[];
  error: ParseError | null;
  /** everything parseStream yielded (the work done) */
  yielded: number;
}

async function parse(bytes: Uint8Array, chunk = 4096, name = 'damaged.scap'): Promise<Outcome> {
  const outcome: Outcome = { rows: [], warnings: [], error: null, yielded: 0 };
  for await (const event of parseStream(chunked(bytes, chunk), { sourceId: 1, evtNumBase: 0, name, batchRows: BATCH_ROWS })) {
    outcome.yielded++;
    if (event.type === 'warning') outcome.warnings.push(event.warning);
    if (event.type === 'error') outcome.error = event.error;
    if (event.type !== 'batch') continue;
    const b = event.batch;
    const [num, ts, tid, type, offset, length] = ['evt_num', 'ts', 'tid', 'evt_type', 'src_offset', 'src_length'].map((c) => b.getChild(c));
    for (let i = 0; i < b.numRows; i++) {
      outcome.rows.push({
        num: num?.get(i) as bigint, ts: ts?.get(i) as bigint, tid: tid?.get(i) as bigint, type: type?.get(i) as string,
        offset: Number(offset?.get(i)), length: Number(length?.get(i)),
      });
    }
  }
  return outcome;
}

/** What must hold for any input: no escaped exception, bounded work. */
function expectSane(outcome: Outcome, inputBytes: number): void {
  if (outcome.error) expect(EXPECTED_ERRORS, outcome.error.message).toContain(outcome.error.code);
  expect(outcome.rows.length).toBeLessThanOrEqual(Math.floor(inputBytes / 12));
  const batches = Math.ceil(outcome.rows.length / BATCH_ROWS);
  expect(outcome.yielded).toBeLessThanOrEqual(batches + outcome.warnings.length + Math.ceil(inputBytes / (1 << 20)) + 3);
}

/** The rows of `whole` from events that end at or before `end`, in order. */
function rowsBefore(whole: readonly Row[], end: number): Row[] {
  return whole.filter((r) => r.offset + r.length <= end);
}

const key = (r: Row): string => `${r.num} ${r.ts} ${r.tid} ${r.type} ${r.offset}`;

function load(name: string): { raw: Uint8Array; bytes: Uint8Array } {
  const raw = new Uint8Array(readFileSync(path.join(DATA, name)));
  return { raw, bytes: raw[0] === 0x1f ? new Uint8Array(gunzipSync(raw)) : raw };
}

/** Block boundaries (offset, type) of an undamaged capture. */
function blocksOf(bytes: Uint8Array): { offset: number; type: number; length: number }[] {
  const out: { offset: number; type: number; length: number }[] = [];
  const reader = new BlockReader({
    block: (b) => out.push({ offset: b.offset, type: b.type, length: b.bytes.length }),
    warning: (offset, message) => { throw new Error(`${offset}: ${message}`); },
  });
  reader.push(bytes);
  reader.finish();
  return out;
}

/** Deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Bytes each real-capture test may parse in total, so the suite stays quick on big captures. */
const BUDGET_BYTES = 16 << 20;

/**
 * Cut offsets: up to 200 spread over the file, every one in the first 2 KiB, and around block
 * boundaries (every boundary in the first 16 KiB, a few spread over the rest).
 */
function cutOffsets(bytes: Uint8Array, blocks: readonly { offset: number }[]): number[] {
  const cuts = new Set<number>();
  const spread = Math.max(24, Math.min(200, Math.floor((2 * BUDGET_BYTES) / bytes.length)));
  for (let i = 1; i <= spread; i++) cuts.add(Math.floor((bytes.length * i) / (spread + 1)));
  for (let i = 1; i <= Math.min(2048, bytes.length); i++) cuts.add(i);
  const late = blocks.filter((b) => b.offset >= 16384);
  const picks = Math.max(1, Math.min(6, Math.floor(BUDGET_BYTES / (3.5 * bytes.length))));
  const step = Math.max(1, Math.floor(late.length / picks));
  const around = [...blocks.filter((b) => b.offset < 16384), ...late.filter((_, i) => i % step === 0)];
  for (const b of around) for (const d of [-1, 1, 4, 8, 11, 12, 13]) cuts.add(b.offset + d);
  return [...cuts].filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b);
}

const wholeRuns = new Map<string, Promise<Outcome>>();

/** The undamaged parse of a capture (once per file). */
function wholeOf(name: string, bytes: Uint8Array): Promise<Outcome> {
  let run = wholeRuns.get(name);
  if (!run) { run = parse(bytes, 65536, name); wholeRuns.set(name, run); }
  return run;
}

// ---------------------------------------------------------------------------------------------
// Synthetic captures

function u32(v: number, littleEndian = true): number[] {
  const b = [v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255];
  return littleEndian ? b : b.reverse();
}

function block(type: number, body: number[]): number[] {
  const padded = [...body, ...new Array((4 - (body.length % 4)) % 4).fill(0)];
  const total = padded.length + 12;
  return [...u32(type), ...u32(total), ...padded, ...u32(total)];
}

const SHB = block(0x0a0d0d0a, [0x4d, 0x3c, 0x2b, 0x1a, 1, 0, 2, 0, ...new Array(8).fill(0xff)]);

/** An EV_V2 block: cpu 0, v2 header, u16 parameter lengths (possibly lying), then `data`. */
function eventV2(type: number, ts: number, tid: number, lengths: number[], data: number[], lenDelta = 0): number[] {
  const u64 = (v: number): number[] => [...u32(v), 0, 0, 0, 0];
  const u16 = (v: number): number[] => [v & 255, v >>> 8];
  const len = 26 + 2 * lengths.length + data.length + lenDelta;
  return block(0x216, [...u16(0), ...u64(ts), ...u64(tid), ...u32(len), ...u16(type), ...u32(lengths.length), ...lengths.flatMap(u16), ...data]);
}

/** close > (type 4: fd) and close < (type 5: res) events. */
const closeEnter = (ts: number, fd: number): number[] => eventV2(4, ts, 100, [8], [...u32(fd), 0, 0, 0, 0]);
const closeExit = (ts: number): number[] => eventV2(5, ts, 100, [8], new Array(8).fill(0));

function bytesOf(...parts: number[][]): Uint8Array {
  return Uint8Array.from(parts.flat());
}

// ---------------------------------------------------------------------------------------------

describe('damaged synthetic captures', () => {
  const good = [SHB, closeEnter(1000, 3), closeExit(1001)];
  const goodEnd = good.flat().length;

  it('decodes the undamaged base', async () => {
    const outcome = await parse(bytesOf(...good));
    expect(outcome.error).toBeNull();
    expect(outcome.warnings).toEqual([]);
    expect(outcome.rows.map((r) => `${r.num} ${r.type}`)).toEqual(['1 close', '2 close']);
  });

  it('a block length past the end of the input: the events before are kept, a warning names offset and type', async () => {
    const claim = [...u32(0x216), ...u32(1 << 20), 0, 0, 1, 2, 3, 4];
    const outcome = await parse(bytesOf(...good, claim));
    expectSane(outcome, goodEnd + claim.length);
    expect(outcome.rows).toHaveLength(2);
    expect(outcome.warnings).toHaveLength(1);
    expect(outcome.warnings[0].offset).toBe(goodEnd);
    expect(outcome.warnings[0].message).toMatch(/EV_V2/);
    expect(outcome.warnings[0].message).toContain(`byte ${goodEnd}`);
  });

  it('a metadata block claiming 60 MiB with a few bytes present: stops at the end of the input', async () => {
    const claim = [...u32(0x215), ...u32(60 << 20), ...new Array(100).fill(7)];
    const outcome = await parse(bytesOf(...good, claim), 16);
    expect(outcome.rows).toHaveLength(2);
    expect(outcome.warnings.map((w) => [w.offset, w.message])).toEqual([[goodEnd, expect.stringMatching(/inside a PL_V9 block \(108 of 62914560 bytes present\).*byte \d+$/)]]);
  });

  it('block lengths of 0 and < 12: stop with the offset and type', async () => {
    for (const total of [0, 4, 8, 11]) {
      const outcome = await parse(bytesOf(...good, [...u32(0x216), ...u32(total), ...u32(0), ...u32(0)]));
      expectSane(outcome, goodEnd + 16);
      expect(outcome.rows).toHaveLength(2);
      expect(outcome.warnings.map((w) => [w.offset, w.message])).toEqual([[goodEnd, expect.stringMatching(new RegExp(`^EV_V2 block: length ${total} is too small.*byte ${goodEnd}$`))]]);
    }
  });

  it('a wrong section-header magic: nothing is read, the warning says why', async () => {
    const bytes = bytesOf(...good);
    bytes[8] = 0x4e;
    const outcome = await parse(bytes);
    expect(outcome.rows).toEqual([]);
    expect(outcome.warnings[0]).toEqual({ offset: 0, message: expect.stringMatching(/^the section header's byte-order magic is wrong \(4e 3c 2b 1a\)/) });
    const notScap = bytesOf(...good);
    notScap[0] = 0x0b;
    const other = await parse(notScap);
    expect(other.error?.code).toBe('binary');
  });

  it('parameter lengths that overrun the event: that event is skipped with a warning, the rest is read', async () => {
    const overrun = eventV2(4, 1002, 100, [40], [...u32(3), 0, 0, 0, 0]);
    const bigCount = eventV2(5, 1003, 100, [8, 8, 8, 8, 8], new Array(8).fill(0), -30);
    const lenPastBlock = eventV2(4, 1004, 100, [8], [...u32(3), 0, 0, 0, 0], 64);
    const at = [goodEnd, goodEnd + overrun.length, goodEnd + overrun.length + bigCount.length];
    const outcome = await parse(bytesOf(...good, overrun, bigCount, lenPastBlock, closeExit(1005)));
    expectSane(outcome, at[2] + 200);
    expect(outcome.rows.map((r) => `${r.num} ${r.ts}`)).toEqual(['1 1000', '2 1001', '3 1005']);
    expect(outcome.warnings.map((w) => w.offset)).toEqual(at);
    expect(outcome.warnings[0].message).toMatch(new RegExp(`^EV_V2 block at byte ${at[0]}: parameter 1 of a close event \\(40 bytes\\) runs past`));
    expect(outcome.warnings[1].message).toMatch(/^EV_V2 block at byte \d+: (5 parameter lengths do not fit|event length)/);
    expect(outcome.warnings[2].message).toMatch(/^EV_V2 block at byte \d+: event length \d+ does not fit its block/);
  });

  it('garbage after a valid prefix: the prefix is kept, one warning at the garbage', async () => {
    const random = prng(7);
    for (let trial = 0; trial < 50; trial++) {
      const garbage = Array.from({ length: 1 + Math.floor(random() * 300) }, () => Math.floor(random() * 256));
      const outcome = await parse(bytesOf(...good, garbage), 1 + trial * 7);
      expectSane(outcome, goodEnd + garbage.length);
      expect(outcome.rows.slice(0, 2).map((r) => r.ts)).toEqual([1000n, 1001n]);
      expect(outcome.warnings.length).toBeGreaterThanOrEqual(1);
      expect(outcome.warnings[0].offset).toBeGreaterThanOrEqual(goodEnd);
      expect(outcome.warnings[0].message).toMatch(/block|section header/);
    }
  });
});

describe.skipIf(SAMPLES.length === 0)('truncated .scap.gz', () => {
  it('keeps the events decoded before the damage when less than the 64 KiB sniff window came out', async () => {
    const WINDOW = 60 * 1024;
    const prefixEnd = (bytes: Uint8Array): number => blocksOf(bytes).filter((b) => b.offset + b.length <= WINDOW).reduce((end, b) => Math.max(end, b.offset + b.length), 0);
    const eventsIn = (bytes: Uint8Array): number => blocksOf(bytes).filter((b) => b.offset + b.length <= WINDOW && blockLayout(b.type)?.kind === 'event').length;
    const name = SAMPLES.find((f) => eventsIn(load(f).bytes) >= 20);
    if (!name) throw new Error(`no capture with 20 events in its first ${WINDOW} bytes in ${DATA}`);
    const prefix = load(name).bytes.subarray(0, prefixEnd(load(name).bytes));
    const whole = await parse(prefix, 4096, name);
    expect(whole.warnings).toEqual([]);
    const gz = new Uint8Array(gzipSync(prefix));
    const outcome = await parse(gz.subarray(0, Math.floor(gz.length * 0.9)), 4096, `${name}.gz`);
    expect(outcome.error?.code).toBe('gzip');
    expect(outcome.rows.length).toBeGreaterThan(whole.rows.length / 2);
    expect(outcome.rows.map(key)).toEqual(whole.rows.slice(0, outcome.rows.length).map(key));
  });
});

describe.skipIf(SAMPLES.length === 0)('damaged real captures', () => {
  if (SAMPLES.length === 0) console.warn(`skipped: no captures in ${DATA}`);

  it.each(SAMPLES)('%s: cut at many offsets, every event before the cut is kept', async (name) => {
    const { bytes } = load(name);
    const whole = await wholeOf(name, bytes);
    expect(whole.error).toBeNull();
    expect(whole.warnings).toEqual([]);
    const blocks = blocksOf(bytes);
    const starts = new Map(blocks.map((b) => [b.offset, b]));
    for (const cut of cutOffsets(bytes, blocks)) {
      const outcome = await parse(bytes.subarray(0, cut), 1 + (cut % 5000), name);
      expectSane(outcome, cut);
      const label = `${name} cut at ${cut}`;
      expect(outcome.rows.map(key), label).toEqual(rowsBefore(whole.rows, cut).map(key));
      if (outcome.error || starts.has(cut)) {
        expect(outcome.warnings, label).toEqual([]);
        continue;
      }
      const damaged = blocks.filter((b) => b.offset < cut).pop();
      if (!damaged) throw new Error(label);
      expect(outcome.warnings, label).toHaveLength(1);
      expect(outcome.warnings[0].offset, label).toBe(damaged.offset);
      const what = cut - damaged.offset >= 4 ? `${blockTypeName(damaged.type)} block` : 'block header';
      expect(outcome.warnings[0].message, label).toContain(`the input ends inside a ${what}`);
      expect(outcome.warnings[0].message, label).toContain(`at byte ${damaged.offset}`);
    }
  }, 300_000);

  it.each(SAMPLES)('%s: bytes flipped at many positions, the events before the damage are kept', async (name) => {
    const { bytes } = load(name);
    const whole = await wholeOf(name, bytes);
    const blocks = blocksOf(bytes);
    const random = prng(name.length * 7919);
    const trials = Math.max(8, Math.min(60, Math.floor(BUDGET_BYTES / bytes.length)));
    for (let trial = 0; trial < trials; trial++) {
      const damaged = bytes.slice();
      const at = Math.floor(random() * bytes.length);
      damaged[at] ^= 1 + Math.floor(random() * 255);
      const outcome = await parse(damaged, 8192, name);
      expectSane(outcome, bytes.length);
      const hit = blocks.filter((b) => b.offset <= at).pop();
      if (!hit) throw new Error(`${name}: no block at ${at}`);
      const kept = rowsBefore(whole.rows, hit.offset).map(key);
      expect(outcome.rows.slice(0, kept.length).map(key), `${name} flip at ${at}`).toEqual(kept);
      for (const w of outcome.warnings) {
        expect(w.offset, `${name} flip at ${at}: ${w.message}`).toBeGreaterThanOrEqual(hit.offset);
        expect(w.message).toMatch(/block|section header|events of unknown types/);
      }
    }
  }, 300_000);

  it.each(SAMPLES)('%s: garbage appended, a block length past the end, a truncated gzip', async (name) => {
    const { bytes } = load(name);
    const whole = await wholeOf(name, bytes);
    const random = prng(name.length);
    const garbage = Uint8Array.from({ length: 5000 }, () => Math.floor(random() * 256));
    const appended = await parse(Uint8Array.from([...bytes, ...garbage]), 4096, name);
    expectSane(appended, bytes.length + garbage.length);
    expect(appended.rows.slice(0, whole.rows.length).map(key)).toEqual(whole.rows.map(key));
    expect(appended.warnings[0].offset).toBeGreaterThanOrEqual(bytes.length);

    const last = blocksOf(bytes).filter((b) => blockLayout(b.type)?.kind === 'event').pop();
    if (!last) throw new Error(`${name}: no event block`);
    const longer = bytes.slice();
    new DataView(longer.buffer).setUint32(last.offset + 4, 40 << 20, true);
    const past = await parse(longer, 4096, name);
    expect(past.rows.map(key)).toEqual(rowsBefore(whole.rows, last.offset).map(key));
    expect(past.warnings.map((w) => w.offset)).toEqual([last.offset]);
    expect(past.warnings[0].message).toContain(blockTypeName(last.type));

    const gz = new Uint8Array(gzipSync(bytes));
    let previous = 0;
    for (let i = 1; i <= 12; i++) {
      const cut = Math.floor((gz.length * i) / 13);
      const outcome = await parse(gz.subarray(0, cut), 1000, `${name}.gz`);
      const label = `${name}.gz cut at ${cut} of ${gz.length}`;
      expectSane(outcome, bytes.length);
      expect(outcome.rows.map(key), label).toEqual(whole.rows.slice(0, outcome.rows.length).map(key));
      expect(outcome.rows.length, label).toBeGreaterThanOrEqual(previous);
      previous = outcome.rows.length;
      // fflate's streaming gunzip does not notice every truncation (e.g. at a deflate block
      // boundary); then the scap reader reports the block the input ends in
      const cutBlock = outcome.warnings.some((w) => /the input ends inside a/.test(w.message));
      expect(outcome.error?.code === 'gzip' || cutBlock, label).toBe(true);
    }
  }, 300_000);
});
