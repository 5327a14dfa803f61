import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type Collected, collect, utf8 } from '../test-support.js';
import { type CloudTrailLimits, CloudTrailReader } from './cloudtrail-reader.js';
import { DEFAULT_FLATTEN_LIMITS } from '../common/flat-attrs.js';

const parse = (input: string | Uint8Array, chunk = 0, limits: CloudTrailLimits = {}): Promise<Collected> =>
  collect(typeof input === 'string' ? utf8(input) : input, chunk, { kind: 'cloudtrail' }, (options, sink) => new CloudTrailReader(options, sink, limits));
const attrs = (row: Record<string, unknown>): Record<string, string[]> => row.attrs as Record<string, string[]>;
const CHUNKS = [0, 1, 7, 4096];

/** A CloudTrail record as AWS writes it, with overrides. */
function record(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    eventVersion: '1.08',
    userIdentity: {
      type: 'IAMUser', principalId: 'AIDAEXAMPLE', arn: 'arn:aws:iam::111122223333:user/alice', accountId: '111122223333',
      accessKeyId: 'AKIAEXAMPLE', userName: 'alice',
    },
    eventTime: '2023-03-01T10:00:00Z', eventSource: 's3.amazonaws.com', eventName: 'GetObject', awsRegion: 'eu-west-1',
    sourceIPAddress: '203.0.113.7', userAgent: 'aws-cli/2.9', requestParameters: { bucketName: 'loot', key: 'secrets/db.txt', Host: 'loot.s3.amazonaws.com' },
    responseElements: null, additionalEventData: { bytesTransferredIn: 0, bytesTransferredOut: 2048 },
    requestID: 'REQ1', eventID: 'EVT1', readOnly: true, resources: [{ type: 'AWS::S3::Object', ARN: 'arn:aws:s3:::loot/secrets/db.txt' }],
    eventType: 'AwsApiCall', managementEvent: false, recipientAccountId: '111122223333', eventCategory: 'Data',
    ...overrides,
  };
}

const consoleLogin = record({
  eventName: 'ConsoleLogin', eventSource: 'signin.amazonaws.com', eventType: 'AwsConsoleSignIn', eventTime: '2023-03-01T09:59:59.5Z',
  requestParameters: null, additionalEventData: { MFAUsed: 'No', LoginTo: 'https://console.aws.amazon.com/' }, responseElements: { ConsoleLogin: 'Failure' },
  errorMessage: 'Failed authentication', resources: undefined, readOnly: false, eventID: 'EVT0', requestID: undefined,
});

