import { describe, expect, it } from 'vitest';
import {
  actorOf, argsSummary, categoryOf, ec2ImageIds, ec2Name, falcoUser, infoOf, isIpAddress, originalUser, s3Facts, targetOf,
} from './event-fields.js';

describe('falcoUser / originalUser / actorOf (Falco ct.user, ct.originaluser)', () => {
  it.each([
    [{ type: 'Root', arn: 'arn:aws:iam::1:root', userName: 'acme' }, 'acme', 'acme', 'arn:aws:iam::1:root'],
    [{ type: 'IAMUser', userName: 'bob', arn: 'arn:aws:iam::1:user/bob' }, 'bob', 'bob', 'arn:aws:iam::1:user/bob'],
    [{ type: 'AWSService', invokedBy: 'ec2.amazonaws.com' }, 'ec2.amazonaws.com', undefined, 'ec2.amazonaws.com'],
    [{ type: 'AssumedRole', arn: 'arn:aws:sts::1:assumed-role/admin/sess', principalId: 'AROA:sess', sessionContext: { sessionIssuer: { userName: 'admin' } } }, 'admin', 'sess', 'arn:aws:sts::1:assumed-role/admin/sess'],
    [{ type: 'AssumedRole', principalId: 'AROA:sess2' }, 'AssumedRole', 'sess2', 'AROA:sess2'],
    [{ type: 'AWSAccount', principalId: 'AIDA', accountId: '2' }, 'AWSAccount', undefined, 'AIDA'],
    [{ type: 'FederatedUser', arn: 'arn:aws:sts::1:federated-user/f' }, 'FederatedUser', undefined, 'arn:aws:sts::1:federated-user/f'],
    [{ type: 'IdentityCenterUser', userName: 'x' }, undefined, 'x', 'x'],
  ])('%j', (identity, user, original, actor) => {
    expect(falcoUser(identity)).toBe(user);
    expect(originalUser(identity)).toBe(original);
    expect(actorOf(identity)).toBe(actor);
  });

  it('no userIdentity: nothing', () => {
    expect(falcoUser(undefined)).toBeUndefined();
    expect(actorOf(undefined)).toBeUndefined();
  });
});

describe('categoryOf', () => {
  it.each([
    ['ConsoleLogin', 'signin.amazonaws.com', 'AwsConsoleSignIn', 'auth'],
    ['CheckMfa', 'signin.amazonaws.com', 'AwsConsoleSignIn', 'auth'],
    ['SwitchRole', 'signin.amazonaws.com', 'AwsConsoleAction', 'auth'],
    ['AssumeRole', 'sts.amazonaws.com', 'AwsApiCall', 'auth'],
    ['AssumeRoleWithWebIdentity', 'sts.amazonaws.com', 'AwsApiCall', 'auth'],
    ['GetSessionToken', 'sts.amazonaws.com', 'AwsApiCall', 'auth'],
    ['GetFederationToken', 'sts.amazonaws.com', 'AwsApiCall', 'auth'],
    ['GetCallerIdentity', 'sts.amazonaws.com', 'AwsApiCall', 'cloud-api'],
    ['AssumeRole', 'example.amazonaws.com', 'AwsApiCall', 'cloud-api'],
    ['RunInstances', 'ec2.amazonaws.com', 'AwsApiCall', 'cloud-api'],
  ])('%s from %s', (name, source, type, category) => {
    expect(categoryOf(name, source, type)).toBe(category);
  });
});

