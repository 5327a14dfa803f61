import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type Collected, collect } from '../test-support.js';
import { CloudTrailReader } from './cloudtrail-reader.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(repoRoot, '../shared/data/cloudtrail');
const hasData = existsSync(dataDir);
if (!hasData) console.warn(`skipping the third-party CloudTrail samples: ${dataDir} is absent`);

const read = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(dataDir, name)));
const parse = (bytes: Uint8Array, chunk = 0): Promise<Collected> =>
  collect(bytes, chunk, { kind: 'cloudtrail' }, (options, sink) => new CloudTrailReader(options, sink));
const ns = (iso: string): bigint => BigInt(Date.parse(iso)) * 1_000_000n;
const attrs = (row: Record<string, unknown>): Record<string, string[]> => row.attrs as Record<string, string[]>;

/** Byte offset of the start of a 1-based line. */
function lineOffset(bytes: Uint8Array, line: number): number {
  let seen = 1;
  for (let i = 0; i < bytes.length && seen < line; i++) if (bytes[i] === 0x0a) { seen++; if (seen === line) return i + 1; }
  return line === 1 ? 0 : -1;
}

const EXPECTED_ROWS: Record<string, number> = {
  'cloudtrail2sightings_stratus_cloudtrail_delete_records.json': 1,
  'cloudtrail2sightings_stratus_ec2_user_data_MALFORMED.json': 3,
  'otrf_ec2_proxy_s3_exfiltration.jsonl': 103,
  'stratus_aws.credential-access.ec2-steal-instance-credentials.json': 45,
  'stratus_aws.credential-access.secretsmanager-retrieve-secrets.json': 21,
  'stratus_aws.defense-evasion.cloudtrail-stop.json': 1,
  'stratus_aws.defense-evasion.organizations-leave.json': 3,
  'stratus_aws.discovery.ec2-download-user-data.json': 19,
  'stratus_aws.execution.ec2-user-data.json': 35,
  'stratus_aws.persistence.iam-create-admin-user.json': 3,
  'stratus_aws.persistence.rolesanywhere-create-trust-anchor.json': 2,
};