describe('CloudTrailReader: packaging', () => {
  it('an S3 delivery file (one line, {"Records":[…]}), in any chunk size and gzipped', async () => {
    const text = JSON.stringify({ Records: [consoleLogin, record()] });
    const whole = await parse(text);
    expect(whole.summary).toMatchObject({ kind: 'cloudtrail', events: 2, warningCount: 0 });
    const second = JSON.stringify(record());
    expect(whole.rows[1]).toMatchObject({
      evt_num: 2n, src_offset: BigInt(text.indexOf(second)), src_length: second.length, raw: second,
      ts: 1677664800_000_000_000n, evt_type: 'GetObject', evt_category: 'cloud-api', actor: 'arn:aws:iam::111122223333:user/alice',
      actor_type: 'IAMUser', src_ip: '203.0.113.7', user_agent: 'aws-cli/2.9', account: '111122223333', region: 'eu-west-1',
      target: 'arn:aws:s3:::loot/secrets/db.txt', outcome: 'success', failed: false, request_id: 'REQ1',
      args: 'bucketName=loot key=secrets/db.txt Host=loot.s3.amazonaws.com',
      args_json: '{"bucketName":"loot","key":"secrets/db.txt","Host":"loot.s3.amazonaws.com"}',
    });
    expect(attrs(whole.rows[1])).toMatchObject({
      's3.uri': ['s3://loot/secrets/db.txt'], 's3.bytes': ['2048'], 'ct.request.Host': ['loot.s3.amazonaws.com'],
      'ct.info': ['alice via 203.0.113.7 ← GetObject Size=2048 URI=s3://loot/secrets/db.txt'], 'ct.readonly': ['true'],
    });
    expect(whole.rows[0]).toMatchObject({ evt_type: 'ConsoleLogin', evt_category: 'auth', ts: 1677664799_500_000_000n, request_id: 'EVT0', args: null, args_json: null });
    expect(attrs(whole.rows[0])).toMatchObject({ 'ct.response.ConsoleLogin': ['Failure'], 'ct.additionaleventdata.MFAUsed': ['No'], 'ct.response': ['{"ConsoleLogin":"Failure"}'] });
    for (const size of CHUNKS) expect((await parse(text, size)).rows).toEqual(whole.rows);
    const gz = await parse(new Uint8Array(gzipSync(utf8(text))), 3);
    expect(gz.rows).toEqual(whole.rows);
    expect(gz.events[0]).toEqual({ type: 'sniffed', kind: 'cloudtrail', gzip: true });
  });

  it('JSON lines and a pretty-printed array give the same rows (but their own offsets)', async () => {
    const lines = [record(), consoleLogin].map((r) => JSON.stringify(r)).join('\n');
    const array = JSON.stringify([record(), consoleLogin], null, 2);
    const a = await parse(lines, 7);
    const b = await parse(array, 7);
    const strip = (rows: Record<string, unknown>[]) => rows.map(({ src_offset: _o, src_length: _l, raw: _r, ...rest }) => rest);
    expect(strip(a.rows)).toEqual(strip(b.rows));
    expect(a.rows.map((r) => r.src_offset)).toEqual([0n, BigInt(lines.indexOf('\n') + 1)]);
    expect(b.rows[0].raw).toBe(JSON.stringify(record(), null, 2).replace(/\n/g, '\n  '));
  });

  it('an EventBridge envelope: the record in detail', async () => {
    const { rows } = await parse(JSON.stringify({ version: '0', 'detail-type': 'AWS API Call via CloudTrail', source: 'aws.s3', detail: record() }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ evt_type: 'GetObject', ts: 1677664800_000_000_000n });
    expect(attrs(rows[0])['ct.forwarder']).toEqual(['eventbridge']);
  });

  it('Records wrappers inside an outer array: each record with its own offset', async () => {
    const r1 = JSON.stringify(record({ eventID: 'A' }));
    const r2 = JSON.stringify(record({ eventID: 'B' }));
    const r3 = JSON.stringify(record({ eventID: 'C' }));
    const text = `[{"Records":[${r1},${r2}]},\n{"Records":[${r3}]}]`;
    for (const size of [0, 5]) {
      const { rows, summary } = await parse(text, size);
      expect(summary.warningCount).toBe(0);
      expect(rows.map((r) => attrs(r)['ct.id'][0])).toEqual(['A', 'B', 'C']);
      expect(rows.map((r) => Number(r.src_offset))).toEqual([text.indexOf(r1), text.indexOf(r2), text.indexOf(r3)]);
      expect(rows[2].raw).toBe(r3);
    }
  });
});

