import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputPaths } from './input-paths';

function tree(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ephemera-paths-'));
  const day = path.join(root, 'AWSLogs', '123456789012', 'CloudTrail', 'us-east-1', '2026', '11', '20');
  mkdirSync(day, { recursive: true });
  writeFileSync(path.join(day, 'b.json.gz'), 'x');
  writeFileSync(path.join(day, 'a.json.gz'), 'x');
  writeFileSync(path.join(root, 'node-7.scap'), 'x');
  writeFileSync(path.join(root, '.DS_Store'), 'x');
  mkdirSync(path.join(root, '.git'));
  writeFileSync(path.join(root, '.git', 'HEAD'), 'x');
  symlinkSync(root, path.join(root, 'loop'));
  return root;
}

describe('expandInputPaths', () => {
  it('reads folders recursively in path order, skipping dot-entries and folder links', async () => {
    const root = tree();
    const { files, problems } = await expandInputPaths([root]);
    expect(problems).toEqual([]);
    expect(files.map((f) => path.relative(root, f.path))).toEqual([
      'AWSLogs/123456789012/CloudTrail/us-east-1/2026/11/20/a.json.gz',
      'AWSLogs/123456789012/CloudTrail/us-east-1/2026/11/20/b.json.gz',
      'node-7.scap',
    ]);
    expect(files.every((f) => f.fromFolder)).toBe(true);
  });

  it('keeps named files (even missing ones, so opening them says why) and resolves against cwd', async () => {
    const root = tree();
    const { files } = await expandInputPaths(['node-7.scap', 'missing.log'], { cwd: root });
    expect(files).toEqual([
      { path: path.join(root, 'node-7.scap'), fromFolder: false },
      { path: path.join(root, 'missing.log'), fromFolder: false },
    ]);
  });

  it('refuses a folder with more files than the limit instead of opening them all', async () => {
    const { files, problems } = await expandInputPaths([tree()], { maxFiles: 2 });
    expect(files).toEqual([]);
    expect(problems[0]).toMatch(/more than 2 files/);
  });
});
