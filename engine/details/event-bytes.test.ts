import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { LoadInput } from '../api.js';
import { EventBytesReader } from './event-bytes.js';

const BYTES = Uint8Array.from({ length: 50_000 }, (_, i) => (i * 7 + (i >> 8)) & 0xff);

/** An input over `raw` fed in `chunk`-byte pieces, counting opens and range reads. */
function inputOf(raw: Uint8Array, chunk: number, seekable: boolean) {
  const counts = { opens: 0, ranges: 0 };
  const input: LoadInput = {
    name: 'x.bin',
    open: async function* () {
      counts.opens++;
      for (let i = 0; i < raw.length; i += chunk) yield raw.slice(i, i + chunk);
    },
    ...(seekable ? { readRange: async (start: number, end: number) => { counts.ranges++; return raw.slice(start, end); } } : {}),
  };
  return { input, counts };
}

describe('EventBytesReader', () => {
  it.each([
    ['plain, seekable', BYTES, true],
    ['plain, stream only', BYTES, false],
    ['gzip, seekable', new Uint8Array(gzipSync(BYTES)), true],
    ['gzip, stream only', new Uint8Array(gzipSync(BYTES)), false],
  ])('reads records back from %s inputs', async (_, raw, seekable) => {
    for (const chunk of [1, 333, 1 << 16]) {
      const reader = new EventBytesReader(1000);
      reader.remember(1, inputOf(raw, chunk, seekable).input);
      for (const [offset, length] of [[0, 10], [12_345, 600], [49_990, 10], [25_000, 1]]) {
        expect(await reader.read(1, offset, length)).toEqual(BYTES.slice(offset, offset + length));
      }
    }
  });

  it('serves neighbouring records of a gzip input from its window, and drops old windows', async () => {
    const { input, counts } = inputOf(new Uint8Array(gzipSync(BYTES)), 4096, true);
    const reader = new EventBytesReader(1000, 1);
    reader.remember(1, input);
    await reader.read(1, 20_000, 100);
    await reader.read(1, 19_200, 100);
    await reader.read(1, 20_800, 100);
    expect(counts.opens).toBe(1);
    await reader.read(1, 30_000, 100);
    expect(counts.opens).toBe(2);
    const other = inputOf(new Uint8Array(gzipSync(BYTES)), 4096, false);
    reader.remember(2, other.input);
    await reader.read(2, 100, 10);
    await reader.read(1, 30_000, 100); // source 1's window was dropped (one kept)
    expect(counts.opens).toBe(3);
  });

  it('reads a seekable plain input by range, without streaming it', async () => {
    const { input, counts } = inputOf(BYTES, 4096, true);
    const reader = new EventBytesReader();
    reader.remember(1, input);
    expect(await reader.read(1, 40_000, 5)).toEqual(BYTES.slice(40_000, 40_005));
    expect(counts).toEqual({ opens: 0, ranges: 2 });
  });

  it('rejects a record past the end of the file and an unknown source', async () => {
    for (const seekable of [true, false]) {
      const reader = new EventBytesReader();
      reader.remember(1, inputOf(BYTES, 4096, seekable).input);
      await expect(reader.read(1, 49_999, 10)).rejects.toThrow(/x.bin ends (at byte 50000, )?before the record at bytes 49999–50009/);
    }
    const reader = new EventBytesReader();
    await expect(reader.read(3, 0, 1)).rejects.toThrow(/source 3 is not in the case/);
    reader.remember(3, inputOf(BYTES, 4096, true).input);
    reader.forget(3);
    expect(reader.has(3)).toBe(false);
  });
});
