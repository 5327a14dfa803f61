import { describe, expect, it } from 'vitest';
import { collect, utf8 } from '../test-support.js';

const trace = (...lines: string[]): Uint8Array => utf8(lines.map((l) => `${l}\n`).join(''));

describe('strace reader: one call per line', () => {
  it('reads -ttt -T -yy calls: ts, latency, result, errno, fd columns, category', async () => {
    const { rows, warnings } = await collect(trace(
      '1700000000.000100 openat(AT_FDCWD</root>, "/etc/passwd", O_RDONLY|O_CLOEXEC) = 3</etc/passwd> <0.000012>',
      '1700000000.000200 openat(AT_FDCWD</root>, "/etc/shadow.bak", O_RDONLY) = -1 ENOENT (No such file or directory) <0.000009>',
      '1700000000.000300 mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f3b18283000 <0.000010>',
      '1700000000.000400 connect(3<TCP:[127.0.0.1:43424->127.0.0.1:18731]>, {sa_family=AF_INET, sin_port=htons(18731), sin_addr=inet_addr("127.0.0.1")}, 16) = 0 <0.000118>',
      '1700000000.000500 exit_group(0)           = ?',
    ));
    expect(warnings).toEqual([]);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({
      evt_num: 1n, source_id: 1, source_kind: 'strace', src_offset: 0n, ts: 1_700_000_000_000_100_000n, latency_ns: 12_000n,
      evt_type: 'openat', evt_category: 'file', res: 3n, failed: false, errno_name: null, fd: 3n, fd_type: 'file', fd_name: '/etc/passwd',
      args: 'AT_FDCWD</root>, "/etc/passwd", O_RDONLY|O_CLOEXEC', tid: null, pid: null, evt_dir: null,
    });
    expect(rows[1]).toMatchObject({ res: -2n, failed: true, errno_name: 'ENOENT', fd: null, fd_type: 'file', fd_name: '/etc/shadow.bak' });
    expect(rows[2]).toMatchObject({ res: 0x7f3b18283000n, evt_category: 'memory', fd: null });
    expect(rows[3]).toMatchObject({
      fd: 3n, fd_type: 'ipv4', fd_l4proto: 'tcp', fd_cip: '127.0.0.1', fd_cport: 43424, fd_sip: '127.0.0.1', fd_sport: 18731,
      fd_name: '127.0.0.1:43424->127.0.0.1:18731', evt_category: 'net',
    });
    expect(rows[4]).toMatchObject({ evt_type: 'exit_group', res: null, failed: false, latency_ns: null });
    expect(rows[1].src_offset).toBe(BigInt(Number(rows[0].src_length)));
  });

  it('names the path a failed open tried, resolved against the dirfd shown by -y', async () => {
    const { rows } = await collect(trace(
      'openat(AT_FDCWD</home/ir>, "notes/todo.txt", O_RDONLY) = -1 ENOENT (No such file or directory)',
      'openat(AT_FDCWD, "relative.txt", O_RDONLY) = -1 EACCES (Permission denied)',
      'open("/etc/shadow", O_RDONLY) = -1 EACCES (Permission denied)',
      'stat("/nonexistent", 0x7ffd) = -1 ENOENT (No such file or directory)',
    ));
    expect(rows.map((r) => [r.fd, r.fd_type, r.fd_name])).toEqual([
      [null, 'file', '/home/ir/notes/todo.txt'],
      [null, 'file', 'relative.txt'],
      [null, 'file', '/etc/shadow'],
      [null, null, null],
    ]);
  });

  it('reads the other -y forms: UDP, TCPv6 (old and bracketed), UNIX, pipe, socket, nested -yy devices', async () => {
    const { rows } = await collect(trace(
      'sendto(3<UDP:[192.168.0.17:54913->194.168.4.100:53]>, "x", 1, 0, NULL, 0) = 1',
      'accept(0<TCPv6:[:::21]>, NULL, NULL) = 1<TCPv6:[::ffff:54.36.162.150:21->::ffff:82.45.12.63:63703]>',
      'read(4<TCPv6:[[::1]:8000->[::1]:45678]>, "", 10) = 0',
      'write(5<UNIX-STREAM:[1234->1235]>, "a", 1) = 1',
      'read(6<pipe:[99]>, "", 1) = 0',
      'close(7<socket:[777]>) = 0',
      'write(1</dev/pts/0<char 136:0>>, "hi\\n", 3) = 3',
      'epoll_wait(8<anon_inode:[eventpoll]>, [], 1, 0) = 0',
    ));
    expect(rows[0]).toMatchObject({ fd: 3n, fd_type: 'ipv4', fd_l4proto: 'udp', fd_cip: '192.168.0.17', fd_cport: 54913, fd_sip: '194.168.4.100', fd_sport: 53 });
    // an accepted socket: the local end (port 21) is the server
    expect(rows[1]).toMatchObject({ fd: 1n, fd_type: 'ipv6', fd_cip: '::ffff:82.45.12.63', fd_cport: 63703, fd_sip: '::ffff:54.36.162.150', fd_sport: 21 });
    expect(rows[2]).toMatchObject({ fd_type: 'ipv6', fd_cip: '::1', fd_cport: 8000, fd_sport: 45678 });
    expect(rows[3]).toMatchObject({ fd: 5n, fd_type: 'unix', fd_name: '1234->1235' });
    expect(rows[4]).toMatchObject({ fd: 6n, fd_type: 'pipe', fd_name: 'pipe:[99]' });
    expect(rows[5]).toMatchObject({ fd: 7n, fd_type: 'socket' });
    expect(rows[6]).toMatchObject({ fd: 1n, fd_type: 'file', fd_name: '/dev/pts/0' });
    expect(rows[7]).toMatchObject({ fd: 8n, fd_type: 'eventpoll', evt_category: 'wait' });
  });

  it('without -y takes the fd from the first argument or the result, and the name from open paths', async () => {
    const { rows } = await collect(trace(
      'open("/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3',
      'read(3, "abc", 3) = 3',
      'kill(1234, SIGTERM) = 0',
    ));
    expect(rows[0]).toMatchObject({ fd: 3n, fd_type: 'file', fd_name: '/etc/ld.so.cache' });
    expect(rows[1]).toMatchObject({ fd: 3n, fd_name: null });
    expect(rows[2]).toMatchObject({ fd: null });
  });
});

