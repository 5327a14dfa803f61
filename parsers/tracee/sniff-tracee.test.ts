import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstJsonRecords } from '../common/json-records.js';
import { looksLikeTracee } from './sniff-tracee.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataRoot = path.resolve(repoRoot, '../shared/data');
const hasData = existsSync(dataRoot);
if (!hasData) console.warn(`skipping the Tracee sniffing tests on real samples: ${dataRoot} is absent`);

function head(file: string): Uint8Array {
  let bytes = new Uint8Array(readFileSync(file));
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = new Uint8Array(gunzipSync(bytes));
  return bytes.subarray(0, 64 * 1024);
}

const folders = () => readdirSync(dataRoot, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const samples = (folder: string) => readdirSync(path.join(dataRoot, folder)).map((name) => path.join(dataRoot, folder, name));

describe('looksLikeTracee', () => {
  it('accepts both Tracee shapes, rejects look-alikes', () => {
    expect(looksLikeTracee({ timestamp: 1, eventName: 'openat', processId: 1, threadId: 1, args: [] })).toBe(true);
    expect(looksLikeTracee({ eventName: 'openat', processId: 1, hostProcessId: 1, argsNum: 0 })).toBe(true);
    expect(looksLikeTracee({ name: 'x', workload: { process: {} }, timestamp: { seconds: '1' } })).toBe(true);
    expect(looksLikeTracee({ eventName: 'openat', processId: 1, args: [] })).toBe(false);
    expect(looksLikeTracee({ eventName: 'x', processId: '1', threadId: 1, args: [] })).toBe(false);
    expect(looksLikeTracee({ name: 'x', workload: {}, timestamp: { seconds: '1' } })).toBe(false);
    // a Velociraptor-style Tracee re-export (EventType/System/EventData) is not Tracee's own output
    expect(looksLikeTracee({ EventType: 'security_file_open', System: { EventName: 'security_file_open', ProcessID: 1 } })).toBe(false);
    for (const value of [null, 1, 'eventName', [], [{ eventName: 'x', processId: 1, threadId: 1, args: [] }]]) expect(looksLikeTracee(value)).toBe(false);
  });

  it.skipIf(!hasData)('is false for every record of every sample (there is no Tracee sample)', () => {
    let checked = 0;
    for (const folder of folders()) {
      for (const file of samples(folder)) {
        for (const record of firstJsonRecords(head(file), 1000)) { checked++; expect(looksLikeTracee(record), file).toBe(false); }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
