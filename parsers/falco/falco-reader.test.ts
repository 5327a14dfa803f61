import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { collect, utf8 } from '../test-support.js';
import { FalcoReader } from './falco-reader.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sample = path.resolve(repoRoot, '../shared/data/falco/josevnz_falco_journalctl_json_lines.txt');
const hasSample = existsSync(sample);
if (!hasSample) console.warn(`skipping the real Falco sample: ${sample} is absent`);

const parse = (bytes: Uint8Array, chunk = 0, limits = {}) =>
  collect(bytes, chunk, { kind: 'falco' }, (o, s) => new FalcoReader(o, s, limits));

/** An alert line; `evt.time` is written with all its 19 digits, as Falco writes it (JSON.stringify would round it). */
const alert = (over: Record<string, unknown> = {}, fields: Record<string, unknown> = {}) => JSON.stringify({
  hostname: 'node-7', output: '10:00:00.000000001: Notice Shell spawned (user=root)', priority: 'Notice', rule: 'Terminal shell in container',
  source: 'syscall', tags: ['container', 'shell', 'mitre_execution'], time: '2024-03-01T10:00:00.000000001Z',
  output_fields: {
    'container.id': '0123456789abcdef0123', 'container.image.repository': 'nginx', 'container.image.tag': '1.25', 'container.name': 'web',
    'evt.time': 'EVT_TIME', 'evt.type': 'execve', 'fd.name': null, 'k8s.ns.name': 'prod', 'k8s.pod.name': 'web-0', 'proc.aname[2]': 'containerd-shim',
    'proc.cmdline': 'bash -i', 'proc.exepath': '/usr/bin/bash', 'proc.name': 'bash', 'proc.pid': 4242, 'proc.ppid': 4200, 'proc.tty': 34816, 'user.name': 'root',
    'user.uid': 0, 'fd.sip': '10.0.0.5', 'fd.sport': 443, 'fd.cip': '10.0.0.9', 'fd.cport': 51000, 'evt.res': 'ENOENT', 'evt.rawres': -2, ...fields,
  },
  ...over,
}).replace('"EVT_TIME"', '1709287200000000001');

