import { describe, expect, it } from 'vitest';
import { hexDump } from './hex-dump';

describe('hexDump', () => {
  it('shows offset, hex pairs split after 8 bytes, and printable ASCII with dots for the rest', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('GET / HTTP/1.1\r\nHost'), 0x00, 0x1b, 0xff]);
    const lines = hexDump(bytes);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({ offset: '0000', hex: '47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a', ascii: 'GET / HTTP/1.1..' });
    expect(lines[1].offset).toBe('0010');
    expect(lines[1].hex.startsWith('48 6f 73 74 00 1b ff')).toBe(true);
    expect(lines[1].ascii).toBe('Host...');
  });

  it('stops at maxBytes and never renders control characters', () => {
    const bytes = Uint8Array.from({ length: 100 }, (_, i) => i);
    const lines = hexDump(bytes, 32);
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => l.ascii).join('')).not.toMatch(/[\u0000-\u001f\u007f]/);
  });
});
