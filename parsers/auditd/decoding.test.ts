import { describe, expect, it } from 'vitest';
import { decodeEscaped, hexBytes, parseInterpretedFields, parseRawFields } from './fields.js';
import { parseRecord, readStamp } from './record.js';
import { decodeSockaddr, ipv6Text, sockaddrText } from './sockaddr.js';
import { archName, syscallName } from './syscalls.js';
import { SYSCALL_RUNS } from './syscall-names.js';

const at = { offset: 0, length: 0, lineNumber: 1 };

describe('audit record fields', () => {
  it('splits quoted, single-quoted, braced and bare values and skips bare words', () => {
    const fields = parseRawFields(`auditd start, ver=2.4.1 msg='op=login acct="a b" res=success' comm="my prog" subj==unconfined SADDR={ saddr_fam=inet lport=80 } key=(null) empty=`);
    expect(fields.map((f) => [f.key, f.value, f.quote])).toEqual([
      ['ver', '2.4.1', ''], ['msg', 'op=login acct="a b" res=success', "'"], ['comm', 'my prog', '"'], ['subj', '=unconfined', ''],
      ['SADDR', 'saddr_fam=inet lport=80', '{'], ['key', '(null)', ''], ['empty', '', ''],
    ]);
  });

  it('reads ausearch -i values up to the next key, with spaces inside', () => {
    const fields = parseInterpretedFields("arch=x86_64 exit=ENOENT(No such file or directory) proctitle=bash -c ls msg='op=x res=failed' a[1]=y");
    expect(fields.map((f) => [f.key, f.value])).toEqual([
      ['arch', 'x86_64'], ['exit', 'ENOENT(No such file or directory)'], ['proctitle', 'bash -c ls'], ['msg', 'op=x res=failed'], ['a[1]', 'y'],
    ]);
  });

  it('decodes hex, keeps quoted text and placeholders, flags broken hex', () => {
    expect(decodeEscaped({ key: 'name', value: '2F746D70', quote: '' })).toEqual({ value: '/tmp', isBroken: false });
    expect(decodeEscaped({ key: 'name', value: '2F746D70', quote: '"' })).toEqual({ value: '2F746D70', isBroken: false });
    expect(decodeEscaped({ key: 'key', value: '(null)', quote: '' })).toEqual({ value: null, isBroken: false });
    expect(decodeEscaped({ key: 'acct', value: '?', quote: '' })).toEqual({ value: '?', isBroken: false });
    expect(decodeEscaped({ key: 'name', value: '2F7', quote: '' })).toEqual({ value: '2F7', isBroken: true });
    expect(hexBytes('0aFf')).toEqual(new Uint8Array([10, 255]));
    expect(hexBytes('')).toBeNull();
    expect(hexBytes('zz')).toBeNull();
  });

  it('reads the record head: node, type, stamp (ms kept to the ns), the ENRICHED part', () => {
    const record = parseRecord('node=h1 type=PATH msg=audit(1615150974.493:21028): item=0 name="/bin/echo"\x1dOUID="root"', at);
    expect(record).toMatchObject({ node: 'h1', type: 'PATH', stamp: '1615150974.493:21028', serial: '21028', tsNs: 1615150974_493_000_000n, isInterpreted: false });
    if ('problem' in record) throw new Error('not parsed');
    expect(record.fields.map((f) => f.key)).toEqual(['item', 'name']);
    expect(record.enriched).toEqual([{ key: 'OUID', value: 'root', quote: '"' }]);
    expect(parseRecord('type=DAEMON_CONFIG msg=audit(1490239800.477:34) config changed, auid=0 res=success', at)).toMatchObject({ stamp: '1490239800.477:34' });
    expect(parseRecord('type=UNKNOWN[1329] msg=?', at)).toEqual({ problem: 'an audit record without a msg=audit(time:serial) stamp' });
    expect(readStamp('12/07/2016 03:16:32.414:385')).toEqual({ tsNs: 1481080592_414_000_000n, serial: '385', isInterpreted: true });
    expect(readStamp('2016-12-07 03:16:32.414:385')?.tsNs).toBe(1481080592_414_000_000n);
    expect(readStamp('13/45/2016 03:16:32.414:385')).toBeNull();
    expect(readStamp('1.5:7')).toEqual({ tsNs: 1_500_000_000n, serial: '7', isInterpreted: false });
  });
});

