/**
 * The `saddr=` of a SOCKADDR record: the socket address a syscall passed (connect, bind, sendto,
 * …) or got (accept, recvfrom), hex-encoded as the kernel copied it from user space. The family is
 * in host byte order (little-endian on x86, arm and aarch64; big-endian hosts are recognized when
 * the little-endian reading gives no known family); ports and IPv4/IPv6 addresses are in network
 * order, as `struct sockaddr_in`/`sockaddr_in6`/`sockaddr_un`/`sockaddr_nl` lay them out.
 */
import { hexBytes } from './fields.js';

/** A decoded socket address. */
export type AuditSockaddr =
  | { readonly family: 'ipv4' | 'ipv6'; readonly ip: string; readonly port: number }
  | { readonly family: 'unix'; readonly path: string | null }
  | { readonly family: 'netlink'; readonly pid: number; readonly groups: number }
  | { readonly family: 'unspec' }
  | { readonly family: 'other'; readonly number: number };

const AF_UNSPEC = 0;
const AF_UNIX = 1;
const AF_INET = 2;
const AF_INET6 = 10;
const AF_NETLINK = 16;
const KNOWN = new Set([AF_UNSPEC, AF_UNIX, AF_INET, AF_INET6, AF_NETLINK]);

const utf8 = new TextDecoder('utf-8');

/** Decodes a `saddr=` hex value; null when it is not hex or too short to hold a family. */
export function decodeSockaddr(hex: string): AuditSockaddr | null {
  const bytes = hexBytes(hex);
  if (bytes === null || bytes.length < 2) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let family = view.getUint16(0, true);
  let isLittleEndian = true;
  if (!KNOWN.has(family) && KNOWN.has(view.getUint16(0, false))) { family = view.getUint16(0, false); isLittleEndian = false; }
  switch (family) {
    case AF_UNSPEC: return { family: 'unspec' };
    case AF_INET:
      if (bytes.length < 8) return null;
      return { family: 'ipv4', port: view.getUint16(2, false), ip: `${bytes[4]}.${bytes[5]}.${bytes[6]}.${bytes[7]}` };
    case AF_INET6:
      if (bytes.length < 24) return null;
      return { family: 'ipv6', port: view.getUint16(2, false), ip: ipv6Text(bytes.subarray(8, 24)) };
    case AF_UNIX: return { family: 'unix', path: unixPath(bytes.subarray(2)) };
    case AF_NETLINK:
      if (bytes.length < 12) return null;
      return { family: 'netlink', pid: view.getUint32(4, isLittleEndian), groups: view.getUint32(8, isLittleEndian) };
    default: return { family: 'other', number: family };
  }
}

/** `sun_path` up to its NUL; an abstract name (leading NUL) as `@name`; null when unnamed. */
function unixPath(path: Uint8Array): string | null {
  if (path.length === 0) return null;
  if (path[0] === 0) {
    if (path.length === 1) return null;
    let end = path.length;
    while (end > 1 && path[end - 1] === 0) end--;
    return end > 1 ? `@${utf8.decode(path.subarray(1, end))}` : null;
  }
  const nul = path.indexOf(0);
  return utf8.decode(nul === -1 ? path : path.subarray(0, nul));
}

/** RFC 5952 text of 16 address bytes: lower-case, the longest run of zero groups as `::`, IPv4-mapped as `::ffff:1.2.3.4`. */
export function ipv6Text(bytes: Uint8Array): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i] << 8) | bytes[i + 1]);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `::ffff:${bytes[12]}.${bytes[13]}.${bytes[14]}.${bytes[15]}`;
  }
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength && j - i >= 2) { bestStart = i; bestLength = j - i; }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** `1.2.3.4:80`, `[::1]:22`, a unix path, `netlink pid=0 groups=0`, … for `auditd.saddr` and fd names. */
export function sockaddrText(address: AuditSockaddr): string {
  switch (address.family) {
    case 'ipv4': return `${address.ip}:${address.port}`;
    case 'ipv6': return `[${address.ip}]:${address.port}`;
    case 'unix': return address.path ?? 'unix (unnamed)';
    case 'netlink': return `netlink pid=${address.pid} groups=${address.groups}`;
    case 'unspec': return 'unspec';
    case 'other': return `family ${address.number}`;
  }
}
