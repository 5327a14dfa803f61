import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collect, utf8 } from '../test-support.js';
import { splitArgs } from './args.js';
import { SysdigTextReader } from './sysdig-text-reader.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const lidds = path.resolve(repoRoot, '../shared/data/other/lidds_aggressive_nightingale_1018_exploit.sc');
const hasLidds = existsSync(lidds);
if (!hasLidds) console.warn(`skipping the LID-DS recording: ${lidds} is absent`);

const parse = (bytes: Uint8Array, chunk = 0, options: { baseDate?: string; evtNumBase?: number } = {}) =>
  collect(bytes, chunk, { kind: 'sysdig-text', ...options }, (o, s) => new SysdigTextReader(o, s));
const lineAt = (rows: Record<string, unknown>[], n: number) => rows[n - 1];

// sysdig's default output (-r curl_google.scap and the 502Error capture), as sysdig 0.29 prints it
const DEFAULT = [
  '211 17:35:48.514632619 0 curl (17497) < execve res=0 exe=curl args=-6.http://www.google.com. tid=17497(curl) pid=17497(curl) ptid=3200(bash) cwd=/home/ubuntu fdlimit=1024 comm=curl ',
  '214 17:35:48.514667033 0 curl (17497) > access mode=0(F_OK) ',
  '215 17:35:48.514670468 0 curl (17497) < access res=-2(ENOENT) name=/etc/ld.so.nohwcap ',
  '218 17:35:48.514678274 0 curl (17497) > open ',
  '219 17:35:48.514682170 0 curl (17497) < open fd=3(<f>/etc/ld.so.cache) name=/etc/ld.so.cache flags=4097(O_RDONLY|O_CLOEXEC) mode=0 ',
  '220 17:35:48.514683289 0 curl (17497) > fstat fd=3(<f>/etc/ld.so.cache) ',
  '221 17:35:48.514685433 0 curl (17497) < fstat res=0 ',
  '222 17:35:48.514686029 0 curl (17497) > mmap addr=0 length=24778 prot=1(PROT_READ) flags=2(MAP_PRIVATE) fd=3(<f>/etc/ld.so.cache) offset=0 ',
  '223 17:35:48.514688309 0 curl (17497) < mmap res=7FA69774E000 vm_size=536 vm_rss=4 vm_swap=0 ',
  '300 17:35:48.600000000 0 curl (17497) > open ',
  '301 17:35:48.600000100 0 curl (17497) < open fd=-2(ENOENT) name=/etc/gai.conf flags=4097(O_RDONLY|O_CLOEXEC) mode=0 ',
  '28 17:35:48.700000000 1 curl (843) > connect fd=3(<u>) ',
  '29 17:35:48.700000100 1 curl (843) < connect res=-2(ENOENT) tuple=0->ffff8edcfda06800 /var/run/nscd/socket ',
  '131 17:35:48.800000000 1 haproxy (13969) > recvfrom fd=0(<4t>192.168.0.1:44434->192.168.0.3:80) size=15360 ',
  '132 17:35:48.800001000 1 haproxy (13969) < recvfrom res=78 data=GET / HTTP/1.1..Host: x..Cookie: a=b c=d.... tuple=NULL ',
  '1153 17:35:48.900000000 1 <NA> (25886) < accept fd=4(<6t>2001:db8::4:54405->2001:db8::3:1234) tuple=2001:db8::4:54405->2001:db8::3:1234 queuepct=0 ',
].join('\n');