describe('targetOf', () => {
  it('the first resource ARN wins', () => {
    expect(targetOf({ resources: [{ ARNPrefix: 'arn:aws:s3:::b/' }, { ARN: 'arn:aws:s3:::b' }], requestParameters: { bucketName: 'b' } })).toBe('arn:aws:s3:::b');
  });
  it.each([
    [{ bucketName: 'b', key: 'k/1' }, 'b/k/1'],
    [{ bucketName: 'b' }, 'b'],
    [{ instancesSet: { items: [{ instanceId: 'i-1' }, { instanceId: 'i-2' }] } }, 'i-1'],
    [{ instanceIds: ['i-3'], documentName: 'AWS-RunShellScript' }, 'i-3'],
    [{ userName: 'u', policyArn: 'arn:p' }, 'u'],
    [{ roleName: 'r' }, 'r'],
    [{ secretId: 's' }, 's'],
    [{ name: 'trail' }, 'trail'],
    [{ name: '' }, undefined],
    [{ maxResults: 5 }, undefined],
  ])('%j', (request, expected) => {
    expect(targetOf({ requestParameters: request })).toBe(expected);
  });
  it('no parameters, no resources', () => {
    expect(targetOf({ requestParameters: null })).toBeUndefined();
  });
});

describe('infoOf (Falco ct.info)', () => {
  const parts = { user: 'alice', srcIp: '1.2.3.4', eventName: 'PutObject', failed: false, readOnly: 'false' };
  it('S3 details', () => {
    const event = { requestParameters: { bucketName: 'b', key: 'k' }, additionalEventData: { bytesTransferredIn: 10, bytesTransferredOut: '5' } };
    expect(infoOf(event, parts, s3Facts(event))).toBe('alice via 1.2.3.4 → PutObject Size=15 URI=s3://b/k');
  });
  it('errors, read-only, no source IP, Host', () => {
    const event = { requestParameters: { Host: 'h.example' } };
    expect(infoOf(event, { ...parts, srcIp: undefined, failed: true, readOnly: 'true', eventName: 'ListBuckets' }, s3Facts(event)))
      .toBe('alice !← ListBuckets Host=h.example');
  });
  it('PutBucketPublicAccessBlock', () => {
    const event = { requestParameters: { bucketName: 'b', PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: false } } };
    expect(infoOf(event, { ...parts, eventName: 'PutBucketPublicAccessBlock' }, s3Facts(event)))
      .toBe('alice via 1.2.3.4 → PutBucketPublicAccessBlock BlockPublicAcls=true BlockPublicPolicy=false IgnorePublicAcls=false RestrictPublicBuckets=false');
  });
});

describe('ec2 fields', () => {
  it('ec2.name from the launch tags, image ids from the response else the request', () => {
    const run = {
      requestParameters: { imageId: 'ami-req', tagSpecificationSet: { items: [{ resourceType: 'volume', tags: [{ key: 'Name', value: 'vol' }] }, { resourceType: 'instance', tags: [{ key: 'Name', value: 'web-1' }] }] } },
      responseElements: { instancesSet: { items: [{ imageId: 'ami-1' }, { imageId: 'ami-2' }] } },
    };
    expect(ec2Name(run)).toBe('web-1');
    expect(ec2ImageIds(run)).toEqual(['ami-1', 'ami-2']);
    expect(ec2ImageIds({ requestParameters: { imageId: 'ami-req' } })).toEqual(['ami-req']);
  });
});

describe('argsSummary', () => {
  it('top-level name=value, null members left out, long values and the whole cut', () => {
    expect(argsSummary({ a: 'x', b: null, c: 3, d: { e: [1] } })).toBe('a=x c=3 d={"e":[1]}');
    expect(argsSummary(null)).toBeUndefined();
    expect(argsSummary({ only: null })).toBeUndefined();
    const long = argsSummary({ p: 'z'.repeat(500) }) ?? '';
    expect(long).toHaveLength(2 + 120);
    expect(long.endsWith('…')).toBe(true);
    const many = argsSummary(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`key${i}`, 'v'.repeat(50)]))) ?? '';
    expect(many.length).toBe(1024);
  });
});

describe('isIpAddress', () => {
  it.each([['1.2.3.4', true], ['2001:db8::1', true], ['::ffff:10.0.0.1', true], ['ec2.amazonaws.com', false], ['AWS Internal', false], ['256.1.1.1', false]])('%s', (text, expected) => {
    expect(isIpAddress(text)).toBe(expected);
  });
});
