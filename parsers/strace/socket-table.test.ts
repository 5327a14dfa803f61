import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collect, utf8 } from '../test-support.js';

const trace = (...lines: string[]): Uint8Array => utf8(lines.map((l) => `${l}\n`).join(''));
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fdColumns = (r: Record<string, unknown>) => ({
  fd: r.fd, fd_type: r.fd_type, fd_name: r.fd_name, fd_l4proto: r.fd_l4proto, fd_cip: r.fd_cip, fd_cport: r.fd_cport, fd_sip: r.fd_sip, fd_sport: r.fd_sport,
});
const SERVER_18731 = { fd_cip: null, fd_cport: null, fd_sip: '127.0.0.1', fd_sport: 18731 };

describe('strace reader: socket addresses (fd_cip/fd_cport = client, fd_sip/fd_sport = server)', () => {
  it('bind names the listening socket by its local address, on the server side, and listen/accept keep it (-yy)', async () => {
    const { rows } = await collect(trace(
      'socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3<TCP:[29572]>',
      'bind(3<TCP:[29572]>, {sa_family=AF_INET, sin_port=htons(18731), sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
      'listen(3<TCP:[127.0.0.1:18731]>, 5) = 0',
      'accept4(3<TCP:[127.0.0.1:18731]>, {sa_family=AF_INET, sin_port=htons(43424), sin_addr=inet_addr("127.0.0.1")}, [16], SOCK_CLOEXEC) = 4<TCP:[127.0.0.1:18731->127.0.0.1:43424]>',
      'close(3<TCP:[127.0.0.1:18731]>) = 0',
    ));
    expect(rows.map(fdColumns)).toEqual([
      { fd: 3n, fd_type: 'ipv4', fd_name: '29572', fd_l4proto: 'tcp', fd_cip: null, fd_cport: null, fd_sip: null, fd_sport: null },
      { fd: 3n, fd_type: 'ipv4', fd_name: '127.0.0.1:18731', fd_l4proto: 'tcp', ...SERVER_18731 },
      { fd: 3n, fd_type: 'ipv4', fd_name: '127.0.0.1:18731', fd_l4proto: 'tcp', ...SERVER_18731 },
      { fd: 4n, fd_type: 'ipv4', fd_name: '127.0.0.1:43424->127.0.0.1:18731', fd_l4proto: 'tcp', fd_cip: '127.0.0.1', fd_cport: 43424, fd_sip: '127.0.0.1', fd_sport: 18731 },
      { fd: 3n, fd_type: 'ipv4', fd_name: '127.0.0.1:18731', fd_l4proto: 'tcp', ...SERVER_18731 },
    ]);
  });

  it('without -y learns the socket from socket(), bind and accept, and forgets it on close (IPv6)', async () => {
    const { rows } = await collect(trace(
      'socket(AF_INET6, SOCK_STREAM, IPPROTO_TCP) = 3',
      'bind(3, {sa_family=AF_INET6, sin6_port=htons(8080), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0',
      'listen(3, 128) = 0',
      'accept(3, {sa_family=AF_INET6, sin6_port=htons(50000), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, [28]) = 4',
      'read(4, "GET", 3) = 3',
      'close(4) = 0',
      'read(4, "", 1) = 0',
    ));
    const server = { fd_type: 'ipv6', fd_l4proto: 'tcp', fd_name: '[::1]:8080', fd_cip: null, fd_cport: null, fd_sip: '::1', fd_sport: 8080 };
    const accepted = { fd: 4n, fd_type: 'ipv6', fd_l4proto: 'tcp', fd_name: '[::1]:50000->[::1]:8080', fd_cip: '::1', fd_cport: 50000, fd_sip: '::1', fd_sport: 8080 };
    expect(rows.map(fdColumns)).toEqual([
      { fd: 3n, fd_type: 'ipv6', fd_l4proto: 'tcp', fd_name: null, fd_cip: null, fd_cport: null, fd_sip: null, fd_sport: null },
      { fd: 3n, ...server },
      { fd: 3n, ...server },
      accepted,
      accepted,
      accepted,
      { fd: 4n, fd_type: null, fd_l4proto: null, fd_name: null, fd_cip: null, fd_cport: null, fd_sip: null, fd_sport: null },
    ]);
  });

  it('connect to a unix path or abstract name names the socket for later inode-only annotations', async () => {
    const { rows } = await collect(trace(
      'connect(4<UNIX-STREAM:[29578]>, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = 0',
      'write(4<UNIX-STREAM:[29578->29579]>, "x", 1) = 1',
      'connect(5<socket:[77]>, {sa_family=AF_UNIX, sun_path=@"/tmp/.X11-unix/X0"}, 20) = 0',
      'write(5<socket:[77]>, "x", 1) = 1',
      'read(6<UNIX:[3646855,"/run/proftpd/proftpd.sock"]>, "", 1) = 0',
      'connect(7<UNIX-STREAM:[29590]>, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT (No such file or directory)',
      'close(7<UNIX-STREAM:[29590]>) = 0',
    ));
    expect(rows.map((r) => [r.fd, r.fd_type, r.fd_name])).toEqual([
      [4n, 'unix', '/var/run/nscd/socket'],
      [4n, 'unix', '/var/run/nscd/socket'],
      [5n, 'unix', '@/tmp/.X11-unix/X0'],
      [5n, 'unix', '@/tmp/.X11-unix/X0'],
      [6n, 'unix', '/run/proftpd/proftpd.sock'],
      [7n, 'unix', '/var/run/nscd/socket'],
      // the failed connect is not remembered
      [7n, 'unix', '29590'],
    ]);
  });

  it('a datagram destination names that message only; connect remembers the server for inode-only lines', async () => {
    const { rows } = await collect(trace(
      'sendto(6<UNIX-DGRAM:[88]>, "<13>hi", 6, MSG_NOSIGNAL, {sa_family=AF_UNIX, sun_path="/dev/log"}, 110) = 6',
      'sendto(6<UNIX-DGRAM:[88]>, "x", 1, 0, NULL, 0) = 1',
      'sendto(8<UDP:[0.0.0.0:5353]>, "q", 1, 0, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("9.9.9.9")}, 16) = 1',
      'connect(3<TCP:[30339]>, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("10.1.2.3")}, 16) = -1 EINPROGRESS (Operation now in progress)',
      'getsockopt(3<TCP:[30339]>, SOL_SOCKET, SO_ERROR, [0], [4]) = 0',
    ));
    expect(rows.map((r) => [r.fd_name, r.fd_cip, r.fd_cport, r.fd_sip, r.fd_sport])).toEqual([
      ['/dev/log', null, null, null, null],
      ['88', null, null, null, null],
      ['0.0.0.0:5353->9.9.9.9:53', '0.0.0.0', 5353, '9.9.9.9', 53],
      ['10.1.2.3:80', null, null, '10.1.2.3', 80],
      ['10.1.2.3:80', null, null, '10.1.2.3', 80],
    ]);
  });

  it('keeps what it learned per process: threads share it, dup copies it, another socket on the number replaces it', async () => {
    const { rows } = await collect(trace(
      '100 bind(3, {sa_family=AF_INET, sin_port=htons(21), sin_addr=inet_addr("0.0.0.0")}, 16) = 0',
      '100 clone(child_stack=0x7f, flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM) = 101',
      '101 listen(3, 1) = 0',
      '200 listen(3, 1) = 0',
      '100 dup2(3, 9) = 9',
      '100 fcntl(9, F_GETFL) = 0x2 (flags O_RDWR)',
      '100 getsockname(3<TCP:[555]>, {sa_family=AF_INET, sin_port=htons(21), sin_addr=inet_addr("0.0.0.0")}, [16]) = 0',
      '100 pipe2([3, 4], O_CLOEXEC) = 0',
      '100 read(3, "", 1) = 0',
    ));
    const names = rows.map((r) => [r.tid, r.evt_type, r.fd, r.fd_name, r.fd_sport]);
    expect(names).toEqual([
      [100n, 'bind', 3n, '0.0.0.0:21', 21],
      [100n, 'clone', null, null, null],
      [101n, 'listen', 3n, '0.0.0.0:21', 21],
      [200n, 'listen', 3n, null, null],
      [100n, 'dup2', 9n, '0.0.0.0:21', 21],
      [100n, 'fcntl', 9n, '0.0.0.0:21', 21],
      [100n, 'getsockname', 3n, '0.0.0.0:21', 21],
      [100n, 'pipe2', null, null, null],
      [100n, 'read', 3n, null, null],
    ]);
  });

  it('an annotation of another inode or type on a remembered number starts afresh', async () => {
    const { rows } = await collect(trace(
      'bind(3<TCP:[1]>, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("0.0.0.0")}, 16) = 0',
      'read(3<TCP:[2]>, "", 1) = 0',
      'bind(5<TCP:[3]>, {sa_family=AF_INET, sin_port=htons(81), sin_addr=inet_addr("0.0.0.0")}, 16) = 0',
      'read(5</etc/hosts>, "", 1) = 0',
      'read(5<TCP:[3]>, "", 1) = 0',
    ));
    expect(rows.map((r) => [r.fd_type, r.fd_name, r.fd_sport])).toEqual([
      ['ipv4', '0.0.0.0:80', 80], ['ipv4', '2', null], ['ipv4', '0.0.0.0:81', 81], ['file', '/etc/hosts', null], ['ipv4', '3', null],
    ]);
  });
});

