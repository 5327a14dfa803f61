import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BlockReader, MAX_EVENT_BLOCK_BYTES, type RawBlock } from './block-reader.js';
import { blockLayout, blockTypeName } from './block-types.js';
import { frameEvent } from './event-record.js';

const DATA = path.resolve(__dirname, '../../../shared/data/scap');
const SAMPLES = existsSync(DATA) ? readdirSync(DATA).filter((f) => /\.scap(\.gz)?$/.test(f)) : [];

interface Seen { blocks: { type: number; offset: number; length: number }[]; warnings: { offset: number; message: string }[] }

function read(bytes: Uint8Array, chunk: number): Seen {
  const seen: Seen = { blocks: [], warnings: [] };
  const reader = new BlockReader({
    block: (b: RawBlock) => seen.blocks.push({ type: b.type, offset: b.offset, length: b.bytes.length }),
    warning: (offset, message) => seen.warnings.push({ offset, message }),
  });
  for (let i = 0; i < bytes.length; i += chunk) reader.push(bytes.subarray(i, i + chunk));
  reader.finish();
  return seen;
}

function load(name: string): Uint8Array {
  const raw = readFileSync(path.join(DATA, name));
  return raw[0] === 0x1f ? gunzipSync(raw) : raw;
}

/** A block of `type` with `body` padded to 4 bytes, in the given byte order. */
function block(type: number, body: number[], littleEndian = true): number[] {
  const padded = [...body, ...new Array((4 - (body.length % 4)) % 4).fill(0)];
  const total = padded.length + 12;
  const u32 = (v: number): number[] => {
    const b = [v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255];
    return littleEndian ? b : b.reverse();
  };
  return [...u32(type), ...u32(total), ...padded, ...u32(total)];
}

function u32le(v: number): number[] {
  return [v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255];
}

function shb(littleEndian = true): number[] {
  const magic = littleEndian ? [0x4d, 0x3c, 0x2b, 0x1a] : [0x1a, 0x2b, 0x3c, 0x4d];
  const version = littleEndian ? [1, 0, 2, 0] : [0, 1, 0, 2];
  return block(0x0a0d0d0a, [...magic, ...version, ...new Array(8).fill(0xff)], littleEndian);
}

describe('BlockReader on synthetic input', () => {
  it('reads blocks of either byte order, across every chunk size', () => {
    for (const littleEndian of [true, false]) {
      const bytes = Uint8Array.from([...shb(littleEndian), ...block(0x201, new Array(180).fill(0), littleEndian), ...block(0x999, [1, 2, 3], littleEndian)]);
      for (const chunk of [1, 3, 7, 13, 1000]) {
        const seen = read(bytes, chunk);
        expect(seen.warnings).toEqual([]);
        expect(seen.blocks.map((b) => [blockTypeName(b.type), b.offset, b.length])).toEqual([['SHB', 0, 28], ['MI', 28, 192], ['0x00000999', 220, 16]]);
      }
    }
  });

  it('stops with the offset and block type on a too small, too large or mismatched length', () => {
    const good = shb();
    const small = [...good, 0x04, 0x02, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0];
    expect(read(Uint8Array.from(small), 5).warnings[0].message).toMatch(/^EV block: length 8 is too small.*byte 28$/);
    const large = [...good, 0x04, 0x02, 0, 0, 0, 0, 0, 0x7f, 0, 0, 0, 0];
    expect(read(Uint8Array.from(large), 5).warnings[0].message).toMatch(/^EV block: length 2130706432 is larger/);
    const mismatch = [...good, ...block(0x204, [1, 2, 3, 4]).slice(0, -4), 9, 0, 0, 0];
    const seen = read(Uint8Array.from(mismatch), 4);
    expect(seen.blocks).toHaveLength(1);
    expect(seen.warnings).toEqual([{ offset: 28, message: expect.stringMatching(/^EV block: the trailer length 9 does not match the header length 16/) }]);
  });

  it('reports a block cut off by the end of the input and a wrong byte-order magic', () => {
    const cut = [...shb(), ...block(0x216, new Array(40).fill(0)).slice(0, 30)];
    expect(read(Uint8Array.from(cut), 8).warnings).toEqual([{ offset: 28, message: expect.stringMatching(/inside a EV_V2 block \(30 of 52 bytes present\)/) }]);
    const header = [...shb(), 0x16, 0x02];
    expect(read(Uint8Array.from(header), 8).warnings[0].message).toMatch(/inside a block header/);
    const magic = shb();
    magic[8] = 0;
    expect(read(Uint8Array.from(magic), 8).warnings[0].message).toMatch(/byte-order magic is wrong \(00 3c 2b 1a\)/);
  });
});

