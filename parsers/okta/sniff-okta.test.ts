import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstJsonRecords } from '../common/json-records.js';
import { looksLikeOkta } from './sniff-okta.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(repoRoot, '../shared/data');
const hasData = existsSync(dataDir);
if (!hasData) console.warn(`skipping the okta sniffer checks on real samples: ${dataDir} is absent`);

/** The first records of every sample of a folder, as sniffing sees them (the first 64 KiB). */
function samples(folder: string): [string, unknown[]][] {
  const dir = path.join(dataDir, folder);
  return readdirSync(dir).sort().map((name) => [name, firstJsonRecords(new Uint8Array(readFileSync(path.join(dir, name))).subarray(0, 64 * 1024))]);
}

describe.skipIf(!hasData)('looksLikeOkta on the real samples', () => {
  it('says yes to the first record of every okta sample', () => {
    const own = samples('okta');
    expect(own.length).toBeGreaterThan(0);
    for (const [name, records] of own) expect([name, looksLikeOkta(records[0])]).toEqual([name, true]);
  });

  it('says no to every record of every other folder (other/ included)', () => {
    const folders = readdirSync(dataDir, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'okta').map((d) => d.name);
    expect(folders).toEqual(expect.arrayContaining(['cloudtrail', 'k8saudit', 'tetragon', 'falco', 'other']));
    let seen = 0;
    for (const folder of folders) {
      for (const [name, records] of samples(folder)) {
        for (const record of records) { seen++; expect([folder, name, looksLikeOkta(record)]).toEqual([folder, name, false]); }
      }
    }
    expect(seen).toBeGreaterThan(50);
  });
});

const NEGATIVES: unknown[] = [
  null, {}, { eventType: 'user.session.start' },
  { eventType: 'x', published: '2021-01-01T00:00:00Z', actor: 'not an object', uuid: 'u' },
  { action: 'org.add_member', actor: 'a', created_at: 1 },
];
const POSITIVES: unknown[] = [
  { eventType: 'user.session.start', published: '2021-01-01T00:00:00Z', actor: { id: '1' }, uuid: 'u' },
  { eventType_s: 'user.session.start', published_t: '2021-01-01T00:00:00Z', actor_alternateId_s: 'a@b.c', outcome_result_s: 'SUCCESS' },
];

describe('looksLikeOkta on synthetic records', () => {
  it.each(NEGATIVES)('no: %j', (record) => {
    expect(looksLikeOkta(record)).toBe(false);
  });
  it.each(POSITIVES)('yes: %j', (record) => {
    expect(looksLikeOkta(record)).toBe(true);
  });
});
