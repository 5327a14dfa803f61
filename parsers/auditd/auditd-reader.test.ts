import { describe, expect, it } from 'vitest';
import { collect, utf8 } from '../test-support.js';
import { AuditdReader } from './auditd-reader.js';
import { type GraceWindow } from './event-assembler.js';

const GS = '\x1d';
type Row = Record<string, unknown>;
const attrs = (row: Row | undefined): Record<string, string[]> => (row?.attrs ?? {}) as Record<string, string[]>;
const parse = (text: string | Uint8Array, chunk = 0, grace?: GraceWindow) =>
  collect(typeof text === 'string' ? utf8(text) : text, chunk, { kind: 'auditd' }, (o, s) => new AuditdReader(o, s, grace));

/** A raw SYSCALL record for `stamp` with the process fields every test repeats. */
function syscall(stamp: string, fields: string, node = ''): string {
  return `${node}type=SYSCALL msg=audit(${stamp}): ${fields} ppid=100 pid=200 auid=1000 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=pts0 ses=7 comm="curl" exe="/usr/bin/curl" key=(null)`;
}

describe('AuditdReader: formats', () => {
  it('ENRICHED records with node= prefixes: one event per node and stamp, names from the enrichment, SOCKADDR of connect is the server', async () => {
    const stamp = '1700000000.123:42';
    const text = [
      `${syscall(stamp, 'arch=c000003e syscall=42 success=yes exit=0 a0=3 a1=7ffd a2=10 a3=0 items=0', 'node=web1 ')}${GS}ARCH=x86_64 SYSCALL=connect AUID="alice" UID="root" GID="root"`,
      `node=web1 type=SOCKADDR msg=audit(${stamp}): saddr=02000050A9FEA9FE0000000000000000${GS}SADDR={ saddr_fam=inet laddr=169.254.169.254 lport=80 }`,
      `node=web2 type=SYSCALL msg=audit(${stamp}): arch=c000003e syscall=49 success=yes exit=0 a0=5 a1=7ffd a2=1c a3=0 items=0 ppid=1 pid=300 auid=4294967295 uid=33 gid=33 comm="nginx" exe="/usr/sbin/nginx" key="net"`,
      `node=web2 type=SOCKADDR msg=audit(${stamp}): saddr=0A000050000000000000000000000000000000000000000100000000`,
      `node=web2 type=PROCTITLE msg=audit(${stamp}): proctitle="nginx"`,
      `node=web2 type=EOE msg=audit(${stamp}): `,
      `node=web1 type=PROCTITLE msg=audit(${stamp}): proctitle=6375726C00687474703A2F2F3136392E3235342E3136392E3235342F`,
      `node=web1 type=EOE msg=audit(${stamp}): `,
      '',
    ].join('\n');
    const { rows, summary } = await parse(text);
    expect(summary).toMatchObject({ events: 2, warningCount: 0 });
    const [nginx, curl] = rows;
    expect(nginx).toMatchObject({
      evt_num: 1n, evt_type: 'bind', evt_category: 'net', pid: 300n, uid: 33n, user_name: null, proc_name: 'nginx', cmdline: 'nginx',
      fd_type: 'ipv6', fd_name: '[::1]:80', fd_sip: '::1', fd_sport: 80, fd_cip: null, fd_cport: null,
    });
    expect(attrs(nginx)).toMatchObject({ 'auditd.node': ['web2'], 'auditd.key': ['net'], 'auditd.saddr': ['[::1]:80'] });
    expect(curl).toMatchObject({
      evt_num: 2n, evt_type: 'connect', ts: 1700000000_123_000_000n, user_name: 'root', proc_name: 'curl', pid: 200n, tid: 200n, ppid: 100n,
      cmdline: 'curl http://169.254.169.254/', fd_type: 'ipv4', fd_name: '169.254.169.254:80', fd_sip: '169.254.169.254', fd_sport: 80, fd_cip: null,
      args: 'a0=3 a1=7ffd a2=10 a3=0 items=0 saddr=169.254.169.254:80',
    });
    expect(attrs(curl)).toMatchObject({ 'auditd.node': ['web1'], 'auditd.auid.name': ['alice'], 'auditd.saddr': ['169.254.169.254:80'] });
    // the event spans lines 1..8 with node web2's records inside; raw holds only its own records
    const lines = text.split('\n');
    expect(curl.src_offset).toBe(0n);
    expect(curl.src_length).toBe(utf8(lines.slice(0, 8).join('\n')).length + 1);
    expect(curl.raw).toBe([lines[0], lines[1], lines[6], lines[7]].join('\n'));
    const json = JSON.parse(curl.args_json as string) as Record<string, Record<string, unknown>>;
    expect(json).toMatchObject({ id: stamp, node: 'web1', SYSCALL: { syscall: '42', comm: 'curl', AUID: 'alice', key: null }, PROCTITLE: { ARGV: ['curl', 'http://169.254.169.254/'] } });
    expect(json.SOCKADDR).toMatchObject({
      saddr: '02000050A9FEA9FE0000000000000000', sockaddr: { family: 'ipv4', ip: '169.254.169.254', port: 80, text: '169.254.169.254:80' },
      SADDR: 'saddr_fam=inet laddr=169.254.169.254 lport=80',
    });
  });

  it('accept names the client; failed openat gives errno, the file it looked for, and relative paths against CWD', async () => {
    const text = [
      syscall('1700000001.000:1', 'arch=c000003e syscall=288 success=yes exit=4 a0=3 a1=0 a2=0 a3=80000 items=0'),
      'type=SOCKADDR msg=audit(1700000001.000:1): saddr=0200D431C0A801170000000000000000',
      'type=EOE msg=audit(1700000001.000:1): ',
      syscall('1700000001.500:2', 'arch=c000003e syscall=257 success=no exit=-2 a0=ffffff9c a1=5600 a2=0 a3=0 items=1'),
      'type=CWD msg=audit(1700000001.500:2): cwd="/home/alice"',
      'type=PATH msg=audit(1700000001.500:2): item=0 name="notes.txt" nametype=UNKNOWN cap_fp=0',
      'type=EOE msg=audit(1700000001.500:2): ',
      syscall('1700000001.700:3', 'arch=c000003e syscall=257 success=yes exit=3 a0=ffffff9c a1=5600 a2=241 a3=1b6 items=2'),
      'type=CWD msg=audit(1700000001.700:3): cwd="/home/alice"',
      'type=PATH msg=audit(1700000001.700:3): item=0 name="/tmp/" inode=2 dev=08:01 mode=041777 nametype=PARENT',
      'type=PATH msg=audit(1700000001.700:3): item=1 name="/tmp/evil.sh" inode=99 dev=08:01 mode=0100644 nametype=CREATE',
      'type=EOE msg=audit(1700000001.700:3): ',
      '',
    ].join('\n');
    const { rows, summary } = await parse(text);
    expect(summary).toMatchObject({ events: 3, warningCount: 0 });
    expect(rows[0]).toMatchObject({ evt_type: 'accept4', res: 4n, fd_type: 'ipv4', fd_cip: '192.168.1.23', fd_cport: 54321, fd_sip: null });
    expect(rows[1]).toMatchObject({
      evt_type: 'openat', evt_category: 'file', res: -2n, failed: true, errno_name: 'ENOENT', cwd: '/home/alice', fd_name: '/home/alice/notes.txt', fd_type: 'file',
    });
    expect(attrs(rows[1])['auditd.path.name']).toEqual(['notes.txt']);
    expect(rows[2]).toMatchObject({ evt_type: 'openat', res: 3n, failed: false, errno_name: null, fd_name: '/tmp/evil.sh', fd_type: 'file' });
    expect(attrs(rows[2])).toMatchObject({ 'auditd.path.name': ['/tmp/', '/tmp/evil.sh'], 'auditd.path.nametype': ['PARENT', 'CREATE'], 'auditd.path.mode': ['041777', '0100644'] });
  });

  it('syscall numbers are named for the record arch: x86_64, i386, aarch64, arm; unknown ones keep their number', async () => {
    const cases: [string, string, string][] = [
      ['c000003e', '59', 'execve'], ['40000003', '11', 'execve'], ['c00000b7', '221', 'execve'], ['40000028', '11', 'execve'],
      ['c000003e', '42', 'connect'], ['40000003', '362', 'connect'], ['c00000b7', '203', 'connect'], ['40000028', '283', 'connect'],
      ['c00000b7', '56', 'openat'], ['40000003', '295', 'openat'], ['c000003e', '17', 'pread64'], ['c000003e', '462', 'mseal'],
      ['c000003e', '9999', 'syscall_9999'],
    ];
    const text = cases.map(([arch, nr], i) => `type=SYSCALL msg=audit(1700000002.${String(i).padStart(3, '0')}:${i + 1}): arch=${arch} syscall=${nr} success=yes exit=0 pid=1 uid=0\ntype=EOE msg=audit(1700000002.${String(i).padStart(3, '0')}:${i + 1}): `).join('\n');
    const { rows } = await parse(`${text}\n`);
    expect(rows.map((r) => r.evt_type)).toEqual(cases.map(([, , name]) => name));
    expect(rows.map((r) => attrs(r)['auditd.arch'][0])).toEqual(cases.map(([arch]) => ({ c000003e: 'x86_64', '40000003': 'i386', c00000b7: 'aarch64', '40000028': 'arm' })[arch]));
    // an arch without a table here: the ENRICHED name is used
    const ppc = await parse(`type=SYSCALL msg=audit(1700000003.000:1): arch=c0000015 syscall=11 success=yes exit=0${GS}ARCH=ppc64le SYSCALL=execve\n`);
    expect(ppc.rows[0]).toMatchObject({ evt_type: 'execve' });
    expect(attrs(ppc.rows[0])['auditd.arch']).toEqual(['ppc64le']);
  });

  it('hex keys holding several keys, hex exe/comm/cwd/name, quoted EXECVE args next to hex ones', async () => {
    const text = [
      'type=SYSCALL msg=audit(1700000004.010:5): arch=c000003e syscall=59 success=yes exit=0 a0=1 a1=2 a2=3 a3=4 items=1 ppid=1 pid=2 uid=0 gid=0 comm=6D7920636D64 exe=2F746D702F6D7920636D64 key=6B657931016B657932',
      'type=EXECVE msg=audit(1700000004.010:5): argc=3 a0="/tmp/my cmd" a1=2D2D6E616D653D22782079220A a2="plain"',
      'type=CWD msg=audit(1700000004.010:5): cwd=2F746D702F6120622063',
      'type=PATH msg=audit(1700000004.010:5): item=0 name=2F746D702F6D7920636D64 nametype=NORMAL',
      'type=EOE msg=audit(1700000004.010:5): ',
      '',
    ].join('\n');
    const { rows, summary } = await parse(text);
    expect(summary.warningCount).toBe(0);
    expect(rows[0]).toMatchObject({ proc_name: 'my cmd', exe: '/tmp/my cmd', cwd: '/tmp/a b c', fd_name: '/tmp/my cmd', cmdline: '/tmp/my cmd --name="x y"\n plain' });
    expect(attrs(rows[0])['auditd.key']).toEqual(['key1', 'key2']);
    expect(rows[0].args).toBe('a0=1 a1=2 a2=3 a3=4 items=1 name="/tmp/my cmd" key=key1,key2');
  });

  it('ausearch -i output: interpreted fields, local time taken as UTC with one warning, separators skipped', async () => {
    const text = [
      '----',
      'type=PROCTITLE msg=audit(12/07/2016 03:16:32.414:385) : proctitle=bash -c cat /etc/nope ',
      'type=PATH msg=audit(12/07/2016 03:16:32.414:385) : item=0 name=/etc/nope nametype=UNKNOWN cap_fp=none ',
      'type=CWD msg=audit(12/07/2016 03:16:32.414:385) : cwd=/root ',
      'type=SYSCALL msg=audit(12/07/2016 03:16:32.414:385) : arch=x86_64 syscall=openat success=no exit=ENOENT(No such file or directory) a0=AT_FDCWD a1=0x7ffd a2=O_RDONLY a3=0x0 items=1 ppid=10 pid=11 auid=alice uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=pts0 ses=3 comm=cat exe=/usr/bin/cat key=(null) ',
      '----',
      "type=USER_LOGIN msg=audit(2016-12-07 03:17:00.000:390) : pid=1298 uid=root auid=alice ses=1 msg='op=login id=alice exe=/usr/sbin/sshd hostname=? addr=10.1.2.3 terminal=/dev/pts/0 res=failed' ",
      '',
    ].join('\n');
    const { rows, summary } = await parse(text);
    expect(summary).toMatchObject({ events: 2, warningCount: 1 });
    expect(summary.warnings[0].message).toMatch(/local times .* taken as UTC/);
    // the login is stamped more than 2 s after the open event, which closes first
    expect(rows[1]).toMatchObject({ evt_type: 'user_login', failed: true, outcome: 'failure', src_ip: '10.1.2.3', exe: '/usr/sbin/sshd', user_name: 'root', uid: null });
    expect(rows[1].ts).toBe(BigInt(Date.UTC(2016, 11, 7, 3, 17, 0)) * 1_000_000n);
    expect(rows[0]).toMatchObject({
      evt_type: 'openat', res: -2n, failed: true, errno_name: 'ENOENT', user_name: 'root', uid: null, pid: 11n, proc_name: 'cat', exe: '/usr/bin/cat',
      cmdline: 'bash -c cat /etc/nope', cwd: '/root', fd_name: '/etc/nope', ts: BigInt(Date.UTC(2016, 11, 7, 3, 16, 32, 414)) * 1_000_000n,
    });
    expect(attrs(rows[0])).toMatchObject({ 'auditd.arch': ['x86_64'], 'auditd.auid.name': ['alice'] });
    expect(attrs(rows[0])['auditd.syscall_nr']).toBeUndefined();
  });
});

