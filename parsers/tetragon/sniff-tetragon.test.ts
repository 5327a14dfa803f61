import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstJsonRecords } from '../common/json-records.js';
import { looksLikeTetragon } from './sniff-tetragon.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataRoot = path.resolve(repoRoot, '../shared/data');
const hasData = existsSync(dataRoot);
if (!hasData) console.warn(`skipping the Tetragon sniffing tests on real samples: ${dataRoot} is absent`);

function head(file: string): Uint8Array {
  let bytes = new Uint8Array(readFileSync(file));
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = new Uint8Array(gunzipSync(bytes));
  return bytes.subarray(0, 64 * 1024);
}

const folders = () => readdirSync(dataRoot, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const samples = (folder: string) => readdirSync(path.join(dataRoot, folder)).map((name) => path.join(dataRoot, folder, name));

describe('looksLikeTetragon', () => {
  it('accepts process_* events with a process, in both key spellings; rejects look-alikes', () => {
    expect(looksLikeTetragon({ process_exec: { process: { exec_id: 'x' } } })).toBe(true);
    expect(looksLikeTetragon({ process_kprobe: { process: { binary: '/bin/sh' } }, time: 't' })).toBe(true);
    expect(looksLikeTetragon({ processExec: { process: { execId: 'x' } } })).toBe(true);
    expect(looksLikeTetragon({ process_exec: { process: {} } })).toBe(false);
    expect(looksLikeTetragon({ process: { exec_id: 'x' } })).toBe(false);
    expect(looksLikeTetragon({ processes: { process: { exec_id: 'x' } } })).toBe(false);
    expect(looksLikeTetragon({ rate_limit_info: {} })).toBe(false);
    for (const value of [null, 1, 'process_exec', [], [{ process_exec: { process: { exec_id: 'x' } } }]]) expect(looksLikeTetragon(value)).toBe(false);
  });

  it.skipIf(!hasData)('is true for every Tetragon sample and false for every record of every other sample', () => {
    for (const file of samples('tetragon')) expect(firstJsonRecords(head(file)).every(looksLikeTetragon), file).toBe(true);
    let checked = 0;
    for (const folder of folders().filter((f) => f !== 'tetragon')) {
      for (const file of samples(folder)) {
        for (const record of firstJsonRecords(head(file), 1000)) { checked++; expect(looksLikeTetragon(record), file).toBe(false); }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