describe('CloudTrailReader: LookupEvents and CloudTrail Lake rows', () => {
  const inner = record({ eventName: 'AssumeRole', eventSource: 'sts.amazonaws.com', eventTime: '2023-05-01T10:00:00Z', requestParameters: { roleArn: 'arn:aws:iam::111122223333:role/admin', roleSessionName: 's1' }, resources: undefined });
  const lookupRow = (overrides: Record<string, unknown> = {}) => ({
    EventId: 'LK1', EventName: 'AssumeRole', ReadOnly: 'true', AccessKeyId: 'AKIAEXAMPLE', EventTime: '2023-05-01T12:00:00.123456789+02:00',
    EventSource: 'sts.amazonaws.com', Username: 'alice', Resources: [{ ResourceType: 'AWS::IAM::Role', ResourceName: 'arn:aws:iam::111122223333:role/admin' }],
    CloudTrailEvent: JSON.stringify(inner), ...overrides,
  });

  it('JSON lines: the embedded CloudTrailEvent is parsed; raw is the whole row', async () => {
    const line = JSON.stringify(lookupRow());
    const { rows, summary } = await parse(`${line}\n`);
    expect(summary.warningCount).toBe(0);
    expect(rows[0]).toMatchObject({
      raw: line, src_offset: 0n, evt_type: 'AssumeRole', evt_category: 'auth', ts: 1682935200_000_000_000n,
      actor: 'arn:aws:iam::111122223333:user/alice', target: 'arn:aws:iam::111122223333:role/admin', request_id: 'REQ1',
    });
    expect(attrs(rows[0])).toMatchObject({ 'ct.request.roleSessionName': ['s1'], 'ct.user': ['alice'], 'ct.src': ['sts.amazonaws.com'] });
  });

  it('{"Events":[…]} of the CLI with an embedded event without eventTime: EventTime with its offset, to the ns', async () => {
    const withoutTime = { ...inner, eventTime: undefined };
    const text = JSON.stringify({ Events: [lookupRow({ CloudTrailEvent: JSON.stringify(withoutTime) })], NextToken: 'x' }, null, 1);
    const { rows, summary } = await parse(text, 1);
    expect(summary.warningCount).toBe(0);
    expect(rows).toHaveLength(1);
    expect(rows[0].ts).toBe(1682935200_123_456_789n);
  });

  it('EventTime as epoch seconds (the API\'s JSON)', async () => {
    const { rows } = await parse(JSON.stringify(lookupRow({ CloudTrailEvent: JSON.stringify({ ...inner, eventTime: undefined }), EventTime: 1682935200.25 })));
    expect(rows[0].ts).toBe(1682935200_250_000_000n);
  });

  it('a broken CloudTrailEvent: one warning, the row kept with the outer fields', async () => {
    const good = JSON.stringify(lookupRow());
    const broken = JSON.stringify(lookupRow({ EventId: 'LK2', CloudTrailEvent: '{"eventVersion":"1.08","eventName":"AssumeRole",' }));
    const { rows, warnings } = await parse(`${good}\n${broken}\n`);
    expect(rows).toHaveLength(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ offset: good.length + 1, line: 2 });
    expect(warnings[0].message).toMatch(/line 2 .*CloudTrailEvent is not valid JSON.*kept with the outer fields/);
    expect(rows[1]).toMatchObject({
      evt_type: 'AssumeRole', evt_category: 'auth', ts: 1682935200_123_456_789n, actor: 'alice', request_id: 'LK2',
      target: 'arn:aws:iam::111122223333:role/admin', outcome: null, failed: null, raw: broken,
    });
    expect(attrs(rows[1])).toEqual({
      'ct.id': ['LK2'], 'ct.name': ['AssumeRole'], 'ct.src': ['sts.amazonaws.com'], 'ct.shortsrc': ['sts'], 'ct.originaluser': ['alice'],
      'ct.user.accesskeyid': ['AKIAEXAMPLE'], 'ct.readonly': ['true'], 'ct.resources': ['arn:aws:iam::111122223333:role/admin'],
    });
  });
});

describe('CloudTrailReader: what is not an event', () => {
  const digest = {
    awsAccountId: '111122223333', digestStartTime: '2023-03-01T09:00:00Z', digestEndTime: '2023-03-01T10:00:00Z',
    digestS3Bucket: 'trail', digestS3Object: 'AWSLogs/111122223333/CloudTrail-Digest/eu-west-1/2023/03/01/x.json.gz',
    digestPublicKeyFingerprint: 'abc', digestSignatureAlgorithm: 'SHA256withRSA', newestEventTime: '2023-03-01T09:59:00Z',
    oldestEventTime: '2023-03-01T09:01:00Z', previousDigestS3Bucket: null, previousDigestHashValue: null,
    logFiles: [{ s3Bucket: 'trail', s3Object: 'AWSLogs/a.json.gz', hashValue: 'ff', hashAlgorithm: 'SHA-256', newestEventTime: 'x', oldestEventTime: 'y' }],
  };

  it('a digest file: no rows, one info warning naming it', async () => {
    const { rows, summary } = await parse(JSON.stringify(digest));
    expect(rows).toHaveLength(0);
    expect(summary).toMatchObject({ events: 0, warningCount: 1 });
    expect(summary.warnings[0]).toMatchObject({ offset: 0, line: 1 });
    expect(summary.warnings[0].message).toMatch(/^info: this is a CloudTrail digest file .*skipped, no rows/);
  });

  it('unknown objects are skipped with a warning each (the first 10, then a count); events around them kept', async () => {
    const lines = [JSON.stringify(record()), ...Array.from({ length: 12 }, (_, i) => JSON.stringify({ hello: i })), JSON.stringify(record())];
    const { rows, warnings } = await parse(lines.join('\n'));
    expect(rows).toHaveLength(2);
    expect(warnings).toHaveLength(11);
    expect(warnings[0]).toMatchObject({ line: 2, offset: lines[0].length + 1 });
    expect(warnings[0].message).toMatch(/line 2 .*was skipped: it is not a CloudTrail record .*keys "hello"/);
    expect(warnings[10].message).toBe('12 JSON records in all were not CloudTrail records and were skipped (the first 10 were reported one by one)');
  });
});

