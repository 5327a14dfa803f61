import { describe, expect, it } from 'vitest';
import { LineSplitter } from './line-splitter.js';

type Line = [text: string, offset: number, length: number, line: number, terminated: boolean];

function split(bytes: Uint8Array, size: number): Line[] {
  const lines: Line[] = [];
  const splitter = new LineSplitter((...line) => lines.push(line));
  for (let i = 0; i < bytes.length; i += size) splitter.push(bytes.subarray(i, i + size));
  splitter.finish();
  return lines;
}

describe('LineSplitter', () => {
  const input = new TextEncoder().encode('alpha\r\n\nbéta γ\nlast without newline');
  const expected: Line[] = [
    ['alpha', 0, 7, 1, true],
    ['', 7, 1, 2, true],
    ['béta γ', 8, 9, 3, true],
    ['last without newline', 17, 20, 4, false],
  ];

  it('gives text, byte offsets and lengths for \\n, \\r\\n, multi-byte text and an unterminated last line', () => {
    expect(split(input, input.length)).toEqual(expected);
  });

  it('gives the same lines whatever the chunk size, even splitting a UTF-8 sequence', () => {
    for (const size of [1, 2, 3, 5, 7, 11]) expect(split(input, size)).toEqual(expected);
  });

  it('gives nothing for empty input and no phantom line after a final newline', () => {
    expect(split(new Uint8Array(0), 1)).toEqual([]);
    expect(split(new TextEncoder().encode('a\n'), 1)).toEqual([['a', 0, 2, 1, true]]);
  });
});