describe('SOCKADDR', () => {
  it('decodes inet, inet6 (mapped too), unix (path, abstract, unnamed), netlink, unspec and other families', () => {
    expect(decodeSockaddr('02000050A9FEA9FE0000000000000000')).toEqual({ family: 'ipv4', ip: '169.254.169.254', port: 80 });
    expect(decodeSockaddr('0A000016000000000000000000000000000000000000000000000000')).toEqual({ family: 'ipv6', ip: '::', port: 22 });
    expect(decodeSockaddr('0A0001BB00000000FE80000000000000000000000000000100000000')).toEqual({ family: 'ipv6', ip: 'fe80::1', port: 443 });
    expect(decodeSockaddr('0A0001BB0000000000000000000000000000FFFF0A00000100000000')).toEqual({ family: 'ipv6', ip: '::ffff:10.0.0.1', port: 443 });
    expect(decodeSockaddr('01002F7661722F72756E2F6E7363642F736F636B65740000603B7B47')).toEqual({ family: 'unix', path: '/var/run/nscd/socket' });
    expect(decodeSockaddr('010000616273747261637400')).toEqual({ family: 'unix', path: '@abstract' });
    expect(decodeSockaddr('0100')).toEqual({ family: 'unix', path: null });
    expect(decodeSockaddr('100000000A0000000100000000000000')).toEqual({ family: 'netlink', pid: 10, groups: 1 });
    expect(decodeSockaddr('00000000000000000000000000000000')).toEqual({ family: 'unspec' });
    expect(decodeSockaddr('11000300')).toEqual({ family: 'other', number: 17 });
    expect(decodeSockaddr('00020050C0A80001')).toEqual({ family: 'ipv4', ip: '192.168.0.1', port: 80 }); // a big-endian host
    expect(decodeSockaddr('0200')).toBeNull();
    expect(decodeSockaddr('XY')).toBeNull();
    expect(sockaddrText({ family: 'ipv6', ip: '::1', port: 22 })).toBe('[::1]:22');
    expect(ipv6Text(new Uint8Array([0x20, 1, 0xd, 0xb8, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1]))).toBe('2001:db8::1:0:0:1');
  });
});

describe('syscall tables', () => {
  it('names the common calls on each arch and knows the arch values', () => {
    expect(archName('c000003e')).toBe('x86_64');
    expect(archName('0xC00000B7')).toBe('aarch64');
    expect(archName('40000003')).toBe('i386');
    expect(archName('40000028')).toBe('arm');
    expect(archName('c0000015')).toBe('ppc64le');
    expect(archName('deadbeef')).toBe('deadbeef');
    const expectations: [string, number, string][] = [
      ['x86_64', 0, 'read'], ['x86_64', 257, 'openat'], ['x86_64', 322, 'execveat'], ['x86_64', 435, 'clone3'], ['x86_64', 61, 'wait4'],
      ['i386', 102, 'socketcall'], ['i386', 5, 'open'], ['i386', 120, 'clone'], ['i386', 403, 'clock_gettime64'],
      ['aarch64', 63, 'read'], ['aarch64', 64, 'write'], ['aarch64', 220, 'clone'], ['aarch64', 198, 'socket'], ['aarch64', 79, 'newfstatat'], ['aarch64', 435, 'clone3'],
      ['arm', 3, 'read'], ['arm', 120, 'clone'], ['arm', 281, 'socket'], ['arm', 322, 'openat'], ['arm', 270, 'arm_fadvise64_64'], ['arm', 435, 'clone3'],
    ];
    for (const [arch, nr, name] of expectations) expect([arch, nr, syscallName(arch, nr)]).toEqual([arch, nr, name]);
    expect(syscallName('aarch64', 2)).toBe('io_submit');
    expect(SYSCALL_RUNS.aarch64.some(([, words]) => words.split(' ').includes('open'))).toBe(false); // the generic table has openat only
    expect(syscallName('arm', 7)).toBeUndefined(); // retired waitpid slot
    expect(syscallName('sparc', 1)).toBeUndefined();
  });

  it('has no duplicate numbers within an arch and no name twice except historic aliases', () => {
    for (const [arch, runs] of Object.entries(SYSCALL_RUNS)) {
      const numbers = new Set<number>();
      for (const [first, words] of runs) {
        words.split(' ').forEach((name, i) => {
          if (name === '-') return;
          expect([arch, first + i, numbers.has(first + i)]).toEqual([arch, first + i, false]);
          numbers.add(first + i);
        });
      }
      expect(numbers.size).toBeGreaterThan(290);
    }
  });
});
