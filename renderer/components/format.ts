/** Formatting of cell values at the edge: ns time stays bigint until it becomes text here. */
import type { CellValue } from '../../engine/api';

const NS_PER_MS = 1_000_000n;
const NS_PER_S = 1_000_000_000n;

function toBigInt(value: CellValue): bigint | null {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return BigInt(Math.trunc(value));
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value);
  return null;
}

/** Time zone the UI shows times in: 'UTC', 'local' (the machine's) or an IANA name. */
export type TimeZoneChoice = string;

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(zone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone === 'local' ? undefined : zone, hourCycle: 'h23',
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'longOffset',
    });
    zoneFormats.set(zone, format);
  }
  return format;
}

/** Whether `zone` is a time zone this runtime knows ('UTC', 'local' or an IANA name). */
export function isKnownTimeZone(zone: string): boolean {
  if (zone === 'UTC' || zone === 'local') return true;
  try {
    zoneFormat(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * `2024-05-01 12:34:56.123456789` (ns precision) from ns since the epoch, in UTC by default;
 * in another zone the UTC offset follows (`2024-05-01 14:34:56.123456789 +02:00`).
 */
export function formatNsTime(value: CellValue, timeZone: TimeZoneChoice = 'UTC'): string {
  const ns = toBigInt(value);
  if (ns === null) return value === null ? '' : String(value);
  let seconds = ns / NS_PER_S;
  let fraction = ns % NS_PER_S;
  if (fraction < 0n) { fraction += NS_PER_S; seconds -= 1n; }
  const date = new Date(Number(seconds * 1000n));
  if (Number.isNaN(date.getTime())) return ns.toString();
  const nanos = fraction.toString().padStart(9, '0');
  if (timeZone === 'UTC' || !isKnownTimeZone(timeZone)) {
    const iso = date.toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${nanos}`;
  }
  const parts: Record<string, string> = {};
  for (const part of zoneFormat(timeZone).formatToParts(date)) parts[part.type] = part.value;
  const offset = (parts.timeZoneName ?? '').replace(/^GMT/, '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}.${nanos} ${offset}`;
}

/** A duration in ns as a short human string: `850ns`, `12.3µs`, `4.50ms`, `1.200s`. */
export function formatDurationNs(value: CellValue): string {
  const ns = toBigInt(value);
  if (ns === null) return value === null ? '' : String(value);
  const abs = ns < 0n ? -ns : ns;
  const n = Number(ns);
  if (abs < 1000n) return `${ns}ns`;
  if (abs < NS_PER_MS) return `${(n / 1e3).toFixed(1)}µs`;
  if (abs < NS_PER_S) return `${(n / 1e6).toFixed(2)}ms`;
  return `${(n / 1e9).toFixed(3)}s`;
}

/** Bytes as `1.5 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++; }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

// C0, DEL, C1 and the bidi/zero-width controls that can disguise text (Trojan Source).
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

/** Captured text made safe to show: control and bidi characters become visible escapes. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (ch) => NAMED[ch] ?? `\\u{${ch.codePointAt(0)!.toString(16).padStart(2, '0')}}`);
}

/** Bytes as an escaped text preview (`GET / HTTP/1.1\r\n…`), at most `max` bytes. */
export function formatBytesPreview(bytes: Uint8Array, max = 256): string {
  let out = '';
  const end = Math.min(bytes.length, max);
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b >= 0x20 && b < 0x7f && b !== 0x5c) out += String.fromCharCode(b);
    else if (b === 0x5c) out += '\\\\';
    else out += NAMED[String.fromCharCode(b)] ?? `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return bytes.length > max ? `${out}… (${bytes.length} bytes)` : out;
}

/** Any cell value as display text (no truncation; control characters escaped). */
export function formatCell(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Uint8Array) return formatBytesPreview(value);
  if (typeof value === 'string') return escapeControl(value);
  return String(value);
}

/** Cut text to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
