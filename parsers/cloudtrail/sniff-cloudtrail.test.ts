import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstJsonRecords } from '../common/json-records.js';
import { looksLikeCloudTrail } from './sniff-cloudtrail.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataRoot = path.resolve(repoRoot, '../shared/data');
const hasData = existsSync(path.join(dataRoot, 'cloudtrail'));
if (!hasData) console.warn(`skipping the sniffing tests on real samples: ${dataRoot} is absent`);

/** The records of the first 64 KiB of a sample, as parseStream hands them to sniffing. */
function headRecords(file: string): unknown[] {
  let bytes = new Uint8Array(readFileSync(file));
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = new Uint8Array(gunzipSync(bytes));
  return firstJsonRecords(bytes.subarray(0, 64 * 1024));
}

function samples(folder: string): string[] {
  const dir = path.join(dataRoot, folder);
  return readdirSync(dir).map((name) => path.join(dir, name)).filter((file) => statSync(file).isFile());
}

const event = {
  eventVersion: '1.08', eventTime: '2023-03-01T10:00:00Z', eventSource: 'iam.amazonaws.com', eventName: 'CreateUser',
  userIdentity: { type: 'IAMUser' }, awsRegion: 'us-east-1',
};

describe('looksLikeCloudTrail', () => {
  it('accepts a record, a LookupEvents/Lake row, a digest file, an EventBridge envelope and whole wrappers', () => {
    expect(looksLikeCloudTrail(event)).toBe(true);
    const row = { EventId: 'e', EventName: 'CreateUser', EventTime: '2023-03-01T10:00:00Z', CloudTrailEvent: JSON.stringify(event) };
    expect(looksLikeCloudTrail(row)).toBe(true);
    expect(looksLikeCloudTrail({ digestStartTime: 'a', digestEndTime: 'b', digestSignatureAlgorithm: 'SHA256withRSA', logFiles: [] })).toBe(true);
    expect(looksLikeCloudTrail({ 'detail-type': 'AWS API Call via CloudTrail', detail: event })).toBe(true);
    expect(looksLikeCloudTrail({ Records: [event] })).toBe(true);
    expect(looksLikeCloudTrail({ Events: [row], NextToken: 'x' })).toBe(true);
  });

  it('rejects look-alikes', () => {
    expect(looksLikeCloudTrail(null)).toBe(false);
    expect(looksLikeCloudTrail([event])).toBe(false);
    expect(looksLikeCloudTrail({ eventName: 'x' })).toBe(false);
    expect(looksLikeCloudTrail({ eventName: 'x', eventSource: 'my-app', eventTime: 't' })).toBe(false);
    expect(looksLikeCloudTrail({ eventName: { value: 'x' }, eventSource: { value: 'Administrative' } })).toBe(false);
    expect(looksLikeCloudTrail({ CloudTrailEvent: '{}' })).toBe(false);
    expect(looksLikeCloudTrail({ Records: [] })).toBe(false);
    expect(looksLikeCloudTrail({ Records: [{ eventName: 'x' }] })).toBe(false);
  });

  describe.skipIf(!hasData)('on the real samples', () => {
    it('every cloudtrail sample: its first record', () => {
      for (const file of samples('cloudtrail')) {
        const records = headRecords(file);
        expect(records.length, file).toBeGreaterThan(0);
        expect(looksLikeCloudTrail(records[0]), file).toBe(true);
      }
    });

    it('no record of any other folder', () => {
      const folders = readdirSync(dataRoot).filter((f) => f !== 'cloudtrail' && statSync(path.join(dataRoot, f)).isDirectory());
      expect(folders.length).toBeGreaterThan(5);
      let seen = 0;
      for (const folder of folders) {
        for (const file of samples(folder)) {
          for (const record of headRecords(file)) {
            seen++;
            expect(looksLikeCloudTrail(record), `${folder}/${path.basename(file)}`).toBe(false);
          }
        }
      }
      expect(seen).toBeGreaterThan(50);
    });
  });
});
