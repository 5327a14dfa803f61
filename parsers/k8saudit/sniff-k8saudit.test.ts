import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstJsonRecords } from '../common/json-records.js';
import { looksLikeK8sAudit } from './sniff-k8saudit.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataRoot = path.resolve(repoRoot, '../shared/data');
const hasData = existsSync(dataRoot);
if (!hasData) console.warn(`skipping the k8saudit sniffing tests on real samples: ${dataRoot} is absent`);

/** The first 64 KiB of a sample, gunzipped when it is gzip. */
function head(file: string): Uint8Array {
  let bytes = new Uint8Array(readFileSync(file));
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = new Uint8Array(gunzipSync(bytes));
  return bytes.subarray(0, 64 * 1024);
}

const samples = (folder: string) => readdirSync(path.join(dataRoot, folder)).map((name) => path.join(dataRoot, folder, name));

describe('looksLikeK8sAudit', () => {
  it('accepts audit Events and EventLists of every API version, and old exports without apiVersion', () => {
    expect(looksLikeK8sAudit({ kind: 'Event', apiVersion: 'audit.k8s.io/v1', auditID: 'x', stage: 'ResponseComplete' })).toBe(true);
    expect(looksLikeK8sAudit({ kind: 'Event', apiVersion: 'audit.k8s.io/v1beta1' })).toBe(true);
    expect(looksLikeK8sAudit({ kind: 'EventList', apiVersion: 'audit.k8s.io/v1', items: [] })).toBe(true);
    expect(looksLikeK8sAudit({ auditID: 'x', stage: 'RequestReceived', requestURI: '/api' })).toBe(true);
  });

  it('rejects core v1 Events, other kinds and look-alikes', () => {
    expect(looksLikeK8sAudit({ kind: 'Event', apiVersion: 'v1', reason: 'Pulled' })).toBe(false);
    expect(looksLikeK8sAudit({ kind: 'Event', apiVersion: 'events.k8s.io/v1' })).toBe(false);
    expect(looksLikeK8sAudit({ kind: 'Policy', apiVersion: 'audit.k8s.io/v1', rules: [] })).toBe(false);
    expect(looksLikeK8sAudit({ auditID: 'x' })).toBe(false);
    expect(looksLikeK8sAudit({ kind: 'Pod', auditID: 'x', stage: 's', requestURI: '/' })).toBe(false);
    for (const value of [null, 1, 'Event', [], [{ kind: 'Event', apiVersion: 'audit.k8s.io/v1' }]]) expect(looksLikeK8sAudit(value)).toBe(false);
  });

  it.skipIf(!hasData)('is true for the first record of every k8saudit sample and false for every record of the other samples', () => {
    for (const file of samples('k8saudit')) expect(looksLikeK8sAudit(firstJsonRecords(head(file), 1)[0]), file).toBe(true);
    let checked = 0;
    for (const folder of readdirSync(dataRoot).filter((f) => f !== 'k8saudit' && !f.includes('.'))) {
      for (const file of samples(folder)) {
        for (const record of firstJsonRecords(head(file), 50)) {
          checked++;
          expect(looksLikeK8sAudit(record), file).toBe(false);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
