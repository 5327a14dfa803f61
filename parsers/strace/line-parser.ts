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
import { errnoNumber } from '../common/linux-names.js';

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

const RESUMED = /^<\.\.\. ([A-Za-z_][A-Za-z0-9_]*) resumed> ?/;
const UNFINISHED = ' <unfinished ...>';
const ERRNO = /^ ([A-Z][A-Z0-9_]+) \(/;

/** Fills `out` from `text`; returns `out.kind`. */
export function parseStraceLine(text: string, out: StraceLine): StraceLineKind {
  reset(out);
  const afterPrefix = readPrefix(text, out);
  const afterTime = readTime(text, afterPrefix, out);
  const rest = afterTime === 0 ? text : text.slice(afterTime);
  if (rest.startsWith('--- ') && rest.endsWith(' ---')) return setBody(out, 'signal', rest.slice(4, -4));
  if (rest.startsWith('+++ ') && rest.endsWith(' +++')) return setBody(out, 'exit', rest.slice(4, -4));
  if (afterPrefix === 0 && out.timeKind === TimeKind.None && text.startsWith('strace: ')) return setBody(out, 'message', text);
  if (rest.charCodeAt(0) === 60) {
    const resumed = RESUMED.exec(rest);
    if (!resumed) return out.kind;
    out.name = resumed[1];
    out.kind = 'resumed';
    readCallTail(rest, resumed[0].length, 1, out);
    return out.kind;
  }
  const nameEnd = callNameEnd(rest);
  if (nameEnd === -1) return out.kind;
  out.name = rest.slice(0, nameEnd);
  out.kind = 'call';
  readCallTail(rest, nameEnd + 1, 1, out);
  return out.kind;
}

/** `[pid  12] ` or `12 ` (when a time stamp or a name follows): sets `out.tid`, returns the index after it. */
function readPrefix(text: string, out: StraceLine): number {
  if (text.startsWith('[pid ')) {
    let i = 5;
    while (text.charCodeAt(i) === 32) i++;
    const digitsEnd = skipDigits(text, i);
    if (digitsEnd === i || text.charCodeAt(digitsEnd) !== 93 || text.charCodeAt(digitsEnd + 1) !== 32) return 0;
    out.tid = Number(text.slice(i, digitsEnd));
    return digitsEnd + 2;
  }
  const digitsEnd = skipDigits(text, 0);
  if (digitsEnd === 0 || text.charCodeAt(digitsEnd) !== 32) return 0;
  let i = digitsEnd;
  while (text.charCodeAt(i) === 32) i++;
  // what follows must be a name (not a digit or space) or a time stamp `123.4` / `12:00`
  const next = text.charCodeAt(i);
  if (Number.isNaN(next)) return 0;
  if (isDigit(next)) {
    const stampEnd = skipDigits(text, i);
    const separator = text.charCodeAt(stampEnd);
    if ((separator !== 46 && separator !== 58) || !isDigit(text.charCodeAt(stampEnd + 1))) return 0;
  }
  out.tid = Number(text.slice(0, digitsEnd));
  return i;
}

/** Length of `name` in `name(`, or -1. */
function callNameEnd(rest: string): number {
  const first = rest.charCodeAt(0);
  if (!(isLetter(first) || first === 95)) return -1;
  let i = 1;
  for (; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (!isWordChar(c)) break;
  }
  return rest.charCodeAt(i) === 40 ? i : -1;
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

/** `HH:MM:SS[.frac] ` (-t/-tt) or `secs.frac ` (-ttt) at `at`: fills the time, returns the index after its spaces. */
function readTime(text: string, at: number, out: StraceLine): number {
  const end = readClock(text, at, out);
  return end !== -1 ? end : readEpoch(text, at, out);
}

function readClock(text: string, at: number, out: StraceLine): number {
  if (text.charCodeAt(at + 2) !== 58 || text.charCodeAt(at + 5) !== 58) return -1;
  const hours = twoDigits(text, at);
  const minutes = twoDigits(text, at + 3);
  const seconds = twoDigits(text, at + 6);
  if (hours < 0 || minutes < 0 || seconds < 0) return -1;
  let i = at + 8;
  let fraction = 0;
  if (text.charCodeAt(i) === 46) {
    const fractionEnd = skipDigits(text, i + 1);
    if (fractionEnd === i + 1 || fractionEnd - i - 1 > 9) return -1;
    fraction = fractionNs(text, i + 1, fractionEnd);
    i = fractionEnd;
  }
  const end = skipSpaces(text, i);
  if (end === i) return -1;
  out.timeKind = TimeKind.Clock;
  out.clockNs = ((hours * 60 + minutes) * 60 + seconds) * 1e9 + fraction;
  return end;
}

function readEpoch(text: string, at: number, out: StraceLine): number {
  const secondsEnd = skipDigits(text, at);
  if (secondsEnd === at || text.charCodeAt(secondsEnd) !== 46) return at;
  const fractionEnd = skipDigits(text, secondsEnd + 1);
  const digits = fractionEnd - secondsEnd - 1;
  if (digits < 1 || digits > 9) return at;
  const end = skipSpaces(text, fractionEnd);
  if (end === fractionEnd) return at;
  out.timeKind = TimeKind.Epoch;
  out.epochNs = BigInt(text.slice(at, secondsEnd)) * 1_000_000_000n + BigInt(fractionNs(text, secondsEnd + 1, fractionEnd));
  return end;
}

const SCALE = [1e9, 1e8, 1e7, 1e6, 1e5, 1e4, 1e3, 1e2, 1e1, 1];

/** ns of the fraction digits `text[start, end)` (at most 9). */
function fractionNs(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value * SCALE[end - start];
}

function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function skipDigits(text: string, at: number): number {
  let i = at;
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === 32) i++;
  return i;
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
  const tail = rest.slice(i + 2, readLatency(rest, i + 2, out));
  const valueEnd = resultEnd(tail);
  if (valueEnd === 0) return;
  out.hasResult = true;
  const value = tail.slice(0, valueEnd);
  out.res = value === '?' ? null : BigInt(value);
  let at = valueEnd;
  if (tail.charCodeAt(at) === 60) {
    const close = annotationEnd(tail, at);
    if (close !== -1) { out.resultFd = Number(value); out.resultAnnotation = tail.slice(at + 1, close); at = close + 1; }
  }
  if (tail.charCodeAt(at) !== 32 || !isUpper(tail.charCodeAt(at + 1))) return;
  const errno = ERRNO.exec(tail.slice(at));
  if (errno && (out.res === null || out.res < 0n)) {
    out.errnoName = errno[1];
    const n = errnoNumber(errno[1]);
    if (n !== undefined) out.res = BigInt(-n);
  }
}

/** A trailing ` <secs.frac>` (-T) after `from`: sets `out.latencyNs` and returns where it starts, else the text's end. */
function readLatency(text: string, from: number, out: StraceLine): number {
  const end = text.length;
  if (text.charCodeAt(end - 1) !== 62) return end;
  let i = end - 2;
  while (i >= from && isDigit(text.charCodeAt(i))) i--;
  const fractionDigits = end - 2 - i;
  if (fractionDigits < 1 || fractionDigits > 9 || text.charCodeAt(i) !== 46) return end;
  const dot = i--;
  while (i >= from && isDigit(text.charCodeAt(i))) i--;
  if (i === dot - 1 || text.charCodeAt(i) !== 60 || i - 1 < from || text.charCodeAt(i - 1) !== 32) return end;
  out.latencyNs = Number(text.slice(i + 1, dot)) * 1e9 + fractionNs(text, dot + 1, end - 1);
  return i - 1;
}

/** Length of the result value at the start of `tail`: `0x1f`, `-1`, `42` or `?`; 0 when none. */
function resultEnd(tail: string): number {
  const first = tail.charCodeAt(0);
  if (first === 63) return 1;
  if (first === 48 && tail.charCodeAt(1) === 120 && isHexDigit(tail.charCodeAt(2))) {
    let i = 3;
    while (isHexDigit(tail.charCodeAt(i))) i++;
    return i;
  }
  const start = first === 45 ? 1 : 0;
  const end = skipDigits(tail, start);
  return end === start ? 0 : end;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isWordChar(c: number): boolean {
  return isDigit(c) || isLetter(c) || c === 95;
}

function fdBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && isDigit(text.charCodeAt(i - 1))) i--;
  return Number(text.slice(i, at));
}
