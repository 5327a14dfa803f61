/**
 * sysdig's rendering of event arguments (`evt.info`/`evt.args`): `name=value` pairs separated by
 * one space, where a value may itself hold spaces (buffers, unix socket tuples, command lines).
 * A new argument starts at a space followed by a lower-case `name=`; a `data=` buffer runs to the
 * only arguments the event table ever puts after it (`tuple=`, `msgcontrol=`) or to the end, so
 * captured bytes cannot forge arguments.
 *
 * Descriptor values look like `3(<f>/etc/passwd)`, `12(<4t>1.2.3.4:50140->5.6.7.8:443)`,
 * `5(<p>pipe:[96685202])`, `3(<u>)`, `-1(EPERM)` or (older sysdig) `3(/dev/pts/3)`; results
 * `0`, `-2(ENOENT)`, `7FA69774E000` (hex for memory calls) or `2(<f>/var/log/x)` (fcntl).
 */

/** One argument. */
export interface SysdigArg { readonly name: string; readonly value: string }

const ARG_START = /(?:^| )([a-z_][a-z0-9_.]*)=/g;
const AFTER_DATA = / (?:tuple|msgcontrol)=/g;

/** The arguments of an event's text, in order. */
export function splitArgs(text: string): SysdigArg[] {
  const args: SysdigArg[] = [];
  const starts: { name: string; at: number; valueAt: number }[] = [];
  ARG_START.lastIndex = 0;
  for (let m = ARG_START.exec(text); m !== null; m = ARG_START.exec(text)) {
    const at = m.index + (m[0].startsWith(' ') ? 1 : 0);
    starts.push({ name: m[1], at, valueAt: m.index + m[0].length });
    if (m[1] === 'data') {
      // a buffer: only tuple= or msgcontrol= may follow it
      AFTER_DATA.lastIndex = ARG_START.lastIndex;
      let last = -1;
      for (let t = AFTER_DATA.exec(text); t !== null; t = AFTER_DATA.exec(text)) last = t.index;
      if (last === -1) break;
      ARG_START.lastIndex = last;
    }
  }
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1].at - 1 : text.length;
    args.push({ name: starts[i].name, value: text.slice(starts[i].valueAt, Math.max(end, starts[i].valueAt)) });
  }
  return args;
}

/** What a descriptor value says. */
export interface FdValue {
  readonly num: number;
  /** fd.type name (`file`, `ipv4`, …), or null when not shown */
  readonly type: string | null;
  readonly l4proto: string | null;
  /** the name after the type (`/etc/passwd`, `1.2.3.4:5->6.7.8.9:80`), or null */
  readonly name: string | null;
  /** `EPERM` of `-1(EPERM)` */
  readonly errno: string | null;
  /** sysdig knew the descriptor (it printed a `(…)` after the number) */
  readonly known: boolean;
}

const FD_VALUE = /^(-?\d+)(?:\((.*)\))?$/s;
const TYPED_NAME = /^<([a-zA-Z0-9]{1,3})>(.*)$/s;
const TYPE_NAMES: Record<string, string> = {
  f: 'file', d: 'directory', 4: 'ipv4', 6: 'ipv6', u: 'unix', p: 'pipe', e: 'event', s: 'signalfd', l: 'eventpoll', i: 'inotify',
  t: 'timerfd', n: 'netlink', b: 'bpf', r: 'io_uring', m: 'memfd', P: 'pidfd', o: 'unsupported',
};
const L4_NAMES: Record<string, string> = { t: 'tcp', u: 'udp', r: 'raw', i: 'icmp' };

/** A descriptor value, or null when it is not one. */
export function parseFd(value: string): FdValue | null {
  const m = FD_VALUE.exec(value);
  if (!m) return null;
  const num = Number(m[1]);
  if (!Number.isSafeInteger(num)) return null;
  const inner = m[2];
  if (inner === undefined) return { num, type: null, l4proto: null, name: null, errno: null, known: false };
  if (/^E[A-Z0-9]+$/.test(inner)) return { num, type: null, l4proto: null, name: null, errno: inner, known: false };
  const typed = TYPED_NAME.exec(inner);
  if (!typed) return { num, type: null, l4proto: null, name: inner === '' ? null : inner, errno: null, known: true };
  const code = typed[1];
  const type = TYPE_NAMES[code[0]] ?? null;
  const l4proto = (type === 'ipv4' || type === 'ipv6') && code.length > 1 ? L4_NAMES[code[1]] ?? null : null;
  return { num, type, l4proto, name: typed[2] === '' ? null : typed[2], errno: null, known: true };
}

/** True when a descriptor number means "none" (-1 printed signed or as an unsigned 32-bit value). */
export function isNoFd(num: number): boolean {
  return num < 0 || num === 4294967295;
}

/** The two ends of a socket tuple `cip:cport->sip:sport` (IPv6 addresses unbracketed, port after the last colon). */
export interface SocketEnds {
  readonly clientIp: string | null;
  readonly clientPort: number | null;
  readonly serverIp: string | null;
  readonly serverPort: number | null;
}

/** The ends of an IP socket name; a name without `->` is one (listening) address, the server end. */
export function socketEnds(name: string): SocketEnds | null {
  const arrow = name.indexOf('->');
  if (arrow === -1) {
    const one = hostPort(name);
    return one === null ? null : { clientIp: null, clientPort: null, serverIp: one[0], serverPort: one[1] };
  }
  const client = hostPort(name.slice(0, arrow));
  const server = hostPort(name.slice(arrow + 2));
  if (client === null || server === null) return null;
  return { clientIp: client[0], clientPort: client[1], serverIp: server[0], serverPort: server[1] };
}

function hostPort(text: string): [string, number] | null {
  const colon = text.lastIndexOf(':');
  if (colon <= 0) return null;
  const port = Number(text.slice(colon + 1));
  const ip = text.slice(0, colon).replace(/^\[(.*)\]$/, '$1');
  if (!Number.isInteger(port) || port < 0 || port > 65535 || !/^[0-9a-fA-F.:]+$/.test(ip)) return null;
  return [ip, port];
}

/** A result value: the number and the errno name sysdig printed with it, or null. */
export function parseResult(value: string, isHex: boolean): { res: bigint; errno: string | null } | null {
  const m = /^(-?[0-9A-Fa-f]+)(?:\((.*)\))?$/s.exec(value);
  if (!m) return null;
  const digits = m[1];
  const hex = !digits.startsWith('-') && (isHex || /[A-Fa-f]/.test(digits));
  if (!hex && !/^-?\d+$/.test(digits)) return null;
  if (digits.replace('-', '').length > 20) return null;
  const res = hex ? BigInt(`0x${digits}`) : BigInt(digits);
  const errno = m[2] !== undefined && /^E[A-Z0-9]+$/.test(m[2]) ? m[2] : null;
  return { res: hex && res > 0x7fffffffffffffffn ? res - (1n << 64n) : res, errno };
}