describe('strace reader: sockets of the demo incident (samples/demo/incident.strace)', () => {
  it('names the http.server listener, the nscd unix socket and orients the accepted connection', async () => {
    const { rows } = await collect(new Uint8Array(readFileSync(path.join(repoRoot, 'samples/demo/incident.strace'))));
    const bind = rows.filter((r) => r.evt_type === 'bind');
    expect(bind.map(fdColumns)).toEqual([
      { fd: 3n, fd_type: 'ipv4', fd_name: '127.0.0.1:18731', fd_l4proto: 'tcp', ...SERVER_18731 },
    ]);
    const listener = rows.filter((r) => r.pid === 14086n && r.fd === 3n && ['listen', 'getsockname', 'poll'].includes(String(r.evt_type)));
    expect(listener.length).toBeGreaterThan(3);
    for (const row of listener) expect(fdColumns(row)).toEqual({ fd: 3n, fd_type: 'ipv4', fd_name: '127.0.0.1:18731', fd_l4proto: 'tcp', ...SERVER_18731 });
    const nscd = rows.filter((r) => r.evt_type === 'connect' && r.fd_type === 'unix');
    expect(nscd.length).toBeGreaterThanOrEqual(8);
    expect(new Set(nscd.map((r) => r.fd_name))).toEqual(new Set(['/var/run/nscd/socket']));
    const served = rows.filter((r) => r.pid === 14086n && r.fd === 4n && r.fd_l4proto === 'tcp');
    expect(served.length).toBeGreaterThan(3);
    for (const row of served) {
      expect(row).toMatchObject({ fd_name: '127.0.0.1:43424->127.0.0.1:18731', fd_cip: '127.0.0.1', fd_cport: 43424, fd_sip: '127.0.0.1', fd_sport: 18731 });
    }
  });
});
