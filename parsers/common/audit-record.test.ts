import { describe, expect, it } from 'vitest';
import { collect, utf8 } from '../test-support.js';
import {
  AttrBag, JsonAuditReader, type AuditMapper, MAX_ATTR_KEYS, epochToNs, firstText, ipAddressOf, parseEmbeddedJson, parseIsoTime,
  parseTimeValue, renderArgs,
} from './audit-record.js';

describe('parseIsoTime', () => {
  it.each([
    ['2021-09-13T03:14:32.392272964Z', 1631502872392272964n],
    ['2021-09-13T03:14:32Z', 1631502872000000000n],
    ['2021-09-13T03:14:32.1Z', 1631502872100000000n],
    ['2021-09-13T03:14:32.1234567891234Z', 1631502872123456789n], // digits past ns are dropped
    ['2021-09-12T20:14:32.392272964-07:00', 1631502872392272964n],
    ['2021-09-13T05:14:32.392272964+0200', 1631502872392272964n],
    ['2021-09-13T08:44:32.392272964+05:30', 1631502872392272964n],
    ['2022-05-07T12:55:53', 1651928153000000000n], // no zone: UTC (Microsoft 365)
    ['2021-08-02 13:29:25.983', 1627910965983000000n],
    ['2021-08-02', 1627862400000000000n],
    ['1969-12-31T23:59:59.5Z', -500000000n],
  ])('%s', (text, ns) => {
    expect(parseIsoTime(text)).toBe(ns);
  });

  it.each(['', 'yesterday', '2021-02-30T00:00:00Z', '2021-13-01T00:00:00Z', '2021-01-01T25:00:00Z', '2021-01-01T00:00:00+', '1631502872'])('rejects %j', (text) => {
    expect(parseIsoTime(text)).toBeNull();
  });
});

describe('epochToNs / parseTimeValue', () => {
  it('guesses the unit from the magnitude', () => {
    expect(epochToNs(1631502872)).toBe(1631502872000000000n);
    expect(epochToNs(1631502872.25)).toBe(1631502872250000000n);
    expect(epochToNs(1583364251067)).toBe(1583364251067000000n);
    expect(epochToNs('1583364251067123')).toBe(1583364251067123000n);
    expect(epochToNs('1583364251067123456')).toBe(1583364251067123456n);
    expect(epochToNs('12a')).toBeNull();
    expect(epochToNs(Number.NaN)).toBeNull();
  });

  it('reads numbers, digit strings and ISO strings; nothing else', () => {
    expect(parseTimeValue(1583364251067)).toBe(1583364251067000000n);
    expect(parseTimeValue('1583364251067')).toBe(1583364251067000000n);
    expect(parseTimeValue('2020-03-04T23:24:11.067Z')).toBe(1583364251067000000n);
    expect(parseTimeValue(null)).toBeNull();
    expect(parseTimeValue({ seconds: 1 })).toBeNull();
  });
});

describe('picking values', () => {
  const record = { a: { b: { c: 'x', n: 0, e: '' } }, list: [1, 2] };
  it('firstText takes the first non-empty scalar', () => {
    expect(firstText(record, 'a.b.missing', 'a.b.e', 'a.b.n', 'a.b.c')).toBe('0');
    expect(firstText(record, 'a.b', 'list')).toBeNull();
  });
  it('parseEmbeddedJson parses only JSON containers', () => {
    expect(parseEmbeddedJson('{"user":{"id":"1"}}')).toEqual({ user: { id: '1' } });
    expect(parseEmbeddedJson('[]')).toEqual([]);
    expect(parseEmbeddedJson('{broken')).toBeNull();
    expect(parseEmbeddedJson('plain')).toBeNull();
    expect(parseEmbeddedJson(3)).toBeNull();
  });
  it('ipAddressOf strips ports and refuses names', () => {
    expect(ipAddressOf('20.1.2.3:5555')).toBe('20.1.2.3');
    expect(ipAddressOf('[2001:db8::1]:443')).toBe('2001:db8::1');
    expect(ipAddressOf('2001:db8::1')).toBe('2001:db8::1');
    expect(ipAddressOf('private')).toBeNull();
    expect(ipAddressOf('gce-internal-ip')).toBeNull();
    expect(ipAddressOf('999.1.1.1')).toBeNull();
  });
  it('renderArgs skips absent values', () => {
    expect(renderArgs([['a', 'x'], ['b', null], ['c', ''], ['d', 5]])).toBe('a=x d=5');
  });
});