describe('strace reader: processes', () => {
  it('joins unfinished/resumed pairs of the same tid into one event spanning both lines', async () => {
    const lines = [
      '[pid   10] 12:00:00.000001 read(3</x>, <unfinished ...>',
      '[pid   11] 12:00:00.000002 getpid() = 11 <0.000001>',
      '[pid   10] 12:00:00.000009 <... read resumed>"abc", 10) = 3 <0.000008>',
    ];
    const { rows } = await collect(trace(...lines), 0, { baseDate: '2024-02-29' });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ evt_type: 'getpid', tid: 11n, evt_num: 1n });
    expect(rows[1]).toMatchObject({
      evt_type: 'read', tid: 10n, pid: 10n, res: 3n, args: '3</x>, "abc", 10', fd: 3n, fd_name: '/x', latency_ns: 8000n,
      ts: BigInt(Date.UTC(2024, 1, 29, 12)) * 1_000_000n + 1000n, src_offset: 0n, raw: `${lines[0]}\n${lines[2]}`,
    });
    expect(rows[1].src_length).toBe(utf8(lines.join('\n')).length + 1);
  });

  it('tracks fork/clone/execve: ppid, thread groups, proc_name, exe and decoded cmdline', async () => {
    const { rows } = await collect(trace(
      '100 execve("/bin/sh", ["sh", "-c", "echo \\"a b\\"\\t\\303\\251"], 0x7ffe /* 3 vars */) = 0',
      '100 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f) = 101',
      '101 execve("/usr/bin/id", ["id"], 0x55 /* 3 vars */ <unfinished ...>',
      '100 clone(child_stack=0x7f, flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM) = 102',
      '102 getpid() = 100',
      '101 <... execve resumed>) = 0',
      '101 getuid() = 0',
      '101 +++ exited with 0 +++',
      '100 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=101, si_uid=0, si_status=0} ---',
      '100 +++ killed by SIGKILL +++',
    ));
    expect(rows[0]).toMatchObject({ tid: 100n, pid: 100n, proc_name: 'sh', exe: '/bin/sh', cmdline: 'sh -c echo "a b"\té' });
    expect(rows.map((r) => r.evt_type)).toEqual(['execve', 'clone', 'clone', 'getpid', 'execve', 'getuid', 'procexit', 'signal', 'procexit']);
    expect(rows[3]).toMatchObject({ evt_type: 'getpid', tid: 102n, pid: 100n, proc_name: 'sh' });
    expect(rows[4]).toMatchObject({ evt_type: 'execve', tid: 101n, pid: 101n, ppid: 100n, proc_name: 'id', exe: '/usr/bin/id', cmdline: 'id' });
    expect(rows[5]).toMatchObject({ evt_type: 'getuid', pid: 101n, ppid: 100n, proc_name: 'id' });
    expect(rows[6]).toMatchObject({ evt_type: 'procexit', evt_category: 'process', tid: 101n, res: 0n, failed: false, args: 'exited with 0' });
    expect(rows[7]).toMatchObject({ evt_type: 'signal', evt_category: 'signal', tid: 100n, args: expect.stringMatching(/^SIGCHLD \{si_signo=SIGCHLD/) });
    expect(rows[8]).toMatchObject({ evt_type: 'procexit', res: 137n, failed: true, args: 'killed by SIGKILL' });
  });

  it('binds unprefixed lines to the pid their resumed call reveals (strace -f on a terminal)', async () => {
    const { rows } = await collect(trace(
      'execve("/usr/bin/make", ["make"], 0x7ffe /* 3 vars */) = 0',
      'vfork( <unfinished ...>',
      '[pid  1342] execve("/usr/bin/gcc", ["gcc"], 0x5 /* 3 vars */ <unfinished ...>',
      '[pid  1338] <... vfork resumed> ) = 1342',
      '[pid  1342] <... execve resumed> ) = 0',
      'wait4(-1, NULL, 0, NULL) = 1342',
    ));
    expect(rows[0]).toMatchObject({ tid: null, pid: null, proc_name: 'make' });
    expect(rows[1]).toMatchObject({ evt_type: 'vfork', tid: 1338n, pid: 1338n, res: 1342n, proc_name: 'make' });
    expect(rows[2]).toMatchObject({ evt_type: 'execve', tid: 1342n, ppid: 1338n, proc_name: 'gcc' });
    expect(rows[3]).toMatchObject({ evt_type: 'wait4', tid: 1338n, proc_name: 'make' });
  });
});

