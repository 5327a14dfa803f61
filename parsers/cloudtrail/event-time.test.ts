import { describe, expect, it } from 'vitest';
import { eventTimeNs, parseIsoTimeNs } from './event-time.js';

describe('parseIsoTimeNs', () => {
  it.each([
    ['2022-07-20T20:53:54Z', 1658350434_000_000_000n],
    ['2020-09-14T00:44:23.000Z', 1600044263_000_000_000n],
    ['2024-08-01T13:56:39.482702201Z', 1722520599_482_702_201n],
    ['2024-08-01T13:56:39.4827022019Z', 1722520599_482_702_201n],
    ['2023-05-01T12:00:00.5+02:00', 1682935200_500_000_000n],
    ['2023-05-01T07:30:00-0230', 1682935200_000_000_000n],
    ['2023-05-01 10:00:00', 1682935200_000_000_000n],
    ['1969-12-31T23:59:59.999999999Z', -1n],
    ['2024-02-29T00:00:00Z', 1709164800_000_000_000n],
  ])('%s', (text, expected) => {
    expect(parseIsoTimeNs(text)).toBe(expected);
  });

  it.each(['', 'yesterday', '2023-02-29T00:00:00Z', '2023-13-01T00:00:00Z', '2023-01-01T24:00:00Z', '2023-01-01T00:00:00+25:00', '2023-01-01'])('rejects %j', (text) => {
    expect(parseIsoTimeNs(text)).toBeNull();
  });
});

describe('eventTimeNs', () => {
  it('takes strings and epoch seconds, nothing else', () => {
    expect(eventTimeNs('2022-07-20T20:53:54Z')).toBe(1658350434_000_000_000n);
    expect(eventTimeNs(1682935200.123456)).toBe(1682935200_123_456_000n);
    expect(eventTimeNs(1682935200)).toBe(1682935200_000_000_000n);
    expect(eventTimeNs(-1)).toBeNull();
    expect(eventTimeNs(1e15)).toBeNull();
    expect(eventTimeNs(Number.NaN)).toBeNull();
    expect(eventTimeNs(null)).toBeNull();
    expect(eventTimeNs({})).toBeNull();
  });
});
