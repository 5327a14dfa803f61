import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstJsonRecords } from '../common/json-records.js';
import { looksLikeGcpAudit } from './sniff-gcpaudit.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(repoRoot, '../shared/data');
const hasData = existsSync(dataDir);
if (!hasData) console.warn(`skipping the gcpaudit sniffer checks on real samples: ${dataDir} is absent`);

/** The first records of every sample of a folder, as sniffing sees them (the first 64 KiB). */
function samples(folder: string): [string, unknown[]][] {
  const dir = path.join(dataDir, folder);
  return readdirSync(dir).sort().map((name) => [name, firstJsonRecords(new Uint8Array(readFileSync(path.join(dir, name))).subarray(0, 64 * 1024))]);
}

describe.skipIf(!hasData)('looksLikeGcpAudit on the real samples', () => {
  it('says yes to the first record of every gcpaudit sample', () => {
    const own = samples('gcpaudit');
    expect(own.length).toBeGreaterThan(0);
    for (const [name, records] of own) expect([name, looksLikeGcpAudit(records[0])]).toEqual([name, true]);
  });

  it('says no to every record of every other folder (other/ included)', () => {
    const folders = readdirSync(dataDir, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'gcpaudit').map((d) => d.name);
    expect(folders).toEqual(expect.arrayContaining(['cloudtrail', 'k8saudit', 'tetragon', 'falco', 'other']));
    let seen = 0;
    for (const folder of folders) {
      for (const [name, records] of samples(folder)) {
        for (const record of records) { seen++; expect([folder, name, looksLikeGcpAudit(record)]).toEqual([folder, name, false]); }
      }
    }
    expect(seen).toBeGreaterThan(50);
  });
});

const NEGATIVES: unknown[] = [
  null, 'text', [], {},
  { logName: 'projects/p/logs/app', timestamp: '2021-01-01T00:00:00Z', textPayload: 'hello', resource: { type: 'gce_instance' } },
  { finding: { name: 'organizations/1/sources/2/findings/3', category: 'Malware: Bad IP' } },
  { protoPayload: { '@type': 'type.googleapis.com/google.cloud.audit.Other' }, timestamp: '2021-01-01T00:00:00Z' },
];
const POSITIVES: unknown[] = [
  { protoPayload: { '@type': 'type.googleapis.com/google.cloud.audit.AuditLog', methodName: 'x' } },
  { logName: 'organizations/1/logs/cloudaudit.googleapis.com%2Factivity', timestamp: '2021-01-01T00:00:00Z', protoPayload: {} },
];

describe('looksLikeGcpAudit on synthetic records', () => {
  it.each(NEGATIVES)('no: %j', (record) => {
    expect(looksLikeGcpAudit(record)).toBe(false);
  });
  it.each(POSITIVES)('yes: %j', (record) => {
    expect(looksLikeGcpAudit(record)).toBe(true);
  });
});