describe('CloudTrailReader: bad input', () => {
  it('a broken record inside a Records file: skipped with its line and offset, the others kept', async () => {
    const good = JSON.stringify(record({ eventID: 'A' }), null, 1);
    const bad = '{\n "eventName": "PutObject",\n "eventSource" "s3.amazonaws.com"\n}';
    const text = `{"Records": [\n${good},\n${bad},\n${JSON.stringify(record({ eventID: 'C' }))}\n]}\n`;
    for (const size of CHUNKS) {
      const { rows, warnings } = await parse(text, size);
      expect(rows.map((r) => attrs(r)['ct.id'][0])).toEqual(['A', 'C']);
      expect(warnings).toHaveLength(1);
      const line = text.slice(0, text.indexOf(bad)).split('\n').length;
      expect(warnings[0]).toMatchObject({ offset: text.indexOf(bad), line });
      expect(warnings[0].message).toMatch(/is not valid JSON/);
    }
  });

  it('malformed JSON lines and garbage lines: skipped with line and offset', async () => {
    const a = JSON.stringify(record({ eventID: 'A' }));
    const text = `${a}\n{"eventName": "x", oops}\nnot json at all\n${JSON.stringify(record({ eventID: 'B' }))}\n`;
    const { rows, warnings } = await parse(text, 7);
    expect(rows.map((r) => attrs(r)['ct.id'][0])).toEqual(['A', 'B']);
    expect(warnings.map((w) => [w.line, w.offset])).toEqual([[2, a.length + 1], [3, text.indexOf('not json')]]);
  });

  it('truncated input: every record before the cut, one warning at the cut record', async () => {
    const text = JSON.stringify({ Records: [record({ eventID: 'A' }), record({ eventID: 'B' }), record({ eventID: 'C' })] });
    const cut = text.slice(0, text.indexOf('"C"') + 2);
    const { rows, warnings, end } = await parse(cut, 4096);
    expect(end.type).toBe('done');
    expect(rows.map((r) => attrs(r)['ct.id'][0])).toEqual(['A', 'B']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(/ends inside a JSON record/);
    expect(warnings[0].offset).toBe(cut.lastIndexOf('{"eventVersion"'));
  });

  it('a truncated .gz: the records decoded before the damage, and a gzip error', async () => {
    const text = JSON.stringify({ Records: Array.from({ length: 200 }, (_, i) => record({ eventID: `E${i}` })) });
    const gz = gzipSync(utf8(text));
    const { rows, end } = await parse(new Uint8Array(gz.subarray(0, Math.floor(gz.length * 0.6))), 512);
    expect(end.type).toBe('error');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(200);
    rows.forEach((r, i) => expect(attrs(r)['ct.id']).toEqual([`E${i}`]));
  });

  it('records without a usable time: kept with ts null and a warning each', async () => {
    const text = [record({ eventTime: undefined, eventID: 'A' }), record({ eventTime: 'yesterday', eventID: 'B' }), record({ eventID: 'C' })].map((r) => JSON.stringify(r)).join('\n');
    const { rows, warnings } = await parse(text);
    expect(rows.map((r) => r.ts)).toEqual([null, null, 1677664800_000_000_000n]);
    expect(warnings.map((w) => w.line)).toEqual([1, 2]);
    expect(warnings[0].message).toMatch(/has no eventTime; kept with no time/);
    expect(warnings[1].message).toMatch(/eventTime yesterday is not a time stamp/);
  });

  it('non-UTF-8 bytes inside a record: kept with U+FFFD and a warning', async () => {
    const before = utf8(JSON.stringify(record({ userAgent: 'agent-X' })));
    const bytes = before.slice();
    const at = new TextDecoder().decode(before).indexOf('agent-X') + 6;
    bytes[at] = 0xff;
    const { rows, warnings } = await parse(bytes, 1);
    expect(rows).toHaveLength(1);
    expect(rows[0].user_agent).toBe('agent-\uFFFD');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(/not UTF-8/);
  });

  it('a huge record (11 MB line): kept, its long value cut in attrs with a warning, args_json whole', async () => {
    const big = 'A'.repeat(11 * 1024 * 1024);
    const text = `${JSON.stringify(record({ eventID: 'A' }))}\n${JSON.stringify(record({ eventID: 'BIG', requestParameters: { policy: big } }))}\n`;
    const { rows, warnings } = await parse(text, 1 << 20);
    expect(rows).toHaveLength(2);
    expect(attrs(rows[1])['ct.request.policy'][0]).toHaveLength(DEFAULT_FLATTEN_LIMITS.maxValueLength);
    expect((rows[1].args_json as string).length).toBe(big.length + '{"policy":""}'.length);
    expect((rows[1].args as string).length).toBeLessThanOrEqual(1024);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ line: 2 });
    expect(warnings[0].message).toMatch(/values longer than 65536 characters \(cut\)/);
  });

  it('a record over the size limit: skipped with a warning, the next one kept', async () => {
    const text = `${JSON.stringify(record({ eventID: 'BIG', requestParameters: { policy: 'B'.repeat(5000) } }))}\n${JSON.stringify(record({ eventID: 'A' }))}\n`;
    const { rows, warnings } = await parse(text, 100, { maxRecordBytes: 4096 });
    expect(rows.map((r) => attrs(r)['ct.id'][0])).toEqual(['A']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ offset: 0, line: 1 });
    expect(warnings[0].message).toMatch(/over the 4096-byte limit/);
  });

  it('hostile subtrees: too many keys or values, absurd nesting — the row is kept, attrs capped, one warning', async () => {
    const wide = Object.fromEntries(Array.from({ length: 800 }, (_, i) => [`k${i}`, i]));
    const depth = 100_000;
    const deep = `${'{"d":'.repeat(depth)}"bottom"${'}'.repeat(depth)}`;
    const many = Array.from({ length: 5000 }, (_, i) => `v${i}`);
    const text = [
      JSON.stringify(record({ eventID: 'W', requestParameters: wide })),
      JSON.stringify(record({ eventID: 'D', requestParameters: { deep: '@DEEP@' } })).replace('"@DEEP@"', deep),
      JSON.stringify(record({ eventID: 'M', responseElements: { many } })),
    ].join('\n');
    const { rows, warnings } = await parse(text);
    expect(rows).toHaveLength(3);
    expect(Object.keys(attrs(rows[0]))).toHaveLength(DEFAULT_FLATTEN_LIMITS.maxKeys);
    expect(attrs(rows[0])['ct.id']).toEqual(['W']);
    expect(attrs(rows[1])['ct.id']).toEqual(['D']);
    expect(Object.keys(attrs(rows[1])).filter((k) => k.startsWith('ct.request.'))).toEqual([]);
    expect(rows[1].args_json).toBeNull();
    expect(Object.values(attrs(rows[2])).flat()).toHaveLength(DEFAULT_FLATTEN_LIMITS.maxValues);
    expect(attrs(rows[2])['ct.response.many'][0]).toBe('v0');
    expect(warnings.map((w) => w.line)).toEqual([1, 2, 3]);
    expect(warnings[0].message).toMatch(/more than 500 keys/);
    expect(warnings[1].message).toMatch(/nesting deeper than 32 levels/);
    expect(warnings[2].message).toMatch(/more than 2000 values/);
  });
});
