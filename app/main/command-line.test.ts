import { describe, expect, it } from 'vitest';
import { startupPathsFromArgv } from './command-line';

describe('startupPathsFromArgv', () => {
  it.each([
    [['/usr/bin/electron', '.', 'a.scap', 'b.strace'], false, ['a.scap', 'b.strace']],
    [['/usr/bin/electron', '.'], false, []],
    [['/opt/Ephemera/ephemera', 'a.scap'], true, ['a.scap']],
    [['/opt/Ephemera/ephemera', '--no-sandbox', 'a.scap', '--enable-logging'], true, ['a.scap']],
    [['/usr/bin/electron', '.', '--', '-odd-name.log'], false, ['-odd-name.log']],
  ] as const)('%j (packaged: %s) → %j', (argv, packaged, expected) => {
    expect(startupPathsFromArgv(argv, packaged)).toEqual(expected);
  });
});
