/**
 * Parses one line of strace output (strace(1) "-f", "-t/-tt/-ttt", "-T", "-y/-yy") into a
 * reusable record. Shapes:
 *   [pid  12] 12:00:00.000001 open("/x", O_RDONLY) = 3</x> <0.000010>
 *   12    1700000000.000001 read(3</x>, "..."..., 10 <unfinished ...>
 *   <... read resumed>"abc", 10) = 3 <0.000200>
 *   --- SIGCHLD {si_signo=SIGCHLD, ...} ---        +++ exited with 0 +++
 */
import { closingQuoteOrEnd } from './c-string.js';
import { annotationEnd } from './fd-annotation.js';
import { errnoNumber } from './tables.js';

/** Line kinds; `message` is strace's own chatter (`strace: Process 12 attached`). */
export type StraceLineKind = 'call' | 'unfinished' | 'resumed' | 'signal' | 'exit' | 'message' | 'garbage';

/** Time stamp styles: none, `-ttt` (epoch seconds), `-t`/`-tt` (time of day only). */
export const TimeKind = { None: 0, Epoch: 1, Clock: 2 } as const;
/** One of the TimeKind values. */
export type TimeKind = (typeof TimeKind)[keyof typeof TimeKind];

/** One parsed line. The parser reuses a single instance: copy what you keep. */
export interface StraceLine {
  kind: StraceLineKind;
  /** pid prefix, -1 when the line has none */
  tid: number;
  timeKind: TimeKind;
  /** ns since the epoch (TimeKind.Epoch) */
  epochNs: bigint;
  /** ns since midnight (TimeKind.Clock) */
  clockNs: number;
  /** syscall name */
  name: string;
  /** argument text as printed (for `resumed`: the continuation, for signal/exit: the body) */
  args: string;
  /** false when a call line has no `= result` (its output was cut by interleaved text) */
  hasResult: boolean;
  res: bigint | null;
  errnoName: string | null;
  /** fd and annotation of the result (`= 3</etc/passwd>`), -1 / null when none */
  resultFd: number;
  resultAnnotation: string | null;
  /** first fd annotation among the arguments */
  argFd: number;
  argAnnotation: string | null;
  latencyNs: number;
}

/** A fresh record for `parseStraceLine` to fill. */
export function newStraceLine(): StraceLine {
  return {
    kind: 'garbage', tid: -1, timeKind: TimeKind.None, epochNs: 0n, clockNs: 0, name: '', args: '', hasResult: false,
    res: null, errnoName: null, resultFd: -1, resultAnnotation: null, argFd: -1, argAnnotation: null, latencyNs: -1,
  };
}

