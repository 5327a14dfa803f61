import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const dataDir = path.resolve(repoRoot, '../shared/data/strace');
const wget = path.join(dataDir, 'survol_wget_hotmail_-f-tt-T-y.strace.log');
const hasData = existsSync(wget);
if (!hasData) console.warn(`skipping sample-based CLI tests: ${dataDir} is absent`);

function ephemera(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin/ephemera.mjs'), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ephemera (no data needed)', () => {
  it('--help prints usage to stdout, exit 0', () => {
    const run = ephemera('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: ephemera <command>/);
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(ephemera('--version').stdout).toBe(`ephemera ${version}\n`);
  });

  it.each([[[]], [['frobnicate']], [['query']], [['stats', 'x', '--bogus']], [['query', 'x', '--format', 'xml']], [['query', 'x', '--limit', '-1']]])(
    'argument error %j → usage on stderr, exit 2', (args) => {
      const run = ephemera(...args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/Usage: ephemera/);
      expect(run.stdout).toBe('');
    });

  it('a bad filter prints the message and a caret under the span, exit 2', () => {
    const run = ephemera('query', 'whatever.log', '--filter', 'proc.name == bash and evt.tipe = open');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "ephemera: bad filter: unknown field 'evt.tipe'; did you mean 'evt.time' or 'evt.type'?\n" +
      '  proc.name == bash and evt.tipe = open\n' +
      '                        ^^^^^^^^\n');
  });

  it('explain prints the stages of a filter', () => {
    const run = ephemera('explain', 'proc.name = "x\' OR 1=1" and not proc.pid = 7');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('sql:\n  (coalesce(proc_name = ?, false) AND (NOT coalesce(pid = ?, false)))\nparams:\n  1: "x\' OR 1=1"\n  2: 7 (int)\n');
    expect(run.stdout).toContain('tree:\n  and\n    proc.name == "x\' OR 1=1"\n    not\n      proc.pid == "7"\n');
  });

  it('escapes control characters of captured text in table output', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ephemera-cli-'));
    const file = path.join(dir, 'raw.strace');
    writeFileSync(file, '100 10:00:00.000004 openat(AT_FDCWD, "/tmp/\u001b[2J\u202ex", O_RDONLY) = 3 <0.000010>\n');
    const run = ephemera('query', file, '--fields', 'evt.num,fd.name');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/[\u001b\u202e]/);
    expect(run.stdout).toContain('/tmp/\\x1b[2J\\u{202e}x');
  });
});

describe('ephemera serve', () => {
  it('prints the tokened loopback URL on one line and exits 0 on SIGINT', async () => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/ephemera.mjs'), 'serve', '--port', '0'], { cwd: repoRoot });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const firstLine = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => { text += chunk.toString(); if (text.includes('\n')) resolve(text.split('\n')[0]); });
      child.on('exit', () => reject(new Error(`serve exited early: ${text}`)));
    });
    expect(firstLine).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{16,}$/);
    const response = await fetch(firstLine);
    expect(response.status).toBeLessThan(500);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});

describe.skipIf(!hasData)('ephemera on the strace samples', () => {
  it('stats --json is consistent with the file and with query counts', () => {
    const run = ephemera('stats', wget, '--json');
    expect(run.status).toBe(0);
    const stats = JSON.parse(run.stdout) as { events: number; sources: { path: string; kind: string; events: number; bytes: number; sha256: string; warnings: unknown[] }[]; by_type: Record<string, number> };
    const bytes = readFileSync(wget);
    expect(stats.sources).toHaveLength(1);
    expect(stats.sources[0]).toMatchObject({ path: wget, kind: 'strace', bytes: statSync(wget).size, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(stats.events).toBeGreaterThan(100);
    expect(stats.sources[0].events).toBe(stats.events);
    expect(Object.values(stats.by_type).reduce((a, b) => a + b, 0)).toBe(stats.events);

    const jsonl = ephemera('query', wget, '--format', 'jsonl', '--fields', 'evt.num,evt.type');
    const records = jsonl.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { 'evt.num': number; 'evt.type': string });
    expect(records).toHaveLength(stats.events);
    expect(records.map((r) => r['evt.num'])).toEqual(Array.from({ length: stats.events }, (_, i) => i + 1));

    const [type, count] = Object.entries(stats.by_type).find(([name]) => name === 'connect') ?? Object.entries(stats.by_type)[0];
    const csv = ephemera('query', wget, '--format', 'csv', '--filter', `evt.type = "${type}"`, '--fields', 'evt.num,evt.type,proc.name');
    expect(csv.status).toBe(0);
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]).toBe('evt.num,evt.type,proc.name');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(1, -1)).toHaveLength(count);
    expect(lines.slice(1, -1).every((line) => line.split(',')[1] === type)).toBe(true);
  });

  it('stops quietly (exit 0) when the reader of stdout goes away', async () => {
    const big = path.join(dataDir, 'survol_sqlplus_oracle_attach.strace.log');
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/ephemera.mjs'), 'query', big, '--format', 'csv'], { cwd: repoRoot });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('table output has a header and --limit rows', () => {
    const run = ephemera('query', wget, '--limit', '3', '--fields', 'evt.num,proc.name,evt.type');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^evt\.num\s+proc\.name\s+evt\.type$/);
    expect(lines.slice(1).map((line) => line.split(/\s+/)[0])).toEqual(['1', '2', '3']);
  });

  it('an unreadable file is named on stderr, exit 1, and the other files are still processed', () => {
    const missing = path.join(tmpdir(), 'ephemera-no-such-file.strace');
    const run = ephemera('stats', missing, wget, '--json');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ephemera-no-such-file.strace');
    const stats = JSON.parse(run.stdout) as { events: number; sources: { status: string; events: number }[] };
    expect(stats.sources.map((s) => s.status)).toEqual(['error', 'done']);
    expect(stats.events).toBe(stats.sources[1].events);
  });

  it('a file of unknown format is reported by name, exit 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ephemera-cli-'));
    const file = path.join(dir, 'notes.bin');
    writeFileSync(file, Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8]));
    const run = ephemera('query', file, wget, '--limit', '1', '--format', 'jsonl', '--fields', 'evt.num');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/notes\.bin/);
    expect(run.stdout).toBe('{"evt.num":1}\n');
  });

  it('reads a folder recursively, skipping files that are not logs, and mixes it with named files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ephemera-cli-folder-'));
    mkdirSync(path.join(dir, 'node', 'day1'), { recursive: true });
    copyFileSync(wget, path.join(dir, 'node', 'day1', 'wget.strace'));
    writeFileSync(path.join(dir, 'README.txt'), 'Evidence collected by the on-call responder.\n');
    const run = ephemera('stats', dir, wget, '--json');
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/skipped .*README\.txt/);
    const stats = JSON.parse(run.stdout) as { events: number; sources: { path: string; status: string; events: number }[] };
    expect(stats.sources.map((s) => [path.basename(s.path), s.status])).toEqual([['wget.strace', 'done'], [path.basename(wget), 'done']]);
    expect(stats.events).toBe(stats.sources[0].events * 2);
  });
});