describe.skipIf(!hasData)('third-party CloudTrail samples (../shared/data/cloudtrail)', () => {
  it('knows every sample of the folder', () => {
    expect(readdirSync(dataDir).sort()).toEqual(Object.keys(EXPECTED_ROWS).sort());
  });

  it.each(Object.entries(EXPECTED_ROWS))('%s: row count, raw = the record bytes, same rows for every chunk size and gzipped', async (name, count) => {
    const bytes = read(name);
    const whole = await parse(bytes);
    expect(whole.summary).toMatchObject({ kind: 'cloudtrail', events: count });
    expect(whole.rows).toHaveLength(count);
    const decoder = new TextDecoder();
    whole.rows.forEach((row, i) => {
      expect(row.evt_num).toBe(BigInt(i + 1));
      expect(row.source_kind).toBe('cloudtrail');
      const start = Number(row.src_offset);
      const raw = decoder.decode(bytes.subarray(start, start + (row.src_length as number)));
      expect(row.raw).toBe(raw);
      const record = JSON.parse(raw) as { eventName: string; eventTime?: string; '@timestamp'?: string; errorCode?: string };
      expect(row.evt_type).toBe(record.eventName);
      expect(row.ts).toBe(ns(record.eventTime ?? record['@timestamp'] ?? ''));
      expect(row.failed).toBe(record.errorCode !== undefined);
      expect(row.outcome).toBe(record.errorCode ?? 'success');
    });
    for (const size of [1, 7, 4096]) {
      const chunked = await parse(bytes, size);
      expect(chunked.rows).toEqual(whole.rows);
      expect(chunked.warnings).toEqual(whole.warnings);
    }
    const gz = await parse(new Uint8Array(gzipSync(bytes)), 1000);
    expect(gz.rows).toEqual(whole.rows);
  });

  it('cloudtrail-stop (JSON array, IAM user): every common column and the Falco fields', async () => {
    const { rows, summary } = await parse(read('stratus_aws.defense-evasion.cloudtrail-stop.json'));
    expect(summary.warningCount).toBe(0);
    expect(rows[0]).toMatchObject({
      ts: 1722431184_000_000_000n, evt_type: 'StopLogging', evt_category: 'cloud-api', src_offset: 5n,
      actor: 'arn:aws:iam::143434273843:user/christophe', actor_type: 'IAMUser', src_ip: '86.245.153.234',
      user_agent: 'stratus-red-team_c97089f1-1ae3-4ecc-b006-f5e8fd0f2571', account: '143434273843',
      region: 'apiso-centralnorth-2r', target: 'stratus-red-team-ct-stop-trail-buykxbqejv', outcome: 'success', failed: false,
      errno_name: null, request_id: '14c891b6-11b5-4787-ae97-64a974977078',
      args: 'name=stratus-red-team-ct-stop-trail-buykxbqejv', args_json: '{"name":"stratus-red-team-ct-stop-trail-buykxbqejv"}',
    });
    expect(attrs(rows[0])).toMatchObject({
      'ct.name': ['StopLogging'], 'ct.src': ['cloudtrail.amazonaws.com'], 'ct.shortsrc': ['cloudtrail'],
      'ct.user': ['christophe'], 'ct.user.arn': ['arn:aws:iam::143434273843:user/christophe'], 'ct.user.identitytype': ['IAMUser'],
      'ct.user.accountid': ['143434273843'], 'ct.user.principalid': ['AIDAOC1SYDVN0AF0FMMR'], 'ct.srcip': ['86.245.153.234'],
      'ct.region': ['apiso-centralnorth-2r'], 'ct.readonly': ['false'], 'ct.managementevent': ['true'],
      'ct.id': ['10163ed2-2253-469d-a5ee-cbc6651f8934'], 'ct.eventtype': ['AwsApiCall'], 'ct.eventcategory': ['Management'],
      'ct.tlsdetails.tlsversion': ['TLSv1.3'], 'ct.request.name': ['stratus-red-team-ct-stop-trail-buykxbqejv'],
      'ct.info': ['christophe via 86.245.153.234 → StopLogging'],
    });
    expect(attrs(rows[0])['ct.error']).toBeUndefined();
  });

  it('organizations-leave: an AccessDenied call by an assumed role, AssumeRole as auth', async () => {
    const { rows } = await parse(read('stratus_aws.defense-evasion.organizations-leave.json'));
    expect(rows.map((r) => [r.evt_type, r.evt_category, r.outcome])).toEqual([
      ['AssumeRole', 'auth', 'success'], ['LeaveOrganization', 'cloud-api', 'AccessDenied'], ['AssumeRole', 'auth', 'success'],
    ]);
    expect(rows[1]).toMatchObject({
      ts: ns('2024-08-02T08:30:00Z'), failed: true, errno_name: 'AccessDenied', args: null, args_json: null, target: null,
      actor: 'arn:aws:sts::307578594326:assumed-role/stratus-red-team-leave-org-role/aws-go-sdk-1722587398902687000', actor_type: 'AssumedRole',
    });
    const failed = attrs(rows[1]);
    expect(failed['ct.error']).toEqual(['AccessDenied']);
    expect(failed['ct.errormessage'][0]).toMatch(/^User: arn:aws:sts::307578594326:assumed-role\/.* is not authorized to perform: organizations:LeaveOrganization/);
    expect(failed['ct.user']).toEqual(['stratus-red-team-leave-org-role']);
    expect(failed['ct.originaluser']).toEqual(['aws-go-sdk-1722587398902687000']);
    expect(failed['ct.mfaauthenticated']).toEqual(['false']);
    expect(failed['ct.info']).toEqual(['stratus-red-team-leave-org-role via 252.5.222.230 !→ LeaveOrganization']);
    expect(rows[0]).toMatchObject({ target: 'arn:aws:iam::307578594326:role/stratus-red-team-leave-org-role' });
    expect(attrs(rows[0])['ct.resources']).toEqual(['arn:aws:iam::307578594326:role/stratus-red-team-leave-org-role']);
    expect(attrs(rows[0])['ct.response.credentials.accessKeyId']).toEqual(['ASIA36EV31F1RB3OA8IG']);
  });

  it('ec2-download-user-data: 17 failed calls of two error codes', async () => {
    const { rows } = await parse(read('stratus_aws.discovery.ec2-download-user-data.json'));
    const errors = rows.filter((r) => r.failed).map((r) => r.errno_name);
    expect(errors).toHaveLength(17);
    expect(errors.filter((e) => e === 'Client.UnauthorizedOperation')).toHaveLength(15);
    expect(errors.filter((e) => e === 'AccessDenied')).toHaveLength(2);
    expect(rows[0]).toMatchObject({ evt_type: 'DescribeInstanceAttribute', target: 'i-95b86090', args: 'attribute=userData instanceId=i-95b86090' });
    expect(rows.filter((r) => r.evt_category === 'auth')).toHaveLength(4);
  });

  it('ec2-user-data and iam-create-admin-user: requestParameters flattened into ct.request.*', async () => {
    const ec2 = (await parse(read('stratus_aws.execution.ec2-user-data.json'))).rows;
    expect(ec2[3]).toMatchObject({ evt_type: 'StartInstances', target: 'i-DDd6c7B0e18F0E35f', ts: ns('2024-08-01T12:04:19Z') });
    expect(attrs(ec2[3])['ct.request.instancesSet.items.instanceId']).toEqual(['i-DDd6c7B0e18F0E35f']);
    expect(attrs(ec2[3])['ct.response.instancesSet.items.currentState.name']).toEqual(['pending']);
    expect(attrs(ec2[3])['ct.response.instancesSet.items.previousState.code']).toEqual(['80']);
    expect(attrs(ec2[5])).toMatchObject({ 'ct.request.instanceId': ['i-DDd6c7B0e18F0E35f'], 'ct.request.userData': ['<sensitiveDataRemoved>'], 'ct.response._return': ['true'] });
    expect(attrs(ec2[34])['ct.request.force']).toEqual(['true']);

    const iam = (await parse(read('stratus_aws.persistence.iam-create-admin-user.json'))).rows;
    expect(iam.map((r) => r.target)).toEqual(['malicious-iam-user', 'malicious-iam-user', 'malicious-iam-user']);
    expect(attrs(iam[0])).toMatchObject({ 'ct.request.policyArn': ['arn:aws:iam::aws:policy/AdministratorAccess'], 'ct.request.userName': ['malicious-iam-user'] });
    expect(attrs(iam[2])).toMatchObject({
      'ct.request.tags.key': ['StratusRedTeam'], 'ct.request.tags.value': ['true'],
      'ct.response.user.arn': ['arn:aws:iam::229654561268:user/malicious-iam-user'],
    });
    expect(attrs(iam[1])['ct.response.accessKey.accessKeyId']).toEqual(['AKIAXAFZN8JEPF6L682H']);
  });

  it('otrf (JSON lines shipped by logstash): @timestamp stands in for eventTime, S3 data events, an AWS service caller', async () => {
    const bytes = read('otrf_ec2_proxy_s3_exfiltration.jsonl');
    const { rows, summary } = await parse(bytes);
    expect(summary.warningCount).toBe(1);
    expect(summary.warnings[0].message).toMatch(/^info: 103 records had no eventTime; their time was taken from @timestamp/);
    expect(rows[0]).toMatchObject({ ts: 1600044263_000_000_000n, src_offset: 0n, evt_type: 'DescribeInstanceTypes', actor: 'arn:aws:iam::123456789123:user/pedro' });
    const assume = rows[39];
    expect(assume).toMatchObject({
      evt_type: 'AssumeRole', evt_category: 'auth', actor: 'ec2.amazonaws.com', actor_type: 'AWSService', src_ip: null,
      target: 'arn:aws:iam::123456789123:role/MordorLogCollectorStack-LogCollectorRole-1JJTG88NNY4KN', ts: ns('2020-09-14T00:50:17Z'),
    });
    expect(attrs(assume)).toMatchObject({ 'ct.user': ['ec2.amazonaws.com'], 'ct.srcip': ['ec2.amazonaws.com'], 'ct.sharedeventid': ['f47b2d52-f5ef-4a87-87ed-8d0456842506'] });
    const list = rows[44];
    expect(list).toMatchObject({
      evt_num: 45n, evt_type: 'ListObjects', src_offset: BigInt(lineOffset(bytes, 45)), ts: ns('2020-09-14T01:00:33Z'),
      target: 'arn:aws:s3:::mordors3stack-s3bucket-llp2yingx64a', request_id: '9E67F4B1EA896060', user_agent: '[aws-cli/1.18.136 Python/3.8.5 Darwin/19.5.0 botocore/1.17.59]',
    });
    expect(attrs(list)).toMatchObject({
      'ct.resources': ['arn:aws:s3:::mordors3stack-s3bucket-llp2yingx64a/', 'arn:aws:s3:::mordors3stack-s3bucket-llp2yingx64a'],
      's3.bytes': ['500'], 's3.bytes.out': ['500'], 's3.bytes.in': ['0'], 'ct.request.bucketName': ['mordors3stack-s3bucket-llp2yingx64a'],
      'ct.request.encoding-type': ['url'], 'ct.additionaleventdata.SignatureVersion': ['SigV4'], 'ct.eventcategory': ['Data'],
      'ct.managementevent': ['false'], 'ct.mfaauthenticated': ['false'], 'ct.user': ['MordorNginxStack-BankingWAFRole-9S3E0UAE1MM0'],
      'ct.originaluser': ['i-0317f6c6b66ae9c40'],
      'ct.info': ['MordorNginxStack-BankingWAFRole-9S3E0UAE1MM0 via 1.2.3.4 ← ListObjects Size=500 Bucket=mordors3stack-s3bucket-llp2yingx64a'],
    });
  });

  it('cloudtrail2sightings (Datadog forwarder records in a Records file): fields the forwarder moved are read back', async () => {
    const { rows, summary } = await parse(read('cloudtrail2sightings_stratus_cloudtrail_delete_records.json'));
    expect(summary.warningCount).toBe(0);
    expect(rows[0]).toMatchObject({
      evt_type: 'DeleteTrail', ts: ns('2022-07-20T20:53:54Z'), src_offset: 21n, src_ip: '62.167.105.104',
      user_agent: 'stratus-red-team_40d78cfa-a3da-48c3-9936-71c75ce30eab', request_id: 'a0450a0b-c50f-44d8-8b65-9be2f4b83058',
      actor: 'arn:aws:sts::677301038893:assumed-role/account-admin/christophe.tafanidereeper', target: 'my-cloudtrail-trail-2',
    });
    expect(attrs(rows[0])).toMatchObject({
      'ct.forwarder': ['datadog'], 'ct.srcip': ['62.167.105.104'], 'ct.user': ['account-admin'], 'ct.mfaauthenticated': ['true'],
      'ct.forwarder.s3uri': ['s3://datadog-cloudtrail-trail-neizxnek/AWSLogs/677301038893/CloudTrail/us-east-1/2022/07/20/677301038893_CloudTrail_us-east-1_20220720T2055Z_bKEClmebTDFnAir3.json.gz'],
    });
  });

  it('the MALFORMED Records file (records not separated by commas): all three records, each with its own bytes', async () => {
    const bytes = read('cloudtrail2sightings_stratus_ec2_user_data_MALFORMED.json');
    const { rows } = await parse(bytes);
    expect(rows.map((r) => r.evt_type)).toEqual(['StopInstances', 'ModifyInstanceAttribute', 'StartInstances']);
    expect(rows.map((r) => r.src_offset)).toEqual([21n, BigInt(lineOffset(bytes, 112)), BigInt(lineOffset(bytes, 201))]);
    expect(rows[1]).toMatchObject({ ts: ns('2022-07-20T21:00:38Z'), target: 'i-0b09e9dad625e2b5b' });
    expect(attrs(rows[1])['ct.request.instanceId']).toEqual(['i-0b09e9dad625e2b5b']);
  });
});