describe.skipIf(!hasSample)('real Falco sample (journalctl with banner lines)', () => {
  it('reads every alert, counts the banner lines in one warning, keeps ns times and output fields', async () => {
    const bytes = new Uint8Array(readFileSync(sample));
    const { rows, summary, warnings } = await parse(bytes);
    expect(summary).toMatchObject({ kind: 'falco', events: 215, bytes: 141999, warningCount: 1 });
    expect(summary.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(warnings[0]).toMatchObject({ offset: 0, line: 1, message: expect.stringMatching(/^22 lines were not JSON .* first is line 1 \(byte 0\)/) });
    expect(rows.map((r) => r.evt_num)).toEqual(Array.from({ length: 215 }, (_, i) => BigInt(i + 1)));
    expect(rows[0]).toMatchObject({
      evt_type: 'falco-alert', evt_category: 'alert', ts: 1651447772918828894n, container_id: 'bfb9637a47a6', container_name: 'kind_lumiere',
      container_image: 'fedora:latest', user_name: 'root', cmdline: 'container:bfb9637a47a6', proc_name: null, src_offset: 467n,
    });
    expect(rows[0].attrs).toMatchObject({
      'falco.rule': ['Launch Privileged Container'], 'falco.priority': ['Informational'], 'falco.source': ['syscall'],
      'falco.tags': ['cis', 'container', 'mitre_lateral_movement', 'mitre_privilege_escalation'],
      'falco.field.evt.time': ['1651447772918828894'], 'falco.field.user.loginuid': ['0'], 'falco.field.container.image.tag': ['latest'],
    });
    const write = rows[2];
    expect(write).toMatchObject({ ts: 1651448201237634398n, fd_name: '/bin/should_not_be_here', proc_name: 'touch', container_id: 'host', container_image: null });
    expect(write.attrs).toMatchObject({ 'falco.field.proc.aname[2]': ['sudo'], 'falco.rule': ['Write below binary dir'] });
    expect(write.attrs).not.toHaveProperty('falco.field.container.image.repository');
    expect(String(write.raw)).toBe(new TextDecoder().decode(bytes.subarray(Number(write.src_offset), Number(write.src_offset) + Number(write.src_length))));
    expect(rows.filter((r) => r.evt_type !== 'falco-alert').map((r) => r.evt_type)).toEqual(['openat', 'rename', 'openat', 'rename', 'openat', 'openat', 'rename', 'rename']);
    const rules = new Map<string, number>();
    for (const r of rows) { const rule = (r.attrs as Record<string, string[]>)['falco.rule'][0]; rules.set(rule, (rules.get(rule) ?? 0) + 1); }
    expect(rules.get('Write below root')).toBe(66);
    expect(rules.get('Terminal shell in container')).toBe(63);
  });

  it('gives the same rows for every chunk size and through gzip', async () => {
    const bytes = new Uint8Array(readFileSync(sample));
    const whole = (await parse(bytes)).rows;
    for (const size of [1, 7, 4096]) expect((await parse(bytes, size)).rows).toEqual(whole);
    expect((await parse(new Uint8Array(gzipSync(bytes)), 1000)).rows).toEqual(whole);
  });
});

describe('FalcoReader', () => {
  it('maps the Falco output fields to the common columns and keeps each under falco.field.*', async () => {
    const { rows, warnings } = await parse(utf8(`${alert()}\n`));
    expect(warnings).toEqual([]);
    expect(rows[0]).toMatchObject({
      ts: 1709287200000000001n, evt_type: 'execve', evt_category: 'alert', args: '10:00:00.000000001: Notice Shell spawned (user=root)',
      proc_name: 'bash', cmdline: 'bash -i', exe: '/usr/bin/bash', pid: 4242n, ppid: 4200n, uid: 0n, user_name: 'root',
      container_id: '0123456789ab', container_name: 'web', container_image: 'nginx:1.25', k8s_ns: 'prod', k8s_pod: 'web-0',
      fd_sip: '10.0.0.5', fd_sport: 443, fd_cip: '10.0.0.9', fd_cport: 51000, fd_name: null, res: -2n, failed: true, errno_name: 'ENOENT',
    });
    expect(rows[0].attrs).toMatchObject({
      'falco.hostname': ['node-7'], 'falco.field.proc.tty': ['34816'], 'falco.field.evt.time': ['1709287200000000001'],
      'falco.field.container.id': ['0123456789abcdef0123'], 'falco.field.proc.aname[2]': ['containerd-shim'],
    });
    expect(rows[0].attrs).not.toHaveProperty('falco.field.fd.name');
  });

  it('falls back to output_fields evt.time, then keeps the alert without a time and says so once', async () => {
    const noTime = alert({ time: undefined });
    const none = alert({ time: 'yesterday' }, { 'evt.time': undefined });
    const { rows, warnings } = await parse(utf8([noTime, none, none].join('\n')));
    expect(rows.map((r) => r.ts)).toEqual([1709287200000000001n, null, null]);
    expect(warnings).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/^2 Falco alerts had no usable time/) })]);
  });

  it('takes container.image when there is one, the image repository alone when there is no tag', async () => {
    const { rows } = await parse(utf8([alert({}, { 'container.image': 'docker.io/library/nginx:1.25' }), alert({}, { 'container.image.tag': null })].join('\n')));
    expect(rows.map((r) => r.container_image)).toEqual(['docker.io/library/nginx:1.25', 'nginx']);
  });

  it('maps k8s_audit alerts (ka.* output fields) to the API columns', async () => {
    const { rows } = await parse(utf8(alert({ source: 'k8s_audit' }, {
      'ka.user.name': 'system:serviceaccount:default:x', 'ka.auditid': 'abc', 'ka.target.name': 'web-0', 'ka.useragent': 'kubectl', 'ka.sourceips': ['10.1.1.1'],
    })));
    expect(rows[0]).toMatchObject({ actor: 'system:serviceaccount:default:x', request_id: 'abc', target: 'web-0', user_agent: 'kubectl', src_ip: '10.1.1.1' });
    expect(rows[0].attrs).toMatchObject({ 'falco.field.ka.sourceips': ['10.1.1.1'], 'falco.source': ['k8s_audit'] });
  });

  it('skips bad input with its line and byte, keeps every good alert', async () => {
    const good = alert();
    const text = [
      'Falco initialized with configuration file /etc/falco/falco.yaml', good, '{"output": "cut', good,
      '{"rule":"x"}', '{"hello":"world"}', 'Stopping Falco', `{"output":"\xff","rule":"r","priority":"Debug"}`, good.slice(0, 50),
    ].join('\n');
    const bytes = utf8(text);
    bytes[bytes.indexOf(0xc3)] = 0xff; // make one record's bytes invalid UTF-8
    const { rows, warnings, summary } = await parse(bytes);
    expect(summary.events).toBe(3);
    expect(rows.map((r) => [r.evt_num, r.src_offset])).toEqual([[1n, BigInt(text.indexOf(good))], [2n, BigInt(text.lastIndexOf(good))], [3n, BigInt(text.indexOf('{"output":"'))]]);
    const at = (line: number) => warnings.find((w) => w.line === line);
    expect(at(3)?.message).toMatch(/broken/);
    expect(at(5)?.message).toMatch(/not a Falco alert/);
    expect(at(6)?.message).toMatch(/not a Falco alert/);
    expect(at(8)?.message).toMatch(/not UTF-8/);
    expect(at(9)?.message).toMatch(/ends inside a JSON record/);
    expect(at(1)).toMatchObject({ offset: 0, message: expect.stringMatching(/^2 lines were not JSON/) });
    expect(rows[2].args).toBe('\uFFFD\uFFFD'); // both bytes of the broken character
  });

  it('skips a record over the size limit without buffering it', async () => {
    const huge = alert({ output: 'x'.repeat(5000) });
    const { rows, warnings } = await parse(utf8([alert(), huge, alert()].join('\n')), 1024, { maxRecordBytes: 4096 });
    expect(rows).toHaveLength(2);
    expect(warnings).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/over the 4096-byte limit/) })]);
  });

  it('skips a line over 10 MiB by default', async () => {
    const huge = alert({ output: 'x'.repeat(10 * 1024 * 1024) });
    const { rows, warnings } = await parse(utf8([alert(), huge, alert()].join('\n')), 1 << 20);
    expect(rows.map((r) => r.evt_num)).toEqual([1n, 2n]);
    expect(warnings).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/over the 10485760-byte limit/) })]);
  });

  it('cuts hostile output fields to the attrs budget with one warning', async () => {
    const many = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`evt.arg.a${i}`, i]));
    const { rows, warnings } = await parse(utf8(alert({}, many)));
    expect(Object.keys(rows[0].attrs as object)).toHaveLength(500);
    expect(warnings).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/more than 500 keys/) })]);
  });
});