describe('AttrBag', () => {
  it('flattens objects with dots and arrays as several values', () => {
    const bag = new AttrBag();
    bag.flatten('ct.request', { bucket: 'b', items: [{ id: 'i-1' }, { id: 'i-2' }], empty: {}, nil: null, flag: false, n: 1.5 });
    expect(Object.fromEntries(bag.entries)).toEqual({
      'ct.request.bucket': ['b'], 'ct.request.items.id': ['i-1', 'i-2'], 'ct.request.flag': ['false'], 'ct.request.n': ['1.5'],
    });
    expect(bag.cut).toEqual([]);
  });

  it('caps keys and value length, and says so', () => {
    const bag = new AttrBag(3, 10);
    bag.flatten('x', { a: 1, b: 2, c: 3, d: 4 });
    bag.add('x.a', 'y'.repeat(20));
    expect([...bag.entries.keys()]).toEqual(['x.a', 'x.b', 'x.c']);
    expect(bag.entries.get('x.a')).toEqual(['1', `${'y'.repeat(10)}…`]);
    expect(bag.cut).toEqual(['more than 3 fields (from x.d on)', 'a value of x.a longer than 10 characters']);
  });

  it('addJson serializes containers and skips empty ones', () => {
    const bag = new AttrBag();
    bag.addJson('k', [{ action: 'ADD' }]);
    bag.addJson('e', []);
    bag.addJson('s', 'text');
    expect(Object.fromEntries(bag.entries)).toEqual({ k: ['[{"action":"ADD"}]'], s: ['text'] });
  });
});

describe('JsonAuditReader', () => {
  const mapper: AuditMapper = (record, attrs) => {
    if (typeof record.name !== 'string') return { skip: 'no name' };
    attrs.flatten('t', record.data);
    if (record.boom) throw new Error('mapper bug');
    return { ts: parseTimeValue(record.time), evtType: record.name, category: 'cloud-api', actor: firstText(record, 'who') };
  };
  const run = (text: string | Uint8Array, chunk = 0, maxRecordBytes?: number) => collect(typeof text === 'string' ? utf8(text) : text, chunk, { kind: 'github' },
    (options, sink) => new JsonAuditReader(options, sink, { kind: 'github', recordName: 'a test event', mapper, splitter: maxRecordBytes ? { maxRecordBytes } : undefined }));

  it('writes identity, time, common columns, raw and attrs; skips and reports what it cannot map', async () => {
    const input = '{"name":"a","time":"2020-01-01T00:00:00Z","who":"me","data":{"k":"v"}}\n{"nope":1}\n[1]\n{"name":"b","boom":true}\n{"name":"c","time":"garbage"}\n';
    const { rows, warnings, summary } = await run(input);
    expect(rows.map((r) => [r.evt_num, r.evt_type, r.ts, r.src_offset, r.src_length])).toEqual([
      [1n, 'a', 1577836800000000000n, 0n, 70], [2n, 'c', null, 111n, 29],
    ]);
    expect(rows[0]).toMatchObject({ source_kind: 'github', actor: 'me', raw: '{"name":"a","time":"2020-01-01T00:00:00Z","who":"me","data":{"k":"v"}}', attrs: { 't.k': ['v'] } });
    expect(rows[1].attrs).toBeNull(); // attrs of the skipped records do not leak into the next row
    expect(warnings.map((w) => [w.offset, w.line])).toEqual([[71, 2], [83, 3], [86, 4], [111, 5]]);
    expect(warnings[0].message).toMatch(/line 2 .* is not a test event \(no name\)/);
    expect(warnings[1].message).toMatch(/is not a JSON record/);
    expect(warnings[2].message).toMatch(/could not be read as a test event \(mapper bug\)/);
    expect(warnings[3].message).toMatch(/no readable time stamp; it was kept/);
    expect(summary.events).toBe(2);
  });

  it('counts not-JSON lines after the first ten in one warning', async () => {
    const input = `${'banner line\n'.repeat(15)}{"name":"a","time":1}\n`;
    const { rows, warnings } = await run(input);
    expect(rows).toHaveLength(1);
    expect(warnings).toHaveLength(11);
    expect(warnings[10]).toMatchObject({ offset: 0, line: 1, message: '15 lines in all were not JSON records and were skipped (the first at line 1)' });
  });

  it('skips a record over the size limit and keeps the next', async () => {
    const { rows, warnings } = await run(`{"name":"big","pad":"${'x'.repeat(500)}"}\n{"name":"small","time":1}\n`, 7, 200);
    expect(rows.map((r) => r.evt_type)).toEqual(['small']);
    expect(warnings[0].message).toMatch(/over the 200-byte limit/);
  });

  it('warns when a record is cut to the attribute limits', async () => {
    const data = Object.fromEntries(Array.from({ length: MAX_ATTR_KEYS + 5 }, (_, i) => [`k${i}`, i]));
    const { rows, warnings } = await run(`${JSON.stringify({ name: 'wide', time: 1, data })}\n`);
    expect(Object.keys(rows[0].attrs as object)).toHaveLength(MAX_ATTR_KEYS);
    expect(warnings[0].message).toMatch(/fields were cut to fit the limits: more than 500 fields \(from t.k500 on\)/);
  });
});
