import { describe, expect, it } from 'vitest';
import type { FieldInfo } from '../../engine/index.js';
import { cellJson, csvField, csvRow, formatNsTime, tableCell } from './output-format.js';
import { escapeForTerminal, escapeWithColumns } from './terminal-text.js';

const text: FieldInfo = { name: 'proc.name', type: 'string', description: '', sql: 'proc_name' };
const int: FieldInfo = { name: 'evt.rawres', type: 'int', description: '', sql: 'res' };
const time: FieldInfo = { name: 'evt.time', type: 'time', description: '', sql: 'ts' };

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
  ])('field %j → %j', (input, expected) => {
    expect(csvField(input, false)).toBe(expected);
  });

  it('leaves numbers from numeric fields alone and ends records with CRLF', () => {
    expect(csvRow([int, text], { 'evt.rawres': -2n, 'proc.name': '-x' })).toBe("-2,'-x\r\n");
    expect(csvRow([int, text], { 'evt.rawres': null, 'proc.name': null })).toBe(',\r\n');
  });
});

describe('values', () => {
  it('renders ns times in UTC with nanoseconds, before 1970 too', () => {
    expect(formatNsTime(1_700_000_000_123_456_789n)).toBe('2023-11-14T22:13:20.123456789Z');
    expect(formatNsTime(-1n)).toBe('1969-12-31T23:59:59.999999999Z');
  });

  it('keeps int64 exact in JSON: number when safe, else string', () => {
    expect(cellJson(int, 42n)).toBe(42);
    expect(cellJson(int, 9007199254740993n)).toBe('9007199254740993');
    expect(cellJson(time, 0n)).toBe('1970-01-01T00:00:00.000000000Z');
  });
});

describe('terminal text', () => {
  it('escapes control, bidi and zero-width characters visibly', () => {
    expect(escapeForTerminal('a\u001b[31mb\u0007\u202e\u200bc\u009bd\n')).toBe('a\\x1b[31mb\\x07\\u{202e}\\u{200b}c\\x9bd\\n');
    expect(escapeForTerminal('Ω≈ç√ 🐚 ok')).toBe('Ω≈ç√ 🐚 ok');
  });

  it('maps offsets to output columns for the caret line', () => {
    expect(escapeWithColumns('a\u001bb')).toEqual({ text: 'a\\x1bb', columns: [0, 1, 5, 6] });
  });

  it('cuts table cells to their width', () => {
    expect(tableCell(text, 'abcdefgh', 5)).toBe('abcd…');
    expect(tableCell(text, '\u001b', 10)).toBe('\\x1b');
  });
});
