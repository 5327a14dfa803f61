import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Sha256 } from './sha256.js';

function hashInChunks(data: Uint8Array, size: number): string {
  const hash = new Sha256();
  for (let i = 0; i < data.length; i += size) hash.update(data.subarray(i, i + size));
  return hash.digestHex();
}

describe('Sha256', () => {
  it('matches the FIPS 180-2 example for "abc" and the empty input', () => {
    const abc = new Sha256();
    abc.update(new Uint8Array([0x61, 0x62, 0x63]));
    expect(abc.digestHex()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(new Sha256().digestHex()).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('matches node:crypto on random data of every length around block edges, in any chunking', () => {
    for (const length of [1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 100_003]) {
      const data = randomBytes(length);
      const expected = createHash('sha256').update(data).digest('hex');
      for (const size of [1, 3, 7, 64, 4093, length]) expect(hashInChunks(data, size)).toBe(expected);
    }
  });
});
