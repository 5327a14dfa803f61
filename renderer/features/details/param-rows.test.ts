import { describe, expect, it } from 'vitest';
import { paramRows } from './param-rows';

describe('paramRows', () => {
  it('shows values as text with control and bidi characters escaped', () => {
    const [row] = paramRows([{ name: 'name', type: 'PT_FSPATH', length: 12, raw: '/tmp/\u202eexe\n', rawTruncated: false, rendered: '<img src=x onerror=alert(1)>\x1b[2J' }]);
    expect(row).toMatchObject({ name: 'name', type: 'PT_FSPATH', raw: '/tmp/\\u{202e}exe\\n', rendered: '<img src=x onerror=alert(1)>\\u{1b}[2J', rawTitle: '12 bytes' });
  });

  it('marks a cut raw value and a state suffix taken from evt.args', () => {
    const [row] = paramRows([{ name: 'fd', type: 'PT_FD', length: 5000, raw: '00 01', rawTruncated: true, rendered: '3(<f>/etc/passwd)', suffixFromArgs: true }]);
    expect(row.raw).toBe('00 01 …');
    expect(row.rawTitle).toBe('5000 bytes (only the first 4 KiB shown)');
    expect(row.renderedTitle).toMatch(/state/);
  });
});
