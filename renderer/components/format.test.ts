import { describe, expect, it } from 'vitest';
import { escapeControl, formatBytes, formatBytesPreview, formatCell, formatDurationNs, formatNsTime, truncate } from './format';

describe('formatNsTime', () => {
  it('keeps nanosecond precision beyond what a JS number holds', () => {
    expect(formatNsTime(1714566896123456789n)).toBe('2024-05-01 12:34:56.123456789');
  });
  it('pads the fraction', () => {
    expect(formatNsTime(1_000_000_007n)).toBe('1970-01-01 00:00:01.000000007');
  });
  it('handles times before the epoch', () => {
    expect(formatNsTime(-1n)).toBe('1969-12-31 23:59:59.999999999');
  });
  it('accepts numeric strings and numbers, and leaves null empty', () => {
    expect(formatNsTime('1000000000')).toBe('1970-01-01 00:00:01.000000000');
    expect(formatNsTime(2_000_000_000)).toBe('1970-01-01 00:00:02.000000000');
    expect(formatNsTime(null)).toBe('');
  });
});

describe('formatDurationNs', () => {
  it.each([
    [850n, '850ns'],
    [12_345n, '12.3µs'],
    [4_500_000n, '4.50ms'],
    [1_200_000_000n, '1.200s'],
  ])('%s → %s', (ns, text) => expect(formatDurationNs(ns)).toBe(text));
});

describe('escaping hostile text', () => {
  it('makes terminal escapes and newlines visible', () => {
    expect(escapeControl('a\x1b[31mb\nc')).toBe('a\\u{1b}[31mb\\nc');
  });
  it('shows bidi overrides instead of applying them', () => {
    expect(escapeControl('x\u202ey')).toBe('x\\u{202e}y');
  });
  it('previews bytes with escapes and a length note', () => {
    expect(formatBytesPreview(new Uint8Array([0x47, 0x0d, 0x0a, 0x00]))).toBe('G\\r\\n\\x00');
    expect(formatBytesPreview(new Uint8Array(10).fill(0x41), 4)).toBe('AAAA… (10 bytes)');
  });
  it('formats any cell', () => {
    expect(formatCell(null)).toBe('');
    expect(formatCell(42n)).toBe('42');
    expect(formatCell('<b>\x07')).toBe('<b>\\u{07}');
  });
});

describe('small helpers', () => {
  it('formats sizes and truncates', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
  });
});

describe('formatNsTime in a time zone', () => {
  it('shows the zone time with its UTC offset, keeping nanoseconds', () => {
    expect(formatNsTime(1714566896123456789n, 'Europe/Paris')).toBe('2024-05-01 14:34:56.123456789 +02:00');
    expect(formatNsTime(1704067200000000001n, 'America/New_York')).toBe('2023-12-31 19:00:00.000000001 -05:00');
    expect(formatNsTime(1714566896123456789n, 'Asia/Kolkata')).toBe('2024-05-01 18:04:56.123456789 +05:30');
  });

  it('falls back to UTC for an unknown zone', () => {
    expect(formatNsTime(1714566896123456789n, 'Mars/Olympus')).toBe('2024-05-01 12:34:56.123456789');
  });
});
