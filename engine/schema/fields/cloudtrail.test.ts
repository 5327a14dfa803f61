import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CloudTrailReader } from '../../../parsers/cloudtrail/cloudtrail-reader.js';
import { collect, utf8 } from '../../../parsers/test-support.js';
import { CLOUDTRAIL_FIELDS, CLOUDTRAIL_SUBTREE_PREFIXES, cloudTrailSubtreeField } from './cloudtrail.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = path.resolve(repoRoot, '../shared/data/cloudtrail');

async function attrKeys(bytes: Uint8Array): Promise<Set<string>> {
  const { rows } = await collect(bytes, 0, { kind: 'cloudtrail' }, (o, s) => new CloudTrailReader(o, s));
  return new Set(rows.flatMap((r) => Object.keys((r.attrs ?? {}) as object)));
}

describe('CLOUDTRAIL_FIELDS', () => {
  it('names are unique, in the ct/s3/ec2/ecr/iam namespaces, and compile to attrs lookups (ct.request to args_json)', () => {
    const names = CLOUDTRAIL_FIELDS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const field of CLOUDTRAIL_FIELDS) {
      expect(field.name).toMatch(/^(ct|s3|ec2|ecr|iam)\.[a-z0-9.]+$/);
      expect(field.description.length).toBeGreaterThan(10);
      if (field.name !== 'ct.request') expect(field.sql).toMatch(/^(TRY_CAST\()?attrs\['[A-Za-z0-9.]+'\](\[1\])?( AS BIGINT\))?$/);
    }
    expect(CLOUDTRAIL_FIELDS.find((f) => f.name === 'ct.request')).toMatchObject({ sql: 'args_json' });
    expect(CLOUDTRAIL_FIELDS.find((f) => f.name === 'ct.resources')).toMatchObject({ multi: true, sql: "attrs['ct.resources']" });
    expect(CLOUDTRAIL_FIELDS.find((f) => f.name === 'ct.request.username')).toMatchObject({ sql: "attrs['ct.request.userName'][1]" });
    expect(CLOUDTRAIL_FIELDS.find((f) => f.name === 's3.bytes')).toMatchObject({ type: 'int', sql: "TRY_CAST(attrs['s3.bytes'][1] AS BIGINT)" });
    expect(CLOUDTRAIL_FIELDS.find((f) => f.name === 'ct.type')).toMatchObject({ sql: "attrs['ct.eventtype'][1]" });
  });

  it('cloudTrailSubtreeField: any flattened key, multi-valued; nothing outside the subtrees', () => {
    expect(cloudTrailSubtreeField('ct.request.instancesSet.items.instanceId')).toMatchObject({
      name: 'ct.request.instancesSet.items.instanceId', multi: true, sql: "attrs['ct.request.instancesSet.items.instanceId']",
    });
    expect(cloudTrailSubtreeField("ct.response.x'y")?.sql).toBe("attrs['ct.response.x''y']");
    expect(cloudTrailSubtreeField('ct.request.')).toBeUndefined();
    expect(cloudTrailSubtreeField('ct.name')).toBeUndefined();
  });

  it('lists every attrs key the reader writes outside the flattened subtrees (real samples and a kitchen-sink record)', async () => {
    const keys = new Set<string>();
    if (existsSync(dataDir)) for (const name of readdirSync(dataDir)) for (const k of await attrKeys(new Uint8Array(readFileSync(path.join(dataDir, name))))) keys.add(k);
    const record = {
      eventVersion: '1.09', eventTime: '2024-01-01T00:00:00Z', eventSource: 'ec2.amazonaws.com', eventName: 'RunInstances', awsRegion: 'us-east-1',
      userIdentity: { type: 'AssumedRole', arn: 'arn:aws:sts::1:assumed-role/r/s', principalId: 'A:s', accountId: '1', accessKeyId: 'ASIA', invokedBy: 'x',
        sessionContext: { sessionIssuer: { arn: 'arn:aws:iam::1:role/r', userName: 'r' }, attributes: { mfaAuthenticated: 'true' } } },
      sourceIPAddress: '1.2.3.4', userAgent: 'ua', errorCode: 'E', errorMessage: 'm', readOnly: false, managementEvent: true, requestID: 'r', eventID: 'e',
      eventType: 'AwsApiCall', eventCategory: 'Management', apiVersion: '1', recipientAccountId: '1', sharedEventID: 's', vpcEndpointId: 'v',
      sessionCredentialFromConsole: 'true', serviceEventDetails: { a: 1 }, edgeDeviceDetails: { b: 2 },
      addendum: { reason: 'r', updatedFields: 'f', originalRequestID: 'o', originalEventID: 'o' },
      tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'c', clientProvidedHostHeader: 'h' }, resources: [{ ARN: 'arn:x' }],
      requestParameters: { bucketName: 'b', key: 'k', tagSpecificationSet: { items: [{ resourceType: 'instance', tags: [{ key: 'Name', value: 'n' }] }] } },
      responseElements: { instancesSet: { items: [{ imageId: 'ami-1' }] } }, additionalEventData: { bytesTransferredIn: 1, bytesTransferredOut: 2 },
    };
    const bridge = { 'detail-type': 'AWS API Call via CloudTrail', detail: { ...record, eventName: 'X' } };
    const lookup = { EventId: 'e', EventName: 'n', EventSource: 's', Username: 'u', AccessKeyId: 'k', ReadOnly: 'true', Resources: [{ ResourceName: 'r' }], CloudTrailEvent: '{' };
    for (const k of await attrKeys(utf8([record, bridge, lookup].map((r) => JSON.stringify(r)).join('\n')))) keys.add(k);
    const known = new Set(CLOUDTRAIL_FIELDS.map((f) => f.name));
    const unknown = [...keys].filter((k) => !known.has(k) && !CLOUDTRAIL_SUBTREE_PREFIXES.some((p) => k.startsWith(p)));
    expect(unknown).toEqual([]);
    const stored = CLOUDTRAIL_FIELDS.filter((f) => /^attrs\['([^']+)'\]/.test(f.sql) && f.sql.includes(`'${f.name}'`)).map((f) => f.name);
    expect(stored.filter((name) => !keys.has(name) && !CLOUDTRAIL_SUBTREE_PREFIXES.some((p) => name.startsWith(p)))).toEqual([]);
  });
});
