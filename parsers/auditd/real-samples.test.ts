import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collect } from '../test-support.js';
import { AuditdReader } from './auditd-reader.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(repoRoot, '../shared/data/auditd');
const otherDir = path.resolve(repoRoot, '../shared/data/other');
const hasData = existsSync(dataDir);
if (!hasData) console.warn(`skipping the third-party auditd samples: ${dataDir} is absent`);

const read = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(dataDir, name)));
const parse = (bytes: Uint8Array, chunk = 0) => collect(bytes, chunk, { kind: 'auditd' }, (o, s) => new AuditdReader(o, s));
type Row = Record<string, unknown>;
const attrs = (row: Row | undefined): Record<string, string[]> => (row?.attrs ?? {}) as Record<string, string[]>;
const bySerial = (rows: Row[], serial: string): Row | undefined => rows.find((r) => attrs(r)['auditd.serial']?.[0] === serial);

describe.skipIf(!hasData)('third-party auditd samples (../shared/data/auditd)', () => {
  it('perl reverse shell (ENRICHED): hex argv decoded, user names from the enrichment, laurel agrees', async () => {
    const bytes = read('laurel_perl_reverse_shell.log');
    const { rows, summary } = await parse(bytes);
    expect(summary).toMatchObject({ kind: 'auditd', events: 1, bytes: 2059, warningCount: 0 });
    expect(summary.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const row = rows[0];
    expect(row).toMatchObject({
      evt_num: 1n, source_kind: 'auditd', src_offset: 0n, src_length: 2059, ts: 1626611363_720_000_000n,
      evt_type: 'execve', evt_dir: null, evt_category: 'process', res: 0n, failed: false, errno_name: null,
      pid: 724395n, tid: 724395n, ppid: 722076n, uid: 0n, gid: 0n, user_name: 'root', proc_name: 'perl', exe: '/usr/bin/perl',
      cwd: '/root', fd_name: '/usr/bin/perl', fd_type: 'file',
    });
    expect(row.cmdline).toMatch(/^perl -e use Socket;\$i="10\.0\.0\.1";\$p=1234;socket\(S,PF_INET,SOCK_STREAM/);
    expect(attrs(row)).toMatchObject({
      'auditd.type': ['SYSCALL', 'EXECVE', 'CWD', 'PATH', 'PROCTITLE', 'EOE'], 'auditd.serial': ['348501'], 'auditd.arch': ['x86_64'],
      'auditd.syscall_nr': ['59'], 'auditd.auid': ['1000'], 'auditd.auid.name': ['user'], 'auditd.ses': ['3'], 'auditd.tty': ['pts3'],
      'auditd.path.name': ['/usr/bin/perl', '/usr/bin/perl', '/lib64/ld-linux-x86-64.so.2'], 'auditd.path.nametype': ['NORMAL', 'NORMAL', 'NORMAL'],
      'auditd.subj': ['=unconfined'],
    });
    expect(attrs(row)['auditd.key']).toBeUndefined();
    expect((row.raw as string).split('\n')).toHaveLength(8);
    expect(row.raw).toBe(new TextDecoder().decode(bytes).replace(/\n$/, ''));

    // laurel's own JSON of the same event: our decoding of the raw log must give its values
    const laurelPath = path.join(otherDir, 'laurel_perl_reverse_shell.laurel.json');
    if (!existsSync(laurelPath)) return;
    const laurel = JSON.parse(readFileSync(laurelPath, 'utf8')) as {
      EXECVE: { ARGV: string[] }; PROCTITLE: { ARGV: string[] }; CWD: { cwd: string }; PATH: { name: string; nametype: string }[];
      SYSCALL: { AUID: string; UID: string; exe: string; comm: string };
    };
    const json = JSON.parse(row.args_json as string) as { EXECVE: { ARGV: string[] }; PROCTITLE: { ARGV: string[] }; PATH: { name: string }[]; id: string };
    expect(json.id).toBe('1626611363.720:348501');
    expect(json.EXECVE.ARGV).toEqual(laurel.EXECVE.ARGV);
    expect(json.PROCTITLE.ARGV).toEqual(laurel.PROCTITLE.ARGV);
    expect(json.PATH.map((p) => p.name)).toEqual(laurel.PATH.map((p) => p.name));
    expect(row.cmdline).toBe(laurel.EXECVE.ARGV.join(' '));
    expect(attrs(row)['auditd.proctitle']).toEqual([laurel.PROCTITLE.ARGV.join(' ')]);
    expect(row).toMatchObject({ cwd: laurel.CWD.cwd, exe: laurel.SYSCALL.exe, proc_name: laurel.SYSCALL.comm, user_name: laurel.SYSCALL.UID });
    expect(attrs(row)['auditd.auid.name']).toEqual([laurel.SYSCALL.AUID]);
  });

  it('long execve: a1_len / a1[i] parts over three EXECVE records joined into one argument', async () => {
    const { rows, summary } = await parse(read('laurel_execve_long.log'));
    expect(summary).toMatchObject({ events: 1, warningCount: 0 });
    const row = rows[0];
    expect(row).toMatchObject({ evt_type: 'execve', proc_name: 'echo', exe: '/usr/bin/echo', user_name: 'user', cwd: '/tmp', fd_name: '/bin/echo', ts: 1615150974_493_000_000n });
    const argv = (JSON.parse(row.args_json as string) as { EXECVE: { ARGV: string[] } }).EXECVE.ARGV;
    expect(argv).toHaveLength(2);
    expect(argv[0]).toBe('/bin/echo');
    expect(argv[1]).toHaveLength(8192); // a1_len=16384 hex digits
    expect(argv[1].startsWith('baaaa')).toBe(true);
    expect(argv[1].endsWith('aaag')).toBe(true);
    expect([...argv[1]].filter((c) => c !== 'a').join('')).toBe('bcdefg');
    expect(row.cmdline).toBe(argv.join(' '));
    expect(row.src_length).toBe(17946);
  });

  it('OTRF dd and arp (raw, no EOE): events end with the input; hex proctitle decoded', async () => {
    const dd = await parse(read('otrf_sh_binary_padding_dd.log'));
    expect(dd.summary).toMatchObject({ events: 1, warningCount: 0 });
    expect(dd.rows[0]).toMatchObject({
      evt_type: 'execve', cmdline: 'dd if=/dev/zero bs=1 count=1', proc_name: 'dd', exe: '/bin/dd', cwd: '/home/wardog',
      pid: 2168n, ppid: 29002n, uid: 1000n, user_name: null, ts: 1604996384_965_000_000n, fd_name: '/bin/dd',
    });
    expect(attrs(dd.rows[0])['auditd.proctitle']).toEqual(['dd if=/dev/zero bs=1 count=1']);

    const arp = await parse(read('otrf_sh_arp_cache.log'));
    expect(arp.summary).toMatchObject({ events: 2, warningCount: 0 });
    expect(arp.rows.map((r) => r.cmdline)).toEqual(['arp -a', 'grep -v ^?']);
    expect(arp.rows.map((r) => [r.src_offset, r.src_length])).toEqual([[0n, 933], [933n, 951]]);
    expect(attrs(arp.rows[1])['auditd.proctitle']).toEqual(['grep -v ^?']);
  });

  it('WebLogic (quoted success="yes", dev="00:2f"): 14 argv entries, quoted nametype', async () => {
    const { rows, summary } = await parse(read('laurel_weblogic_java_exec.log'));
    expect(summary).toMatchObject({ events: 1, warningCount: 0 });
    expect(rows[0]).toMatchObject({
      evt_type: 'execve', failed: false, res: 0n, proc_name: 'java', exe: '/usr/java/jdk1.8.0_151/bin/java',
      cwd: '/u01/oracle/user_projects/domains/base_domain', fd_name: '/usr/java/jdk1.8.0_151/bin/java', fd_type: 'file',
    });
    expect((rows[0].cmdline as string).split(' ')).toHaveLength(14);
    expect((rows[0].cmdline as string).endsWith('-Dweblogic.home=/u01/oracle/wlserver/server weblogic.Server')).toBe(true);
    expect(attrs(rows[0])).toMatchObject({ 'auditd.tty': ['(none)'], 'auditd.subj': ['docker-default'], 'auditd.path.nametype': ['NORMAL', 'NORMAL'] });
  });

  it('dpkg -l trace: comment lines reported, clone/vfork/execve chain with key="fork"', async () => {
    const bytes = read('laurel_proc_trace_dpkg_l.log');
    for (const chunk of [0, 1, 7, 4096]) {
      const { rows, summary } = await parse(bytes, chunk);
      expect(summary).toMatchObject({ events: 23, warningCount: 5 });
      expect(summary.warnings[0]).toEqual({ offset: 0, line: 1, message: 'Line 1 is a comment, skipped: "# login something"' });
      expect(rows.filter((r) => r.evt_type === 'execve')).toHaveLength(11);
      expect(rows.filter((r) => r.evt_type === 'clone')).toHaveLength(11);
      expect(rows.filter((r) => r.evt_type === 'vfork')).toHaveLength(1);
      const clone = bySerial(rows, '2322535');
      expect(clone).toMatchObject({ evt_type: 'clone', res: 1140453n, pid: 1140452n, ppid: 1140356n, proc_name: 'sshd', evt_category: 'process' });
      expect(attrs(clone)['auditd.key']).toEqual(['fork']);
      expect(bySerial(rows, '2322555')).toMatchObject({ cmdline: 'sh -c -- pager', exe: '/usr/bin/dash', proc_name: 'sh', fd_name: '/usr/bin/sh' });
      expect(bySerial(rows, '2322543')).toMatchObject({ cmdline: '/bin/sh /usr/bin/lesspipe', fd_name: '/usr/bin/lesspipe' });
      expect(attrs(bySerial(rows, '2322543'))['auditd.path.name']).toEqual(['/usr/bin/lesspipe', '/bin/sh', '/lib64/ld-linux-x86-64.so.2']);
    }
  });

  it('RHEL7 record types: standalone records named by type, syscall pieces grouped by serial, sockaddrs decoded', async () => {
    const { rows, summary } = await parse(read('golibaudit_audit_rhel7_many_types.log'));
    // 50 lines: UNKNOWN[1329] msg=? has no stamp; the last line has no line end
    expect(summary).toMatchObject({ events: 47, warningCount: 2 });
    expect(summary.warnings[0]).toMatchObject({ line: 31, message: expect.stringMatching(/without a msg=audit\(time:serial\) stamp/) });
    expect(summary.warnings[1]).toMatchObject({ line: 50, message: expect.stringMatching(/no line end/) });

    const login = rows.find((r) => r.evt_type === 'user_login');
    expect(login).toMatchObject({
      evt_category: 'auth', pid: 1298n, uid: 0n, exe: '/usr/sbin/sshd', src_ip: '96.241.146.97', outcome: 'success', failed: false, ts: 1481077043_193_000_000n,
    });
    expect(attrs(login)).toMatchObject({
      'auditd.type': ['USER_LOGIN'], 'auditd.auid': ['1000'], 'auditd.ses': ['1'], 'auditd.msg.op': ['login'], 'auditd.msg.id': ['1000'],
      'auditd.msg.hostname': ['pool-96-241-146-97.washdc.fios.verizon.net'], 'auditd.msg.addr': ['96.241.146.97'], 'auditd.msg.terminal': ['/dev/pts/0'], 'auditd.msg.res': ['success'],
    });
    expect(rows.find((r) => r.evt_type === 'user_err')).toMatchObject({ evt_category: 'auth', failed: true, outcome: 'failure', src_ip: '190.48.233.76', actor: null });
    expect(rows.find((r) => r.evt_type === 'user_auth')).toMatchObject({ actor: 'andrew_kroh', evt_category: 'auth' });
    expect(rows.find((r) => r.evt_type === 'add_user')).toMatchObject({ evt_category: 'admin', exe: '/usr/sbin/useradd' });
    expect(rows.find((r) => r.evt_type === 'add_group')).toMatchObject({ evt_category: 'admin', exe: '/usr/sbin/groupadd' });
    expect(rows.find((r) => r.evt_type === 'service_start')).toMatchObject({ evt_category: 'admin', proc_name: 'systemd' });
    expect(attrs(rows.find((r) => r.evt_type === 'service_start'))['auditd.msg.unit']).toEqual(['auditd']);
    expect(attrs(rows.find((r) => r.evt_type === 'user_cmd'))['auditd.msg.cmd']).toEqual(['./metricbeat -c mb.dev.yml']);
    expect(attrs(rows.find((r) => r.evt_type === 'user_tty' && attrs(r)['auditd.serial'][0] === '1065050'))['auditd.msg.data']).toEqual(['su - andrew_kroh']);
    const config = rows.filter((r) => r.evt_type === 'config_change');
    expect(config.map((r) => attrs(r)['auditd.key'])).toEqual([undefined, ['pam']]);

    // NETFILTER_CFG and SYSCALL share 1481076984.827:17: one event, named by its syscall
    const module = bySerial(rows, '17');
    expect(module).toMatchObject({ evt_type: 'finit_module', proc_name: 'modprobe', exe: '/usr/bin/kmod', ppid: 390n, pid: 391n });
    expect(attrs(module)).toMatchObject({ 'auditd.type': ['NETFILTER_CFG', 'SYSCALL'], 'auditd.msg.table': ['filter'], 'auditd.syscall_nr': ['313'] });

    const connect = bySerial(rows, '512226');
    expect(connect).toMatchObject({
      evt_type: 'connect', evt_category: 'net', res: -115n, failed: true, errno_name: 'EINPROGRESS',
      exe: '/usr/bin/python2.7;58d1ccfb (deleted)', proc_name: 'google_ip_forwa',
    });
    expect(bySerial(rows, '688')).toMatchObject({ evt_type: 'sockaddr', fd_type: 'ipv4', fd_name: '169.254.169.254:80' });
    expect(attrs(bySerial(rows, '517643'))['auditd.saddr']).toEqual(['netlink pid=0 groups=0']);
    expect(bySerial(rows, '517644')).toMatchObject({ fd_type: 'ipv6', fd_name: '[::]:22' });
    expect(bySerial(rows, '517647')).toMatchObject({ fd_type: 'unix', fd_name: '/var/run/nscd/socket' });
    expect(bySerial(rows, '1208725')).toMatchObject({ evt_type: 'cwd', cwd: '/tmp/a b c' });
    expect(bySerial(rows, '1075898')?.cmdline).toMatch(/^jq \. \{\n {8}"dev": "08:01",/);
    // the lines of this file are grouped by type, not by time: CWD of serial 479 is followed by a record
    // stamped years later, so the grace window closes it before its EXECVE and PATH arrive
    expect(rows.filter((r) => attrs(r)['auditd.serial'][0] === '479').map((r) => r.evt_type)).toEqual(['cwd', 'execve']);
    expect(bySerial(rows, '1068053')).toMatchObject({ evt_type: 'execve', cmdline: 'cat btest=test -f regex=8' });
  });

  it('a gzipped log gives the same rows as the plain one', async () => {
    const bytes = read('laurel_proc_trace_dpkg_l.log');
    const plain = await parse(bytes);
    const zipped = await parse(new Uint8Array(gzipSync(bytes)), 1000);
    expect(zipped.rows).toEqual(plain.rows);
    expect(zipped.events.find((e) => e.type === 'sniffed')).toMatchObject({ kind: 'auditd', gzip: true });
  });

  it('every sample gives the same rows for 1-byte, odd and whole chunks', async () => {
    for (const name of ['golibaudit_audit_rhel7_many_types.log', 'laurel_execve_long.log', 'laurel_perl_reverse_shell.log']) {
      const bytes = read(name);
      const whole = await parse(bytes, 0);
      for (const chunk of [1, 7, 4096]) {
        const split = await parse(bytes, chunk);
        expect(split.rows).toEqual(whole.rows);
        expect(split.warnings).toEqual(whole.warnings);
      }
    }
  });
});
