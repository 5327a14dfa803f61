/**
 * Turns strace time stamps into ns since the epoch. `-ttt` stamps are absolute; `-t`/`-tt`
 * stamps are a time of day (strace's local time, taken here as UTC) on a date the caller may
 * give; a backwards jump of more than 12 hours is read as passing midnight.
 */
import { type StraceLine, TimeKind } from './line-parser.js';

const DAY_NS = 86_400_000_000_000;
const HALF_DAY_NS = DAY_NS / 2;

/** Converts the time stamps of successive lines of one trace. */
export class TimeBase {
  private readonly dayNs: bigint;
  private readonly hasDate: boolean;
  private days = 0;
  private lastClockNs = -1;
  private hasWarned = false;

  constructor(baseDate: string | undefined, private readonly warn: (offset: number, message: string) => void) {
    const parsed = baseDate === undefined ? null : parseDate(baseDate);
    this.hasDate = parsed !== null;
    this.dayNs = BigInt(parsed ?? 0) * 1_000_000n;
    if (baseDate !== undefined && parsed === null) warn(0, `Ignored base date ${JSON.stringify(baseDate)}: expected YYYY-MM-DD`);
  }

  /** The line's time in ns since the epoch, or null when it has no time stamp. */
  toNs(line: StraceLine, offset: number): bigint | null {
    if (line.timeKind === TimeKind.Epoch) return line.epochNs;
    if (line.timeKind === TimeKind.None) return null;
    if (!this.hasDate && !this.hasWarned) {
      this.hasWarned = true;
      this.warn(offset, 'The strace time stamps (-t/-tt) have no date: they are placed on 1970-01-01 UTC unless a base date is given');
    }
    if (this.lastClockNs >= 0 && line.clockNs > this.lastClockNs + HALF_DAY_NS) {
      // a line of another thread printed just after midnight but stamped just before it
      return this.dayNs + BigInt((this.days - 1) * DAY_NS + line.clockNs);
    }
    if (this.lastClockNs >= 0 && line.clockNs < this.lastClockNs - HALF_DAY_NS) this.days++;
    this.lastClockNs = line.clockNs;
    return this.dayNs + BigInt(this.days * DAY_NS + line.clockNs);
  }
}

/** ms since the epoch of a 'YYYY-MM-DD' date at 00:00 UTC, or null. */
function parseDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).getUTCDate() === Number(match[3]) ? ms : null;
}