describe('BlockReader memory', () => {
  it('buffers only the bytes that arrived for a block claiming 60 MiB, and drops them at the end', () => {
    const warnings: string[] = [];
    const reader = new BlockReader({ block: () => undefined, warning: (offset, message) => warnings.push(`${offset}: ${message}`) });
    reader.push(Uint8Array.from(shb()));
    reader.push(Uint8Array.from([0x15, 0x02, 0, 0, ...u32le(60 << 20), 1, 2, 3, 4]));
    expect(reader.bufferedBytes).toBeLessThanOrEqual(64 * 1024);
    for (let i = 0; i < 16; i++) reader.push(new Uint8Array(64 * 1024));
    expect(reader.bufferedBytes).toBeLessThanOrEqual(2 * (17 * 64 * 1024 + 12));
    expect(warnings).toEqual([]);
    reader.finish();
    expect(reader.bufferedBytes).toBe(0);
    expect(warnings).toEqual([`28: the input ends inside a PL_V9 block (${16 * 64 * 1024 + 12} of ${60 << 20} bytes present); reading stopped at byte 28`]);
  });

  it('stops at once on an event block longer than 64 KiB unless it is a _LARGE one', () => {
    const claim = (type: number, total: number): Seen => read(Uint8Array.from([...shb(), ...u32le(type), ...u32le(total), 0, 0, 0, 0]), 1000);
    expect(claim(0x216, MAX_EVENT_BLOCK_BYTES + 4).warnings).toEqual([{ offset: 28, message: `EV_V2 block: length ${MAX_EVENT_BLOCK_BYTES + 4} is larger than the ${MAX_EVENT_BLOCK_BYTES}-byte limit; reading stopped at byte 28` }]);
    expect(claim(0x204, 1 << 20).warnings[0].message).toMatch(/^EV block: length 1048576 is larger than the 65544-byte limit/);
    expect(claim(0x216, MAX_EVENT_BLOCK_BYTES).warnings[0].message).toMatch(/inside a EV_V2 block \(12 of 65544 bytes/);
    expect(claim(0x221, 1 << 20).warnings[0].message).toMatch(/inside a EV_V2_LARGE block \(12 of 1048576 bytes/);
  });
});

describe.skipIf(SAMPLES.length === 0)('BlockReader on the real captures', () => {
  if (SAMPLES.length === 0) console.warn(`skipped: no captures in ${DATA}`);
  it.each(SAMPLES)('%s: the same blocks whatever the chunk size, every event framed', (name) => {
    const bytes = load(name);
    const whole = read(bytes, bytes.length);
    expect(whole.warnings).toEqual([]);
    const last = whole.blocks[whole.blocks.length - 1];
    expect(last.offset + last.length).toBe(bytes.length);
    expect(read(bytes, 997)).toEqual(whole);
    const reader = new BlockReader({
      block: (b) => {
        const layout = blockLayout(b.type);
        if (layout?.kind === 'event') expect(typeof frameEvent(b.bytes, layout, b.littleEndian)).toBe('object');
      },
      warning: (offset, message) => { throw new Error(`${offset}: ${message}`); },
    });
    reader.push(bytes);
    reader.finish();
  });
});
