import { describe, expect, it } from 'vitest';
import { parseRfc3339Ns } from './rfc3339.js';

describe('parseRfc3339Ns', () => {
  it('keeps every fraction digit up to nanoseconds and applies offsets', () => {
    expect(parseRfc3339Ns('1970-01-01T00:00:00Z')).toBe(0n);
    expect(parseRfc3339Ns('2018-10-26T13:38:34.867116Z')).toBe(1540561114867116000n);
    expect(parseRfc3339Ns('2024-05-01T10:00:00.123456789Z')).toBe(1714557600123456789n);
    expect(parseRfc3339Ns('2024-05-01T10:00:00.1234567891234Z')).toBe(1714557600123456789n);
    expect(parseRfc3339Ns('2024-05-01T12:00:00.5+02:00')).toBe(1714557600500000000n);
    expect(parseRfc3339Ns('2024-05-01T05:30:00-0430')).toBe(1714557600000000000n);
    expect(parseRfc3339Ns('2024-05-01 10:00:00')).toBe(1714557600000000000n);
    expect(parseRfc3339Ns('1969-12-31T23:59:59.5Z')).toBe(-500000000n);
    expect(parseRfc3339Ns('2024-02-29T00:00:00Z')).toBe(1709164800000000000n);
    expect(parseRfc3339Ns('0099-01-01T00:00:00Z')).toBe(-59042995200000000000n);
  });

  it('rejects what is not a time', () => {
    for (const bad of ['', 'yesterday', '2024-13-01T00:00:00Z', '2023-02-29T00:00:00Z', '2024-04-31T00:00:00Z', '2024-05-01T24:00:00Z',
      '2024-05-01T10:00:00+25:00', '2024-05-01T10:00Z', '2024-05-01', ' 2024-05-01T10:00:00Z']) {
      expect(parseRfc3339Ns(bad), bad).toBeNull();
    }
  });
});
