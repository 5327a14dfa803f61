import { describe, expect, it } from 'vitest';
import { findSockaddr } from './sockaddr.js';

describe('findSockaddr', () => {
  it.each([
    ['3<TCP:[1]>, {sa_family=AF_INET, sin_port=htons(18731), sin_addr=inet_addr("127.0.0.1")}, 16', { family: 'ipv4', ip: '127.0.0.1', port: 18731 }],
    ['4, {sa_family=AF_INET6, sin6_port=htons(8080), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28',
      { family: 'ipv6', ip: '::1', port: 8080 }],
    ['4, {sa_family=AF_INET6, sin6_port=htons(21), inet_pton(AF_INET6, "::ffff:54.36.162.150", &sin6_addr), sin6_flowinfo=htonl(0), sin6_scope_id=0}, 28',
      { family: 'ipv6', ip: '::ffff:54.36.162.150', port: 21 }],
    ['3, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110', { family: 'unix', path: '/var/run/nscd/socket' }],
    ['3, {sa_family=AF_LOCAL, sun_path="/tmp/a, b}\\"c"}, 110', { family: 'unix', path: '/tmp/a, b}"c' }],
    ['3, {sa_family=AF_UNIX, sun_path=@"/tmp/.X11-unix/X0"}, 21', { family: 'unix', path: '@/tmp/.X11-unix/X0' }],
    ['3, {sa_family=AF_UNIX}, [128->2]', { family: 'unix', path: null }],
    ['5, {msg_name={sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.0.0.1")}, msg_namelen=16, msg_iov=[]}, 0',
      { family: 'ipv4', ip: '10.0.0.1', port: 53 }],
  ])('%s', (args, expected) => {
    expect(findSockaddr(args)).toEqual(expected);
  });

  it('ignores addresses inside captured buffers, other families and malformed ports', () => {
    expect(findSockaddr('3, "{sa_family=AF_INET, sin_port=htons(1), sin_addr=inet_addr(\\"6.6.6.6\\")}", 60, 0, NULL, 0')).toBeNull();
    expect(findSockaddr('3, "x{sa_family=\\"", 3, 0, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("9.9.9.9")}, 16'))
      .toEqual({ family: 'ipv4', ip: '9.9.9.9', port: 53 });
    expect(findSockaddr('4, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12')).toBeNull();
    expect(findSockaddr('4, {sa_family=AF_INET, sin_port=htons(70000), sin_addr=inet_addr("1.2.3.4")}, 16')).toBeNull();
    expect(findSockaddr('4, NULL, 0')).toBeNull();
  });
});
