import { describe, expect, it } from 'vitest';
import type { FieldInfo } from '../../../engine/api';
import { EVENT_COLUMNS_UI, picker, requestedFields } from './columns';

const column = (id: string) => EVENT_COLUMNS_UI.find((c) => c.id === id)!;
const render = (id: string, row: Record<string, unknown>) => {
  const r = row as never;
  const c = column(id);
  return { text: c.text(r, picker(r), { timeZone: 'UTC' }), className: c.className?.(r, picker(r)) };
};

describe('event list columns', () => {
  it('asks only for fields the catalog has', () => {
    const catalog = ['evt.num', 'evt.time', 'proc.name'].map((name) => ({ name }) as FieldInfo);
    expect(requestedFields(catalog).sort()).toEqual(['evt.num', 'evt.time', 'proc.name']);
  });
  it('shows pid alone when the thread is the main thread, pid/tid otherwise', () => {
    expect(render('pid', { 'proc.pid': 10n, 'thread.tid': 10n }).text).toBe('10');
    expect(render('pid', { 'proc.pid': 10n, 'thread.tid': 12n }).text).toBe('10/12');
  });
  it('marks failed calls, from evt.failed or a negative result, and names the errno', () => {
    expect(render('res', { 'evt.rawres': -2n, 'evt.res': 'ENOENT', 'evt.failed': true })).toEqual({ text: 'ENOENT', className: 'cell-failed' });
    expect(render('res', { 'evt.rawres': -2n }).className).toBe('cell-failed');
    expect(render('res', { 'evt.rawres': 3n, 'evt.res': 'SUCCESS', 'evt.failed': false })).toEqual({ text: '3', className: undefined });
    expect(render('res', { 'evt.rawres': 0x7f3b18283000n, 'evt.type': 'mmap', 'evt.failed': false }).text).toBe('0x7f3b18283000');
    expect(render('res', { 'evt.rawres': 4096n, 'evt.type': 'read', 'evt.failed': false }).text).toBe('4096');
  });
  it('formats time and escapes hostile args', () => {
    expect(render('time', { 'evt.time': 1_000_000_000n }).text).toBe('1970-01-01 00:00:01.000000000');
    expect(render('args', { 'evt.args': 'name=\x1b]0;pwned\x07' }).text).toBe('name=\\u{1b}]0;pwned\\u{07}');
  });
});
