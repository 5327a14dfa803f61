import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstJsonRecords } from '../common/json-records.js';
import { looksLikeAzure } from './sniff-azure.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(repoRoot, '../shared/data');
const hasData = existsSync(dataDir);
if (!hasData) console.warn(`skipping the azure sniffer checks on real samples: ${dataDir} is absent`);

/** The first records of every sample of a folder, as sniffing sees them (the first 64 KiB). */
function samples(folder: string): [string, unknown[]][] {
  const dir = path.join(dataDir, folder);
  return readdirSync(dir).sort().map((name) => [name, firstJsonRecords(new Uint8Array(readFileSync(path.join(dir, name))).subarray(0, 64 * 1024))]);
}

describe.skipIf(!hasData)('looksLikeAzure on the real samples', () => {
  it('says yes to the first record of every azure sample', () => {
    const own = samples('azure');
    expect(own.length).toBeGreaterThan(0);
    for (const [name, records] of own) expect([name, looksLikeAzure(records[0])]).toEqual([name, true]);
  });

  it('says no to every record of every other folder (other/ included)', () => {
    const folders = readdirSync(dataDir, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'azure').map((d) => d.name);
    expect(folders).toEqual(expect.arrayContaining(['cloudtrail', 'k8saudit', 'tetragon', 'falco', 'other']));
    let seen = 0;
    for (const folder of folders) {
      for (const [name, records] of samples(folder)) {
        for (const record of records) { seen++; expect([folder, name, looksLikeAzure(record)]).toEqual([folder, name, false]); }
      }
    }
    expect(seen).toBeGreaterThan(50);
  });
});

const NEGATIVES: unknown[] = [
  null, {}, { TenantId: 't', TimeGenerated: '2022-05-11T18:10:21.997Z', Type: 'Syslog', SyslogMessage: 'x' },
  { TenantId: 't', TimeGenerated: '2020-05-26T22:20:03.402Z', Type: 'Okta_CL', eventType: 'user.session.start' },
  { time: '2021-01-01T00:00:00Z', operationName: 'x', category: 'SomethingElse', resourceId: 'arn:aws:s3:::b' },
  { CreationTime: '2022-05-07T12:55:53', Operation: 'x' },
];
const POSITIVES: unknown[] = [
  { time: '2021-01-01T00:00:00Z', operationName: 'MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE', category: 'Administrative', resourceId: '/SUBSCRIPTIONS/S/RESOURCEGROUPS/G/PROVIDERS/MICROSOFT.COMPUTE/VIRTUALMACHINES/VM' },
  { activityDateTime: '2021-01-01T00:00:00Z', activityDisplayName: 'Add member to group', loggedByService: 'Core Directory' },
  { createdDateTime: '2021-01-01T00:00:00Z', userPrincipalName: 'a@b.c', status: { errorCode: 0 } },
  { TimeGenerated: '2021-01-01T00:00:00Z', Type: 'SigninLogs', Category: 'SignInLogs', UserPrincipalName: 'a@b.c' },
  { CreationTime: '2022-05-07T12:55:53', Operation: 'UserLoggedIn', Workload: 'AzureActiveDirectory', UserId: 'a@b.c' },
];

describe('looksLikeAzure on synthetic records', () => {
  it.each(NEGATIVES)('no: %j', (record) => {
    expect(looksLikeAzure(record)).toBe(false);
  });
  it.each(POSITIVES)('yes: %j', (record) => {
    expect(looksLikeAzure(record)).toBe(true);
  });
});
