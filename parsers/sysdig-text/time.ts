/**
 * Turns the time stamps of sysdig text lines into ns since the epoch. Time of day (`-t h`, the
 * default, printed in the local time of the machine that ran sysdig and taken here as UTC) lands
 * on `baseDate` (else 1970-01-01, with one warning), and a jump back of more than 12 hours is
 * read as passing midnight. Seconds since the epoch (`-t a`) and LID-DS ns are absolute; seconds
 * before 1973 are relative (`-t r`, `-t d`, `-t D`): they are kept as they are, placed after
 * `baseDate`, with one warning.
 */
import { type SysdigLine, TimeKind } from './line-parser.js';

const DAY_NS = 86_400_000_000_000n;
const HALF_DAY_NS = DAY_NS / 2n;
const EPOCH_FLOOR_NS = 100_000_000n * 1_000_000_000n; // 1973-03-03

/** Converts the time stamps of successive lines of one input. */
export class SysdigTime {
  private readonly dayNs: bigint;
  private readonly hasDate: boolean;
  private days = 0n;
  private lastClockNs = -1n;
  private hasWarnedDate = false;
  private hasWarnedRelative = false;

  constructor(baseDate: string | undefined, private readonly warn: (offset: number, line: number | undefined, message: string) => void) {
    const parsed = baseDate === undefined ? null : parseDate(baseDate);
    this.hasDate = parsed !== null;
    this.dayNs = BigInt(parsed ?? 0) * 1_000_000n;
    if (baseDate !== undefined && parsed === null) warn(0, undefined, `Ignored base date ${JSON.stringify(baseDate)}: expected YYYY-MM-DD`);
  }

  /** The line's time in ns since the epoch, or null when it has none. */
  toNs(line: SysdigLine, offset: number, lineNumber: number): bigint | null {
    switch (line.timeKind) {
      case TimeKind.None: return null;
      case TimeKind.Ns: return line.timeNs;
      case TimeKind.Seconds:
        if (line.timeNs >= EPOCH_FLOOR_NS) return line.timeNs;
        if (!this.hasWarnedRelative) {
          this.hasWarnedRelative = true;
          this.warn(offset, lineNumber, 'The sysdig time stamps are relative (-t r/d/D), not absolute: they are placed after the base date (or 1970-01-01 UTC) and do not line up with other sources');
        }
        return this.dayNs + line.timeNs;
      case TimeKind.Clock: return this.clock(line.timeNs, offset, lineNumber);
    }
  }

  private clock(clockNs: bigint, offset: number, lineNumber: number): bigint {
    if (!this.hasDate && !this.hasWarnedDate) {
      this.hasWarnedDate = true;
      this.warn(offset, lineNumber, 'The sysdig time stamps are a time of day without a date: they are placed on 1970-01-01 UTC unless a base date is given');
    }
    if (this.lastClockNs >= 0n && clockNs > this.lastClockNs + HALF_DAY_NS) {
      // a line of another CPU printed just after midnight but stamped just before it
      return this.dayNs + (this.days - 1n) * DAY_NS + clockNs;
    }
    if (this.lastClockNs >= 0n && clockNs < this.lastClockNs - HALF_DAY_NS) this.days++;
    this.lastClockNs = clockNs;
    return this.dayNs + this.days * DAY_NS + clockNs;
  }
}

/** ms since the epoch of a 'YYYY-MM-DD' date at 00:00 UTC, or null. */
function parseDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).getUTCDate() === Number(match[3]) ? ms : null;
}