describe('AuditdReader: grouping', () => {
  it('interleaved events: each ends at its own EOE; src_length spans the other records in between', async () => {
    const text = [
      syscall('1700000010.000:10', 'arch=c000003e syscall=59 success=yes exit=0 items=1'),
      syscall('1700000010.001:11', 'arch=c000003e syscall=2 success=yes exit=3 items=1'),
      'type=EXECVE msg=audit(1700000010.000:10): argc=1 a0="ls"',
      'type=PATH msg=audit(1700000010.001:11): item=0 name="/etc/passwd" nametype=NORMAL',
      'type=EOE msg=audit(1700000010.001:11): ',
      'type=PATH msg=audit(1700000010.000:10): item=0 name="/bin/ls" nametype=NORMAL',
      'type=EOE msg=audit(1700000010.000:10): ',
      '',
    ].join('\n');
    const lines = text.split('\n');
    const offsetOf = (i: number) => BigInt(utf8(lines.slice(0, i).join('\n')).length + (i > 0 ? 1 : 0));
    const { rows } = await parse(text);
    expect(rows.map((r) => [r.evt_num, r.evt_type, r.fd_name])).toEqual([[1n, 'open', '/etc/passwd'], [2n, 'execve', '/bin/ls']]);
    expect(rows[0]).toMatchObject({ src_offset: offsetOf(1), src_length: Number(offsetOf(5) - offsetOf(1)), raw: [lines[1], lines[3], lines[4]].join('\n') });
    expect(rows[1]).toMatchObject({ src_offset: 0n, src_length: Number(offsetOf(7)), cmdline: 'ls' });
  });

  it('an event without EOE closes after more than 1000 further lines (default window)', async () => {
    const userLines = Array.from({ length: 1001 }, (_, i) => `type=USER_ACCT msg=audit(1700000020.000:${1000 + i}): pid=5 uid=0 auid=0 ses=1 msg='op=PAM:accounting acct="root" exe="/usr/sbin/cron" hostname=? addr=? terminal=cron res=success'`);
    const text = [syscall('1700000020.000:1', 'arch=c000003e syscall=59 success=yes exit=0 items=0'), ...userLines, ''].join('\n');
    const { rows } = await parse(text);
    expect(rows).toHaveLength(1002);
    // lines 2..1001 (1000 user records) go out at once; line 1002 is the 1001st line after the SYSCALL
    expect(rows[1000]).toMatchObject({ evt_num: 1001n, evt_type: 'execve' });
    expect(rows[1001]).toMatchObject({ evt_type: 'user_acct', actor: 'root' });
    expect(attrs(rows[1001])['auditd.serial']).toEqual(['2000']);
  });

  it('an event without EOE closes when a record stamped more than 2 s later arrives; a late EOE is reported', async () => {
    const text = [
      syscall('1700000030.000:1', 'arch=c000003e syscall=59 success=yes exit=0 items=0'),
      syscall('1700000032.000:2', 'arch=c000003e syscall=62 success=yes exit=0 items=0'),
      'type=PROCTITLE msg=audit(1700000030.000:1): proctitle="first"',
      syscall('1700000032.001:3', 'arch=c000003e syscall=2 success=yes exit=3 items=0'),
      'type=PROCTITLE msg=audit(1700000030.000:1): proctitle="second"',
      'type=EOE msg=audit(1700000030.000:1): ',
      '',
    ].join('\n');
    const { rows, summary } = await parse(text);
    // 30.000 stays open at 32.000 (exactly 2 s), closes at 32.001; its later PROCTITLE starts a new
    // event (named after its first record), which the EOE then ends
    expect(rows.map((r) => [r.evt_type, attrs(r)['auditd.serial'][0], r.cmdline])).toEqual([
      ['execve', '1', 'first'], ['proctitle', '1', 'second'], ['kill', '2', null], ['open', '3', null],
    ]);
    expect(summary.warningCount).toBe(0);
    const late = await parse(`${syscall('1700000040.000:1', 'arch=c000003e syscall=59 success=yes exit=0')}\n${syscall('1700000043.000:2', 'arch=c000003e syscall=62 success=yes exit=0')}\ntype=EOE msg=audit(1700000040.000:1): \n`);
    expect(late.summary).toMatchObject({ events: 2, warningCount: 1 });
    expect(late.warnings[0]).toMatchObject({ line: 3, message: expect.stringMatching(/EOE of audit\(1700000040\.000:1\) came after its event had been closed/) });
  });

  it('a custom window: 2 lines', async () => {
    const text = [
      syscall('1700000050.000:1', 'arch=c000003e syscall=59 success=yes exit=0'),
      syscall('1700000050.000:2', 'arch=c000003e syscall=59 success=yes exit=0'),
      syscall('1700000050.000:3', 'arch=c000003e syscall=59 success=yes exit=0'),
      syscall('1700000050.000:4', 'arch=c000003e syscall=59 success=yes exit=0'),
      '',
    ].join('\n');
    const grace: GraceWindow = { graceLines: 2, graceNs: 10_000_000_000n, maxPendingBytes: 1 << 20 };
    const { rows } = await parse(text, 0, grace);
    expect(rows.map((r) => attrs(r)['auditd.serial'][0])).toEqual(['1', '2', '3', '4']);
    const wide = await parse(text);
    expect(wide.rows.map((r) => attrs(r)['auditd.serial'][0])).toEqual(['1', '2', '3', '4']);
  });

  it('gives identical rows and warnings for 1-byte, 7-byte, 4 KiB and whole chunks', async () => {
    const text = [
      '# a comment',
      `${syscall('1700000060.000:1', 'arch=c000003e syscall=59 success=yes exit=0 items=1')}${GS}ARCH=x86_64 SYSCALL=execve AUID="bob" UID="root"`,
      'type=EXECVE msg=audit(1700000060.000:1): argc=2 a0="sh" a1_len=10 a1[0]=C3A974C3 a1[1]=A9',
      'junk in the middle',
      'type=PROCTITLE msg=audit(1700000060.000:1): proctitle=736800C3A974C3A9',
      'type=EOE msg=audit(1700000060.000:1): ',
      "node=h type=USER_LOGIN msg=audit(1700000061.000:2): pid=1 uid=0 auid=0 ses=1 msg='op=login acct=\"bob\" exe=\"/usr/sbin/sshd\" hostname=? addr=10.0.0.9 terminal=ssh res=success'",
      syscall('1700000062.000:3', 'arch=c000003e syscall=42 success=no exit=-111 items=0'),
      'type=SOCKADDR msg=audit(1700000062.000:3): saddr=01002F72756E2F646F636B65722E736F636B00',
      'type=EOE msg=audit(1700000062.000:3):',
    ].join('\r\n');
    const whole = await parse(text);
    expect(whole.summary).toMatchObject({ events: 3, warningCount: 3 });
    // a1 is split inside a two-byte character (C3|A9): the parts are joined as bytes
    expect(whole.rows[0]).toMatchObject({ cmdline: 'sh été', user_name: 'root' });
    expect(attrs(whole.rows[0])['auditd.proctitle']).toEqual(['sh été']);
    expect(whole.rows[1]).toMatchObject({ evt_type: 'user_login', actor: 'bob', src_ip: '10.0.0.9' });
    expect(whole.rows[2]).toMatchObject({ evt_type: 'connect', errno_name: 'ECONNREFUSED', fd_type: 'unix', fd_name: '/run/docker.sock' });
    for (const chunk of [1, 7, 4096]) {
      const split = await parse(text, chunk);
      expect(split.rows).toEqual(whole.rows);
      expect(split.warnings).toEqual(whole.warnings);
    }
  });
});