describe('strace reader: time and damage', () => {
  it('warns once that -tt times have no date, and rolls over midnight', async () => {
    const { rows, warnings } = await collect(trace('23:59:59.900000 getpid() = 1', '00:00:00.100000 getpid() = 1'));
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/no date/)]);
    expect(rows.map((r) => r.ts)).toEqual([86_399_900_000_000n, 86_400_100_000_000n]);
  });

  it('reads -t (seconds only) and no time stamps', async () => {
    const { rows } = await collect(trace('12:00:01 getpid() = 1', 'getppid() = 0'), 0, { baseDate: '1970-01-02' });
    expect(rows.map((r) => r.ts)).toEqual([(86_400n + 43_201n) * 1_000_000_000n, null]);
  });

  it('skips garbage lines with a warning naming line and offset, and warns about a cut last line', async () => {
    const text = 'getpid() = 1\nhello there\ngetppid() = 0\nread(3, "abc';
    const { rows, warnings, end } = await collect(utf8(text));
    expect(end.type).toBe('done');
    expect(rows.map((r) => r.evt_type)).toEqual(['getpid', 'getppid']);
    expect(warnings).toEqual([
      { offset: 13, line: 2, message: 'Line 2 is not strace output, skipped: "hello there"' },
      { offset: 39, line: 4, message: expect.stringMatching(/ends inside a line/) },
    ]);
  });

  it('emits calls still unfinished at the end, without a result', async () => {
    const { rows } = await collect(trace('[pid 5] select(1, [0], NULL, NULL, NULL <unfinished ...>', '[pid 6] getpid() = 6'));
    expect(rows.map((r) => [r.evt_type, r.res, r.failed, r.evt_num])).toEqual([['getpid', 6n, false, 1n], ['select', null, null, 2n]]);
  });
});
