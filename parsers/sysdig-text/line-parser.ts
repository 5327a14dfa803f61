/**
 * One line of sysdig's text output, in the two layouts seen in the wild:
 *
 * - sysdig's default `%evt.num %evt.outputtime %evt.cpu %proc.name (%thread.tid) %evt.dir
 *   %evt.type %evt.info` (`23 00:44:29.900617765 1 curl (843) < clone res=0 …`), with the time
 *   of day (`-t h`, the default) or seconds since the epoch (`-t a`), and the container form of
 *   `-pc`/`-pk` (`… web (0123456789ab) curl (843:12) < …`);
 * - the LID-DS recordings (`.sc`), made with `sysdig -v -b -p "%evt.rawtime %user.uid %proc.pid
 *   %proc.name %thread.tid %syscall.type %evt.dir %evt.args"` (ns since the epoch, base64 buffers).
 *
 * Every line ends with the space sysdig writes after each argument; it is not part of the text.
 */

/** How a line gave its time. */
export const enum TimeKind { None, Clock, Seconds, Ns }

/** The parts of one line. Reused between lines: copy what you keep. */
export interface SysdigLine {
  form: 'default' | 'lidds';
  evtNum: string | null;
  timeKind: TimeKind;
  /** Clock: ns since midnight; Seconds/Ns: ns since the epoch (or since the capture start for -t r) */
  timeNs: bigint;
  cpu: string | null;
  procName: string;
  tid: number;
  vtid: number | null;
  pid: number | null;
  uid: number | null;
  containerName: string | null;
  containerId: string | null;
  dir: '>' | '<';
  type: string;
  /** the arguments text (evt.info / evt.args) without the trailing separator */
  args: string;
}

const DEFAULT_LINE = /^(\d+) (\d{2}:\d{2}:\d{2}\.\d{9}|\d+\.\d{9}) (\d+) (.+?) \((-?\d+)(?::(-?\d+))?\) ([<>]) (\S+)(?: (.*))?$/;
const LIDDS_LINE = /^(\d{10,19}) (\d+|<NA>) (\d+|<NA>) (.+?) (\d+) (\S+) ([<>])(?: (.*))?$/;
const CONTAINER_PREFIX = /^(.*) \(([0-9a-f]{12}|host)\) (.+)$/;
const CLOCK = /^(\d{2}):(\d{2}):(\d{2})\.(\d{9})$/;

/** A fresh line object for {@link parseSysdigLine}. */
export function newSysdigLine(): SysdigLine {
  return {
    form: 'default', evtNum: null, timeKind: TimeKind.None, timeNs: 0n, cpu: null, procName: '', tid: 0, vtid: null, pid: null, uid: null,
    containerName: null, containerId: null, dir: '>', type: '', args: '',
  };
}

/** Parses `text` into `line`; false when the text is not a sysdig event line. */
export function parseSysdigLine(text: string, line: SysdigLine): boolean {
  const body = text.endsWith(' ') ? text.slice(0, -1) : text;
  const d = DEFAULT_LINE.exec(body);
  if (d) return parseDefault(d, line);
  const l = LIDDS_LINE.exec(body);
  if (l) return parseLidds(l, line);
  return false;
}

function parseDefault(m: RegExpExecArray, line: SysdigLine): boolean {
  const time = parseTime(m[2]);
  if (time === null) return false;
  line.form = 'default';
  line.evtNum = m[1];
  [line.timeKind, line.timeNs] = time;
  line.cpu = m[3];
  const container = CONTAINER_PREFIX.exec(m[4]);
  line.containerName = container ? container[1] : null;
  line.containerId = container ? container[2] : null;
  line.procName = container ? container[3] : m[4];
  line.tid = Number(m[5]);
  line.vtid = m[6] === undefined ? null : Number(m[6]);
  line.pid = null;
  line.uid = null;
  line.dir = m[7] as '>' | '<';
  line.type = m[8];
  line.args = m[9] ?? '';
  return Number.isSafeInteger(line.tid);
}

function parseLidds(m: RegExpExecArray, line: SysdigLine): boolean {
  line.form = 'lidds';
  line.evtNum = null;
  line.timeKind = TimeKind.Ns;
  line.timeNs = BigInt(m[1]);
  line.cpu = null;
  line.uid = m[2] === '<NA>' ? null : Number(m[2]);
  line.pid = m[3] === '<NA>' ? null : Number(m[3]);
  line.procName = m[4];
  line.containerName = null;
  line.containerId = null;
  line.tid = Number(m[5]);
  line.vtid = null;
  line.dir = m[7] as '>' | '<';
  line.type = m[6];
  line.args = m[8] ?? '';
  return Number.isSafeInteger(line.tid);
}

/** `HH:MM:SS.nnnnnnnnn` (ns since midnight) or `S.nnnnnnnnn` (ns since the epoch, or relative). */
function parseTime(text: string): [TimeKind, bigint] | null {
  const clock = CLOCK.exec(text);
  if (clock) {
    const [h, m, s] = [Number(clock[1]), Number(clock[2]), Number(clock[3])];
    if (h > 23 || m > 59 || s > 60) return null;
    return [TimeKind.Clock, BigInt((h * 3600 + m * 60 + s)) * 1_000_000_000n + BigInt(clock[4])];
  }
  const dot = text.indexOf('.');
  return [TimeKind.Seconds, BigInt(text.slice(0, dot)) * 1_000_000_000n + BigInt(text.slice(dot + 1))];
}