describe('AuditdReader: bad input', () => {
  it('junk, broken hex, a truncated last line: skipped or kept with warnings naming line and offset', async () => {
    const lines = [
      'hello, this is not audit',
      'type=SYSCALL msg=audit(garbage): arch=c000003e',
      syscall('1700000070.000:1', 'arch=c000003e syscall=59 success=yes exit=0 items=1'),
      'type=EXECVE msg=audit(1700000070.000:1): argc=2 a0="ok" a1=ABC',
      'type=PATH msg=audit(1700000070.000:1): item=0 name=2F74ZZ nametype=NORMAL',
      'type=PROCTITLE msg=audit(1700000070.000:1): proctitle=XYZ',
      'type=SOCKADDR msg=audit(1700000070.000:1): saddr=0200',
      'type=EOE msg=audit(1700000070.000:1): ',
      'type=SYSCALL msg=audit(1700000071.000:2): arch=c000003e syscall=59 success=yes exit=0 pid=9 comm="trunc',
    ];
    const text = lines.join('\n');
    const { rows, summary } = await parse(text);
    expect(summary.events).toBe(2);
    const messages = summary.warnings.map((w) => `${w.line}: ${w.message}`);
    expect(messages).toEqual([
      '1: Line 1 is not an audit record, skipped: "hello, this is not audit"',
      '2: Line 2 is msg=audit(garbage) is not a time:serial stamp, skipped: "type=SYSCALL msg=audit(garbage): arch=c000003e"',
      '4: Line 4: EXECVE record: a1=ABC is neither quoted nor valid hex; kept as written',
      '5: Line 5: PATH record: name=2F74ZZ is neither quoted nor valid hex; kept as written',
      '6: Line 6: PROCTITLE record: proctitle=XYZ is neither quoted nor valid hex; kept as written',
      '7: Line 7: SOCKADDR record: saddr=0200 is not a socket address in hex; kept as written',
      '9: Line 9: the input ends inside this line (no line end); its record was read as it is and may be cut off',
    ]);
    expect(summary.warnings[0].offset).toBe(0);
    expect(summary.warnings[2].offset).toBe(utf8(lines.slice(0, 3).join('\n')).length + 1);
    expect(rows[0]).toMatchObject({ cmdline: 'ok ABC', fd_name: '2F74ZZ', proc_name: 'curl' });
    expect(rows[1]).toMatchObject({ evt_type: 'execve', pid: 9n, proc_name: 'trunc' });
  });

  it('a 12 MB line is skipped with one warning; the records around it are kept', async () => {
    const before = `${syscall('1700000080.000:1', 'arch=c000003e syscall=59 success=yes exit=0')}\ntype=EOE msg=audit(1700000080.000:1): \n`;
    const huge = `type=EXECVE msg=audit(1700000080.500:2): argc=1 a0=${'41'.repeat(6 * 1024 * 1024)}\n`;
    const after = `${syscall('1700000081.000:3', 'arch=c000003e syscall=62 success=yes exit=0')}\n`;
    const bytes = utf8(before + huge + after);
    for (const chunk of [0, 65536]) {
      const { rows, summary } = await parse(bytes, chunk);
      expect(rows.map((r) => r.evt_type)).toEqual(['execve', 'kill']);
      expect(summary.warningCount).toBe(1);
      expect(summary.warnings[0]).toMatchObject({ offset: utf8(before).length, line: 3, message: expect.stringMatching(/is \d+ bytes long, longer than any audit record/) });
    }
  });

  it('many junk lines: the first 100 are listed, the rest counted in one warning; non-UTF-8 bytes do not break a record', async () => {
    const junk = Array.from({ length: 250 }, (_, i) => `junk ${i}`).join('\n');
    const record = utf8(`\n${syscall('1700000090.000:1', 'arch=c000003e syscall=59 success=yes exit=0')}\n`);
    const bytes = new Uint8Array([...utf8(junk), ...record]);
    const exe = new TextDecoder().decode(bytes).lastIndexOf('/curl"');
    bytes[exe + 1] = 0xff; // exe="/usr/bin/<ff>url"
    const { rows, summary } = await parse(bytes);
    expect(summary.warningCount).toBe(101);
    expect(summary.warnings[100].message).toBe('150 more lines that are not audit records were skipped (250 in all; only the first 100 were listed)');
    expect(rows).toHaveLength(1);
    expect(rows[0].exe).toMatch(/\uFFFD/);
  });

  it('empty input and blank lines give no events and no warnings', async () => {
    const { summary } = await parse('\n\n   \n', 0);
    expect(summary).toMatchObject({ events: 0, warningCount: 0 });
  });
});

describe('AuditdReader: limits', () => {
  it('a run of more than 10000 records with one stamp goes out in parts with a warning', async () => {
    const paths = Array.from({ length: 10_001 }, (_, i) => `type=PATH msg=audit(1700000100.000:1): item=${i} name="/f${i}" nametype=NORMAL`);
    const { rows, summary } = await parse(`${syscall('1700000100.000:1', 'arch=c000003e syscall=2 success=yes exit=3 items=10001')}\n${paths.join('\n')}\ntype=EOE msg=audit(1700000100.000:1): \n`);
    expect(rows.map((r) => [r.evt_type, (attrs(r)['auditd.path.name'] ?? []).length])).toEqual([['open', 9999], ['path', 2]]);
    expect(summary.warningCount).toBe(1);
    expect(summary.warnings[0]).toMatchObject({ line: 10_001, message: expect.stringMatching(/has more than 10000 records .* emitted in parts/) });
  });
});
