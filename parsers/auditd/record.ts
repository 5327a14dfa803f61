/**
 * One line of an audit log as a record:
 *   [node=HOST ]type=SYSCALL msg=audit(1615150974.493:21028): arch=c000003e syscall=59 …[\x1dARCH=x86_64 …]
 * The `\x1d` (GS) part is auditd's `log_format=ENRICHED` interpretation. `ausearch -i` prints
 * `type=SYSCALL msg=audit(12/07/2016 03:16:32.414:385) : arch=x86_64 syscall=execve …` instead
 * (local time of the machine that ran ausearch; taken as UTC).
 */
import { type AuditField, parseInterpretedFields, parseRawFields } from './fields.js';

/**
 * One audit record line. The fields are parsed when first asked for (when the event is described),
 * so the records an open event holds stay small.
 */
export class AuditRecord {
  private parsed: readonly AuditField[] | null = null;
  private parsedEnriched: readonly AuditField[] | null = null;

  constructor(
    /** record type as written (`SYSCALL`, `USER_LOGIN`, `UNKNOWN[1329]`) */
    readonly type: string,
    readonly node: string | null,
    /** the text inside `msg=audit(…)`, the event's identity together with the node */
    readonly stamp: string,
    readonly serial: string,
    /** ns since the Unix epoch */
    readonly tsNs: bigint,
    readonly isInterpreted: boolean,
    /** the whole line as read */
    readonly text: string,
    /** where the body (the fields) starts in `text` */
    private readonly bodyStart: number,
    readonly offset: number,
    /** bytes of the line including its terminator */
    readonly length: number,
    readonly lineNumber: number,
  ) {}

  /** The raw (or ausearch -i) fields. */
  get fields(): readonly AuditField[] {
    if (this.parsed === null) {
      const end = this.separator();
      this.parsed = this.isInterpreted ? parseInterpretedFields(this.text.slice(this.bodyStart))
        : parseRawFields(this.text, this.bodyStart, end === -1 ? this.text.length : end);
    }
    return this.parsed;
  }

  /** The ENRICHED fields after `\x1d` (empty for raw logs). */
  get enriched(): readonly AuditField[] {
    if (this.parsedEnriched === null) {
      const separator = this.separator();
      this.parsedEnriched = separator === -1 ? [] : parseRawFields(this.text, separator + 1);
    }
    return this.parsedEnriched;
  }

  private separator(): number {
    return this.text.indexOf(GROUP_SEPARATOR, this.bodyStart);
  }
}

/** Where a line is, as the reader passes it on. */
export interface LinePosition {
  readonly offset: number;
  readonly length: number;
  readonly lineNumber: number;
}

const GROUP_SEPARATOR = '\x1d';
const HEAD = /^(?:node=(\S+) )?type=([A-Za-z0-9_[\]-]+) msg=audit\(([^)]*)\)( ?:)? ?/;
const RAW_STAMP = /^(\d{1,12})(?:\.(\d{1,9}))?:(\d+)$/;
const INTERPRETED_STAMP = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4}) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?:(\d+)$/;

/** The record of one line, or a reason why the line is not one. */
export function parseRecord(text: string, position: LinePosition): AuditRecord | { readonly problem: string } {
  const head = HEAD.exec(text);
  if (!head) return { problem: /^(?:node=\S+ )?type=\S+ /.test(text) ? 'an audit record without a msg=audit(time:serial) stamp' : 'not an audit record' };
  const [whole, node, type, stamp] = head;
  const time = readStamp(stamp);
  if (!time) return { problem: `msg=audit(${stamp.slice(0, 40)}) is not a time:serial stamp` };
  return new AuditRecord(type, node ?? null, stamp, time.serial, time.tsNs, time.isInterpreted, text, whole.length,
    position.offset, position.length, position.lineNumber);
}

interface StampTime { readonly tsNs: bigint; readonly serial: string; readonly isInterpreted: boolean }

/** `1615150974.493:21028` (seconds.fraction:serial) or ausearch -i's `12/07/2016 03:16:32.414:385`. */
export function readStamp(stamp: string): StampTime | null {
  const raw = RAW_STAMP.exec(stamp);
  if (raw) {
    const fraction = (raw[2] ?? '').padEnd(9, '0');
    return { tsNs: BigInt(raw[1]) * 1_000_000_000n + BigInt(fraction), serial: raw[3], isInterpreted: false };
  }
  const local = INTERPRETED_STAMP.exec(stamp);
  if (!local) return null;
  const [, a, b, c, hh, mm, ss, fraction, serial] = local;
  // en_US prints MM/DD/YYYY; ISO locales YYYY-MM-DD
  const [year, month, day] = a.length === 4 ? [Number(a), Number(b), Number(c)] : [Number(c), Number(a), Number(b)];
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1970) return null;
  const ms = Date.UTC(year, month - 1, day, Number(hh), Number(mm), Number(ss));
  if (!Number.isFinite(ms)) return null;
  const tsNs = BigInt(ms) * 1_000_000n + BigInt((fraction ?? '').padEnd(9, '0'));
  return { tsNs, serial, isInterpreted: true };
}