const PREFIX = /^(?:\[pid +(\d+)\] |(\d+) +(?=[^\d ]|\d+[.:]\d))/;
const EPOCH = /^(\d+)\.(\d{1,9}) +/;
const CLOCK = /^(\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))? +/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*\(/;
const RESUMED = /^<\.\.\. ([A-Za-z_][A-Za-z0-9_]*) resumed> ?/;
const UNFINISHED = ' <unfinished ...>';
const LATENCY = / <(\d+)\.(\d{1,9})>$/;
const RESULT = /^(0x[0-9a-fA-F]+|-?\d+|\?)/;
const ERRNO = /^ ([A-Z][A-Z0-9_]+) \(/;

/** Fills `out` from `text`; returns `out.kind`. */
export function parseStraceLine(text: string, out: StraceLine): StraceLineKind {
  reset(out);
  let rest = text;
  const prefix = PREFIX.exec(rest);
  if (prefix) { out.tid = Number(prefix[1] ?? prefix[2]); rest = rest.slice(prefix[0].length); }
  rest = readTime(rest, out);
  if (rest.startsWith('--- ') && rest.endsWith(' ---')) return setBody(out, 'signal', rest.slice(4, -4));
  if (rest.startsWith('+++ ') && rest.endsWith(' +++')) return setBody(out, 'exit', rest.slice(4, -4));
  if (!prefix && out.timeKind === TimeKind.None && text.startsWith('strace: ')) return setBody(out, 'message', text);
  const resumed = RESUMED.exec(rest);
  if (resumed) {
    out.name = resumed[1];
    out.kind = 'resumed';
    readCallTail(rest, resumed[0].length, 1, out);
    return out.kind;
  }
  const name = NAME.exec(rest);
  if (!name) return out.kind;
  out.name = name[0].slice(0, -1);
  out.kind = 'call';
  readCallTail(rest, name[0].length, 1, out);
  return out.kind;
}

function reset(out: StraceLine): void {
  out.kind = 'garbage'; out.tid = -1; out.timeKind = TimeKind.None; out.name = ''; out.args = ''; out.hasResult = false;
  out.res = null; out.errnoName = null; out.resultFd = -1; out.resultAnnotation = null; out.argFd = -1;
  out.argAnnotation = null; out.latencyNs = -1;
}

function setBody(out: StraceLine, kind: StraceLineKind, body: string): StraceLineKind {
  out.kind = kind;
  out.args = body;
  return kind;
}

function readTime(rest: string, out: StraceLine): string {
  const clock = CLOCK.exec(rest);
  if (clock) {
    out.timeKind = TimeKind.Clock;
    out.clockNs = ((Number(clock[1]) * 60 + Number(clock[2])) * 60 + Number(clock[3])) * 1e9 + fractionNs(clock[4]);
    return rest.slice(clock[0].length);
  }
  const epoch = EPOCH.exec(rest);
  if (epoch) {
    out.timeKind = TimeKind.Epoch;
    out.epochNs = BigInt(epoch[1]) * 1_000_000_000n + BigInt(fractionNs(epoch[2]));
    return rest.slice(epoch[0].length);
  }
  return rest;
}

function fractionNs(digits: string | undefined): number {
  return digits ? Number(digits.padEnd(9, '0')) : 0;
}

/** Reads arguments from `start` (inside the parentheses at `depth`) to the closing `)`, then the result. */
function readCallTail(rest: string, start: number, depth: number, out: StraceLine): void {
  const end = scanArguments(rest, start, depth, out);
  if (end === -1) {
    if (rest.endsWith(UNFINISHED)) {
      if (out.kind === 'call') out.kind = 'unfinished';
      out.args = rest.slice(start, rest.length - UNFINISHED.length).trimEnd();
    } else {
      out.args = rest.slice(start);
    }
    return;
  }
  out.args = rest.slice(start, end);
  readResult(rest, end + 1, out);
}

/** Index of the `)` that closes the call, or -1; records the first fd annotation on the way. */
function scanArguments(text: string, start: number, depth: number, out: StraceLine): number {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) i = closingQuoteOrEnd(text, i);
    else if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) { if (--depth === 0) return c === 41 ? i : -1; }
    else if (c === 60 && i > start && isWordChar(text.charCodeAt(i - 1))) {
      // an fd annotation: `3</path>`, or `AT_FDCWD</cwd>` which names no descriptor of the call
      const close = annotationEnd(text, i);
      if (close === -1) return -1;
      if (out.argAnnotation === null && isDigit(text.charCodeAt(i - 1))) { out.argFd = fdBefore(text, i); out.argAnnotation = text.slice(i + 1, close); }
      i = close;
    }
  }
  return -1;
}

function readResult(rest: string, after: number, out: StraceLine): void {
  let i = after;
  while (rest.charCodeAt(i) === 32) i++;
  if (rest.charCodeAt(i) !== 61 || rest.charCodeAt(i + 1) !== 32) return;
  let tail = rest.slice(i + 2);
  const latency = LATENCY.exec(tail);
  if (latency) {
    out.latencyNs = Number(latency[1]) * 1e9 + fractionNs(latency[2]);
    tail = tail.slice(0, latency.index);
  }
  const value = RESULT.exec(tail);
  if (!value) return;
  out.hasResult = true;
  out.res = value[1] === '?' ? null : BigInt(value[1]);
  let at = value[1].length;
  if (tail.charCodeAt(at) === 60) {
    const close = annotationEnd(tail, at);
    if (close !== -1) { out.resultFd = Number(value[1]); out.resultAnnotation = tail.slice(at + 1, close); at = close + 1; }
  }
  const errno = ERRNO.exec(tail.slice(at));
  if (errno && (out.res === null || out.res < 0n)) {
    out.errnoName = errno[1];
    const n = errnoNumber(errno[1]);
    if (n !== undefined) out.res = BigInt(-n);
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function fdBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && isDigit(text.charCodeAt(i - 1))) i--;
  return Number(text.slice(i, at));
}
