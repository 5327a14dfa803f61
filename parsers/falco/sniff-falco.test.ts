import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstJsonRecords } from '../common/json-records.js';
import { looksLikeFalco } from './sniff-falco.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataRoot = path.resolve(repoRoot, '../shared/data');
const hasData = existsSync(dataRoot);
if (!hasData) console.warn(`skipping the Falco sniffing tests on real samples: ${dataRoot} is absent`);

function head(file: string): Uint8Array {
  let bytes = new Uint8Array(readFileSync(file));
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = new Uint8Array(gunzipSync(bytes));
  return bytes.subarray(0, 64 * 1024);
}

const folders = () => readdirSync(dataRoot, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const samples = (folder: string) => readdirSync(path.join(dataRoot, folder)).map((name) => path.join(dataRoot, folder, name));

describe('looksLikeFalco', () => {
  it('accepts alerts with a priority or output fields, rejects look-alikes', () => {
    expect(looksLikeFalco({ rule: 'r', output: 'o', priority: 'Warning' })).toBe(true);
    expect(looksLikeFalco({ rule: 'r', output: 'o', priority: 'x', output_fields: {} })).toBe(true);
    expect(looksLikeFalco({ rule: 'r', output: 'o', priority: 'urgent' })).toBe(false);
    expect(looksLikeFalco({ rule: 'r', priority: 'Warning' })).toBe(false);
    expect(looksLikeFalco({ rule: 1, output: 'o', priority: 'Warning' })).toBe(false);
    for (const value of [null, 1, 'rule', [], [{ rule: 'r', output: 'o', priority: 'Warning' }]]) expect(looksLikeFalco(value)).toBe(false);
  });

  it.skipIf(!hasData)('is true for the Falco sample and false for every record of every other sample', () => {
    for (const file of samples('falco')) expect(firstJsonRecords(head(file)).some(looksLikeFalco), file).toBe(true);
    let checked = 0;
    for (const folder of folders().filter((f) => f !== 'falco')) {
      for (const file of samples(folder)) {
        for (const record of firstJsonRecords(head(file), 1000)) { checked++; expect(looksLikeFalco(record), file).toBe(false); }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