describe.skipIf(!hasLidds)('LID-DS recording (sysdig -b -p "%evt.rawtime %user.uid %proc.pid %proc.name %thread.tid %syscall.type %evt.dir %evt.args")', () => {
  it('every line, exact ns, uid, pid and tid columns, enter/exit pairs', async () => {
    const bytes = new Uint8Array(readFileSync(lidds));
    const { rows, summary } = await parse(bytes, 0, { evtNumBase: 1000 });
    expect(summary).toMatchObject({ kind: 'sysdig-text', events: 23468, warningCount: 0, bytes: 2325130 });
    expect(summary.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(rows[0]).toMatchObject({ evt_num: 1001n, ts: 1631078867380457267n, uid: 0n, pid: 2902771n, tid: 2902771n, proc_name: 'apache2', evt_type: 'select', evt_dir: '<', res: 0n, failed: false });
    expect(rows[0].attrs).toBe(null);
    expect(rows.filter((r) => r.evt_dir === '>').length).toBe(11734);
    expect(rows.filter((r) => r.uid === 33n).length).toBe(23350);
    expect(lineAt(rows, 7)).toMatchObject({
      evt_type: 'accept', res: 12n, fd: 12n, fd_type: 'ipv4', fd_l4proto: 'tcp', fd_cip: '192.168.240.3', fd_cport: 50140, fd_sip: '192.168.240.21', fd_sport: 443,
      fd_name: '192.168.240.3:50140->192.168.240.21:443', latency_ns: 1631078867467701544n - 1631078867467692105n,
    });
    expect(lineAt(rows, 17)).toMatchObject({ evt_type: 'read', res: 512n, fd: 13n, fd_name: '/dev/urandom', fd_type: 'file' });
    expect((lineAt(rows, 17).data as Uint8Array).length).toBe(80);
    expect(new TextDecoder().decode(lineAt(rows, 184).data as Uint8Array)).toBe('192.168.240.5 - user9 [08/Sep/2021:05:27:47 +0000] "POST /private/upload.php HTT');
    expect(lineAt(rows, 267)).toMatchObject({ evt_type: 'shutdown', res: -107n, failed: true, errno_name: 'ENOTCONN' });
    expect(lineAt(rows, 20)).toMatchObject({ evt_type: 'mmap', evt_dir: '>', fd: null, fd_name: null }); // fd=4294967295 is "no descriptor"
    expect(lineAt(rows, 21)).toMatchObject({ evt_type: 'mmap', evt_dir: '<', res: 0x7F5246360000n });
    expect(lineAt(rows, 18381)).toMatchObject({ evt_type: 'clone', res: 23n, pid: 2902771n, ppid: 2902770n, exe: '/usr/sbin/apache2', evt_category: 'process' });
    expect(rows.filter((r) => r.evt_type === 'read' && r.evt_dir === '<').every((r) => r.latency_ns !== null || r.res === null)).toBe(true);
  });

  it('gives the same rows for every chunk size', async () => {
    const bytes = new Uint8Array(readFileSync(lidds)).subarray(0, 300_000);
    const whole = (await parse(bytes)).rows;
    for (const size of [1, 7, 4096]) expect((await parse(bytes, size)).rows).toEqual(whole);
  });
});

describe('SysdigTextReader, default layout', () => {
  it('numbers rows itself and keeps sysdig\'s number; times of day on the base date', async () => {
    const { rows, warnings } = await parse(utf8(`${DEFAULT}\n`), 0, { baseDate: '2018-08-17' });
    expect(warnings).toEqual([]);
    expect(rows.map((r) => r.evt_num)).toEqual(rows.map((_, i) => BigInt(i + 1)));
    expect(rows[0]).toMatchObject({ ts: 1534527348514632619n, tid: 17497n, pid: 17497n, ppid: 3200n, exe: 'curl', cwd: '/home/ubuntu', evt_type: 'execve', evt_dir: '<', res: 0n });
    expect(rows[0].attrs).toEqual({ 'sysdig.evt.num': ['211'], 'sysdig.evt.cpu': ['0'] });
    expect(rows[2]).toMatchObject({ evt_type: 'access', res: -2n, failed: true, errno_name: 'ENOENT', latency_ns: 3435n, fd_name: null });
    expect(rows[4]).toMatchObject({ evt_type: 'open', res: 3n, fd: 3n, fd_type: 'file', fd_name: '/etc/ld.so.cache', evt_category: 'file' });
    expect(rows[6]).toMatchObject({ evt_type: 'fstat', res: 0n, fd: 3n, fd_name: '/etc/ld.so.cache' }); // the exit acts on its enter's descriptor
    expect(rows[7]).toMatchObject({ evt_type: 'mmap', fd: null, fd_name: null }); // sysdig does not make mmap's fd the event's
    expect(rows[8]).toMatchObject({ res: 0x7FA69774E000n, fd_name: null });
    expect(rows[10]).toMatchObject({ evt_type: 'open', res: -2n, errno_name: 'ENOENT', fd: null, fd_type: 'file', fd_name: '/etc/gai.conf' });
    expect(rows[11]).toMatchObject({ evt_type: 'connect', fd: 3n, fd_type: 'unix', fd_name: '' });
    expect(rows[12]).toMatchObject({ evt_type: 'connect', fd: 3n, fd_type: 'unix', fd_name: '0->ffff8edcfda06800 /var/run/nscd/socket', errno_name: 'ENOENT', pid: null });
    expect(rows[14]).toMatchObject({ evt_type: 'recvfrom', res: 78n, fd: 0n, fd_cip: '192.168.0.1', fd_cport: 44434, fd_sip: '192.168.0.3', fd_sport: 80, evt_category: 'net' });
    expect(new TextDecoder().decode(rows[14].data as Uint8Array)).toBe('GET / HTTP/1.1..Host: x..Cookie: a=b c=d....');
    expect(rows[15]).toMatchObject({ proc_name: null, fd_type: 'ipv6', fd_cip: '2001:db8::4', fd_cport: 54405, fd_sip: '2001:db8::3', fd_sport: 1234 });
    expect(rows[15].raw).toBe(DEFAULT.split('\n')[15]);
  });

  it('without a base date: 1970-01-01 and one warning; midnight rollover; -t a; relative times', async () => {
    const clock = '1 23:59:59.999999999 0 a (1) > close fd=3 \n2 00:00:00.000000001 0 a (1) < close res=0 \n3 23:59:59.999999990 1 b (2) > read fd=0 \n';
    const { rows, warnings } = await parse(utf8(clock));
    expect(rows.map((r) => r.ts)).toEqual([86399999999999n, 86400000000001n, 86399999999990n]);
    expect(warnings).toEqual([{ offset: 0, line: 1, message: expect.stringMatching(/no.*date|without a date/) }]);
    const absolute = await parse(utf8('211 1534527348.514632619 0 curl (17497) > brk addr=0 \n'));
    expect(absolute.rows[0].ts).toBe(1534527348514632619n);
    expect(absolute.warnings).toEqual([]);
    const relative = await parse(utf8('211 5.514632620 0 curl (17497) > brk addr=0 \n212 5.514648552 0 curl (17497) < brk res=55DB0DE73000 \n'), 0, { baseDate: '2020-02-02' });
    expect(relative.rows.map((r) => r.ts)).toEqual([1580601605514632620n, 1580601605514648552n]);
    expect(relative.rows[1].res).toBe(0x55DB0DE73000n);
    expect(relative.warnings).toEqual([{ offset: 0, line: 1, message: expect.stringMatching(/relative/) }]);
  });

  it('-pc/-pk container form: container columns and the namespace tid', async () => {
    const { rows } = await parse(utf8('5 10:00:00.000000001 0 web_1 (0123456789ab) nginx (31:7) > accept flags=0 \n6 10:00:00.000000002 0 host (host) sshd (40:40) > read fd=3(<4t>10.0.0.9:51000->10.0.0.5:22) size=16384 \n'), 0, { baseDate: '2024-01-01' });
    expect(rows[0]).toMatchObject({ container_name: 'web_1', container_id: '0123456789ab', proc_name: 'nginx', tid: 31n });
    expect(rows[0].attrs).toMatchObject({ 'sysdig.thread.vtid': ['7'] });
    expect(rows[1]).toMatchObject({ container_id: 'host', proc_name: 'sshd', fd_sip: '10.0.0.5', fd_sport: 22 });
  });

  it('same rows for every chunk size', async () => {
    const bytes = utf8(`${DEFAULT}\n`);
    const whole = (await parse(bytes, 0, { baseDate: '2018-08-17' })).rows;
    for (const size of [1, 7, 4096]) expect((await parse(bytes, size, { baseDate: '2018-08-17' })).rows).toEqual(whole);
  });

  it('bad input: foreign lines skipped with line and byte, a cut last line reported, good lines kept', async () => {
    const lines = ['211 17:35:48.514632619 0 curl (17497) > brk addr=0 ', '---- garbage \u0000\u0001 ----', '{"json":true}', '212 17:35:48.514648551 0 curl (17497) < brk res=55DB0DE73000 ', '213 17:35:48.5146'];
    const text = lines.join('\n');
    const { rows, warnings } = await parse(utf8(text), 0, { baseDate: '2018-08-17' });
    expect(rows.map((r) => r.evt_num)).toEqual([1n, 2n]);
    const byteOf = (line: number) => utf8(lines.slice(0, line - 1).join('\n')).length + 1;
    expect(warnings).toEqual([
      { offset: byteOf(2), line: 2, message: expect.stringMatching(/^line 2 \(byte \d+\) is not a sysdig event line/) },
      { offset: byteOf(3), line: 3, message: expect.stringMatching(/^line 3/) },
      { offset: byteOf(5), line: 5, message: expect.stringMatching(/ends inside line 5/) },
    ]);
    const many = Array.from({ length: 30 }, (_, i) => `noise ${i}`).join('\n');
    const noisy = await parse(utf8(`${many}\n${lines[0]}\n`), 0, { baseDate: '2018-08-17' });
    expect(noisy.rows).toHaveLength(1);
    expect(noisy.warnings).toHaveLength(21);
    expect(noisy.warnings[20].message).toMatch(/^30 lines in all were not sysdig events/);
  });
});

describe('SysdigTextReader, hostile input', () => {
  it('skips a line over 10 MiB and reports bytes that are not UTF-8 once', async () => {
    const good = '211 17:35:48.514632619 0 curl (17497) < read res=4 data=abcd \n';
    const huge = `212 17:35:48.514632620 0 curl (17497) < read res=4 data=${'x'.repeat(10 * 1024 * 1024)} \n`;
    const bytes = utf8(good + huge + good.replace('abcd', 'ab\u00e9d') + good);
    bytes[bytes.lastIndexOf(0xc3)] = 0xff;
    const { rows, warnings } = await parse(bytes, 1 << 20, { baseDate: '2018-08-17' });
    expect(rows.map((r) => r.evt_num)).toEqual([1n, 2n, 3n]);
    expect(rows[1].args).toBe('res=4 data=ab\uFFFD\uFFFDd');
    expect(warnings).toEqual([
      { offset: good.length, line: 2, message: expect.stringMatching(/over the 10485760-byte limit/) },
      { offset: utf8(good + huge).length, line: 3, message: '1 line held bytes that are not UTF-8, shown as U+FFFD; the first is line 3' },
    ]);
  });
});

describe('splitArgs', () => {
  it('splits name=value pairs, keeps spaces inside values, and lets nothing in a buffer forge an argument', () => {
    expect(splitArgs('fd=3(<u>ffff->ffff /run/x.sock) size=4')).toEqual([{ name: 'fd', value: '3(<u>ffff->ffff /run/x.sock)' }, { name: 'size', value: '4' }]);
    expect(splitArgs('res=5 data=a b=c fd=9 tuple=1.2.3.4:5->6.7.8.9:80')).toEqual([
      { name: 'res', value: '5' }, { name: 'data', value: 'a b=c fd=9' }, { name: 'tuple', value: '1.2.3.4:5->6.7.8.9:80' },
    ]);
    expect(splitArgs('res=1 data= x=1')).toEqual([{ name: 'res', value: '1' }, { name: 'data', value: ' x=1' }]);
    expect(splitArgs('cwd= fdlimit=8192')).toEqual([{ name: 'cwd', value: '' }, { name: 'fdlimit', value: '8192' }]);
    expect(splitArgs('')).toEqual([]);
  });
});
