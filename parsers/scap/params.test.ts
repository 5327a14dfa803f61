import { describe, expect, it } from 'vitest';
import { eventSpec, type ParamSpec, type ParamType } from './event-table.js';
import { decodeParam, formatG, renderBuffer, renderParam, stringList, type ParamValue } from './params.js';

const spec = (type: ParamType, format = 'PF_DEC', table?: string): ParamSpec => ({ name: 'x', type, format, ...(table ? { table } : {}) });

/** The bytes of a little-endian layout, byte-swapped per field for the big-endian twin. */
function bytesOf(fields: readonly (readonly [number | bigint, number])[], littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(fields.reduce((n, [, size]) => n + size, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [value, size] of fields) {
    if (size === 8) view.setBigUint64(at, BigInt.asUintN(64, BigInt(value)), littleEndian);
    else if (size === 4) view.setUint32(at, Number(value) >>> 0, littleEndian);
    else if (size === 2) view.setUint16(at, Number(value) & 0xffff, littleEndian);
    else view.setUint8(at, Number(value) & 0xff);
    at += size;
  }
  return out;
}

const hex = (text: string): Uint8Array => new Uint8Array(text.trim().split(/\s+/).map((b) => parseInt(b, 16)));
const decode = (s: ParamSpec, bytes: Uint8Array, le = true): ParamValue => decodeParam(s, bytes, 0, bytes.length, le);

describe.each([true, false])('decodeParam, littleEndian=%s', (le) => {
  const one = (type: ParamType, value: number | bigint, size: number) => decode(spec(type), bytesOf([[value, size]], le), le);

  it('decodes integers with their sign and width', () => {
    expect(one('PT_INT8', -5, 1)).toBe(-5);
    expect(one('PT_INT16', -300, 2)).toBe(-300);
    expect(one('PT_INT32', -70000, 4)).toBe(-70000);
    expect(one('PT_INT64', -2n, 8)).toBe(-2n);
    expect(one('PT_UINT8', 250, 1)).toBe(250);
    expect(one('PT_UINT16', 65000, 2)).toBe(65000);
    expect(one('PT_UINT32', 0xfffffffe, 4)).toBe(0xfffffffe);
    expect(one('PT_UINT64', 0xffffffffffffffffn, 8)).toBe(0xffffffffffffffffn);
    expect(one('PT_ERRNO', -2n, 8)).toBe(-2n);
    expect(one('PT_FD', -100n, 8)).toBe(-100n);
    expect(one('PT_PID', 843n, 8)).toBe(843n);
    expect(one('PT_FD32', -1, 4)).toBe(-1);
    expect(one('PT_PID32', 77, 4)).toBe(77);
    expect(one('PT_UID', 0xffffffff, 4)).toBe(0xffffffff);
    expect(one('PT_GID', 1000, 4)).toBe(1000);
    expect(one('PT_PORT', 54405, 2)).toBe(54405);
    expect(one('PT_SYSCALLID', 108, 2)).toBe(108);
    expect(one('PT_SIGTYPE', 9, 1)).toBe(9);
    expect(one('PT_L4PROTO', 2, 1)).toBe(2);
    expect(one('PT_SOCKFAMILY', 10, 1)).toBe(10);
    expect(one('PT_BOOL', 1, 4)).toBe(1);
    expect(one('PT_FLAGS8', 0x81, 1)).toBe(0x81);
    expect(one('PT_FLAGS16', 0x8001, 2)).toBe(0x8001);
    expect(one('PT_FLAGS32', 0x80001001, 4)).toBe(0x80001001);
    expect(one('PT_ENUMFLAGS8', 3, 1)).toBe(3);
    expect(one('PT_ENUMFLAGS16', 3, 2)).toBe(3);
    expect(one('PT_ENUMFLAGS32', 10, 4)).toBe(10);
    expect(one('PT_MODE', 0o644, 4)).toBe(0o644);
    expect(one('PT_SIGSET', 0x4002, 4)).toBe(0x4002);
    expect(one('PT_RELTIME', 1500000000n, 8)).toBe(1500000000n);
    expect(one('PT_ABSTIME', 1533943856118352985n, 8)).toBe(1533943856118352985n);
  });

  it('decodes DOUBLE and raw addresses (network order whatever the file order)', () => {
    const d = new Uint8Array(8);
    new DataView(d.buffer).setFloat64(0, 1.25, le);
    expect(decode(spec('PT_DOUBLE'), d, le)).toBe(1.25);
    expect(decode(spec('PT_IPV4ADDR'), hex('c0 a8 01 02'), le)).toBe('192.168.1.2');
    expect(decode(spec('PT_IPV6ADDR'), hex('20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 04'), le)).toBe('2001:db8::4');
  });

  it('decodes sockaddr for inet, inet6, unix and other families', () => {
    expect(decode(spec('PT_SOCKADDR'), bytesOf([[2, 1], [0x0100007f, 4], [80, 2]], le), le))
      .toEqual({ kind: 'sockaddr', family: 2, ip: le ? '127.0.0.1' : '1.0.0.127', port: 80 });
    const v6 = new Uint8Array([10, ...new Array(15).fill(0), 1, ...bytesOf([[8080, 2]], le)]);
    expect(decode(spec('PT_SOCKADDR'), v6, le)).toEqual({ kind: 'sockaddr', family: 10, ip: '::1', port: 8080 });
    const unix = new Uint8Array([1, ...new TextEncoder().encode('/run/x.sock'), 0]);
    expect(decode(spec('PT_SOCKADDR'), unix, le)).toEqual({ kind: 'sockaddr', family: 1, path: '/run/x.sock' });
    expect(decode(spec('PT_SOCKADDR'), hex('10'), le)).toEqual({ kind: 'sockaddr', family: 16 });
  });

  it('decodes socktuples: inet, inet6 (v4-mapped pairs as inet), unix', () => {
    const ip4 = [[0x0a, 1], [0x00, 1], [0x00, 1], [0x01, 1]] as const;
    const tuple = bytesOf([[2, 1], ...ip4, [40000, 2], [8, 1], [8, 1], [8, 1], [8, 1], [53, 2]], le);
    expect(decode(spec('PT_SOCKTUPLE'), tuple, le)).toEqual({ kind: 'socktuple', family: 2, sip: '10.0.0.1', sport: 40000, dip: '8.8.8.8', dport: 53 });
    const mapped = (a: number[]) => [...new Array(10).fill(0), 0xff, 0xff, ...a];
    const v4in6 = new Uint8Array([10, ...mapped([1, 2, 3, 4]), ...bytesOf([[1234, 2]], le), ...mapped([5, 6, 7, 8]), ...bytesOf([[80, 2]], le)]);
    expect(decode(spec('PT_SOCKTUPLE'), v4in6, le)).toEqual({ kind: 'socktuple', family: 2, sip: '1.2.3.4', sport: 1234, dip: '5.6.7.8', dport: 80 });
    const unix = new Uint8Array([...bytesOf([[1, 1], [0n, 8], [0xffff88003c420800n, 8]], le), ...new TextEncoder().encode('/var/run/nscd/socket'), 0]);
    const value = decode(spec('PT_SOCKTUPLE'), unix, le);
    expect(value).toEqual({ kind: 'socktuple', family: 1, source: 0n, dest: 0xffff88003c420800n, path: '/var/run/nscd/socket' });
    expect(renderParam(spec('PT_SOCKTUPLE'), value)).toBe('0->ffff88003c420800 /var/run/nscd/socket');
  });

  it('decodes fd lists, including an empty one', () => {
    const list = bytesOf([[2, 2], [4n, 8], [1, 2], [-1n, 8], [4, 2]], le);
    const value = decode(spec('PT_FDLIST'), list, le);
    expect(value).toEqual({ kind: 'fdlist', entries: [{ fd: 4n, flags: 1 }, { fd: -1n, flags: 4 }] });
    expect(renderParam(spec('PT_FDLIST'), value, { fdTypeChar: (fd) => (fd === 4n ? '6' : undefined) })).toBe('4:61 -1:4');
    expect(renderParam(spec('PT_FDLIST'), decode(spec('PT_FDLIST'), bytesOf([[0, 2]], le), le))).toBe('');
  });

  it('decodes PT_DYN by its table, and keeps raw bytes for an index past the table', () => {
    const setsockopt = eventSpec(45)!;
    const val = setsockopt.params[4];
    const u32 = decode(val, bytesOf([[2, 1], [65536, 4]], le), le);
    expect(u32).toMatchObject({ kind: 'dyn', index: 2, value: 65536 });
    expect(renderParam(val, u32)).toBe('65536');
    const err = decode(val, bytesOf([[1, 1], [-11n, 8]], le), le);
    expect(renderParam(val, err)).toBe('-11(EAGAIN)');
    const odd = decode(val, hex('09 41 42'), le);
    expect(odd).toEqual({ kind: 'dyn', index: 9, spec: undefined, value: hex('41 42') });
    expect(renderParam(val, odd)).toBe('AB');
  });
});

describe('decodeParam: strings, buffers, empties and bad sizes', () => {
  it('reads strings up to the NUL; (NULL) and length 0 are empty', () => {
    const path = new Uint8Array([...new TextEncoder().encode('/etc/hosts'), 0]);
    expect(decode(spec('PT_FSPATH'), path)).toBe('/etc/hosts');
    expect(decode(spec('PT_CHARBUF'), hex('28 4e 55 4c 4c 29 00'))).toBeNull();
    expect(decode(spec('PT_CHARBUF'), new Uint8Array([0]))).toBe('');
    expect(decodeParam(spec('PT_UINT32'), hex('01 02 03 04'), 2, 0, true)).toBeNull();
    expect(renderParam(spec('PT_CHARBUF'), null)).toBe('<NA>');
    expect(renderParam(spec('PT_SOCKTUPLE'), null)).toBe('NULL');
    expect(renderParam(spec('PT_BYTEBUF'), null)).toBe('');
  });

  it('splits NUL-separated lists (CHARBUFARRAY on the wire; argv/env/cgroups BYTEBUFs)', () => {
    const raw = new TextEncoder().encode('-6\0http://www.google.com\0');
    expect(decode(spec('PT_CHARBUFARRAY'), raw)).toEqual(['-6', 'http://www.google.com']);
    expect(stringList(raw)).toEqual(['-6', 'http://www.google.com']);
    expect(renderParam(spec('PT_BYTEBUF'), decode(spec('PT_BYTEBUF'), raw))).toBe('-6.http://www.google.com.');
  });

  it('turns a size that does not fit the type into an invalid value instead of throwing', () => {
    expect(decode(spec('PT_UINT32'), hex('01 02 03'))).toMatchObject({ kind: 'invalid', bytes: hex('01 02 03') });
    expect(decode(spec('PT_SOCKTUPLE'), hex('02 7f 00'))).toMatchObject({ kind: 'invalid' });
    expect(decode(spec('PT_FDLIST'), hex('05 00 01'))).toMatchObject({ kind: 'invalid' });
    expect(decodeParam(spec('PT_UINT32'), hex('01 02'), 1, 8, true)).toMatchObject({ kind: 'invalid' });
    expect(renderParam(spec('PT_UINT32'), decode(spec('PT_UINT32'), hex('01')))).toBe('<invalid PT_UINT32>');
  });
});

describe('renderParam', () => {
  it('prints formats as sinsp: hex upper case, %#o, padded decimal, UINT64 signed', () => {
    expect(renderParam(spec('PT_UINT64', 'PF_HEX'), 0x7fa69774e000n)).toBe('7FA69774E000');
    expect(renderParam(spec('PT_ERRNO', 'PF_HEX'), 0x7fa69774e000n)).toBe('7FA69774E000');
    expect(renderParam(spec('PT_UINT32', 'PF_OCT'), 0o644)).toBe('0644');
    expect(renderParam(spec('PT_UINT32', 'PF_OCT'), 0)).toBe('0');
    expect(renderParam(spec('PT_INT32', 'PF_10_PADDED_DEC'), 42)).toBe('000000042');
    expect(renderParam(spec('PT_UINT64'), 0xffffffffffffffffn)).toBe('-1');
    expect(renderParam(spec('PT_INT64'), -1n)).toBe('-1');
    expect(renderParam(spec('PT_UID'), 0xffffffff)).toBe('-1');
  });

  it('adds errno, signal, syscall and state suffixes', () => {
    expect(renderParam(spec('PT_ERRNO'), -2n)).toBe('-2(ENOENT)');
    expect(renderParam(spec('PT_ERRNO'), -9999n)).toBe('-9999');
    expect(renderParam(spec('PT_ERRNO'), 832n)).toBe('832');
    expect(renderParam(spec('PT_SIGTYPE'), 9)).toBe('9(SIGKILL)');
    expect(renderParam(spec('PT_SYSCALLID'), 108)).toBe('108(rt_sigprocmask)');
    const context = { fdSuffix: () => '<f>/etc/passwd', pidSuffix: () => 'curl', absolutePath: (p: string) => `/var/lib/mysql/${p.slice(2)}` };
    expect(renderParam(spec('PT_FD'), 3n, context)).toBe('3(<f>/etc/passwd)');
    expect(renderParam(spec('PT_FD'), 3n)).toBe('3');
    expect(renderParam(spec('PT_PID'), 17497n, context)).toBe('17497(curl)');
    expect(renderParam(spec('PT_FSPATH'), './userss', context)).toBe('./userss(/var/lib/mysql/userss)');
    expect(renderParam(spec('PT_FSPATH'), '/etc/hosts', context)).toBe('/etc/hosts');
  });

  it('prints durations like sysdig (value and %g seconds)', () => {
    expect(renderParam(spec('PT_RELTIME'), 0n)).toBe('0(0s)');
    expect(renderParam(spec('PT_RELTIME'), 1000000000n)).toBe('1000000000(1s)');
    expect(renderParam(spec('PT_RELTIME'), 1500000000n)).toBe('1500000000(1.5s)');
    expect(formatG(0.000001)).toBe('1e-06');
    expect(formatG(1234567)).toBe('1.23457e+06');
    expect(formatG(0.25)).toBe('0.25');
  });

  it('prints buffers: printable ASCII kept, others as dots, cut at 80 with ...', () => {
    expect(renderBuffer(hex('7f 45 4c 46 02 0a 1b'))).toBe('.ELF...');
    const long = new TextEncoder().encode('a'.repeat(100));
    expect(renderParam(spec('PT_BYTEBUF'), long)).toBe(`${'a'.repeat(77)}...`);
    expect(renderParam(spec('PT_BYTEBUF'), long.subarray(0, 80))).toBe('a'.repeat(80));
    expect(renderParam(spec('PT_BYTEBUF'), long, { bufferLimit: Infinity })).toBe('a'.repeat(100));
    expect(renderBuffer(new TextEncoder().encode('<b>\u001b[31m'))).toBe('<b>.[31m');
  });
});

describe('worked examples of scap-format.md §15 (real bytes)', () => {
  const render = (type: number, lengths: number[], data: Uint8Array): string => {
    const event = eventSpec(type)!;
    let at = 0;
    return lengths.map((length, i) => {
      const param = event.params[i];
      const value = decodeParam(param, data, at, length, true);
      at += length;
      return `${param.name}=${renderParam(param, value)}`;
    }).join(' ');
  };

  it('open exit from 502Error.scap', () => {
    const data = hex(`03 00 00 00 00 00 00 00 2f 65 74 63 2f 6e 73 73 77 69 74 63 68 2e 63 6f 6e 66 00
      01 10 00 00 00 00 00 00`);
    // sysdig: open < fd=3(<f>/etc/nsswitch.conf) name=/etc/nsswitch.conf flags=4097(O_RDONLY|O_CLOEXEC) mode=0
    expect(render(3, [8, 19, 4, 4], data)).toBe('fd=3 name=/etc/nsswitch.conf flags=4097(O_RDONLY|O_CLOEXEC) mode=0');
  });

  it('accept exit with an IPv6 tuple from single_ipv6_conn.scap', () => {
    const data = hex(`04 00 00 00 00 00 00 00 0a 20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 04 85 d4
      20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 03 d2 04 00 00 00 00 00 01 00 00 00`);
    // sysdig: accept < fd=4(<6t>2001:db8::4:54405->2001:db8::3:1234) tuple=2001:db8::4:54405->2001:db8::3:1234 queuepct=0 queuelen=0 queuemax=1
    expect(render(247, [8, 37, 1, 4, 4], data)).toBe('fd=4 tuple=2001:db8::4:54405->2001:db8::3:1234 queuepct=0 queuelen=0 queuemax=1');
  });
});
