import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstJsonRecords } from '../common/json-records.js';
import { looksLikeGitHub } from './sniff-github.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(repoRoot, '../shared/data');
const hasData = existsSync(dataDir);
if (!hasData) console.warn(`skipping the github sniffer checks on real samples: ${dataDir} is absent`);

/** The first records of every sample of a folder, as sniffing sees them (the first 64 KiB). */
function samples(folder: string): [string, unknown[]][] {
  const dir = path.join(dataDir, folder);
  return readdirSync(dir).sort().map((name) => [name, firstJsonRecords(new Uint8Array(readFileSync(path.join(dir, name))).subarray(0, 64 * 1024))]);
}

describe.skipIf(!hasData)('looksLikeGitHub on the real samples', () => {
  it('says yes to the first record of every github sample', () => {
    const own = samples('github');
    expect(own.length).toBeGreaterThan(0);
    for (const [name, records] of own) expect([name, looksLikeGitHub(records[0])]).toEqual([name, true]);
  });

  it('says no to every record of every other folder (other/ included)', () => {
    const folders = readdirSync(dataDir, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'github').map((d) => d.name);
    expect(folders).toEqual(expect.arrayContaining(['cloudtrail', 'k8saudit', 'tetragon', 'falco', 'other']));
    let seen = 0;
    for (const folder of folders) {
      for (const [name, records] of samples(folder)) {
        for (const record of records) { seen++; expect([folder, name, looksLikeGitHub(record)]).toEqual([folder, name, false]); }
      }
    }
    expect(seen).toBeGreaterThan(50);
  });
});

const NEGATIVES: unknown[] = [
  null, {}, { action: 'opened', sender: { login: 'a' }, repository: { full_name: 'o/r' } },
  { action: 'repo.create', sender: { login: 'a' }, org: 'o', created_at: 1 },
  { action: 'Create', actor: 'a', created_at: 1, org: 'o' },
  { eventName: 'CreateUser', eventTime: '2021-01-01T00:00:00Z', userIdentity: {} },
];
const POSITIVES: unknown[] = [
  { action: 'org.add_member', actor: 'a', created_at: 1583365350878, org: 'o', user: 'u' },
  { action: 'git.clone', actor: 'a', '@timestamp': 1583365350878, repository: 'o/r', _document_id: 'd' },
];

describe('looksLikeGitHub on synthetic records', () => {
  it.each(NEGATIVES)('no: %j', (record) => {
    expect(looksLikeGitHub(record)).toBe(false);
  });
  it.each(POSITIVES)('yes: %j', (record) => {
    expect(looksLikeGitHub(record)).toBe(true);
  });
});
